"""Call history with the real client against the simulator: fetch, decode, a new missed call
arrives with its caller's name, and calling back reaches the simulator as a ccOriginate."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.dial.model import DialFeature
from app.features.history.dispositions import Category
from app.features.history.model import HistoryFeature
from app.features.history.store import HistoryStore
from app.sim import DEMO_DP, DEMO_EXT
from app.sop.client import SopClient
from app.sop.events import NewOrigChannel


@pytest.fixture
def features(sim, cfg_dir, qapp, qloop) -> Iterator[tuple[HistoryFeature, DialFeature]]:
    client = SopClient(sim.http_url)
    session = Session(client, DEMO_EXT, "en")
    assert qloop.run(session.refresh())
    settings = Settings(server_url=sim.http_url, user=DEMO_EXT)
    ctx = FeatureContext(settings=settings, session=session, client=client, cfg_dir=cfg_dir,
                         lang="en")  # fmt: skip
    dial = DialFeature(ctx)
    assert qloop.run(dial.cache.refresh())
    history = HistoryFeature(
        ctx, store=HistoryStore(cfg_dir / "call-history.sqlite3"), ring_poll_s=0.05
    )
    history.dialer_lookup = lambda: dial
    history.name_lookup = lambda number: dial.name_for(number)
    yield history, dial
    qloop.run(history.stop())
    qloop.run(dial.stop())
    qloop.run(client.aclose())


def history_requests(sim) -> list[dict[str, str]]:
    log = sim.call(lambda s: list(s.state.request_log))
    return [params for name, params in log if name == "dbGetCallHistory"]


def test_first_load_decodes_the_simulators_history(features, sim, qloop) -> None:
    history, _ = features
    assert qloop.run(history.poll())
    request = history_requests(sim)[0]
    assert request["ext"] == DEMO_EXT and request["limit"] == "2000"
    assert len(request["start_date"]) == 19  # yyyy-mm-dd hh:mm:ss
    served = sim.call(lambda s: len(s.state.history(DEMO_EXT)))
    assert len(history.calls) == served
    categories = {c.disp.category for c in history.calls}
    assert categories == set(Category)  # every kind, unknown codes included
    unknown = [c for c in history.calls if c.disp.category is Category.UNKNOWN]
    assert {c.disp.label() for c in unknown} >= {
        "Other (code 301)",
        "Other (code 400)",
        "Other (code 999)",
    }
    assert history.unseen_count > 0  # first start: the week's missed calls are new


def test_a_missed_call_arrives_is_counted_named_and_called_back(features, sim, qloop) -> None:
    history, _ = features
    assert qloop.run(history.poll())
    history.mark_seen()
    notes: list[tuple[str, str]] = []
    history.notify.connect(lambda t, s: notes.append((t, s)))
    caller = sim.call(lambda s: next(p for p in s.state.people.values()
                                     if p.ext != DEMO_EXT and p.dp))  # fmt: skip
    channel = sim.call(lambda s: s.emit_incoming_call(DEMO_EXT, caller_id=caller.ext))
    # The CDR exists once the caller gave up.
    sim.call(lambda s: s.state.channels.hangup(channel))
    # What the event link would deliver: the poll follows the event.
    history.on_event(NewOrigChannel(channel, caller.ext, DEMO_EXT))
    qloop.until(lambda: history.unseen_count == 1)
    newest = history.calls[0]
    assert newest.disp.code == "101" and newest.disp.label() == "Missed on the primary phone"
    assert notes == [("Missed call", f"{caller.name} ({caller.ext}) called at "
                                     f"{newest.when:%H:%M}.")]  # fmt: skip
    before = len(sim.call(lambda s: s.state.originations))
    reply = qloop.run(history.call_back(newest))
    assert reply["exit"] == 0, reply
    originations = sim.call(lambda s: list(s.state.originations))
    assert originations[before:] == [
        {"phone_id": DEMO_DP, "to": caller.ext, "ext": DEMO_EXT, "async": "true"}
    ]
    # The placed call is in the history at the next poll, and is not counted.
    assert qloop.run(history.poll())
    assert history.calls[0].disp.category is Category.PLACED
    assert history.calls[0].called_number == caller.ext and history.unseen_count == 1


def test_answered_scripted_calls_are_not_counted(features, sim, qloop) -> None:
    history, _ = features
    assert qloop.run(history.poll())
    history.mark_seen()
    sim.call(lambda s: s.emit_incoming_call(DEMO_EXT, answered=True))
    assert qloop.run(history.poll())
    assert history.calls[0].disp.code == "201" and history.unseen_count == 0


def test_polls_overlap_and_never_duplicate(features, sim, qloop) -> None:
    history, _ = features
    assert qloop.run(history.poll())
    count = len(history.calls)
    for _ in range(3):
        assert qloop.run(history.poll())
    assert len(history.calls) == count
    assert len({c.key for c in history.calls}) == count
    starts = [r["start_date"] for r in history_requests(sim)[1:]]
    newest = history.calls[0].stamp
    assert all(s < newest for s in starts)  # each window reaches back over the newest known


def test_scripted_calls_end_missed_or_answered(sim) -> None:
    from tests.helpers.waiting import wait_until

    seen = sim.call(lambda s: [id(r) for r in s.state.history(DEMO_EXT)])
    before = len(seen)
    sim.call(lambda s: setattr(s, "scripted_ring_s", 0.0))  # callers give up at once
    sim.call(lambda s: s.set_incoming_every(0.01))
    try:
        wait_until(lambda: sim.call(lambda s: len(s.state.history(DEMO_EXT))) >= before + 3)
    finally:
        sim.call(lambda s: s.set_incoming_every(None))
    # Every call's record is written once it stopped ringing.
    wait_until(
        lambda: (
            sim.call(lambda s: (s.state.history(DEMO_EXT), s.state.ringing_calls_without_cdr)[1])
            == 0
        )
    )
    # The new records, whatever order the profile keeps them in.
    codes = sim.call(
        lambda s: [r["disposition"] for r in s.state.history(DEMO_EXT) if id(r) not in seen]
    )
    assert len(codes) >= 3 and set(codes) <= {"101", "201"}
    # Every third call is answered: n calls in a row hold n // 3 or one more answered ones.
    assert codes.count("201") in (len(codes) // 3, -(-len(codes) // 3))
