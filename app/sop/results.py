"""Result codes of the SOP's write calls, decoded into typed errors with readable messages.

Tables follow the reference (escaux-fusion-sop-api.txt) and NOTES.md: dbSetProfile,
dbSetProfileParameters, the cc* calls (0 ok, 1 error), ccQueuePauseAll (0..3), pum* (Result 1 with
an Error text) and dbAuthenticate (OK/NOK/UNDEFINED or an Error). A code the tables do not know
still raises, with the raw code in the message, so a newer SOP never passes for a success.
"""

from __future__ import annotations

from lxml import etree

from app.sop.decode import Record, field, field_text, text
from app.sop.errors import (
    CallControlError,
    PumError,
    SetProfileError,
    SetProfileParametersError,
    SopProtocolError,
)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Qt's marker for text translated elsewhere (pyside6-lupdate collects these calls), without
    importing Qt: app.core.messages shows the same reasons in the UI language."""
    return source


# The one table of dbSetProfile's reasons: English in exceptions, translated in the UI.
SET_PROFILE_CODES = {
    1: QT_TRANSLATE_NOOP("Messages", "illegal extension format"),
    2: QT_TRANSLATE_NOOP("Messages", "attempt to change the profile class"),
    3: QT_TRANSLATE_NOOP("Messages", "this status or profile name does not exist"),
    5: QT_TRANSLATE_NOOP("Messages", "synchronisation with the SMP failed"),
}

SET_PROFILE_PARAMETERS_CODES = {
    1: "missing or syntactically invalid parameter",
    2: "unknown global parameter",
    3: "global parameter not applicable to the profile",
    5: "synchronisation to the SMP failed",
}

PAUSE_ALL_CODES = {
    0: "pause failed",
    1: "pause succeeded",
    2: "unpause failed",
    3: "unpause succeeded",
}
PAUSE_ALL_OK = frozenset({1, 3})

# What each call-control request tried to do, for "Could not ..." messages.
CALL_CONTROL_ACTIONS = {
    "ccOriginate": "place the call",
    "ccHangup": "hang up the call",
    "ccRedirect": "redirect the call",
    "ccPark": "park the call",
    "ccJoinPark": "join the parked call",
    "ccPing": "ping the SOP",
    "ccRecord": "start or stop the recording",
    "ccSetvar": "set the channel variable",
    "ccGetvar": "read the channel variable",
    "ccQueueAdd": "add the phone to the queue",
    "ccQueueRemove": "remove the phone from the queue",
    "ccQueuePause": "change the pause state in the queue",
    "ccQueuePauseAll": "change the pause state in all queues",
    "fusionQueuesSet": "add the phone to the queues",
    "fusionQueuesRemove": "remove the phone from the queues",
}


def parse_code(value: object) -> int | str:
    """A result code as an int when it is numeric, else its raw text."""
    raw = text(value)
    try:
        return int(raw)
    except ValueError:
        return raw


def result_code(payload: object, *, call: str) -> int | str:
    """The ``Result`` of an answer: a JSON object, an XML element, or a bare JSON number."""
    if isinstance(payload, bool):
        raise SopProtocolError(f"The SOP's {call} answer has no result code.", call=call)
    if isinstance(payload, int | str):
        value: object = payload
    elif isinstance(payload, dict | etree._Element):
        value = field(payload, "Result")
    else:
        value = None
    if text(value) == "":
        raise SopProtocolError(f"The SOP's {call} answer has no result code.", call=call)
    return parse_code(value)


def _lookup(table: dict[int, str], code: int | str) -> str:
    return table.get(code, "") if isinstance(code, int) else ""


def _unknown(call: str, code: int | str) -> str:
    return f"The SOP answered {call} with an unknown result code: {code!r}."


def check_set_profile(code: int | str, *, call: str = "dbSetProfile") -> None:
    if code == 0:
        return
    reason = _lookup(SET_PROFILE_CODES, code)
    if reason:
        message = f"The SOP refused the status change: {reason} (code {code})."
    else:
        message = _unknown(call, code)
    raise SetProfileError(message, code=code, call=call)


def check_set_profile_parameters(
    code: int | str, *, detail: str = "", call: str = "dbSetProfileParameters"
) -> None:
    if code == 0:
        return
    reason = _lookup(SET_PROFILE_PARAMETERS_CODES, code)
    if reason:
        message = f"The SOP refused the profile parameters: {reason} (code {code})."
    else:
        message = _unknown(call, code)
    raise SetProfileParametersError(message, code=code, call=call, detail=detail)


def check_call_control(code: int | str, *, call: str, detail: str = "") -> None:
    """cc* and fusionQueues*: 0 ok, 1 error; anything else is unknown."""
    if code == 0:
        return
    action = CALL_CONTROL_ACTIONS.get(call, f"run {call}")
    if code == 1:
        message = f"The SOP could not {action} (code 1)."
    else:
        message = f"The SOP could not {action}: unknown result code {code!r}."
    raise CallControlError(message, code=code, call=call, detail=detail)


def check_pause_all(
    code: int | str, *, call: str = "ccQueuePauseAll", paused: bool | None = None
) -> None:
    """ccQueuePauseAll: 1 and 3 succeed, 0 and 2 fail. With ``paused`` (the direction asked),
    the success of the other direction is a failure too: "unpause succeeded" is no answer to a
    pause."""
    if code in PAUSE_ALL_OK and (paused is None or code == (1 if paused else 3)):
        return
    reason = _lookup(PAUSE_ALL_CODES, code)
    if reason and code in PAUSE_ALL_OK:
        asked = "pause" if paused else "unpause"
        message = (
            f"The SOP answered {reason!r} (code {code}) to a request to {asked} in all queues."
        )
    elif reason:
        message = f"The SOP could not change the pause state in all queues: {reason} (code {code})."
    else:
        message = (
            f"The SOP could not change the pause state in all queues: unknown result code {code!r}."
        )
    raise CallControlError(message, code=code, call=call)


def check_pum(record: Record, *, call: str) -> None:
    """pumLogin/pumLogout: Result 0 ok; Result 1 carries the SOP's own Error text."""
    code = result_code(record, call=call)
    if code == 0:
        return
    error_text = field_text(record, "Error")
    verb = "log in" if call == "pumLogin" else "log out"
    if code == 1:
        message = f"The SOP could not {verb} the phone (PUM): {error_text or 'no reason given'}."
    else:
        message = f"The SOP could not {verb} the phone (PUM): unknown result code {code!r}."
    raise PumError(message, code=code, call=call, detail=error_text)
