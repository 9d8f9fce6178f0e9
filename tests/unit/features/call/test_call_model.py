"""The call in progress without a SOP: reading ccGetChannels, when the app looks, hold that a
SOP no longer offers, and the ``call`` command line's requests."""

from __future__ import annotations

import argparse
import asyncio
from datetime import datetime, timedelta
from typing import Any

import pytest

from app.features.call.commands import COMMAND
from app.features.call.current import duration_text, find_call, split_caller_id
from app.features.call.model import CallFeature
from app.sop.errors import SopHttpError
from app.sop.events import NewOrigChannel
from app.sop.models import Channel
from tests.helpers.incoming_fakes import CallClient, incoming_context

NOW = datetime(2026, 12, 2, 10, 0, 0).astimezone()
MINE = "SIP/SDP1-00000001"
FAR = "IAX2/escaux@81.83.50.216:4569/3"


def up(channel_id: str, caller_id: str, link: str = "", seconds: int | None = 75) -> Channel:
    return Channel(id=channel_id, caller_id=caller_id, seconds=seconds, state="Up", link=link)


def test_the_users_leg_names_the_other_party() -> None:
    channels = [
        up(FAR, '"0027884390" [0027884390]', MINE, None),
        up(MINE, '"Ines Van Damme" [150]', FAR),
        up("SIP/SDP9-1", '"Someone" [999]'),  # another user's call
    ]
    call = find_call(channels, {"SDP1"}, "201", NOW)
    assert call is not None
    assert (call.channel, call.far, call.other_number, call.other_name) == (
        MINE, FAR, "150", "Ines Van Damme",
    )  # fmt: skip
    assert call.since == NOW - timedelta(seconds=75)


def test_the_linked_leg_names_the_other_party_when_ours_names_us() -> None:
    channels = [up(MINE, '"Alice" [201]', FAR), up(FAR, "+3225214928", MINE)]
    call = find_call(channels, {"SDP1"}, "201", NOW)
    assert call is not None and (call.other_number, call.other_name) == ("+3225214928", "")


def test_ringing_legs_and_other_phones_are_no_call() -> None:
    ringing = Channel(id=MINE, caller_id="150", state="Ring")
    assert find_call([ringing], {"SDP1"}, "201", NOW) is None
    assert find_call([up("SIP/SDP10-1", "150")], {"SDP1"}, "201", NOW) is None
    assert find_call([up(MINE, "150")], set(), "201", NOW) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [('"Anna" [104]', ("Anna", "104")), ('"Anna" <104>', ("Anna", "104")), ("104", ("", "104")),
     ('"104" [104]', ("", "104"))],
)  # fmt: skip
def test_caller_ids(text: str, expected: tuple[str, str]) -> None:
    assert split_caller_id(text) == expected


def test_durations() -> None:
    assert [duration_text(s) for s in (0, 75, 3725)] == ["0:00", "1:15", "1:02:05"]


class HoldGone(CallClient):
    async def hold(self, channel_id: str) -> None:
        self.sent.append(("ccHold", {"channel_id": channel_id}))
        raise SopHttpError("not found", status_code=404, call="ccHold")

    async def record(self, channel_id: str, **params: Any) -> None:
        self.sent.append(("ccRecord", {"channel_id": channel_id, **params}))


def test_only_an_event_about_the_user_starts_the_looking(qapp, qloop, cfg_dir) -> None:
    client = HoldGone()
    feature = CallFeature(incoming_context(client, cfg_dir), poll_interval_s=0.05)
    feature.on_event(NewOrigChannel(channel="SIP/x-1", caller_id="105", extension="202"))
    assert not feature.watching and not client.calls
    client.channels = [up(MINE, '"Ines" [150]', FAR), up(FAR, "150", MINE)]
    feature.on_event(NewOrigChannel(channel="SIP/x-2", caller_id="201", extension="150"))
    qloop.until(lambda: feature.current is not None)
    assert feature.snapshot()["current_call"]["other_number"] == "150"
    client.channels = []
    qloop.until(lambda: feature.current is None and not feature.watching)
    looks = len([c for c in client.calls if c[0] == "get_channels"])
    qloop.run(asyncio.sleep(0.2))  # four poll intervals: nothing more is asked
    assert len([c for c in client.calls if c[0] == "get_channels"]) == looks
    qloop.run(feature.stop())


def test_hold_that_the_sop_no_longer_offers_is_hidden(qapp, qloop, cfg_dir) -> None:
    client = HoldGone()
    client.channels = [up(MINE, '"Ines" [150]', FAR), up(FAR, "150", MINE)]
    feature = CallFeature(incoming_context(client, cfg_dir), poll_interval_s=10)
    answer = qloop.run(feature.hold())
    assert answer["exit"] == 1 and "does not offer hold" in answer["message"]
    assert feature.hold_offered is False
    again = qloop.run(feature.hold())
    assert again["exit"] == 1
    assert [name for name, _ in client.sent] == ["ccHold"]  # not sent a second time
    assert qloop.run(feature.record(True))["exit"] == 0
    assert client.sent[-1] == (
        "ccRecord", {"channel_id": MINE, "action": "start", "mailbox": "201", "caller_id": "201"},
    )  # fmt: skip
    qloop.run(feature.stop())


def parse(*argv: str) -> dict[str, Any] | None:
    parser = argparse.ArgumentParser()
    COMMAND.add_arguments(parser)
    return COMMAND.request(parser.parse_args(argv))


def test_cli_requests() -> None:
    assert parse("show", "--json") == {"cmd": "call", "action": "show", "json": True}
    assert parse("record", "stop") == {"cmd": "call", "action": "record-stop"}
    assert parse("transfer", "0475 12 34 56") == {
        "cmd": "call", "action": "transfer", "number": "0475 12 34 56",
    }  # fmt: skip
    assert parse("transfer", "Inès & co") is None  # refused at once, nothing sent
    assert parse("hangup") == {"cmd": "call", "action": "hangup"}


def test_status_line() -> None:
    state = {"current_call": {"other_name": "Ines", "since": "2026-12-02T10:00:00+01:00",
                              "on_hold": True, "recording": False}}  # fmt: skip
    assert COMMAND.status_lines is not None
    assert COMMAND.status_lines(state) == [
        "Call:      with Ines since 2026-12-02T10:00:00+01:00 (on hold)"
    ]
    assert COMMAND.status_lines({"current_call": None}) == []
