"""The calendar and days-off rules inside the feature: read from a file or from an address kept
only in the keyring (fetched over HTTP), off the Qt thread, and what the status does then."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.settings import Settings, SettingsStore
from app.features.rules.feed import CALENDAR_ACCOUNT
from app.features.rules.settings import RulesPage
from tests.helpers.hotdesk_fakes import MemoryPins
from tests.helpers.rules_fakes import BXL, WallClock, make_rules
from tests.helpers.stubs import FakeClient
from tests.helpers.waiting import until

DATA = Path(__file__).parent / "data"
TUESDAY_9 = datetime(2026, 3, 10, 9, 0, tzinfo=BXL).astimezone(UTC)


@pytest.fixture
def clock() -> WallClock:
    return WallClock(TUESDAY_9)


@pytest.fixture
def client() -> FakeClient:
    return FakeClient()


@pytest.fixture
def ics_server() -> Iterator[str]:
    """A local web server publishing the team calendar (as Outlook or Nextcloud would)."""
    body = (DATA / "team.ics").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/secret-token/calendar.ics":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/secret-token/calendar.ics"
    server.shutdown()
    server.server_close()


def set_profiles(client: FakeClient) -> list[object]:
    return [kw["status"] for name, kw in client.calls if name == "set_profile"]


def run_day(rules, client, clock, qloop) -> None:
    """From 09:00 to 10:00, a look at the clock every 5 minutes."""
    for _ in range(12):
        clock.advance(minutes=5)
        task = rules.evaluate()
        if task is not None:
            qloop.run(task)


def test_a_meeting_from_an_ics_file(cfg_dir, client, clock, qapp, qloop) -> None:
    settings = Settings(
        server_url="http://sop.test",
        user="201",
        rules_calendar_status="Busy",
        rules_calendar_file=str(DATA / "team.ics"),
    )
    rules = make_rules(cfg_dir, client, clock, settings=settings)
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    qloop.until(lambda: rules.calendar_claims)
    assert rules.feed_timer.isActive()  # read again in 15 minutes
    run_day(rules, client, clock, qloop)
    assert set_profiles(client) == ["Busy", "Office"]  # 09:30 to 09:45
    qloop.run(rules.stop())


def test_a_meeting_from_an_address_in_the_keyring(cfg_dir, client, clock, ics_server, qapp, qloop):
    secrets = MemoryPins()
    secrets.saved[("http://sop.test", CALENDAR_ACCOUNT)] = ics_server
    settings = Settings(server_url="http://sop.test", user="201", rules_calendar_status="Busy")
    rules = make_rules(cfg_dir, client, clock, settings=settings, secrets=secrets)
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    qloop.until(lambda: rules.calendar_claims)
    assert secrets.threads and all(t != threading.get_ident() for _op, t in secrets.threads)
    run_day(rules, client, clock, qloop)
    assert set_profiles(client) == ["Busy", "Office"]
    qloop.run(rules.stop())


def test_an_address_saved_with_the_settings_is_looked_for_again_soon(
    cfg_dir, client, clock, ics_server, qapp, qloop, monkeypatch
) -> None:
    from app.features.rules.model import StatusRules

    monkeypatch.setattr(StatusRules, "KEYRING_RETRY_S", 0.05)
    secrets = MemoryPins()  # the keyring write of the settings dialog has not landed yet
    settings = Settings(
        server_url="http://sop.test",
        user="201",
        rules_calendar_status="Busy",
        rules_calendar_address_saved=1,
    )
    rules = make_rules(cfg_dir, client, clock, settings=settings, secrets=secrets)

    async def scenario() -> None:  # one coroutine: the timer's fetch runs on the live loop
        await rules.ctx.session.refresh()
        rules.start()
        await until(lambda: len(secrets.threads) == 1)
        secrets.saved[("http://sop.test", CALENDAR_ACCOUNT)] = ics_server  # now it has
        await until(lambda: rules.calendar_claims, within=5)
        assert len(secrets.threads) == 2
        assert rules.feed_timer.remainingTime() > 60_000  # then every 15 minutes again
        await rules.stop()

    qloop.run(scenario())


def test_an_unreadable_calendar_is_said_once_without_the_address(
    cfg_dir, client, clock, ics_server, qapp, qloop
) -> None:
    secrets = MemoryPins()
    secrets.saved[("http://sop.test", CALENDAR_ACCOUNT)] = ics_server.replace("secret", "wrong")
    settings = Settings(server_url="http://sop.test", user="201", rules_calendar_status="Busy")
    rules = make_rules(cfg_dir, client, clock, settings=settings, secrets=secrets)
    told: list[str] = []
    rules.notify.connect(lambda _title, text: told.append(text))
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    qloop.until(lambda: told)
    qloop.run(rules.read_calendars())  # the next reading fails the same way: not said again
    assert told == ["The calendar could not be read: HTTP 404"]
    assert set_profiles(client) == []
    qloop.run(rules.stop())


def test_days_off_from_a_holiday_file(cfg_dir, client, qapp, qloop) -> None:
    clock = WallClock(datetime(2026, 5, 13, 17, 0, tzinfo=BXL).astimezone(UTC))  # Wednesday
    settings = Settings(
        server_url="http://sop.test",
        user="201",
        rules_hours_status="Telework",
        rules_holidays_file=str(DATA / "holidays.ics"),
    )
    rules = make_rules(cfg_dir, client, clock, settings=settings)
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    qloop.until(lambda: rules.holidays)
    clock.advance(minutes=31)  # 17:31: the long weekend of Ascension begins
    qloop.run(rules.evaluate())
    assert set_profiles(client) == ["Telework"]
    assert rules.label() == "Télétravail until Mon 08:30"
    qloop.run(rules.stop())


def test_the_settings_page_keeps_an_address_only_in_the_keyring(cfg_dir, qtbot, qloop) -> None:
    secrets = MemoryPins()
    page = RulesPage(Settings(server_url="http://sop.test"), secrets=secrets)
    qtbot.addWidget(page)
    page.calendar_status.setText("Meeting")
    page.calendar.setText("webcal://cal.example/secret-token/basic.ics")
    applied = page.apply(Settings(server_url="http://sop.test"))
    assert page.secret_task is not None
    qloop.run(page.secret_task)
    assert secrets.saved == {
        ("http://sop.test", CALENDAR_ACCOUNT): "webcal://cal.example/secret-token/basic.ics"
    }
    assert applied.rules_calendar_file == "" and applied.rules_calendar_address_saved == 1
    SettingsStore(cfg_dir).save(applied)
    assert "secret-token" not in (cfg_dir / "settings.ini").read_text("utf-8")
    # Opened again: the address is not shown; "Forget" removes it.
    again = RulesPage(applied, secrets=secrets)
    qtbot.addWidget(again)
    assert again.calendar.text() == "" and again.forget.isVisibleTo(again)
    again.forget.setChecked(True)
    cleared = again.apply(applied)
    assert again.secret_task is not None
    qloop.run(again.secret_task)
    assert secrets.saved == {} and cleared.rules_calendar_address_saved == 0
