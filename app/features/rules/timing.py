"""Deadlines of a timed status as the user writes them: ``--for 30m``, ``--until 14:00``,
``--until 2026-12-03T09:00``. Pure: the clock and the time zone come in as arguments.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min)?)?\s*$", re.IGNORECASE)
#: the longest timed status (a forgotten "for 900h" is surely a typo)
MAX_DURATION = timedelta(days=14)


class BadDeadline(ValueError):
    """The deadline could not be read or is in the past; the message says which."""


def parse_duration(text: str) -> timedelta:
    """``30m``, ``30``, ``1h``, ``1h30``, ``2h 15m`` (minutes when no unit)."""
    match = _DURATION.match(text)
    if not match or not any(match.groups()):
        raise BadDeadline(
            QCoreApplication.translate(
                "Rules", "“{text}” is not a duration: write for example 30m, 1h or 1h30."
            ).format(text=text)
        )
    hours, minutes = (int(g) if g else 0 for g in match.groups())
    duration = timedelta(hours=hours, minutes=minutes)
    if duration <= timedelta(0):
        raise BadDeadline(
            QCoreApplication.translate("Rules", "The duration must be longer than zero.")
        )
    if duration > MAX_DURATION:
        raise BadDeadline(
            QCoreApplication.translate("Rules", "The duration is longer than 14 days.")
        )
    return duration


def parse_until(text: str, now: datetime, tz: tzinfo) -> datetime:
    """``HH:MM`` today (in ``tz``) or an ISO date-time (local to ``tz`` without an offset);
    in UTC. A time of day already past today is refused, as is any past instant."""
    text = text.strip()
    clock = re.fullmatch(r"(\d{1,2})[:h](\d{2})", text)
    try:
        if clock:
            when = time(int(clock.group(1)), int(clock.group(2)))
            local = datetime.combine(now.astimezone(tz).date(), when, tzinfo=tz)
        else:
            local = datetime.fromisoformat(text)
            if local.tzinfo is None:
                local = local.replace(tzinfo=tz)
    except ValueError:
        raise BadDeadline(
            QCoreApplication.translate(
                "Rules", "“{text}” is not a time: write for example 14:00 or 2026-12-03T09:00."
            ).format(text=text)
        ) from None
    deadline = local.astimezone(UTC)
    if deadline <= now:
        raise BadDeadline(
            QCoreApplication.translate("Rules", "{text} is already past.").format(text=text)
        )
    if deadline - now > MAX_DURATION:
        raise BadDeadline(
            QCoreApplication.translate("Rules", "The time is more than 14 days away.")
        )
    return deadline


def deadline_from(
    for_text: str | None, until_text: str | None, now: datetime, tz: tzinfo
) -> datetime:
    """The deadline of ``--for`` or ``--until`` (exactly one of them is given)."""
    if for_text is not None:
        return now + parse_duration(for_text)
    if until_text is not None:
        return parse_until(until_text, now, tz)
    raise BadDeadline(QCoreApplication.translate("Rules", "Give a duration or a time."))


def windows_zone_key() -> str | None:
    """Windows' own name of the system time zone ("Romance Standard Time"), from the registry."""
    try:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        path = r"SYSTEM\CurrentControlSet\Control\TimeZoneInformation"
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, path) as key:  # type: ignore[attr-defined,unused-ignore]
            return str(winreg.QueryValueEx(key, "TimeZoneKeyName")[0])  # type: ignore[attr-defined,unused-ignore]
    except (ImportError, OSError):
        return None


def local_zone(
    windows_key: Callable[[], str | None] = windows_zone_key,
    localtime: str = "/etc/localtime",
) -> tzinfo:
    """The system's time zone with its DST rules where the system names it (``TZ``, the
    ``/etc/localtime`` link, Windows' zone name mapped to its IANA name); otherwise its current
    fixed offset (right until the next DST change)."""
    import os
    from pathlib import Path
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    names = [os.environ.get("TZ", "").lstrip(":")]
    link = Path(localtime)
    if link.is_symlink():
        target = str(link.resolve())
        if "zoneinfo/" in target:
            names.append(target.split("zoneinfo/", 1)[1])
    if sys.platform == "win32" or windows_key is not windows_zone_key:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

        key = windows_key()
        names.append(WINDOWS_TO_OLSON.get(key or "", ""))
    for name in filter(None, names):
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC
