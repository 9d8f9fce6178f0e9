"""ccOriginate's var format and the channel table (park slots, join, hang up)."""

from __future__ import annotations

import random

import pytest

from app.sim.channels import ChannelTable, caller_id_text, parse_vars


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {}),
        ("a=1", {"a": "1"}),
        ("name1=value1|name2=|name3=value3", {"name1": "value1", "name2": "", "name3": "value3"}),
        ("CrmId=" + "x" * 59, {"CrmId": "x" * 59}),
    ],
)
def test_valid_vars(text: str, expected: dict[str, str]) -> None:
    assert parse_vars(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a",  # no '='
        "=1",  # no name
        "a=1|",  # empty item
        "a=" + "x" * 60,  # too long
        "a=hello world",  # space
        "a=é",  # not [0-9A-Za-z]
        "a=1-2",
        "a=1&b=2",
    ],
)
def test_invalid_vars(text: str) -> None:
    assert parse_vars(text) is None


def test_caller_id_text() -> None:
    assert caller_id_text("Zoë", "201") == '"Zoë" [201]'
    assert caller_id_text("", "+3221234567") == '"+3221234567" [+3221234567]'


def test_park_join_and_hangup() -> None:
    clock = [100.0]
    table = ChannelTable(random.Random(1), lambda: clock[0])
    first = table.open("SDP20001", '"A" [1]', age_s=10)
    second = table.open("SDP20002", '"B" [2]')
    third = table.open("", '"C" [3]')
    assert third.id.startswith("IAX2/")
    assert table.seconds(first) == 10
    assert table.park(first.id) == "701"
    assert table.park(first.id) is None  # already parked
    assert table.park(second.id) == "702"
    assert table.park("SIP/nope-1") is None
    assert table.join(third.id, "701")
    assert first.link == third.id and not first.park_slot
    assert table.park(third.id) == "701"  # slot 701 free again
    assert table.hangup(first.id)
    assert not table.hangup(first.id)
    assert third.link == ""
