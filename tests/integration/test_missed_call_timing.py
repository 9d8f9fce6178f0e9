"""A missed call is a call nobody took, announced when the caller gave up; a call the user
redirected or parked is not one. The real client and history feature against the simulator."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.history.dispositions import Category
from app.features.history.model import HistoryFeature
from app.features.history.store import HistoryStore
from app.sim import DEMO_EXT
from app.sop.client import SopClient
from app.sop.events import NewOrigChannel

OUTSIDE = "+3225214928"  # an outside caller of the simulator


def records_of(sim, channel: str) -> list[dict[str, str]]:
    return sim.call(lambda s: [r for r in s.state.history(DEMO_EXT) if r["origchannel"] == channel])


def ring(sim) -> str:
    return sim.call(lambda s: s.emit_incoming_call(DEMO_EXT, caller_id=OUTSIDE))


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (lambda c, ch, mobile: c.redirect(ch, mobile), "203"),  # to the user's own mobile
        (lambda c, ch, mobile: c.redirect(ch, f"*{DEMO_EXT}"), "300"),  # to the voicemail
        (lambda c, ch, mobile: c.redirect(ch, "0471998877"), "200"),  # to someone else
        (lambda c, ch, mobile: c.park(ch), "200"),
    ],
    ids=["mobile", "voicemail", "number", "park"],
)
def test_a_call_the_user_handled_is_not_recorded_as_missed(sim, qloop, action, expected) -> None:
    client = SopClient(sim.http_url)
    try:
        mobile = sim.call(lambda s: s.state.person(DEMO_EXT).mobile)
        channel = ring(sim)
        qloop.run(action(client, channel, mobile))
        (record,) = records_of(sim, channel)
        assert record["disposition"] == expected
    finally:
        qloop.run(client.aclose())


def test_a_call_nobody_took_is_recorded_as_missed(sim) -> None:
    channel = ring(sim)
    assert records_of(sim, channel) == []  # no record while it rings
    sim.call(lambda s: s.state.channels.hangup(channel))  # the caller gives up
    (record,) = records_of(sim, channel)
    assert record["disposition"].startswith("1")


@pytest.fixture
def history(sim, cfg_dir, qapp, qloop) -> Iterator[HistoryFeature]:
    # Short times, same shape: after the event the call is looked for until its record
    # exists. The idle poll is out of the way (an hour).
    client = SopClient(sim.http_url)
    session = Session(client, DEMO_EXT, "en")
    assert qloop.run(session.refresh())
    settings = Settings(server_url=sim.http_url, user=DEMO_EXT)
    ctx = FeatureContext(settings=settings, session=session, client=client, cfg_dir=cfg_dir,
                         lang="en")  # fmt: skip
    feature = HistoryFeature(
        ctx,
        store=HistoryStore(cfg_dir / "call-history.sqlite3"),
        idle_poll_s=3600,
        ring_poll_s=0.2,
    )
    feature.start()
    qloop.until(lambda: feature.loaded and not feature.loading and feature.calls)
    feature.mark_seen()
    yield feature
    qloop.run(feature.stop())
    qloop.run(client.aclose())


def requests(sim) -> int:
    return sim.call(lambda s: sum(1 for n, _ in s.state.request_log if n == "dbGetCallHistory"))


def test_a_missed_call_is_announced_when_the_caller_gives_up(history, sim, qloop) -> None:
    notes: list[tuple[str, str]] = []
    history.notify.connect(lambda title, text: notes.append((title, text)))
    channel = ring(sim)
    history.on_event(NewOrigChannel(channel, OUTSIDE, DEMO_EXT))
    before = requests(sim)
    qloop.until(lambda: requests(sim) >= before + 5, timeout=10)  # it kept looking while ringing
    assert notes == [] and history.unseen_count == 0
    sim.call(lambda s: s.state.channels.hangup(channel))  # the caller gives up after ~1 s
    gave_up = time.monotonic()
    qloop.until(lambda: notes, timeout=5)
    assert time.monotonic() - gave_up < 2  # not at the next regular poll (30 s)
    assert notes[0][0] == "Missed call" and "Brasserie Cantillon" in notes[0][1]
    assert history.unseen_count == 1
    # Found: no more looking for it.
    qloop.until(lambda: not history.loading)
    settled = requests(sim)
    qloop.run(asyncio.sleep(0.8))  # a few ring polls: no more polls for it
    assert requests(sim) <= settled + 1


def test_a_redirected_call_is_neither_announced_nor_counted(history, sim, qloop) -> None:
    notes: list[tuple[str, str]] = []
    history.notify.connect(lambda title, text: notes.append((title, text)))
    channel = ring(sim)
    history.on_event(NewOrigChannel(channel, OUTSIDE, DEMO_EXT))
    mobile = sim.call(lambda s: s.state.person(DEMO_EXT).mobile)
    assert qloop.run(history.ctx.client.redirect(channel, mobile)) is None
    qloop.until(lambda: any(c.origchannel == channel for c in history.calls), timeout=5)
    call = next(c for c in history.calls if c.origchannel == channel)
    assert call.disp.category is Category.ANSWERED
    assert notes == [] and history.unseen_count == 0
