"""ICS calendars with recurrence, exceptions, moved occurrences and time zones (a Windows zone
name, another country's DST) as the engine sees them: busy periods and days off."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.features.rules.calendar import CalendarError, busy_claims, days_off
from app.features.rules.engine import Reason, RulesEngine

BXL = ZoneInfo("Europe/Brussels")
DATA = Path(__file__).parent / "data"
TEAM = (DATA / "team.ics").read_bytes()


def local(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BXL)


def busy_on(day: datetime) -> list[tuple[str, str]]:
    """The busy periods of ``day`` as local HH:MM pairs."""
    claims = busy_claims(TEAM, "Meeting", day.astimezone(UTC), BXL, days=1)
    return [
        (c.since.astimezone(BXL).strftime("%H:%M"), c.until.astimezone(BXL).strftime("%H:%M"))
        for c in claims
        if c.since.astimezone(BXL).date() == day.date() and c.until is not None
    ]


def test_a_weekly_meeting_in_a_windows_time_zone() -> None:
    assert busy_on(local(2026, 3, 10)) == [("09:30", "09:45")]  # Tuesday


def test_an_excluded_occurrence_and_events_that_are_not_busy() -> None:
    # Wednesday: the stand-up is cancelled (EXDATE); focus time is transparent, the optional
    # meeting free, another cancelled, the off-site lasts the whole day: nothing is busy.
    assert busy_on(local(2026, 3, 11)) == []


def test_a_moved_occurrence() -> None:
    assert busy_on(local(2026, 3, 12)) == [("11:00", "11:15")]


def test_after_the_dst_change_and_a_meeting_set_in_new_york() -> None:
    # Monday 30 March: Brussels is on summer time since Sunday; the stand-up stays at 09:30
    # local, and 09:00 in New York (on summer time since 8 March) is 15:00 here.
    assert busy_on(local(2026, 3, 30)) == [("09:30", "09:45"), ("15:00", "16:00")]


def test_claims_are_for_the_status_the_user_chose() -> None:
    claims = busy_claims(TEAM, "DoNotDisturb", local(2026, 3, 10).astimezone(UTC), BXL)
    assert claims and {(c.reason, c.status) for c in claims} == {(Reason.CALENDAR, "DoNotDisturb")}


def test_a_day_with_the_calendar_drives_the_engine_once_per_meeting() -> None:
    engine = RulesEngine()
    start = local(2026, 3, 12, 8).astimezone(UTC)
    engine.observe("Office", start)
    claims = busy_claims(TEAM, "Meeting", start, BXL)
    changes = []
    for minute in range(0, 10 * 60):
        now = start + timedelta(minutes=minute)
        change = engine.step(now, claims)
        if change is not None:
            engine.applied(change.status)
            changes.append((now.astimezone(BXL).strftime("%H:%M"), change.status))
    assert changes == [("11:00", "Meeting"), ("11:15", "Office")]


def test_days_off_with_a_yearly_rule_and_a_bridge() -> None:
    data = (DATA / "holidays.ics").read_bytes()
    off = days_off(data, date(2026, 5, 10))
    assert {date(2026, 5, 1), date(2026, 5, 14), date(2026, 5, 15)} <= off
    assert date(2026, 5, 16) not in off  # DTEND of an all-day event is exclusive
    assert date(2026, 4, 30) not in off


def test_garbage_is_a_calendar_error() -> None:
    with pytest.raises(CalendarError):
        busy_claims(b"<html>login page</html>", "Meeting", local(2026, 3, 10), BXL)
