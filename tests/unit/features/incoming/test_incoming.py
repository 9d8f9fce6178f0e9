"""Incoming calls, core part: which events pop up, names, following the call, the actions."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import pytest

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from app.features.history.call_log import Call
from app.features.incoming.call import CallState
from app.features.incoming.model import MAX_OPEN, IncomingCalls
from app.sop.events import Parked, Pong
from tests.helpers.incoming_fakes import (
    OUTSIDE,
    CallClient,
    Recorder,
    channel,
    incoming_context,
    ring,
)

AT = "2026-11-05T10:00:00+01:00"


@pytest.fixture
def client() -> CallClient:
    return CallClient()


def make(qloop, client: CallClient, cfg_dir, **settings: object) -> IncomingCalls:
    feature = IncomingCalls(incoming_context(client, cfg_dir, **settings), now=lambda: AT)
    assert qloop.run(feature.cache.refresh())
    return feature


@pytest.fixture
def feature(qapp, qloop, client, cfg_dir):
    f = make(qloop, client, cfg_dir)
    yield f
    qloop.run(f.stop())


def deliver(qloop, feature: IncomingCalls, *events: object) -> None:
    """Hand events to the feature on the running loop, as the event link does (the tasks
    they start run on the next turns of the loop)."""

    async def run() -> None:
        for event in events:
            feature.on_event(event)

    qloop.run(run())


def test_events_for_other_extensions_are_ignored(feature, client, qloop) -> None:
    seen = Recorder(feature)
    deliver(qloop, feature, ring("SIP/a-1", "104", ext="202"), Pong(), ring("SIP/a-2", "104", ""))
    assert seen.log == [] and feature.last is None
    assert feature.snapshot()["last_incoming"] is None
    assert client.count("get_channels") == 0


def test_popup_opens_before_any_sop_call_with_the_name_from_the_copy(
    feature, client, qloop
) -> None:
    before = len(client.calls)
    at_popup: list[int] = []
    feature.call_added.connect(lambda _ch: at_popup.append(len(client.calls)))
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    assert at_popup == [before]  # nothing asked of the SOP before the popup was up
    call = feature.calls["SIP/x-1"]
    assert (call.name, call.number, call.name_source) == ("Inès Van Damme", "234", "directory")
    assert feature.snapshot()["last_incoming"] == {
        "caller_id": "234", "caller_name": "Inès Van Damme", "channel": "SIP/x-1", "at": AT,
    }  # fmt: skip


def test_mobile_number_in_another_shape_is_the_same_person(feature, qloop) -> None:
    deliver(qloop, feature, ring("SIP/x-1", "0032475123456".replace("0032", "+32")))
    assert feature.calls["SIP/x-1"].name == "Inès Van Damme"


def test_unknown_extension_is_asked_once_then_cached(feature, client, qloop) -> None:
    seen = Recorder(feature)
    at_popup: list[str] = []
    feature.call_added.connect(lambda ch: at_popup.append(feature.calls[ch].shown_name))
    deliver(qloop, feature, ring("SIP/x-1", "777"))
    assert at_popup == ["777"]  # shown at once, with the number only
    qloop.until(lambda: feature.calls["SIP/x-1"].name == "Only Remote")
    assert feature.calls["SIP/x-1"].company == "Remote & Co"
    assert ("changed", "SIP/x-1") in seen.log
    assert feature.snapshot()["last_incoming"]["caller_name"] == "Only Remote"
    deliver(qloop, feature, ring("SIP/x-2", "777"))
    assert feature.calls["SIP/x-2"].name == "Only Remote"  # from the cached answer
    assert feature.lookup.remote_calls == 1


def test_outside_number_unknown_shows_number_then_the_channel_caller_name(
    feature, client, qloop
) -> None:
    client.channels = [channel("SIP/x-1", f'"Brasserie Cantillon" [{OUTSIDE}]')]
    at_popup: list[str] = []
    feature.call_added.connect(lambda ch: at_popup.append(feature.calls[ch].shown_name))
    deliver(qloop, feature, ring("SIP/x-1", OUTSIDE))
    assert at_popup == [OUTSIDE]
    call = feature.calls["SIP/x-1"]
    qloop.until(lambda: call.name == "Brasserie Cantillon")
    assert call.name_source == "caller id"
    assert feature.lookup.remote_calls == 0  # outside numbers are never asked


def test_a_channel_pops_up_once(feature, qloop) -> None:
    seen = Recorder(feature)
    deliver(qloop, feature, ring("SIP/x-1", "234"), ring("SIP/x-1", "234"))
    feature.dismiss("SIP/x-1")
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    assert seen.of("added") == ["SIP/x-1"]


def test_popups_off_still_reports_last_incoming(qapp, qloop, client, cfg_dir) -> None:
    feature = make(qloop, client, cfg_dir, incoming_popups=0)
    seen = Recorder(feature)
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    assert seen.log == [] and feature.calls == {}
    assert feature.snapshot()["last_incoming"]["channel"] == "SIP/x-1"
    qloop.run(feature.stop())


def test_at_most_max_open_popups(feature, qloop) -> None:
    deliver(qloop, feature, *(ring(f"SIP/x-{i}", "234") for i in range(MAX_OPEN + 2)))
    assert list(feature.calls) == [f"SIP/x-{i}" for i in range(2, MAX_OPEN + 2)]


def test_call_ends_when_ccgetchannels_no_longer_lists_it(feature, client, qloop) -> None:
    seen = Recorder(feature)
    client.channels = [channel("SIP/x-1", "234")]
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    qloop.until(lambda: feature.calls["SIP/x-1"].seen_in_channels)
    client.channels = []
    qloop.run(_poll(feature))
    assert seen.of("closed") == ["SIP/x-1"] and feature.calls == {}
    assert feature.last is not None and feature.last.state is CallState.ENDED


def test_a_ringing_channel_missing_from_ccgetchannels_keeps_its_popup(feature, client, qloop):
    # "Retrieve the list of established channels": a ringing leg may never be listed.
    client.channels = []
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    for _ in range(4):
        qloop.run(_poll(feature))
    assert "SIP/x-1" in feature.calls and feature.calls["SIP/x-1"].missed_polls >= 4


def test_a_history_record_of_the_call_closes_its_popup(feature, client, qloop) -> None:
    client.channels = []
    deliver(qloop, feature, ring("SIP/x-1", "234"), ring("SIP/x-2", "105"))
    at = datetime.fromisoformat(feature.calls["SIP/x-1"].at).replace(tzinfo=None)
    stamp = f"{at:%Y-%m-%d %H:%M:%S}"
    other = Call("u0", stamp, caller_number="999", called_number="201", origchannel="SIP/o-9")
    feature.apply_history([other])  # someone else's call: nothing closes
    assert list(feature.calls) == ["SIP/x-1", "SIP/x-2"]
    by_channel = Call("u1", stamp, caller_number="234", called_number="201", origchannel="SIP/x-1")
    feature.apply_history([by_channel])
    assert list(feature.calls) == ["SIP/x-2"] and feature.last is not None
    by_number = Call("u2", stamp, caller_number="105", called_number="201", disposition="101")
    feature.apply_history([by_number])
    assert feature.calls == {}


def test_an_old_record_of_the_same_number_does_not_close_the_popup(feature, qloop) -> None:
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    old = Call("u1", "2020-01-01 10:00:00", caller_number="234", called_number="201")
    feature.apply_history([old])
    assert "SIP/x-1" in feature.calls


async def _poll(feature: IncomingCalls) -> None:
    """One more ccGetChannels poll, after the one running (if any)."""
    if feature._poll_task is not None:
        await asyncio.gather(feature._poll_task, return_exceptions=True)
    feature.poll_soon()
    if feature._poll_task is not None:
        await feature._poll_task


def test_reconnect_resynchronises_open_calls(feature, client, qloop) -> None:
    client.channel_gate = asyncio.Event()  # hold polls: only the resync may answer
    feature.on_connected(False)
    feature.on_connected(True)  # first connection: nothing to resync
    client.channels = [channel("SIP/x-1", "234"), channel("SIP/x-2", "234")]
    client.channel_gate = None
    deliver(qloop, feature, ring("SIP/x-1", "234"), ring("SIP/x-2", "234"))
    qloop.run(_poll(feature))  # both listed: established
    client.channel_gate = asyncio.Event()
    feature.on_connected(False)
    feature.on_connected(False)
    client.channels = [channel("SIP/x-2", "234")]

    async def back() -> None:
        feature.on_connected(True)
        await asyncio.sleep(0)
        assert client.channel_gate is not None
        client.channel_gate.set()

    qloop.run(back())
    qloop.until(lambda: feature.resyncs == 1)
    assert list(feature.calls) == ["SIP/x-2"]  # x-1 ended while the socket was down
    deliver(qloop, feature, ring("SIP/x-2", "234"))  # replayed after the reconnect
    assert list(feature.calls) == ["SIP/x-2"]


def sent(client: CallClient) -> list[tuple[str, dict[str, Any]]]:
    return list(client.sent)


def test_redirect_to_voicemail_uses_the_setting(qapp, qloop, client, cfg_dir) -> None:
    feature = make(qloop, client, cfg_dir, incoming_voicemail="8{ext}")
    seen = Recorder(feature)
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    answer = qloop.run(feature.redirect_voicemail("SIP/x-1"))
    assert answer["exit"] == EXIT_OK
    assert sent(client) == [("ccRedirect", {"channel_id": "SIP/x-1", "to": "8201"})]
    assert seen.of("closed") == ["SIP/x-1"]
    assert feature.last is not None and feature.last.state is CallState.REDIRECTED
    assert feature.snapshot()["incoming"]["last_action"]["to"] == "8201"
    qloop.run(feature.stop())


def test_redirect_to_mobile_applies_the_dialling_rules(qapp, qloop, client, cfg_dir) -> None:
    feature = make(qloop, client, cfg_dir, dial_outside_prefix="0")
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    assert qloop.run(feature.redirect_mobile("SIP/x-1"))["exit"] == EXIT_OK
    assert sent(client) == [("ccRedirect", {"channel_id": "SIP/x-1", "to": "00475998877"})]
    qloop.run(feature.stop())


def test_redirect_to_an_invalid_number_sends_nothing(feature, client, qloop) -> None:
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    answer = qloop.run(feature.redirect_to("SIP/x-1", "02 & 03"))
    assert answer["exit"] == EXIT_INVALID and "“&” is not allowed" in answer["message"]
    assert sent(client) == [] and "SIP/x-1" in feature.calls
    assert feature.calls["SIP/x-1"].error == answer["message"]
    assert qloop.run(feature.redirect_to("SIP/x-1", "tel:+32 2 555 12 34"))["exit"] == EXIT_OK
    assert sent(client) == [("ccRedirect", {"channel_id": "SIP/x-1", "to": "+3225551234"})]


def test_park_then_the_slot_from_evparked(feature, client, qloop) -> None:
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    assert qloop.run(feature.park("SIP/x-1"))["exit"] == EXIT_OK
    call = feature.calls["SIP/x-1"]
    assert call.state is CallState.PARKED and call.park_slot == ""
    deliver(qloop, feature, Parked(park_slot="701", channel="SIP/x-1"), Parked("702", "SIP/z"))
    assert call.park_slot == "701"
    assert feature.snapshot()["incoming"]["open"] == [
        {"channel": "SIP/x-1", "state": "parked", "park_slot": "701"}
    ]


def test_reject_hangs_up_and_closes(feature, client, qloop) -> None:
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    assert qloop.run(feature.reject("SIP/x-1"))["exit"] == EXIT_OK
    assert sent(client) == [("ccHangup", {"channel_id": "SIP/x-1"})]
    assert feature.calls == {}


def test_a_refused_action_is_shown_once_and_the_popup_stays(feature, client, qloop) -> None:
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    client.refuse.add("ccPark")
    answer = qloop.run(feature.park("SIP/x-1"))
    assert answer["exit"] == EXIT_FAILED
    call = feature.calls["SIP/x-1"]
    assert call.error and call.pending == "" and call.state is CallState.RINGING
    assert sent(client) == [("ccPark", {"channel_id": "SIP/x-1"})]  # never retried
    assert feature.snapshot()["incoming"]["last_action"]["ok"] is False


def test_actions_on_a_closed_call_send_nothing(feature, client, qloop) -> None:
    deliver(qloop, feature, ring("SIP/x-1", "234"))
    feature.dismiss("SIP/x-1")
    assert qloop.run(feature.reject("SIP/x-1"))["exit"] == EXIT_FAILED
    assert sent(client) == []


def test_a_record_of_another_call_from_the_same_number_closes_only_that_one(feature, qloop):
    deliver(qloop, feature, ring("SIP/x-1", "234"), ring("SIP/x-2", "234"))
    feature.dismiss("SIP/x-1")
    at = datetime.fromisoformat(feature.calls["SIP/x-2"].at).replace(tzinfo=None)
    record = Call(
        "u1", f"{at:%Y-%m-%d %H:%M:%S}", caller_number="234", called_number="201",
        origchannel="SIP/x-1",
    )  # fmt: skip
    feature.apply_history([record])
    assert list(feature.calls) == ["SIP/x-2"]
