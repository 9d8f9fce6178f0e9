"""The automatic-status feature on a scripted SOP client: what it sends (each change once,
never retried), what it persists, and what `status --json` and the CLI command answer."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from app.core.settings import Settings
from app.sop.errors import SetProfileError
from tests.helpers.rules_fakes import FakeLockWatcher, WallClock, make_rules
from tests.helpers.stubs import FakeClient


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def client() -> FakeClient:
    return FakeClient()


@pytest.fixture
def rules(cfg_dir, client, clock, qapp, qloop):
    feature = make_rules(cfg_dir, client, clock)
    qloop.run(feature.ctx.session.refresh())
    feature.start()
    yield feature
    qloop.run(feature.stop())


def set_profiles(client: FakeClient) -> list[object]:
    return [kw["status"] for name, kw in client.calls if name == "set_profile"]


def restart(rules, client, clock, qloop, **kw):
    qloop.run(rules.stop())
    again = make_rules(rules.ctx.cfg_dir, client, clock, **kw)
    qloop.run(again.ctx.session.refresh())
    return again


def test_then_restores_the_status_the_user_chose(rules, client, clock, qloop) -> None:
    cmd = rules.commands()["set-status-timed"]
    request = {"cmd": "set-status", "name": "Busy", "for": "15m", "then": "Télétravail"}
    assert qloop.run(cmd(request))["exit"] == EXIT_OK
    assert rules.snapshot()["status"]["revert_to"] == "Telework"
    clock.advance(minutes=15)
    qloop.run(rules.evaluate())
    assert set_profiles(client) == ["Busy", "Telework"]


def test_timed_status_is_set_then_restored_at_the_deadline(rules, client, clock, qloop) -> None:
    assert qloop.run(rules.set_timed("Busy", clock.now + timedelta(minutes=30))) is True
    assert set_profiles(client) == ["Busy"]
    assert rules.label() == "Occupé until 09:30"
    clock.advance(minutes=29)
    rules.evaluate()
    assert set_profiles(client) == ["Busy"]
    clock.advance(minutes=1)
    qloop.run(rules.evaluate())
    assert set_profiles(client) == ["Busy", "Office"]
    assert rules.label() == ""
    rules.evaluate()
    rules.evaluate()
    assert set_profiles(client) == ["Busy", "Office"]  # one change for the boundary


def test_the_wake_up_timer_is_set_for_the_deadline(rules, clock, qloop) -> None:
    qloop.run(rules.set_timed("Busy", clock.now + timedelta(minutes=2)))
    assert rules.wake.isActive()
    assert abs(rules.wake.remainingTime() - 120_000) < 2_000


def test_status_json_reports_until_revert_to_and_reason(rules, clock, qloop) -> None:
    assert rules.snapshot()["status"]["reason"] == "manual"
    qloop.run(rules.set_timed("Busy", clock.now + timedelta(hours=1)))
    status = rules.snapshot()["status"]
    assert status["current"] == "Busy"
    assert (status["until"], status["revert_to"], status["reason"]) == (
        "2026-06-10T10:00:00+02:00",
        "Office",
        "timer",
    )


def test_a_change_on_the_phone_cancels_the_timer(rules, client, clock, qloop) -> None:
    qloop.run(rules.set_timed("Busy", clock.now + timedelta(minutes=30)))
    client.callflow = client.callflow.__class__(
        "Template-User", "Telework", client.callflow.statuses
    )
    clock.advance(minutes=5)
    qloop.run(rules.ctx.session.refresh())  # the change is seen on a refresh
    clock.advance(minutes=30)
    rules.evaluate()
    assert set_profiles(client) == ["Busy"]
    assert rules.snapshot()["status"]["reason"] == "manual"


def test_a_failed_change_is_not_retried_and_the_user_is_told(rules, client, clock, qloop) -> None:
    told = []
    rules.ctx.session.failed.connect(told.append)
    client.fail_next["set_profile"] = SetProfileError("boom", code=5, call="dbSetProfile")
    assert qloop.run(rules.set_timed("Busy", clock.now + timedelta(minutes=30))) is False
    rules.evaluate()
    clock.advance(minutes=1)
    rules.evaluate()
    assert set_profiles(client) == ["Busy"]
    assert len(told) == 1 and "synchronisation" in told[0]


def test_restart_past_the_deadline_restores_and_says_so(rules, client, clock, qloop) -> None:
    qloop.run(rules.set_timed("Busy", clock.now + timedelta(minutes=30)))
    qloop.run(rules.stop())
    saved = json.loads((rules.ctx.cfg_dir / "status-rules.json").read_text("utf-8"))
    assert saved["state"]["timer"]["status"] == "Busy"
    clock.advance(hours=2)  # the app was not running at 09:30
    again = restart(rules, client, clock, qloop)
    told = []
    again.notify.connect(lambda title, text: told.append(text))
    again.start()
    qloop.until(lambda: set_profiles(client) == ["Busy", "Office"])
    qloop.until(lambda: told)
    assert told == ["Occupé ended at 09:30 while the app was not running: back to Bureau."]
    qloop.run(again.stop())


def test_restart_past_the_deadline_after_a_change_elsewhere_restores_nothing(
    cfg_dir, client, clock, qapp, qloop
) -> None:
    settings = Settings(server_url="http://sop.test", user="201", rules_lock_status="Telework")
    watcher = FakeLockWatcher()
    rules = make_rules(cfg_dir, client, clock, settings=settings, lock=watcher)
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    qloop.run(rules.set_timed("Busy", clock.now + timedelta(minutes=30)))
    qloop.run(rules.stop())
    client.callflow = replace(client.callflow, current_status="Office")  # on the phone
    clock.advance(hours=1)
    again = make_rules(cfg_dir, client, clock, settings=settings, lock=watcher)
    told: list[str] = []
    again.notify.connect(lambda _title, text: told.append(text))
    qloop.run(again.ctx.session.refresh())
    again.start()
    assert set_profiles(client) == ["Busy"] and told == []
    clock.advance(minutes=5)
    watcher.lock()
    qloop.until(lambda: set_profiles(client) == ["Busy", "Telework"])
    clock.advance(minutes=1)
    watcher.unlock()
    qloop.until(lambda: set_profiles(client) == ["Busy", "Telework", "Office"])
    qloop.until(lambda: len(told) == 2, timeout=3)
    assert told == ["Télétravail: your screen is locked.", "Back to Bureau."]
    qloop.run(again.stop())


def test_cli_command_exit_codes(rules, client, clock, qloop) -> None:
    cmd = rules.commands()["set-status-timed"]
    ok = qloop.run(cmd({"cmd": "set-status", "name": "Busy", "until": "10:15"}))
    assert ok["exit"] == EXIT_OK and ok["message"] == "Occupé until 10:15"
    for bad in ({"for": "soon"}, {"until": "08:00"}, {"until": "25:99"}, {"for": "0m"}):
        answer = qloop.run(cmd({"cmd": "set-status", "name": "Busy", **bad}))
        assert answer["exit"] == EXIT_INVALID, bad
    then = qloop.run(cmd({"cmd": "set-status", "name": "Busy", "for": "1h", "then": "Nope"}))
    assert then["exit"] == EXIT_INVALID and "Nope" in then["message"]
    unknown = qloop.run(cmd({"cmd": "set-status", "name": "Nope", "for": "1h"}))
    assert unknown["exit"] == EXIT_INVALID and "Unknown status" in unknown["message"]
    client.fail_next["set_profile"] = SetProfileError("no", code=5, call="dbSetProfile")
    failed = qloop.run(cmd({"cmd": "set-status", "name": "Telework", "for": "1h"}))
    assert failed["exit"] == EXIT_FAILED and "synchronisation" in failed["message"]
    assert set_profiles(client) == ["Busy", "Telework"]


def test_working_hours_set_the_status_in_the_evening(cfg_dir, client, clock, qapp, qloop) -> None:
    settings = Settings(server_url="http://sop.test", user="201", rules_hours_status="Telework")
    rules = make_rules(cfg_dir, client, clock, settings=settings)
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    assert set_profiles(client) == []  # 09:00 on a Wednesday: working
    clock.advance(hours=8, minutes=30)  # 17:30
    qloop.run(rules.evaluate())
    assert set_profiles(client) == ["Telework"]
    assert rules.label() == "Télétravail until Thu 08:30"
    assert "outside your working hours" in rules.explain()
    qloop.run(rules.stop())


def test_lock_and_unlock_through_the_platform_watcher(cfg_dir, client, clock, qapp, qloop) -> None:
    settings = Settings(server_url="http://sop.test", user="201", rules_lock_status="Busy")
    watcher = FakeLockWatcher()
    rules = make_rules(cfg_dir, client, clock, settings=settings, lock=watcher)
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    assert watcher.started
    watcher.lock()
    qloop.until(lambda: set_profiles(client) == ["Busy"])
    assert "because your screen is locked" in rules.explain()
    clock.advance(minutes=10)
    watcher.unlock()
    qloop.until(lambda: set_profiles(client) == ["Busy", "Office"])
    qloop.run(rules.stop())
    assert watcher.stopped


def test_a_change_while_locked_is_kept_at_unlock(cfg_dir, client, clock, qapp, qloop) -> None:
    settings = Settings(server_url="http://sop.test", user="201", rules_lock_status="Busy")
    watcher = FakeLockWatcher()
    rules = make_rules(cfg_dir, client, clock, settings=settings, lock=watcher)
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    watcher.lock()
    qloop.until(lambda: rules.ctx.session.callflow.current_status == "Busy")
    clock.advance(minutes=3)
    qloop.run(rules.ctx.session.set_status("Telework"))  # from the phone's menu, say
    clock.advance(minutes=3)
    watcher.unlock()
    qloop.run(rules.ctx.session.refresh())
    assert set_profiles(client) == ["Busy", "Telework"]
    assert rules.ctx.session.callflow.current_status == "Telework"
    assert rules.explain() == "Télétravail: you chose it. No automatic rule applies now."
    qloop.run(rules.stop())


def test_why_says_the_rules_wait_for_their_next_change(cfg_dir, client, clock, qapp, qloop):
    settings = Settings(server_url="http://sop.test", user="201", rules_lock_status="Busy")
    watcher = FakeLockWatcher()
    rules = make_rules(cfg_dir, client, clock, settings=settings, lock=watcher)
    qloop.run(rules.ctx.session.refresh())
    rules.start()
    watcher.lock()
    qloop.until(lambda: rules.ctx.session.callflow.current_status == "Busy")
    clock.advance(minutes=1)
    qloop.run(rules.ctx.session.set_status("Office"))  # while the screen is still locked
    assert rules.explain() == (
        "Bureau: you chose it. The automatic rules leave it until their next change."
    )
    assert set_profiles(client) == ["Busy", "Office"]
    qloop.run(rules.stop())


def test_lock_rule_off_means_no_watcher(rules) -> None:
    assert rules.lock is None


def test_notified_once_for_the_automatic_restore_not_for_the_users_own_act(
    rules, client, clock, qloop
) -> None:
    told: list[str] = []
    rules.notify.connect(lambda _title, text: told.append(text))
    qloop.run(rules.set_timed("Busy", clock.now + timedelta(minutes=30)))
    assert told == []  # the user just asked for it
    clock.advance(minutes=30)
    qloop.run(rules.evaluate())
    rules.evaluate()
    assert told == ["Back to Bureau."]


def test_a_change_elsewhere_during_the_apps_own_is_the_users(rules, client, clock, qloop) -> None:
    original = client.set_profile

    async def set_then_the_phone(ext: str, **kw: object) -> None:
        await original(ext, **kw)  # type: ignore[arg-type]
        # Between the app's dbSetProfile and its re-read, the user sets Telework on the phone.
        client.callflow = replace(client.callflow, current_status="Telework")

    client.set_profile = set_then_the_phone  # type: ignore[method-assign]
    assert qloop.run(rules.set_timed("Busy", clock.now + timedelta(minutes=30))) is True
    # The SOP shows Telework after the app's call: the user's choice; the timer is dropped and
    # nothing is sent at its deadline.
    assert rules.engine.state.timer is None
    assert rules.snapshot()["status"]["reason"] == "manual"
    clock.advance(minutes=30)
    rules.evaluate()
    assert set_profiles(client) == ["Busy"]
