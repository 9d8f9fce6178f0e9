"""Deadlines as the user writes them on the command line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.features.rules.timing import BadDeadline, parse_duration, parse_until

BXL = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 6, 10, 9, 0, tzinfo=BXL).astimezone(UTC)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("30m", 30), ("30", 30), ("1h", 60), ("1h30", 90), ("2h 15m", 135), ("45min", 45)],
)
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "soon", "0m", "-5m", "1d", "400h", "h"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(BadDeadline):
        parse_duration(text)


def test_until_a_time_today_in_the_users_zone() -> None:
    assert parse_until("14:00", NOW, BXL) == datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
    assert parse_until("9h05", NOW, BXL) == NOW + timedelta(minutes=5)


def test_until_an_iso_time_local_or_with_its_offset() -> None:
    assert parse_until("2026-06-11T08:30", NOW, BXL) == datetime(2026, 6, 11, 6, 30, tzinfo=UTC)
    assert parse_until("2026-06-10T12:00Z", NOW, BXL) == datetime(2026, 6, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["08:59", "09:00", "25:00", "2026-02-30T10:00", "tomorrow", "2026-07-30T10:00"]
)
def test_past_impossible_or_too_far(text: str) -> None:
    with pytest.raises(BadDeadline) as info:
        parse_until(text, NOW, BXL)
    assert str(info.value)  # a sentence for the user


def test_local_zone_from_windows_zone_name(monkeypatch) -> None:
    from app.features.rules.timing import local_zone

    monkeypatch.setenv("TZ", "")
    zone = local_zone(windows_key=lambda: "Romance Standard Time", localtime="/nonexistent")
    assert zone == ZoneInfo("Europe/Paris")  # with its DST rules, not today's fixed offset
    unknown = local_zone(windows_key=lambda: None, localtime="/nonexistent")
    assert unknown.utcoffset(datetime.now()) is not None  # the fixed offset of now


def test_local_zone_honours_tz(monkeypatch) -> None:
    from app.features.rules.timing import local_zone

    monkeypatch.setenv("TZ", "America/New_York")
    assert local_zone() == ZoneInfo("America/New_York")
