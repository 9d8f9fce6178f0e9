"""Parked calls with the real client and feature against the real simulator, in both formats and
both readings of the reference: the slots (dbGetParkedChannels, ccGetChannels parked_only=1,
evParked), picking up (ccRedirect; ccJoinPark at the client), the refusals and the timeout."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.parked.model import ParkedCalls, split_caller_id
from app.sim import DEMO_EXT, SimConfig, SimThread
from app.sop.client import SopClient
from app.sop.errors import CallControlError
from app.sop.events import EventParser, Parked
from tests.helpers.waiting import wait_until
from tests.integration.sim_helpers import EventReader, FakeClock


@pytest.fixture(scope="module")
def sim_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def park_sim(sim_profile: str, sim_clock: FakeClock) -> Iterator[SimThread]:
    """A simulator of our own, whose clock runs the parking timeout when the test says so."""
    thread = SimThread(SimConfig(profile=sim_profile), clock=sim_clock)
    thread.start()
    yield thread
    thread.stop()


@pytest.fixture
def sim(park_sim: SimThread) -> Iterator[SimThread]:
    park_sim.reset()
    yield park_sim
    park_sim.reset()


@pytest.fixture(params=["json", "xml"])
def fmt(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(sim, fmt: str, qloop) -> Iterator[SopClient]:
    sop = SopClient(sim.http_url, fmt=fmt)  # type: ignore[arg-type]
    yield sop
    qloop.run(sop.aclose())


@pytest.fixture
def feature(sim, client, cfg_dir, qapp, qloop) -> Iterator[ParkedCalls]:
    session = Session(client, DEMO_EXT, "en")
    assert qloop.run(session.refresh())
    ctx = FeatureContext(Settings(server_url=sim.http_url, user=DEMO_EXT), session, client,
                         cfg_dir, "en")  # fmt: skip
    parked = ParkedCalls(ctx)
    qloop.run(parked.refresh())
    yield parked
    qloop.run(parked.stop())


def slots(sim) -> dict[str, str]:
    return sim.call(lambda s: {c.park_slot: c.id for c in s.state.channels.parked()})


def incoming(sim, caller=("Mia Verhoeven", "+32470998877", "")) -> str:
    return sim.call(lambda s: s.state.open_incoming(DEMO_EXT, caller).id)


def test_client_calls_for_parked_channels(sim, client, qloop) -> None:
    before = slots(sim)
    assert len(before) == 2  # the demo company has two calls waiting
    listed = qloop.run(client.get_parked_channels())
    assert {p.park_slot: p.channel_id for p in listed} == before
    only = qloop.run(client.get_parked_channels(channel_id=before["701"]))
    assert [p.park_slot for p in only] == ["701"]
    live = qloop.run(client.get_channels(parked_only=True))
    assert {c.id for c in live} == set(before.values())
    channel = incoming(sim)
    sim.call(lambda s: setattr(s.state.channels.get(channel), "state", "Up"))
    with EventReader(sim.events_port) as events:
        # The simulator counts the socket: no event can be missed from now on.
        wait_until(lambda: sim.call(lambda s: s.connected_event_clients) >= 1)
        qloop.run(client.park(channel))
        parked = events.expect("evParked")
    assert parked.tag == "evParked" and parked.findtext("Channel") == channel
    slot = parked.findtext("ParkSlot")
    assert slots(sim)[slot] == channel
    # ccJoinPark: a channel of a phone joins the slot, which empties.
    joining = sim.call(lambda s: s.state.channels.open("SDP20001", '"Camille" [201]').id)
    qloop.run(client.join_park(joining, slot))
    assert slot not in slots(sim)
    with pytest.raises(CallControlError):
        qloop.run(client.join_park(joining, "799"))  # an empty slot


def test_feature_lists_slots_with_callers_and_waiting_time(feature, sim) -> None:
    rows = feature.snapshot()["parked"]
    assert [r["slot"] for r in rows] == ["701", "702"]
    for row in rows:
        assert row["channel"] == slots(sim)[row["slot"]]
        assert row["caller_id"] and row["caller_name"]  # named from ccGetChannels' CallerId
        assert row["since"] is not None
    assert all(feature.waited(c) is not None and feature.waited(c) >= 0 for c in feature.listed())


def test_pickup_brings_the_call_to_the_user(feature, sim, qloop) -> None:
    channel = slots(sim)["701"]
    done = qloop.run(feature.commands()["park-pickup"]({"slot": "701"}))
    assert done["exit"] == EXIT_OK, done
    log = sim.call(lambda s: list(s.state.request_log))
    assert [p for n, p in log if n == "ccRedirect"] == [{"channel_id": channel, "to": DEMO_EXT}]
    moved = sim.call(lambda s: s.state.channels.get(channel))
    assert (moved.park_slot, moved.extension, moved.state) == ("", DEMO_EXT, "Ring")
    assert "701" not in [c.slot for c in feature.listed()]


def test_pickup_refusals(feature, sim, qloop) -> None:
    cmd = feature.commands()
    empty = qloop.run(cmd["park-pickup"]({"slot": "799"}))
    assert empty["exit"] == EXIT_INVALID and "799" in empty["message"]
    assert qloop.run(cmd["park-pickup"]({"slot": " "}))["exit"] == EXIT_INVALID
    log = sim.call(lambda s: list(s.state.request_log))
    assert "ccRedirect" not in [n for n, _ in log]  # nothing sent for an empty slot
    # Someone else took the call between the list and the click: the SOP refuses.
    channel = slots(sim)["702"]
    sim.call(lambda s: s.state.channels.hangup(channel))
    gone = qloop.run(cmd["park-pickup"]({"slot": "702"}))
    assert gone["exit"] == EXIT_FAILED and "slot 702" in gone["message"]
    assert "702" not in [c.slot for c in feature.listed()]  # read again after the refusal


def test_evparked_lists_a_call_at_once_and_it_stays(feature, sim, client, qloop) -> None:
    channel = incoming(sim, ("", "+3226001122", ""))
    qloop.run(client.park(channel))
    slot = next(s for s, c in slots(sim).items() if c == channel)
    feature.on_event(Parked(slot, channel))  # as the event socket delivers it
    assert slot in [c.slot for c in feature.listed()]  # before any read
    qloop.until(lambda: feature._refreshing is not None and feature._refreshing.done())
    call = next(c for c in feature.listed() if c.slot == slot)
    assert call.channel == channel and call.caller_id == "+3226001122"


def test_parked_calls_time_out(feature, sim, sim_clock, qloop) -> None:
    channel = slots(sim)["701"]
    operator = sim.call(lambda s: s.state.channels.get(channel).vars["OperatorExtension"])
    sim_clock.advance(301)  # the parking timeout: back to whoever parked them
    qloop.run(feature.refresh())
    assert feature.listed() == []
    back = sim.call(lambda s: s.state.channels.get(channel))
    assert (back.extension, back.state) == (operator, "Ring")


def test_menu_open_reads_every_few_seconds(feature) -> None:
    feature.menu_opened(True)
    assert feature.open_timer.isActive() and feature.open_timer.interval() == 5000
    feature.menu_opened(False)
    assert not feature.open_timer.isActive()


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ('"Mia Verhoeven" [+32470998877]', ("Mia Verhoeven", "+32470998877")),
        ('"Mia" <102>', ("Mia", "102")),
        ("102", ("", "102")),
        ('"102" [102]', ("", "102")),
    ],
)
def test_caller_id_forms(text, split) -> None:
    assert split_caller_id(text) == split


def test_event_parser_gives_parked() -> None:
    [event] = EventParser().feed(b"<evParked><ParkSlot>703</ParkSlot><Channel>SIP/X-1</Channel>"
                                 b"</evParked>\n")  # fmt: skip
    assert event == Parked("703", "SIP/X-1")


def test_an_unreachable_sop_is_not_an_empty_slot(feature, sim, qloop) -> None:
    sim.call(lambda s: s.faults.set_mode(call="dbGetParkedChannels", mode="http500"))
    failed = qloop.run(feature.commands()["park-pickup"]({"slot": "799"}))
    assert failed["exit"] == EXIT_FAILED and "799" not in failed["message"]
