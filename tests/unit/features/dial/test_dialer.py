"""The dial feature: one ccOriginate with the right fields, refused numbers send nothing."""

from __future__ import annotations

import json

import pytest

from app.features.dial.model import DialFeature
from app.sop.errors import SopTimeout
from tests.helpers.dial_fakes import INES, DialClient, dial_context, refused


@pytest.fixture
def client() -> DialClient:
    return DialClient()


@pytest.fixture
def feature(qapp, qloop, client, cfg_dir) -> DialFeature:
    f = DialFeature(dial_context(client, cfg_dir))
    qloop.run(f.ctx.session.refresh())
    return f


def test_dial_rings_primary_phone_with_extension_as_caller_id(feature, client, qloop) -> None:
    notes: list[tuple[str, str]] = []
    feature.notify.connect(lambda title, text: notes.append((title, text)))
    answer = qloop.run(feature.dial("tel:+32-2-555-1234"))
    assert answer["exit"] == 0, answer
    assert client.originated == [
        {"phone_id": "SDP1", "to": "+3225551234", "ext": "201", "async_": True}
    ]
    assert answer["result"] == {"to": "+3225551234", "phone_id": "SDP1", "ext": "201"}
    assert notes and "pick up your phone" in notes[0][1]


def test_dial_names_a_colleague_from_the_directory_copy(feature, client, qloop) -> None:
    qloop.run(feature.cache.refresh())
    notes: list[str] = []
    feature.notify.connect(lambda _t, text: notes.append(text))
    answer = qloop.run(feature.dial(" 234 "))
    assert answer["exit"] == 0
    assert notes == ["Calling Inès Van Damme — pick up your phone"]
    assert feature.recent.items[0].number == "234"
    assert feature.recent.items[0].name == "Inès Van Damme"
    # the mobile, pasted in another shape, is the same person
    assert feature.name_for("+32475123456") == "Inès Van Damme"


def test_secondary_phone_when_no_primary(feature, client, qloop) -> None:
    from dataclasses import replace

    client.directory[0] = replace(client.directory[0], dp="", sp="SDX9")
    feature.ctx.session.user = None
    assert qloop.run(feature.dial("235"))["exit"] == 0
    assert client.originated[0]["phone_id"] == "SDX9"


@pytest.mark.parametrize("text", ["", "abc", "02 & 03", "++32", "sip:alice@pbx"])
def test_refused_number_sends_nothing_and_leaves_status_unchanged(
    feature, client, qloop, text
) -> None:
    before = json.dumps(feature.ctx.session.snapshot() | feature.snapshot(), sort_keys=True)
    calls_before = len(client.calls)
    answer = qloop.run(feature.dial(text))
    assert answer["exit"] == 2 and answer["message"]
    assert client.originated == [] and len(client.calls) == calls_before
    after = json.dumps(feature.ctx.session.snapshot() | feature.snapshot(), sort_keys=True)
    assert after == before


def test_sop_refusal_is_exit_1_sent_once_and_recorded(feature, client, qloop) -> None:
    client.fail_next["originate"] = refused()
    answer = qloop.run(feature.dial("0475 12 34 56"))
    assert answer["exit"] == 1
    assert client.count("originate") == 1  # never retried
    assert feature.snapshot()["dial"]["last_call"]["ok"] is False
    assert feature.ctx.session.errors[-1] == answer["message"]


def test_timeout_is_not_retried(feature, client, qloop) -> None:
    client.fail_next["originate"] = SopTimeout("timeout", call="ccOriginate")
    assert qloop.run(feature.dial("201"))["exit"] == 1
    assert client.count("originate") == 1


def test_user_without_phone_is_told(feature, client, qloop) -> None:
    from tests.helpers.dial_fakes import NOPHONE

    feature.ctx.session.user = NOPHONE
    answer = qloop.run(feature.dial("201"))
    assert answer["exit"] == 1 and "no desk phone" in answer["message"]
    assert client.originated == []


def test_rules_from_settings_apply(qapp, qloop, client, cfg_dir) -> None:
    f = DialFeature(
        dial_context(client, cfg_dir, dial_outside_prefix="0", dial_international_prefix="00")
    )
    qloop.run(f.dial("+32 (0)2 555 12 34"))
    qloop.run(f.dial("234"))
    assert [c["to"] for c in client.originated] == ["0003225551234", "234"]


def test_ipc_command_number_and_selection(feature, client, qloop) -> None:
    cmd = feature.commands()["dial"]
    assert qloop.run(cmd({"cmd": "dial", "number": "234"}))["exit"] == 0
    assert qloop.run(cmd({"cmd": "dial", "number": 42}))["exit"] == 2
    feature.read_selection = lambda: "Meeting notes"
    assert qloop.run(cmd({"cmd": "dial", "selection": True}))["exit"] == 2
    feature.read_selection = lambda: "+32 2 555 12 34"
    assert qloop.run(cmd({"cmd": "dial", "selection": True}))["exit"] == 0
    assert [c["to"] for c in client.originated] == ["234", "+3225551234"]


def test_recent_numbers_survive_a_restart(feature, qloop, client, cfg_dir) -> None:
    qloop.run(feature.dial("0475 12 34 56"))
    qloop.run(feature.dial("234"))
    again = DialFeature(dial_context(client, cfg_dir))
    assert [i.number for i in again.recent.items] == ["234", "0475123456"]


def test_directory_copy_on_disk_is_used_at_next_start(feature, qloop, client, cfg_dir) -> None:
    assert qloop.run(feature.cache.refresh())
    again = DialFeature(dial_context(DialClient(), cfg_dir))
    assert qloop.run(again.cache.load_file())
    assert [e.ext for e in again.cache.index.search("ines")] == [INES.ext]
    other_server = DialFeature(dial_context(DialClient(), cfg_dir, server_url="http://other"))
    assert not qloop.run(other_server.cache.load_file())


def test_a_call_placed_while_the_directory_loads_names_the_callee(feature, client, qloop) -> None:
    """`sop-companion dial 234` right after start-up: the call goes out at once, and the answer
    still names the colleague when the directory copy arrives a moment later."""
    import asyncio

    full_read = client.get_directory_info
    first = [True]

    async def slow_read(**filters: str):
        if first.pop() if first else False:
            await asyncio.sleep(0.3)  # the SOP's first directory page takes a moment
        return await full_read(**filters)

    client.get_directory_info = slow_read
    feature.cache.start()  # as at start-up: the copy is on its way
    answer = qloop.run(feature.dial("234"))
    assert answer["exit"] == 0
    assert client.originated[0]["to"] == "234"
    assert answer["message"] == "Calling Inès Van Damme — pick up your phone"
    assert feature.recent.items[0].name == "Inès Van Damme"
