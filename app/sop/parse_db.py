"""Readers for the answers of the db* calls (reference chapter "DB access").

Each reader takes the decoded payload (a JSON value, or the root element of the hardened XML
parse) and returns the typed model. Both shapes of every answer the reference shows are accepted;
optional fields may be missing, null, padded with whitespace or carry numbers as strings.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from app.sop.decode import (
    Record,
    children,
    element_text,
    field,
    field_text,
    text,
    to_bool,
    to_datetime,
    to_int,
    to_opt_int,
)
from app.sop.errors import AuthenticateError, SopProtocolError
from app.sop.models import (
    AuthResult,
    Callflow,
    CallRecord,
    DirectoryEntry,
    ParkedChannel,
    ProfileParameter,
    Queue,
    Registration,
    StatusOption,
)
from app.sop.records import records, single
from app.sop.xmlsafe import local_name

_DIRECTORY_FIELDS = (
    *("login", "fn", "ln", "dp", "sp", "mobile", "home", "fax", "email"),
    *("company", "office", "site", "grp", "profile", "status"),
)


def directory(payload: object, *, call: str = "dbGetDirectoryInfo") -> list[DirectoryEntry]:
    items = records(
        payload,
        call=call,
        roots=("DirectoryInfo",),
        item="DirectoryEntry",
        item_keys=("ext", "login"),
    )
    return [
        DirectoryEntry(
            ext=field_text(item, "ext"),
            **{name: field_text(item, name) for name in _DIRECTORY_FIELDS},
        )
        for item in items
    ]


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, Mapping):
        return list(value.values())
    return [value]


def callflow(payload: object, *, call: str = "dbGetCallflow") -> Callflow:
    record = single(payload, call=call, roots=("dbGetCallflowResult",))
    if isinstance(record, etree._Element):
        names = [element_text(status) for status in children(record, "Status")]
        translations: dict[str, str] = {}
        for holder in children(record, "Translations"):
            for item in children(holder, "Translation"):
                name = field_text(item, "Name")
                if name:
                    translations[name] = field_text(item, "TranslatedName")
        options = tuple(
            StatusOption(name=name, translated=translations.get(name) or name)
            for name in names
            if name
        )
    else:
        statuses = _as_list(record.get("Status"))
        translated = _as_list(record.get("TranslatedStatus"))
        permissions = _as_list(record.get("PermissionStatus"))
        built = []
        for index, raw in enumerate(statuses):
            name = text(raw)
            if not name:
                continue
            label = text(translated[index]) if index < len(translated) else ""
            permission = to_opt_int(permissions[index]) if index < len(permissions) else None
            built.append(StatusOption(name=name, translated=label or name, permission=permission))
        options = tuple(built)
    return Callflow(
        current_profile=field_text(record, "CurrentProfile"),
        current_status=field_text(record, "CurrentStatus"),
        statuses=options,
    )


def _parameter(item: Record, fallback_name: str) -> ProfileParameter:
    return ProfileParameter(
        name=field_text(item, "name") or fallback_name,
        friendly_name=field_text(item, "friendly_name"),
        descr=field_text(item, "descr"),
        value=field_text(item, "value"),
        type=field_text(item, "type"),
        owner_type=field_text(item, "owner_type"),
    )


def profile_parameters(
    payload: object, *, call: str = "dbGetProfileParameters"
) -> list[ProfileParameter]:
    if isinstance(payload, etree._Element):
        record = single(payload, call=call, roots=("ProfileParameters",))
        assert isinstance(record, etree._Element)
        return [_parameter(item, local_name(item)) for item in children(record)]
    if isinstance(payload, Mapping):
        inner = payload.get("ProfileParameters", payload)
        if isinstance(inner, Mapping):
            return [
                _parameter(value, text(key))
                for key, value in inner.items()
                if isinstance(value, Mapping)
            ]
        payload = inner
    if isinstance(payload, list):
        return [_parameter(item, "") for item in payload if isinstance(item, Mapping)]
    if payload is None:
        return []
    raise SopProtocolError(f"The SOP's {call} answer is not a list of parameters.", call=call)


def call_history(payload: object, *, call: str = "dbGetCallHistory") -> list[CallRecord]:
    items = records(
        payload,
        call=call,
        roots=("CallHistory",),
        item="Call",
        json_keys=("CallHistory",),
        item_keys=("uniqueid", "timestamp"),
    )
    return [
        CallRecord(
            uniqueid=field_text(item, "uniqueid"),
            timestamp=to_datetime(field(item, "timestamp")),
            caller_name=field_text(item, "caller_name"),
            caller_number=field_text(item, "caller_number"),
            called_number=field_text(item, "called_number"),
            disposition=field_text(item, "disposition"),
            last_action=field_text(item, "last_action"),
            last_application=field_text(item, "last_application"),
            context=field_text(item, "context"),
            origchannel=field_text(item, "origchannel"),
            dstchannel=field_text(item, "dstchannel"),
            duration=to_int(field(item, "duration")),
            billsec=to_int(field(item, "billsec")),
        )
        for item in items
    ]


def parked_channels(payload: object, *, call: str = "dbGetParkedChannels") -> list[ParkedChannel]:
    items = records(payload, call=call, roots=("Channels",), item="Channel", item_keys=("ID",))
    return [
        ParkedChannel(
            channel_id=field_text(item, "ID", "channel_id", "Channel"),
            caller_id=field_text(item, "CallerId"),
            park_slot=field_text(item, "ParkSlot"),
            variables=field_text(item, "Variables"),
        )
        for item in items
    ]


def queue_info(payload: object, *, call: str = "dbGetQueueInfo") -> list[Queue]:
    items = records(payload, call=call, roots=("Queues",), item="Queue", item_keys=("Id",))
    return [Queue(id=field_text(item, "Id", "ID"), name=field_text(item, "Name")) for item in items]


def registrations(payload: object, *, call: str = "dbGetRegistration") -> list[Registration]:
    items = records(
        payload, call=call, roots=("dbGetRegistrationResult",), item="Phones", item_keys=("ID",)
    )
    return [
        Registration(
            id=field_text(item, "ID", "Id"),
            ip_address=field_text(item, "IPaddress", "ip_address"),
            ip_port=to_int(field(item, "IPport", "ip_port")),
            registered=to_bool(field(item, "Registered")),
        )
        for item in items
    ]


def authenticate(payload: object, *, call: str = "dbAuthenticate") -> AuthResult:
    """dbAuthenticate: OK / NOK / UNDEFINED, or <Error>Bad command ...</Error>."""
    record = single(payload, call=call, roots=("Authenticate",))
    error_text = field_text(record, "Error")
    if error_text:
        raise AuthenticateError(
            f"The SOP refused the PIN request: {error_text}.",
            code="Error",
            call=call,
            detail=error_text,
        )
    raw = field_text(record, "Result")
    if not raw:
        raise SopProtocolError(f"The SOP's {call} answer has no result.", call=call)
    try:
        return AuthResult(raw.upper())
    except ValueError:
        raise AuthenticateError(
            f"The SOP answered {call} with an unknown result: {raw!r}.", code=raw, call=call
        ) from None
