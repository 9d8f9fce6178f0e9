"""The event socket: evNewOrigChannel, evPong after ccPing, evParked after ccPark, drop/silent."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from app.sim import DEMO_DP, DEMO_EXT, SimConfig, SimThread
from tests.helpers.waiting import wait_until
from tests.integration.sim_helpers import (
    EventReader,
    child_texts,
    connect_events,
    parse_xml,
)


@pytest.fixture
def sim(default_sim):
    """These tests check the simulator itself, in its default profile."""
    return default_sim


@pytest.fixture
def events(sim: SimThread) -> Iterator[EventReader]:
    with connect_events(sim) as reader:
        yield reader


def incoming(sim: SimThread, ext: str = DEMO_EXT, caller_id: str | None = None) -> str:
    return str(sim.call(lambda s: s.emit_incoming_call(ext, caller_id)))


def test_incoming_call_event(sim: SimThread, events: EventReader, http: httpx.Client) -> None:
    channel = incoming(sim, caller_id="+3225551234")
    event = events.expect("evNewOrigChannel")
    assert child_texts(event) == {
        "Channel": channel,
        "CallerId": "+3225551234",
        "Extension": DEMO_EXT,
    }
    listed = parse_xml(http.get("/xml/ccGetChannels").content)
    assert channel in [c.findtext("ID") for c in listed]
    params = {"ext": DEMO_EXT, "limit": "1", "start_date": "2000-01-01 00:00:00"}
    ringing = http.get("/xml/dbGetCallHistory.json", params=params).json()["CallHistory"]
    assert ringing[0]["origchannel"] != channel  # no CDR while the call rings
    sim.call(lambda s: s.state.channels.hangup(channel))  # the caller gives up
    history = http.get(
        "/xml/dbGetCallHistory.json",
        params={"ext": DEMO_EXT, "limit": "1", "start_date": "2000-01-01 00:00:00"},
    ).json()["CallHistory"]
    assert history[0]["caller_number"] == "+3225551234"
    assert history[0]["disposition"] == "101"
    assert history[0]["origchannel"] == channel  # the channel evNewOrigChannel announced


def test_realistic_callers(sim: SimThread, events: EventReader) -> None:
    callers = set()
    for _ in range(12):
        incoming(sim)
        callers.add(events.expect("evNewOrigChannel").findtext("CallerId"))
    assert any(c and c.startswith("+") for c in callers)  # outside numbers
    assert any(c and c.isdigit() for c in callers)  # colleagues' extensions


def test_every_client_gets_every_event(sim: SimThread, events: EventReader) -> None:
    with connect_events(sim) as second:
        assert sim.call(lambda s: s.connected_event_clients) == 2
        channel = incoming(sim)
        assert events.expect("evNewOrigChannel").findtext("Channel") == channel
        assert second.expect("evNewOrigChannel").findtext("Channel") == channel
    wait_until(lambda: sim.call(lambda s: s.connected_event_clients) == 1, what="disconnect")


def test_pong_follows_ping_within_a_second(events: EventReader, http: httpx.Client) -> None:
    started = time.monotonic()
    response = http.get("/xml/ccPing.php")
    assert parse_xml(response.content).findtext("Result") == "0"
    events.expect("evPong", timeout_s=1.0)
    assert time.monotonic() - started < 1.0


def test_withheld_pong(sim: SimThread, events: EventReader, http: httpx.Client) -> None:
    sim.call(lambda s: setattr(s.faults, "withhold_pong", True))
    assert parse_xml(http.get("/xml/ccPing").content).findtext("Result") == "0"
    sim.call(lambda s: setattr(s.faults, "withhold_pong", False))
    channel = incoming(sim)
    # Events arrive in order: had a pong been sent, it would come first.
    event = events.next_event()
    assert (event.tag, event.findtext("Channel")) == ("evNewOrigChannel", channel)


def test_parked_event(sim: SimThread, events: EventReader, http: httpx.Client) -> None:
    channel = incoming(sim)
    events.expect("evNewOrigChannel")
    failed = http.get("/xml/ccPark.php", params={"channel_id": "SIP/NOPE-0001"})
    assert parse_xml(failed.content).findtext("Result") == "1"
    response = http.get("/xml/ccPark.php", params={"channel_id": channel})
    assert parse_xml(response.content).findtext("Result") == "0"
    event = events.next_event()  # no evParked for the failed park before it
    assert event.tag == "evParked"
    slot = event.findtext("ParkSlot")
    assert event.findtext("Channel") == channel
    parked = parse_xml(
        http.get("/xml/dbGetParkedChannels.php", params={"channel_id": channel}).content
    )
    assert [c.findtext("ParkSlot") for c in parked.findall("Channel")] == [slot]


def test_originate_to_a_colleague_rings_them(events: EventReader, http: httpx.Client) -> None:
    colleague = http.get("/xml/dbGetDirectoryInfo.json", params={"grp": "Sales"}).json()[0]["ext"]
    response = http.get(
        "/xml/ccOriginate.php", params={"phone_id": DEMO_DP, "to": colleague, "ext": DEMO_EXT}
    )
    assert parse_xml(response.content).findtext("Result") == "0"
    event = events.expect("evNewOrigChannel")
    assert (event.findtext("CallerId"), event.findtext("Extension")) == (DEMO_EXT, colleague)


def test_silent_keeps_the_connection_but_sends_nothing(
    sim: SimThread, events: EventReader, http: httpx.Client
) -> None:
    sim.call(lambda s: setattr(s.faults, "events_mode", "silent"))
    incoming(sim)
    http.get("/xml/ccPing.php")
    sim.call(lambda s: setattr(s.faults, "events_mode", "normal"))
    assert sim.call(lambda s: s.connected_event_clients) == 1
    channel = incoming(sim)
    event = events.next_event()
    assert (event.tag, event.findtext("Channel")) == ("evNewOrigChannel", channel)


def test_drop_closes_every_connection(sim: SimThread, events: EventReader) -> None:
    sim.call(lambda s: setattr(s.faults, "events_mode", "drop"))
    assert events.wait_closed()
    wait_until(lambda: sim.call(lambda s: s.connected_event_clients) == 0, what="drop")
    with EventReader(sim.events_port) as refused:
        assert refused.wait_closed()
    sim.call(lambda s: setattr(s.faults, "events_mode", "normal"))
    with connect_events(sim) as again:
        channel = incoming(sim)
        assert again.expect("evNewOrigChannel").findtext("Channel") == channel


def test_drop_set_from_another_thread(sim: SimThread, events: EventReader) -> None:
    sim.sim.faults.events_mode = "drop"  # a plain attribute set from the test thread
    assert events.wait_closed()
    sim.call(lambda s: setattr(s.faults, "events_mode", "normal"))


def test_scripted_incoming_calls_and_flood() -> None:
    config = SimConfig(seed=5, directory_size=40, incoming_call_every_s=0.05, flood_events_per_s=50)
    with SimThread(config) as thread, connect_events(thread) as reader:
        seen: set[str] = set()
        deadline = time.monotonic() + 5
        while not {"demo", "other", "unknown"} <= seen and time.monotonic() < deadline:
            event = reader.next_event()
            if event.tag != "evNewOrigChannel":
                seen.add("unknown")
            elif event.findtext("Extension") == DEMO_EXT:
                seen.add("demo")
            else:
                seen.add("other")
        assert seen == {"demo", "other", "unknown"}
        thread.call(lambda s: s.set_flood(0))
        thread.call(lambda s: s.set_incoming_every(None))
        assert thread.call(lambda s: (s.flood_events_per_s, s.incoming_call_every_s)) == (0, None)
