"""Readers for the answers of the call-control (cc*, fusionQueues*) and PUM calls.

Like ``parse_db``: payload in (JSON value or hardened XML root), typed model out, tolerant of
missing optional fields and of numbers sent as text. Result codes are checked with ``results``.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from app.sop.decode import (
    children,
    element_text,
    field,
    field_text,
    text,
    to_bool,
    to_int,
    to_opt_int,
)
from app.sop.errors import SopProtocolError
from app.sop.models import Channel, PumResult, QueueMember, QueuePauseResult, QueueStatus
from app.sop.records import records, single
from app.sop.results import (
    check_call_control,
    check_pause_all,
    check_pum,
    parse_code,
    result_code,
)
from app.sop.xmlsafe import local_name

# Root elements of the simple "<Result>code</Result>" answers. The reference names most of them
# <callResult>, a few <call> (ccQueueAdd, ccQueueRemove, ccRecord) and one <PauseAll>; the
# simulator and newer SOPs may use either spelling, so both are accepted for every call.
_RESULT_ROOTS = {
    "ccQueuePauseAll": ("PauseAll", "ccQueuePauseAllResult", "ccQueuePauseAll"),
    "ccSetvar": ("ccSetVarResult", "ccSetVar"),
    "ccGetvar": ("ccGetVarResult", "ccGetVar"),
}


def result_roots(call: str) -> tuple[str, ...]:
    return _RESULT_ROOTS.get(call, (f"{call}Result", call))


def simple_result(payload: object, *, call: str) -> None:
    """A cc* / fusionQueues* answer whose only content is Result: 0 ok, 1 error."""
    record: object = payload
    if isinstance(payload, etree._Element | Mapping):
        record = single(payload, call=call, roots=result_roots(call))
    code = result_code(record, call=call)
    detail = field_text(record, "Error") if isinstance(record, etree._Element | Mapping) else ""
    check_call_control(code, call=call, detail=detail)


def bare_result(body: str, *, call: str) -> None:
    """ccSetvar as the reference shows it: a body that is just the code ("0")."""
    if not body.strip():
        raise SopProtocolError("The SOP sent an empty answer.", call=call)
    check_call_control(parse_code(body.strip()), call=call)


def get_var(payload: object, *, call: str = "ccGetvar") -> str:
    """ccGetvar: <ccGetVarResult><Result>0</Result><Value>text</Value></ccGetVarResult>."""
    record = single(payload, call=call, roots=result_roots(call))
    if field(record, "Result") is not None:
        check_call_control(result_code(record, call=call), call=call)
    return field_text(record, "Value")


def pause_all(payload: object, *, call: str = "ccQueuePauseAll", paused: bool | None = None) -> int:
    """ccQueuePauseAll's code (1 or 3); CallControlError for a failure or the wrong direction."""
    record = single(payload, call=call, roots=result_roots(call))
    code = result_code(record, call=call)
    check_pause_all(code, call=call, paused=paused)
    return int(code)


def channels(payload: object, *, call: str = "ccGetChannels") -> list[Channel]:
    items = records(payload, call=call, roots=("Channels",), item="Channel", item_keys=("ID",))
    result = []
    for item in items:
        variables: dict[str, str] = {}
        if isinstance(item, etree._Element):
            for holder in children(item, "Vars"):
                for var in children(holder):
                    variables[local_name(var)] = element_text(var)
        else:
            raw_vars = item.get("Vars")
            if isinstance(raw_vars, Mapping):
                variables = {text(key): text(value) for key, value in raw_vars.items()}
        result.append(
            Channel(
                id=field_text(item, "ID", "Id"),
                caller_id=field_text(item, "CallerId"),
                seconds=to_opt_int(field(item, "Seconds")),
                state=field_text(item, "State"),
                link=field_text(item, "Link"),
                vars=variables,
            )
        )
    return result


def queue_members(payload: object, *, call: str = "ccGetQueueMembers") -> list[QueueMember]:
    items = records(payload, call=call, roots=("Members",), item="Member", item_keys=("Phone",))
    return [
        QueueMember(
            name=field_text(item, "Name"),
            ext=field_text(item, "Ext"),
            phone=field_text(item, "Phone"),
            queue=field_text(item, "Queue"),
            status=to_int(field(item, "Status")),
            membership=field_text(item, "Membership"),
            paused=to_bool(field(item, "Paused")),
        )
        for item in items
    ]


def queue_status(payload: object, *, call: str = "ccGetQueueStatus") -> list[QueueStatus]:
    items = records(payload, call=call, roots=("Queues",), item="Queue", item_keys=("Name",))
    return [
        QueueStatus(name=field_text(item, "Name"), calls=to_int(field(item, "Calls")))
        for item in items
    ]


def queue_pause(payload: object, *, call: str = "ccQueuePause") -> QueuePauseResult:
    record = single(payload, call=call, roots=result_roots(call))
    if text(field(record, "Result")) not in ("", "0"):
        check_call_control(result_code(record, call=call), call=call)
    error = field_text(record, "Error")
    if error:  # a refusal that still carries <Paused> (the state unchanged)
        check_call_control(1, call=call, detail=error)
    if field(record, "Paused") is None:
        raise SopProtocolError(
            f"The SOP's {call} answer does not say whether it paused.", call=call
        )
    return QueuePauseResult(
        paused=to_bool(field(record, "Paused")), queue=field_text(record, "Queue")
    )


def pum(payload: object, *, call: str) -> PumResult:
    """pumLogin / pumLogout: PumResult on Result 0, PumError (detail = Error text) otherwise."""
    record = single(payload, call=call, roots=(f"{call}Result", call))
    check_pum(record, call=call)
    return PumResult(
        extension=field_text(record, "Extension"),
        phone=field_text(record, "Phone"),
        status=field_text(record, "Status"),
        status_text=field_text(record, "StatusText"),
        virtual=field_text(record, "Virtual"),
    )
