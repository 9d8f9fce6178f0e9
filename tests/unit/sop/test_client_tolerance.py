"""Answers that bend the reference a little still parse: nulls, numbers as text, whitespace,
extra or missing fields, and the shapes docs/ARCHITECTURE.md pins down for the simulator."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

from app.sop.models import Channel, DirectoryEntry, ProfileParameter, QueueMember, StatusOption
from tests.unit.sop.test_client_support import FakeSop, run

WHEN = datetime(2026, 1, 1)


def answer(body: Any, action: Any, **options: Any) -> Any:
    text = body if isinstance(body, str) else json.dumps(body)
    return run(FakeSop((200, text)), action, **options)


def test_directory_json_nulls_numbers_whitespace_and_extras() -> None:
    row = {
        "ext": 201,
        "login": None,
        "fn": "  Camille ",
        "ln": "Peeters\n",
        "dp": "SDP20001",
        "site": None,
        "grp": 3,
        "unexpected": {"nested": [1, 2]},
        "sop1_ip": "10.0.0.1",
    }
    [entry] = answer([row], lambda c: c.get_directory_info(ext="201"))
    assert entry == DirectoryEntry(ext="201", fn="Camille", ln="Peeters", dp="SDP20001", grp="3")
    assert entry.name == "Camille Peeters"


@pytest.mark.parametrize(
    "body",
    [
        {"ext": "201", "fn": "A"},
        {"DirectoryInfo": {"DirectoryEntry": [{"ext": "201", "fn": "A"}]}},
        {"DirectoryEntry": {"ext": "201", "fn": "A"}},
        {"0": {"ext": "201", "fn": "A"}},
    ],
    ids=["single-object", "xml-as-json", "single-wrapped", "php-indexed"],
)
def test_directory_json_shapes(body: Any) -> None:
    assert answer(body, lambda c: c.get_directory_info()) == [DirectoryEntry("201", fn="A")]


def test_empty_lists_in_both_formats() -> None:
    assert answer([], lambda c: c.get_directory_info()) == []
    assert answer({}, lambda c: c.get_directory_info()) == []
    assert answer("null", lambda c: c.get_directory_info()) == []
    assert answer("<DirectoryInfo/>", lambda c: c.get_directory_info(), fmt="xml") == []
    assert answer("<Channels>\n</Channels>", lambda c: c.get_channels()) == []


def test_xml_with_declaration_whitespace_and_extra_elements() -> None:
    body = """<?xml version="1.0" encoding="ISO-8859-1"?>
    <DirectoryInfo>
      <Debug>ignored</Debug>
      <DirectoryEntry>
        <ext>  201  </ext>
        <FN>Ren\xe9</FN>
        <new_field>x</new_field>
      </DirectoryEntry>
    </DirectoryInfo>"""
    sop = FakeSop((200, body.encode("latin-1")))
    [entry] = run(sop, lambda c: c.get_directory_info(), fmt="xml")
    assert entry == DirectoryEntry("201", fn="René")


def test_callflow_xml_with_translations() -> None:
    body = """<dbGetCallflowResult>
      <CurrentProfile>Template-User</CurrentProfile><CurrentStatus>Office</CurrentStatus>
      <Status>Office</Status><Status>Holiday</Status><Status>Telework</Status>
      <Translations>
        <Translation><Name>Office</Name><TranslatedName>Bureau</TranslatedName></Translation>
        <Translation><Name>Holiday</Name><TranslatedName>Vacances</TranslatedName></Translation>
      </Translations>
    </dbGetCallflowResult>"""
    flow = answer(body, lambda c: c.get_callflow("201", lang="fr"), fmt="xml")
    assert flow.statuses == (
        StatusOption("Office", "Bureau"),
        StatusOption("Holiday", "Vacances"),
        StatusOption("Telework", "Telework"),
    )
    assert flow.translated("Holiday") == "Vacances"


def test_callflow_json_ragged_lists_and_strings() -> None:
    body = {
        "Status": ["Office", "Busy", None, "Telework"],
        "TranslatedStatus": ["Bureau", None],
        "PermissionStatus": ["30", 10],
        "CurrentProfile": None,
        "CurrentStatus": " Office ",
        "Extra": True,
    }
    flow = answer(body, lambda c: c.get_callflow("201"))
    assert flow.current_profile == ""
    assert flow.current_status == "Office"
    assert flow.statuses == (
        StatusOption("Office", "Bureau", 30),
        StatusOption("Busy", "Busy", 10),
        StatusOption("Telework", "Telework", None),
    )


def test_callflow_json_single_status_string() -> None:
    flow = answer({"Status": "Office", "CurrentStatus": "Office"}, lambda c: c.get_callflow("1"))
    assert [s.name for s in flow.statuses] == ["Office"]


def test_profile_parameters_json_keyed_by_name() -> None:
    body = {
        "ForwardNumber": {
            "name": "ForwardNumber",
            "friendly_name": "Number to forward to",
            "descr": None,
            "value": 1000,
            "type": "EXTENSION",
            "owner_type": "UserVar",
            "enum_options": [],
        },
        "CFU.Number": {"value": "526"},
    }
    assert answer(body, lambda c: c.get_profile_parameters("201")) == [
        ProfileParameter(
            "ForwardNumber", "Number to forward to", "", "1000", "EXTENSION", "UserVar"
        ),
        ProfileParameter("CFU.Number", value="526"),
    ]


def test_profile_parameters_json_list_and_empty() -> None:
    assert answer([{"name": "A", "value": "1"}], lambda c: c.get_profile_parameters("1")) == [
        ProfileParameter("A", value="1")
    ]
    assert answer([], lambda c: c.get_profile_parameters("1")) == []


def test_call_history_records() -> None:
    body = [
        {
            "timestamp": "2026-11-20 09:15:02",
            "caller_name": "Jan",
            "caller_number": "0470123456",
            "called_number": "201",
            "disposition": "101",
            "duration": 42,
            "billsec": "0",
            "uniqueid": "1700000000.12",
            "something_new": "x",
        },
        {"uniqueid": "2", "timestamp": "not a date", "duration": "", "billsec": None},
    ]
    first, second = answer(body, lambda c: c.get_call_history("201", limit=2, start_date=WHEN))
    assert first.timestamp == datetime(2026, 11, 20, 9, 15, 2)
    assert (first.disposition, first.duration, first.billsec) == ("101", 42, 0)
    assert (second.timestamp, second.duration, second.billsec) == (None, 0, 0)


def test_json_url_answered_with_xml_is_accepted() -> None:
    body = "<CallHistory><Call><uniqueid>9</uniqueid><duration>7</duration></Call></CallHistory>"
    [call] = answer(body, lambda c: c.get_call_history("201", limit=1, start_date=WHEN))
    assert (call.uniqueid, call.duration) == ("9", 7)


def test_queue_members_loose_values() -> None:
    body = """<Members><Member><Name>Q R</Name><Ext>2000</Ext><Phone>SDO30001</Phone>
      <Queue>Q</Queue><Status> 6 </Status><Paused>true</Paused></Member>
      <Member><Phone>SDO30002</Phone><Status>?</Status></Member></Members>"""
    assert answer(body, lambda c: c.get_queue_members()) == [
        QueueMember("Q R", "2000", "SDO30001", "Q", 6, "", True),
        QueueMember("", "", "SDO30002", "", 0, "", False),
    ]


def test_channels_loose_values() -> None:
    body = """<Channels><Channel><ID>SIP/a-1</ID><Seconds> 12 </Seconds>
      <CallerId>"Camille Peeters" [201]</CallerId><Vars/></Channel>
      <Channel><ID>SIP/b-2</ID><Seconds>abc</Seconds></Channel></Channels>"""
    assert answer(body, lambda c: c.get_channels()) == [
        Channel("SIP/a-1", '"Camille Peeters" [201]', 12),
        Channel("SIP/b-2"),
    ]


def test_registration_loose_values() -> None:
    body = """<dbGetRegistrationResult><Phones><ID>SDP1</ID><IPport/>
      <Registered>true</Registered></Phones></dbGetRegistrationResult>"""
    [reg] = answer(body, lambda c: c.get_registration())
    assert (reg.ip_address, reg.ip_port, reg.registered) == ("", 0, True)


@pytest.mark.parametrize(
    "body", ["0", " 0\n", "<ccSetVarResult><Result>0</Result></ccSetVarResult>"]
)
def test_set_var_shapes(body: str) -> None:
    assert answer(body, lambda c: c.set_var("SIP/a-1", "v", "x")) is None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("test", "test"),
        ("  spaced value \n", "spaced value"),
        ("", ""),
        ("<ccGetVarResult><Result>0</Result><Value>A1</Value></ccGetVarResult>", "A1"),
        ("<ccGetVarResult><Value/></ccGetVarResult>", ""),
    ],
)
def test_get_var_shapes(body: str, value: str) -> None:
    assert answer(body, lambda c: c.get_var("SIP/a-1", "v")) == value


@pytest.mark.parametrize(
    "body",
    [
        {"Result": 0},
        {"Result": "0"},
        {"Result": " 0 "},
        0,
        "<dbSetProfileResult><Result>0</Result></dbSetProfileResult>",
    ],
)
def test_set_profile_ok_shapes(body: Any) -> None:
    assert answer(body, lambda c: c.set_profile("201", profile_name="User.Forward")) is None


def test_contract_root_spellings_for_simple_results() -> None:
    assert (
        answer(
            "<ccQueueAddResult><Result>0</Result></ccQueueAddResult>",
            lambda c: c.queue_add("Q", "P"),
        )
        is None
    )
    assert (
        answer("<ccRecordResult><Result>0</Result></ccRecordResult>", lambda c: c.record("SIP/a-1"))
        is None
    )
    assert (
        answer(
            "<ccQueuePauseAllResult><Result>3</Result></ccQueuePauseAllResult>",
            lambda c: c.queue_pause_all("P", False),
        )
        is None
    )
