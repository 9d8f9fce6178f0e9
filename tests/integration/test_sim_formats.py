"""Every call of the reference answers, in each format it offers, with the reference's names."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from app.sim import DEMO_DP, DEMO_EXT, SimThread
from app.sim.directory import JSON_FIELDS, XML_FIELDS
from tests.integration.sim_helpers import parse_xml


@pytest.fixture
def sim(default_sim):
    """These tests check the simulator itself, in its default profile."""
    return default_sim


SINCE = "2000-01-01 00:00:00"

# call -> (params, XML root tag). "{channel}" is replaced by a live channel id.
XML_CALLS: dict[str, tuple[dict[str, str], str]] = {
    "dbGetDirectoryInfo": ({"ln": "pee"}, "DirectoryInfo"),
    "dbGetCallflow": ({"ext": DEMO_EXT, "lang": "nl"}, "dbGetCallflowResult"),
    "dbSetProfile": ({"ext": DEMO_EXT, "status": "Busy"}, "dbSetProfileResult"),
    "dbGetProfileParameters": ({"ext": DEMO_EXT, "show_admin": "1"}, "ProfileParameters"),
    "dbSetProfileParameters": (
        {"ext": DEMO_EXT, "RingTimeout": "25"},
        "dbSetProfileParametersResult",
    ),
    "dbGetCallHistory": ({"ext": DEMO_EXT, "limit": "5", "start_date": SINCE}, "CallHistory"),
    "dbGetParkedChannels": ({}, "Channels"),
    "dbGetQueueInfo": ({}, "Queues"),
    "dbAuthenticate": ({"ext": DEMO_EXT, "command": "check", "password": "1"}, "Authenticate"),
    "dbGetRegistration": ({}, "dbGetRegistrationResult"),
    "ccOriginate": ({"phone_id": DEMO_DP, "to": "0475123456"}, "ccOriginateResult"),
    "ccHangup": ({"channel_id": "{channel}"}, "ccHangupResult"),
    "ccRedirect": ({"channel_id": "{channel}", "to": "202"}, "ccRedirectResult"),
    "ccPark": ({"channel_id": "{channel}"}, "ccParkResult"),
    "ccJoinPark": ({"channel_id": "{channel}", "to": "701"}, "ccJoinParkResult"),
    "ccPing": ({}, "ccPingResult"),
    "ccGetChannels": ({"show_vars": "CRMId|Language"}, "Channels"),
    "ccGetQueueMembers": ({"queue": "Sales"}, "Members"),
    "ccQueueAdd": ({"queue": "Billing", "phone": DEMO_DP}, "ccQueueAdd"),
    "ccQueueRemove": ({"queue": "Sales", "phone": DEMO_DP}, "ccQueueRemove"),
    "ccGetQueueStatus": ({"queue": "Sales"}, "Queues"),
    "ccQueuePause": ({"queue": "Sales", "phone": DEMO_DP, "paused": "true"}, "ccQueuePauseResult"),
    "ccQueuePauseAll": ({"phone": DEMO_DP, "paused": "false"}, "PauseAll"),
    "ccRecord": ({"channel_id": "{channel}", "mailbox": DEMO_EXT}, "ccRecord"),
    "ccSetvar": ({"channel_id": "{channel}", "variable": "A", "value": "1"}, "ccSetVarResult"),
    "ccGetvar": ({"channel_id": "{channel}", "variable": "CRMId"}, "ccGetVarResult"),
    "pumLogin": ({"ext": DEMO_EXT, "phone": DEMO_DP}, "pumLoginResult"),
    "pumLogout": ({"ext": DEMO_EXT}, "pumLogoutResult"),
    # Deprecated calls, still served.
    "dbGetNextStatus": ({"ext": DEMO_EXT}, "dbGetNextStatusResult"),
    "dbCheckPincode": ({"ext": DEMO_EXT, "pincode": "1234"}, "dbCheckPincode"),
    "dbGetPhoneState": ({"phone_id": DEMO_DP}, "PhoneState"),
    "ccHold": ({"channel_id": "{channel}"}, "ccHoldResult"),
}

JSON_CALLS: dict[str, dict[str, str]] = {
    "dbGetDirectoryInfo": {"ln": "pee"},
    "dbGetCallflow": {"ext": DEMO_EXT},
    "dbSetProfile": {"ext": DEMO_EXT, "status": "Busy"},
    "dbGetProfileParameters": {"ext": DEMO_EXT},
    "dbSetProfileParameters": {"ext": DEMO_EXT, "RingTimeout": "25"},
    "dbGetCallHistory": {"ext": DEMO_EXT, "limit": "5", "start_date": SINCE},
    "fusionQueuesSet": {"queues": "Billing,Support-NL", "phone": DEMO_DP},
    "fusionQueuesRemove": {"queues": "Sales", "phone": DEMO_DP},
}


def _live_channel(sim: SimThread) -> str:
    return str(sim.call(lambda s: next(c.id for c in s.state.channels.channels.values())))


def _params(sim: SimThread, params: dict[str, str]) -> dict[str, str]:
    channel = _live_channel(sim)
    return {key: value.replace("{channel}", channel) for key, value in params.items()}


@pytest.mark.parametrize("suffix", [".php", ""])
@pytest.mark.parametrize("call", sorted(XML_CALLS))
def test_xml_calls(sim: SimThread, http: httpx.Client, call: str, suffix: str) -> None:
    params, root_tag = XML_CALLS[call]
    response = http.get(f"/xml/{call}{suffix}", params=_params(sim, params))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/xml; charset=utf-8"
    root = parse_xml(response.content)
    assert root.tag == root_tag
    result = root.findtext("Result")
    if result is not None and call not in ("dbAuthenticate", "ccQueuePauseAll"):
        assert result == "0", response.text


@pytest.mark.parametrize("call", sorted(JSON_CALLS))
def test_json_calls(sim: SimThread, http: httpx.Client, call: str) -> None:
    response = http.get(f"/xml/{call}.json", params=JSON_CALLS[call])
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    payload = json.loads(response.content)
    if isinstance(payload, dict) and "Result" in payload:
        assert payload == {"Result": 0}


def test_directory_names_match_the_reference(http: httpx.Client) -> None:
    rows = http.get("/xml/dbGetDirectoryInfo.json").json()
    assert len(rows) > 200
    assert all(list(row) == list(JSON_FIELDS) for row in rows)
    root = parse_xml(http.get("/xml/dbGetDirectoryInfo.php").content)
    entries = root.findall("DirectoryEntry")
    assert len(entries) == len(rows)
    assert all([child.tag for child in entry] == list(XML_FIELDS) for entry in entries)
    assert {e.findtext("company") for e in entries} >= {"Dupont & Fils"}  # escaped, parsed back


def test_callflow_shapes(http: httpx.Client) -> None:
    data = http.get("/xml/dbGetCallflow.json", params={"ext": DEMO_EXT, "lang": "de"}).json()
    assert set(data) == {
        "PermissionStatus",
        "Status",
        "TranslatedStatus",
        "CurrentProfile",
        "CurrentStatus",
    }
    assert len(data["Status"]) == len(data["TranslatedStatus"]) == len(data["PermissionStatus"])
    assert dict(zip(data["Status"], data["TranslatedStatus"], strict=True))["Office"] == "Büro"
    root = parse_xml(http.get("/xml/dbGetCallflow.php", params={"ext": DEMO_EXT}).content)
    tags = [child.tag for child in root]
    assert tags[:2] == ["CurrentProfile", "CurrentStatus"]
    assert tags[-1] == "Translations"
    statuses = [s.text for s in root.findall("Status")]
    names = [t.findtext("Name") for t in root.find("Translations")]  # type: ignore[union-attr]
    assert statuses == names and statuses


@pytest.mark.parametrize(
    ("lang", "office"), [("fr", "Bureau"), ("nl", "Kantoor"), ("xx", "Office")]
)
def test_callflow_languages(http: httpx.Client, lang: str, office: str) -> None:
    root = parse_xml(http.get("/xml/dbGetCallflow", params={"ext": DEMO_EXT, "lang": lang}).content)
    pairs = {t.findtext("Name"): t.findtext("TranslatedName") for t in root.iter("Translation")}
    assert pairs["Office"] == office


def test_profile_parameter_shapes(http: httpx.Client) -> None:
    data = http.get("/xml/dbGetProfileParameters.json", params={"ext": DEMO_EXT}).json()
    assert data
    keys = {"name", "friendly_name", "descr", "value", "type", "owner_type"}
    assert all(set(value) == keys and value["name"] == name for name, value in data.items())
    assert all(value["owner_type"] == "UserVar" for value in data.values())
    root = parse_xml(
        http.get(
            "/xml/dbGetProfileParameters.php", params={"ext": DEMO_EXT, "show_admin": "1"}
        ).content
    )
    owners = {param.tag: param.findtext("owner_type") for param in root}
    assert owners["UserPincode"] == "AdminVar"
    assert root.find("UserPincode").findtext("value") == ""  # type: ignore[union-attr]


def test_history_shapes(http: httpx.Client) -> None:
    params = {"ext": DEMO_EXT, "limit": "20", "start_date": SINCE}
    data = http.get("/xml/dbGetCallHistory.json", params=params).json()
    records = data["CallHistory"]
    assert len(records) == 20
    root = parse_xml(http.get("/xml/dbGetCallHistory.php", params=params).content)
    calls = [{child.tag: child.text or "" for child in call} for call in root.findall("Call")]
    assert calls == records  # same records, same names, both formats
    assert all(r["duration"].isdigit() and r["billsec"].isdigit() for r in records)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/xml/ccPing.json", 404),  # no JSON for call control
        ("/xml/dbAuthenticate.json", 404),
        ("/xml/fusionQueuesSet.php", 404),  # JSON only
        ("/xml/fusionQueuesSet", 404),
        ("/xml/dbGetCallflow.xml", 404),
        ("/xml/noSuchCall.php", 404),
        ("/xml/dbGetCallflow.json", 400),  # ext missing
    ],
)
def test_refused_paths(http: httpx.Client, path: str, status: int) -> None:
    response = http.get(path)
    assert response.status_code == status
    assert parse_xml(response.content).tag == "Error"


def test_case_aliases_of_set_and_get_var(sim: SimThread, http: httpx.Client) -> None:
    channel = _live_channel(sim)
    for name in ("ccSetVar", "ccSetvar.php"):
        response = http.get(
            f"/xml/{name}", params={"channel_id": channel, "variable": "V", "value": "1"}
        )
        assert parse_xml(response.content).findtext("Result") == "0"


def test_user_text_round_trips_escaped(sim: SimThread, http: httpx.Client) -> None:
    channel = _live_channel(sim)
    value = "Dupont & Fils <\"quoted\"> 'é' ]]> &amp;"
    http.get("/xml/ccSetvar", params={"channel_id": channel, "variable": "Note", "value": value})
    response = http.get("/xml/ccGetvar", params={"channel_id": channel, "variable": "Note"})
    assert parse_xml(response.content).findtext("Value") == value
    bad = http.get("/xml/dbAuthenticate.php", params={"ext": DEMO_EXT, "command": "<x>&"})
    assert parse_xml(bad.content).findtext("Error") == "Bad command <x>&"


def test_a_value_cannot_add_a_parameter(sim: SimThread, http: httpx.Client) -> None:
    http.get("/xml/dbGetDirectoryInfo.json", params={"ext": "1&ext=201", "fn": "a b+c%20"})
    name, params = sim.call(lambda s: s.state.request_log[-1])
    assert (name, params) == ("dbGetDirectoryInfo", {"ext": "1&ext=201", "fn": "a b+c%20"})


def _tags(node: Any) -> list[str]:
    return [child.tag for child in node]


def test_channel_and_queue_shapes(http: httpx.Client) -> None:
    channels = parse_xml(http.get("/xml/ccGetChannels", params={"show_vars": "CRMId"}).content)
    for channel in channels:
        assert _tags(channel) == ["ID", "CallerId", "Seconds", "State", "Link", "Vars"]
        assert channel.findtext("CallerId").startswith('"')  # type: ignore[union-attr]
    members = parse_xml(http.get("/xml/ccGetQueueMembers.php").content)
    expected = ["Name", "Ext", "Phone", "Queue", "Status", "Membership", "Paused"]
    assert members.findall("Member") and all(_tags(m) == expected for m in members)
    parked = parse_xml(http.get("/xml/dbGetParkedChannels.php").content)
    assert _tags(parked)[0] == "hash"
    assert all(_tags(c) == ["ID", "CallerId", "ParkSlot", "Variables"] for c in parked[1:])
    registrations = parse_xml(http.get("/xml/dbGetRegistration.php").content)
    assert all(_tags(p) == ["ID", "IPaddress", "IPport", "Registered"] for p in registrations)
