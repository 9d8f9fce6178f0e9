"""One way to write times and dates, the UI locale's, in the menu, notifications and history.

Before, an English UI showed "9:43 PM" in the menu, "21:45" in a notification and in the
timed-status label, and "11/24/26" in the history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from app.core.time_format import clock_text, date_text
from app.features.history.format import relative_time, short_time
from tests.helpers.history_fakes import NOW, HistoryClient, WallClock, cdr, make_history
from tests.helpers.rules_fakes import WallClock as RulesClock
from tests.helpers.rules_fakes import make_rules
from tests.helpers.stubs import FakeClient


@pytest.fixture
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def french() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("fr_BE"))
    yield
    QLocale.setDefault(before)


def test_clock_and_dates_follow_the_locale(english) -> None:
    evening = datetime(2026, 11, 24, 21, 43)
    assert clock_text(evening) == "9:43\u202fPM"
    assert date_text(evening.date()) == "Nov 24, 2026"
    assert date_text(evening.date(), today=date(2026, 12, 1)) == "Nov 24"  # this year's


def test_dates_people_write_in_french(french) -> None:
    assert clock_text(datetime(2026, 11, 24, 21, 43)) == "21:43"
    assert date_text(date(2025, 11, 24), today=date(2026, 1, 5)) == "24 nov. 2025"


def test_history_dates_are_not_numeric_short_dates(english) -> None:
    now = datetime(2026, 12, 1, 10, 0)
    assert relative_time(datetime(2026, 11, 10, 21, 43), now) == "Nov 10"
    assert relative_time(datetime(2025, 11, 10, 21, 43), now) == "Nov 10, 2025"


def test_a_notification_shows_the_time_as_the_menu_does(english, cfg_dir, qapp, qloop) -> None:
    clock = WallClock()
    client = HistoryClient([cdr("m1", NOW - timedelta(hours=1), "101", number="0471")])
    feature = make_history(cfg_dir, client, clock)
    notes: list[tuple[str, str]] = []
    feature.notify.connect(lambda title, text: notes.append((title, text)))

    async def first() -> bool:
        await feature.ctx.session.refresh()
        return await feature.poll()

    assert qloop.run(first())
    clock.advance(minutes=10)
    when = NOW + timedelta(minutes=9)
    client.records.append(cdr("m9", when, "102", name="Dana", number="0479"))
    assert qloop.run(feature.poll())
    menu_time = short_time(when, when + timedelta(minutes=1))  # as the tray's item reads
    assert notes == [("Missed call", f"Dana (0479) called at {menu_time}.")]
    assert menu_time == clock_text(when) and "M" in menu_time  # 12-hour clock: AM/PM
    qloop.run(feature.stop())


def test_the_timed_status_label_uses_the_same_clock(english, cfg_dir, qapp, qloop) -> None:
    clock = RulesClock()
    rules = make_rules(cfg_dir, FakeClient(), clock)
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    try:
        until = clock.now + timedelta(minutes=30)
        assert qloop.run(rules.set_timed("Busy", until)) is True
        assert rules.label() == f"Occupé until {clock_text(until.astimezone(rules.zone))}"
        assert rules.label().endswith("9:30\u202fAM")
    finally:
        qloop.run(rules.stop())


def test_the_exact_time_has_no_zone_name(french) -> None:
    from app.features.history.format import exact_time

    # Before: "mardi 24 novembre 2026 21 h 43 min 12 s temps universel coordonné"
    assert exact_time(datetime(2026, 11, 24, 21, 43, 12)) == "mardi 24 novembre 2026 21:43:12"
