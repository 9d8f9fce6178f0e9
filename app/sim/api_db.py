"""Read-mostly database calls: directory, call history, parked channels, queues, registrations.

Deprecated dbGetPhoneState is served too (XML only).
"""

from __future__ import annotations

import hashlib

from app.sim import directory, history
from app.sim.calls import CallRequest, CallSpec
from app.sim.render import Reply, element, invalid, json_reply, missing, record_element, xml_reply

_HISTORY_XML_ORDER = (
    "timestamp", "caller_name", "caller_number", "called_number", "last_action",
    "last_application", "context", "origchannel", "dstchannel", "duration", "billsec",
    "uniqueid", "disposition",
)  # fmt: skip
_HISTORY_JSON_ORDER = (
    "timestamp", "caller_name", "caller_number", "called_number", "disposition", "last_action",
    "last_application", "context", "origchannel", "dstchannel", "duration", "billsec", "uniqueid",
)  # fmt: skip


def get_directory_info(req: CallRequest) -> Reply:
    found = directory.search(
        req.state.people.values(),
        req.params,
        honours_wildcards=req.state.profile.honours_wildcards,
    )
    with_params = req.get("show_profile_parameters") == "1"
    rows = []
    for person in found:
        fields = directory.entry_fields(person)
        extra = directory.profile_parameter_fields(person) if with_params else {}
        rows.append((fields, extra))
    if req.fmt == "json":
        return json_reply(
            [
                {**{name: fields[name] for name in directory.JSON_FIELDS}, **extra}
                for fields, extra in rows
            ]
        )
    root = element("DirectoryInfo")
    for fields, extra in rows:
        entry = record_element("DirectoryEntry", fields, directory.XML_FIELDS)
        entry.extend(element(name, value or None) for name, value in extra.items())
        root.append(entry)
    return xml_reply(root)


def get_call_history(req: CallRequest) -> Reply:
    for name in ("ext", "limit", "start_date"):
        if not req.has(name):
            return missing(name)
    limit = req.get("limit").strip()
    if not limit.isdigit():
        return invalid("limit")
    start = history.parse_start_date(req.get("start_date"))
    if start is None:
        return invalid("start_date")
    records = history.select(
        req.state.history(req.get("ext")),
        start=start,
        limit=int(limit),
        newest_first=req.state.profile.history_newest_first,
    )
    if req.fmt == "json":
        return json_reply(
            {"CallHistory": [{key: r[key] for key in _HISTORY_JSON_ORDER} for r in records]}
        )
    root = element("CallHistory")
    root.extend(record_element("Call", r, _HISTORY_XML_ORDER) for r in records)
    return xml_reply(root)


def get_parked_channels(req: CallRequest) -> Reply:
    wanted = req.get("channel_id")
    parked = [c for c in req.state.channels.parked() if not wanted or c.id == wanted]
    listing = "|".join(f"{c.park_slot}:{c.id}" for c in req.state.channels.parked())
    root = element("Channels", None, element("hash", hashlib.md5(listing.encode()).hexdigest()))
    for channel in parked:
        variables = ",".join(f"{k}={v}" for k, v in channel.vars.items())
        number = channel.caller_id.rpartition("[")[2].rstrip("]")
        root.append(
            element(
                "Channel",
                None,
                element("ID", channel.id),
                element("CallerId", number),
                element("ParkSlot", channel.park_slot),
                element("Variables", variables),
            )
        )
    return xml_reply(root)


def get_queue_info(req: CallRequest) -> Reply:
    root = element("Queues")
    for queue in req.state.queues:
        root.append(element("Queue", None, element("Id", queue.id), element("Name", queue.name)))
    return xml_reply(root)


def get_registration(req: CallRequest) -> Reply:
    root = element("dbGetRegistrationResult")
    for device in req.state.devices.values():
        root.append(
            element(
                "Phones",
                None,
                element("ID", device.id),
                element("IPaddress", device.ip),
                element("IPport", device.port),
                element("Registered", int(device.registered)),
            )
        )
    return xml_reply(root)


def get_phone_state(req: CallRequest) -> Reply:
    """Deprecated: the state of one phone."""
    device = req.state.devices.get(req.get("phone_id"))
    root = element("PhoneState")
    if device is not None:
        calls = [
            c for c in req.state.channels.channels.values() if c.id.startswith(f"SIP/{device.id}-")
        ]
        state = "External Conversation" if calls else ("Idle" if device.registered else "Down")
        root.append(
            element(
                "Phone",
                None,
                element("name", device.id),
                element("mac", "000B82" + hashlib.md5(device.id.encode()).hexdigest()[:6].upper()),
                element("state", state),
                element("ip", device.ip if device.registered else None),
                element("lastcall"),
                element("localchannel", calls[0].id if calls else None),
                element("remotechannel", calls[0].link if calls else None),
            )
        )
    return xml_reply(root)


CALLS = (
    CallSpec("dbGetDirectoryInfo", get_directory_info),
    CallSpec("dbGetCallHistory", get_call_history),
    CallSpec("dbGetParkedChannels", get_parked_channels),
    CallSpec("dbGetQueueInfo", get_queue_info),
    CallSpec("dbGetRegistration", get_registration),
    CallSpec("dbGetPhoneState", get_phone_state, deprecated=True),
)
