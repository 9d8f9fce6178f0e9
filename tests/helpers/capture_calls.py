"""Replaying a capture's requests through the real client: call name + parameters -> method.

Each recorded request is sent again by the :class:`SopClient` method the app would use for it,
with the recorded parameters, so what is checked is the client's real parsing of the recorded
answer. :func:`plain` turns the typed result into JSON-like values to compare with ``expect``.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from app.sop.client import SopClient

Invoke = Callable[[SopClient, dict[str, str]], Awaitable[Any]]


def _flag(value: str | None) -> bool:
    return (value or "").lower() in ("1", "true")


CALLS: dict[str, Invoke] = {
    "dbGetDirectoryInfo": lambda c, p: c.get_directory_info(**p),
    "dbGetCallflow": lambda c, p: c.get_callflow(p["ext"], p.get("lang")),
    "dbSetProfile": lambda c, p: c.set_profile(
        p["ext"], status=p.get("status"), profile_name=p.get("profile_name")
    ),
    "dbGetProfileParameters": lambda c, p: c.get_profile_parameters(
        p["ext"], show_admin=_flag(p.get("show_admin")), lang=p.get("lang")
    ),
    "dbSetProfileParameters": lambda c, p: c.set_profile_parameters(
        p["ext"], {k: v for k, v in p.items() if k != "ext"}
    ),
    "dbGetCallHistory": lambda c, p: c.get_call_history(
        p["ext"],
        limit=int(p["limit"]),
        start_date=datetime.strptime(p["start_date"], "%Y-%m-%d %H:%M:%S"),
    ),
    "dbGetParkedChannels": lambda c, p: c.get_parked_channels(p.get("channel_id")),
    "dbGetQueueInfo": lambda c, p: c.get_queue_info(),
    "dbAuthenticate": lambda c, p: c.authenticate(
        p["ext"],
        command=p.get("command", "check"),  # type: ignore[arg-type]
        password=p.get("password"),
        newpassword=p.get("newpassword"),
        parameter=p.get("parameter"),
    ),
    "dbGetRegistration": lambda c, p: c.get_registration(),
    "ccHangup": lambda c, p: c.hangup(p["channel_id"]),
    "ccRedirect": lambda c, p: c.redirect(p["channel_id"], p["to"]),
    "ccPark": lambda c, p: c.park(p["channel_id"], p.get("channel_id2")),
    "ccJoinPark": lambda c, p: c.join_park(p["channel_id"], p["to"]),
    "ccPing": lambda c, p: c.ping(),
    "ccGetChannels": lambda c, p: c.get_channels(
        parked_only=_flag(p.get("parked_only")),
        hold_only=_flag(p.get("hold_only")),
        show_vars=[v for v in p.get("show_vars", "").split("|") if v],
    ),
    "ccGetQueueMembers": lambda c, p: c.get_queue_members(p.get("queue"), p.get("phone")),
    "ccQueueAdd": lambda c, p: c.queue_add(p["queue"], p["phone"]),
    "ccQueueRemove": lambda c, p: c.queue_remove(p["queue"], p["phone"]),
    "ccGetQueueStatus": lambda c, p: c.get_queue_status(p["queue"]),
    "ccQueuePause": lambda c, p: c.queue_pause(p["queue"], p["phone"], _flag(p.get("paused"))),
    "ccQueuePauseAll": lambda c, p: c.queue_pause_all(p["phone"], _flag(p.get("paused"))),
    "ccRecord": lambda c, p: c.record(
        p["channel_id"],
        action=p.get("action", "start"),  # type: ignore[arg-type]
        mailbox=p.get("mailbox"),
        filename=p.get("filename"),
        caller_id=p.get("caller_id"),
    ),
    "ccSetvar": lambda c, p: c.set_var(p["channel_id"], p["variable"], p["value"]),
    "ccGetvar": lambda c, p: c.get_var(p["channel_id"], p["variable"]),
    "pumLogin": lambda c, p: c.pum_login(p["ext"], p["phone"]),
    "pumLogout": lambda c, p: c.pum_logout(p["ext"]),
}


def call_name(path: str) -> tuple[str, str]:
    """``/xml/dbGetCallflow.json`` -> ("dbGetCallflow", "json"); no suffix -> (name, "")."""
    stem, _, suffix = path.rsplit("/", 1)[-1].partition(".")
    return stem, suffix


def plain(value: Any) -> Any:
    """A typed client result as JSON-like values (dataclasses as dicts, enums as values)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def mismatch(expected: Any, actual: Any, where: str = "") -> str:
    """ "" when ``actual`` has everything ``expected`` says (dict keys are a subset), else where
    and how it differs."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{where}: expected an object, got {actual!r}"
        for key, value in expected.items():
            if key not in actual:
                return f"{where}.{key}: missing"
            found = mismatch(value, actual[key], f"{where}.{key}")
            if found:
                return found
        return ""
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f"{where}: expected {len(expected)} items, got {actual!r}"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            found = mismatch(e, a, f"{where}[{i}]")
            if found:
                return found
        return ""
    return "" if expected == actual else f"{where}: expected {expected!r}, got {actual!r}"
