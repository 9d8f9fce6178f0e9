"""When the history asks the SOP: on an injected clock, a missed call shows within 10 s of the
end of its ringing, and nothing is asked while idle until the 10-minute fallback."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from app.sop.events import NewOrigChannel, Pong
from tests.helpers.fake_clock import FakeClock
from tests.helpers.history_fakes import NOW, OWN, HistoryClient, WallClock, cdr, make_history


@pytest.fixture
def timers() -> FakeClock:
    return FakeClock()


@pytest.fixture
def client() -> HistoryClient:
    return HistoryClient([cdr("old", NOW - timedelta(hours=1), "201")])


def started(cfg_dir, client, timers, qloop, **kw):
    feature = make_history(cfg_dir, client, WallClock(), timers=timers, random=lambda: 0.5, **kw)
    qloop.run(feature.ctx.session.refresh())
    feature.start()
    settle(qloop, feature)
    assert len(client.history_calls) == 1  # the fetch at start
    return feature


def settle(qloop, feature) -> None:
    """Let a fetch the clock started finish (it awaits the fake SOP and the store's thread)."""
    qloop.until(lambda: feature._task is None or feature._task.done())


def walk(qloop, feature, timers: FakeClock, seconds: float, step: float = 1.0) -> None:
    for _ in range(int(seconds / step)):
        timers.advance(step)
        settle(qloop, feature)


def test_nothing_is_asked_while_idle_until_the_ten_minute_poll(cfg_dir, client, timers, qapp,
                                                               qloop) -> None:  # fmt: skip
    feature = started(cfg_dir, client, timers, qloop)
    feature.on_event(Pong())
    feature.on_event(NewOrigChannel("SIP/SDP9-1", "0470", "202"))  # a colleague's call
    walk(qloop, feature, timers, 9 * 60, step=5)
    assert len(client.history_calls) == 1
    walk(qloop, feature, timers, 60, step=5)  # jittered shorter, never longer than 10 min
    assert len(client.history_calls) == 2
    walk(qloop, feature, timers, 8 * 60, step=5)
    assert len(client.history_calls) == 2  # the next one is 9 to 10 minutes after the last
    qloop.run(feature.stop())


def test_a_missed_call_shows_within_10_s_of_the_end_of_ringing(cfg_dir, client, timers, qapp,
                                                              qloop) -> None:  # fmt: skip
    feature = started(cfg_dir, client, timers, qloop)
    feature.on_event(NewOrigChannel("SIP/SDP1-7", "0470123456", OWN))
    walk(qloop, feature, timers, 23)  # the phone rings 23 s; the SOP writes the CDR then
    record = cdr("m7", NOW + timedelta(seconds=23), "101", number="0470123456")
    client.records.append(dataclasses.replace(record, origchannel="SIP/SDP1-7"))
    waited = 0
    while "m7" not in {c.key for c in feature.calls}:
        walk(qloop, feature, timers, 1)
        waited += 1
        assert waited <= 10, "the missed call is not shown 10 s after the ring ended"
    assert feature.unseen_count == 1
    asked = len(client.history_calls)
    walk(qloop, feature, timers, 60)
    assert len(client.history_calls) == asked  # its record is in: no more polls for it
    assert feature.watching == []
    qloop.run(feature.stop())


def test_a_call_without_a_record_is_watched_for_a_minute(cfg_dir, client, timers, qapp,
                                                         qloop) -> None:  # fmt: skip
    feature = started(cfg_dir, client, timers, qloop)
    feature.on_event(NewOrigChannel("SIP/SDP1-8", '"Alice" [201]', "0470"))  # placed by the user
    walk(qloop, feature, timers, 70)
    polls = len(client.history_calls) - 1
    assert 7 <= polls <= 10  # every 6.4 to 8 s for a minute
    walk(qloop, feature, timers, 60)
    assert len(client.history_calls) - 1 == polls
    qloop.run(feature.stop())


def test_opening_the_menu_fetches_unless_a_fetch_just_ran(cfg_dir, client, timers, qapp,
                                                          qloop) -> None:  # fmt: skip
    feature = started(cfg_dir, client, timers, qloop)
    feature.opened()
    settle(qloop, feature)
    assert len(client.history_calls) == 1  # the start fetch was a moment ago
    walk(qloop, feature, timers, 30)
    feature.opened()
    settle(qloop, feature)
    assert len(client.history_calls) == 2
    walk(qloop, feature, timers, 9 * 60, step=5)
    assert len(client.history_calls) == 2  # the idle poll counts from the last fetch
    qloop.run(feature.stop())


def test_the_fetch_after_a_reconnect_is_spread(cfg_dir, client, timers, qapp, qloop) -> None:
    feature = started(cfg_dir, client, timers, qloop)  # random() = 0.5: 150 s of 300
    feature.on_connected(True)  # the first connection: the fetch at start covered it
    walk(qloop, feature, timers, 300, step=5)  # (the idle poll is due at 570 s)
    assert len(client.history_calls) == 1
    feature.on_connected(False)
    feature.on_connected(True)  # back after a drop: calls may have ended meanwhile
    walk(qloop, feature, timers, 149)
    assert len(client.history_calls) == 1
    walk(qloop, feature, timers, 2)
    assert len(client.history_calls) == 2
    qloop.run(feature.stop())


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise()
def test_the_tray_menu_and_the_window_opening_reach_the_history(cfg_dir, client, timers, qapp,
                                                                qloop, qtbot) -> None:  # fmt: skip
    from PySide6.QtCore import QObject

    from app.features.history.menu import HistoryUi

    feature = started(cfg_dir, client, timers, qloop)
    ui = HistoryUi(feature, QObject())  # type: ignore[arg-type]
    walk(qloop, feature, timers, 30)
    ui.menu_opened()  # what the controller calls when the tray menu is about to show
    settle(qloop, feature)
    assert len(client.history_calls) == 2
    walk(qloop, feature, timers, 30)
    window = ui.open_window()
    qtbot.addWidget(window)
    settle(qloop, feature)
    assert len(client.history_calls) == 3
    ui.close()
    qloop.run(feature.stop())
