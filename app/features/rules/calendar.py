"""Busy events and days off from an ICS calendar (what Outlook, Google and Nextcloud publish).

Pure: bytes in, claims or dates out. Recurrence (RRULE, RDATE, EXDATE, moved occurrences) and
time zones (VTIMEZONE, TZID) are left to ``icalendar`` and ``recurring-ical-events``. An event
counts as busy unless it is transparent, cancelled, marked free (Outlook's
``X-MICROSOFT-CDO-BUSYSTATUS``) or lasts whole days (those are the holiday calendar's job).
Parsing a large calendar takes a while: callers run these functions in a worker thread.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from app.features.rules.engine import Claim, Reason

FREE = {"FREE", "TENTATIVE", "WORKINGELSEWHERE"}


class CalendarError(ValueError):
    """The data is not a readable ICS calendar."""


def _events(data: bytes, start: datetime, end: datetime) -> list[Any]:
    import icalendar
    import recurring_ical_events

    try:
        calendar = icalendar.Calendar.from_ical(data)
        return list(recurring_ical_events.of(calendar).between(start, end))
    except Exception as exc:  # the libraries raise many kinds on bad input
        raise CalendarError(str(exc) or type(exc).__name__) from exc


def _instant(value: Any, zone: tzinfo) -> datetime:
    """A DTSTART/DTEND value as a UTC instant (a floating time is the user's wall time)."""
    if isinstance(value, datetime):
        local = value if value.tzinfo is not None else value.replace(tzinfo=zone)
        return local.astimezone(UTC)
    return datetime.combine(value, datetime.min.time(), tzinfo=zone).astimezone(UTC)


def _is_busy(event: Any) -> bool:
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return False
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return False
    return str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "BUSY")).upper() not in FREE


def busy_claims(
    data: bytes, status: str, now: datetime, zone: tzinfo, *, days: int = 2
) -> list[Claim]:
    """A calendar claim of ``status`` for each busy timed event from a day before ``now`` to
    ``days`` after it."""
    start, end = now - timedelta(days=1), now + timedelta(days=days)
    claims = []
    for event in _events(data, start, end):
        begin = event.get("DTSTART")
        if begin is None or not isinstance(begin.dt, datetime) or not _is_busy(event):
            continue
        finish = event.get("DTEND")
        since = _instant(begin.dt, zone)
        if finish is not None:
            until = _instant(finish.dt, zone)
        else:
            duration = event.get("DURATION")
            until = since + (duration.dt if duration is not None else timedelta(0))
        if until > since:
            claims.append(Claim(Reason.CALENDAR, status, since, until))
    return sorted(claims, key=lambda c: c.since)


def days_off(data: bytes, around: date, *, days: int = 40) -> frozenset[date]:
    """Every day an event of the holiday calendar touches, ``days`` around ``around``."""
    start = datetime.combine(around - timedelta(days=days), datetime.min.time())
    end = datetime.combine(around + timedelta(days=days), datetime.min.time())
    out: set[date] = set()
    for event in _events(data, start, end):
        begin, finish = event.get("DTSTART"), event.get("DTEND")
        if begin is None:
            continue
        first = begin.dt.date() if isinstance(begin.dt, datetime) else begin.dt
        if finish is None:
            last = first
        else:
            end_value = finish.dt
            if isinstance(end_value, datetime):
                last = end_value.date()
            else:
                last = end_value - timedelta(days=1)  # DTEND of an all-day event is exclusive
        day = first
        while day <= last:
            out.add(day)
            day += timedelta(days=1)
    return frozenset(out)
