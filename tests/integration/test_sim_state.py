"""State changes over HTTP: profiles, parameters, directory filters, history, pincodes, queues,
channels."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from app.sim import DEMO_DP, DEMO_EXT, DEMO_LOGIN, SimThread
from tests.integration.sim_helpers import parse_xml


@pytest.fixture
def sim(default_sim):
    """These tests check the simulator itself, in its default profile."""
    return default_sim


def xml(http: httpx.Client, call: str, **params: str) -> Any:
    response = http.get(f"/xml/{call}.php", params=params)
    assert response.status_code == 200, response.text
    return parse_xml(response.content)


def result(http: httpx.Client, call: str, **params: str) -> str | None:
    return xml(http, call, **params).findtext("Result")


def directory(http: httpx.Client, **params: str) -> list[dict[str, Any]]:
    rows = http.get("/xml/dbGetDirectoryInfo.json", params=params).json()
    assert isinstance(rows, list)
    return rows


@pytest.mark.parametrize("fmt", ["php", "json"])
def test_set_profile_then_callflow(sim: SimThread, http: httpx.Client, fmt: str) -> None:
    answer = http.get(f"/xml/dbSetProfile.{fmt}", params={"ext": DEMO_EXT, "status": "Meeting"})
    assert answer.status_code == 200
    assert sim.call(lambda s: s.state.current_status(DEMO_EXT)) == "Meeting"
    flow = http.get("/xml/dbGetCallflow.json", params={"ext": DEMO_EXT}).json()
    assert flow["CurrentStatus"] == "Meeting"
    assert xml(http, "dbGetCallflow", ext=DEMO_EXT).findtext("CurrentStatus") == "Meeting"
    assert directory(http, ext=DEMO_EXT, wildcards="strict")[0]["status"] == "Meeting"


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"ext": "abc", "status": "Office"}, 1),
        ({"ext": DEMO_EXT, "status": "Nope"}, 3),
        ({"ext": DEMO_EXT, "profile_name": "Template-Reception"}, 2),
        ({"ext": DEMO_EXT, "profile_name": "User.Holiday"}, 0),
    ],
)
def test_set_profile_codes(http: httpx.Client, params: dict[str, str], code: int) -> None:
    assert http.get("/xml/dbSetProfile.json", params=params).json() == {"Result": code}


def test_profile_parameters(http: httpx.Client) -> None:
    answer = http.get(
        "/xml/dbSetProfileParameters.json", params={"ext": DEMO_EXT, "CFU.Number": "+3225550000"}
    )
    assert answer.json() == {"Result": 0}
    params = http.get("/xml/dbGetProfileParameters.json", params={"ext": DEMO_EXT, "lang": "fr"})
    cfu = params.json()["CFU.Number"]
    assert (cfu["value"], cfu["friendly_name"]) == ("+3225550000", "Renvoi inconditionnel")
    bad = xml(http, "dbSetProfileParameters", ext=DEMO_EXT, Bogus="1")
    assert (bad.findtext("Result"), bad.findtext("ResultText")) == ("2", "Unknown global parameter")


def test_directory_filters(http: httpx.Client) -> None:
    everyone = directory(http)
    assert len(directory(http, show_invisible="1")) > len(everyone) >= 200
    [me] = directory(http, login=DEMO_LOGIN)
    assert (me["ext"], me["fn"], me["ln"], me["dp"]) == (DEMO_EXT, "Camille", "Peeters", DEMO_DP)
    assert directory(http, ext="20_", wildcards="strict")
    assert all(
        len(r["ext"]) == 3 and r["ext"][:2] == "20"
        for r in directory(http, ext="20_", wildcards="strict")
    )
    assert directory(http, ext="2*", wildcards="translate") == directory(
        http, ext="2%", wildcards="strict"
    )
    assert directory(http, ext="2*", wildcards="strict") == []
    peeters = directory(http, ln="PEETERS")
    assert peeters and all("peeters" in r["ln"].lower() for r in peeters)
    both = directory(http, ln="peeters", fn="camille")
    assert [r["ext"] for r in both] == [DEMO_EXT]
    assert directory(http, ln="peeters", fn="nobody-at-all") == []
    sales_in_gent = directory(http, grp="Sales", site="Gent", wildcards="strict")
    assert all((r["grp"], r["site"]) == ("Sales", "Gent") for r in sales_in_gent)


def test_directory_profile_parameters(http: httpx.Client) -> None:
    [me] = directory(http, ext=DEMO_EXT, wildcards="strict", show_profile_parameters="1")
    assert me["P_RingTimeout"]
    assert "P_UserPincode" not in me


def test_call_history_parameters(http: httpx.Client) -> None:
    since = (datetime.now() - timedelta(days=7)).strftime("%Y-%m-%d %H:%M:%S")
    params = {"ext": DEMO_EXT, "limit": "100", "start_date": since}
    records = http.get("/xml/dbGetCallHistory.json", params=params).json()["CallHistory"]
    assert len(records) >= 18
    assert all(r["timestamp"] >= since for r in records)
    codes = {r["disposition"] for r in records}
    expected = {"000", "001", "002", "003", "100", "101", "102", "103", "200", "201", "202"}
    assert expected | {"203", "300"} <= codes
    assert codes - expected - {"203", "300"}, "a few unknown codes"
    assert len({r["uniqueid"] for r in records}) == len(records)
    limited = http.get("/xml/dbGetCallHistory.json", params={**params, "limit": "3"}).json()
    assert limited["CallHistory"] == records[:3]
    nobody = http.get("/xml/dbGetCallHistory.json", params={**params, "ext": "99999"}).json()
    assert nobody == {"CallHistory": []}


@pytest.mark.parametrize("missing", ["ext", "limit", "start_date"])
def test_call_history_mandatory_parameters(http: httpx.Client, missing: str) -> None:
    params = {"ext": DEMO_EXT, "limit": "5", "start_date": "2020-01-01 00:00:00"}
    del params[missing]
    response = http.get("/xml/dbGetCallHistory.json", params=params)
    assert response.status_code == 400
    assert parse_xml(response.content).text == f"missing parameter {missing}"


@pytest.mark.parametrize(("name", "value"), [("limit", "ten"), ("start_date", "last week")])
def test_call_history_invalid_parameters(http: httpx.Client, name: str, value: str) -> None:
    params = {"ext": DEMO_EXT, "limit": "5", "start_date": "2020-01-01 00:00:00", name: value}
    assert http.get("/xml/dbGetCallHistory.php", params=params).status_code == 400


def test_pincode_check_and_set(http: httpx.Client) -> None:
    def auth(**params: str) -> str | None:
        root = xml(http, "dbAuthenticate", **params)
        return root.findtext("Result") or root.findtext("Error")

    assert auth(ext=DEMO_EXT, command="check", password="1234") == "OK"
    assert auth(ext=DEMO_EXT, command="set", password="1234", newpassword="2468") == "OK"
    assert auth(ext=DEMO_EXT, command="check", password="1234") == "NOK"
    assert auth(ext=DEMO_EXT, command="check", password="2468") == "OK"
    assert auth(ext=DEMO_EXT, command="verify") == "Bad command verify"
    no_pin = http.get("/_sim/state").json()  # find someone without a pincode
    assert no_pin
    empty = next(
        ext
        for ext in no_pin["statuses"]
        if auth(ext=ext, command="check", password="") == "UNDEFINED"
    )
    assert auth(ext=empty, command="set", newpassword="1111") == "OK"
    assert auth(ext=empty, command="check", password="1111") == "OK"


def test_queue_membership_and_pause(http: httpx.Client) -> None:
    assert result(http, "ccQueueAdd", queue="Billing", phone=DEMO_DP) == "0"
    assert result(http, "ccQueueAdd", queue="Billing", phone=DEMO_DP) == "1"  # already in
    assert result(http, "ccQueueAdd", queue="Nope", phone=DEMO_DP) == "1"
    assert result(http, "ccQueueAdd", queue="Billing", phone="SDP99999") == "1"
    paused = xml(http, "ccQueuePause", queue="Billing", phone=DEMO_DP, paused="true")
    assert (paused.findtext("Paused"), paused.findtext("Queue")) == ("1", "Billing")
    assert result(http, "ccQueuePauseAll", phone=DEMO_DP, paused="false") == "3"
    assert result(http, "ccQueuePauseAll", phone=DEMO_DP, paused="true") == "1"
    assert result(http, "ccQueuePauseAll", phone="SDP99999", paused="true") == "0"
    assert result(http, "ccQueuePauseAll", phone="SDP99999", paused="false") == "2"
    members = xml(http, "ccGetQueueMembers", phone=DEMO_DP)
    assert {m.findtext("Queue") for m in members} == {"Sales", "Support-FR", "Billing"}
    assert {m.findtext("Paused") for m in members} == {"1"}
    assert result(http, "ccQueueRemove", queue="Billing", phone=DEMO_DP) == "0"
    assert result(http, "ccQueueRemove", queue="Billing", phone=DEMO_DP) == "1"
    fusion = http.get(
        "/xml/fusionQueuesSet.json", params={"queues": "Billing,AQA00006", "phone": DEMO_DP}
    )
    assert fusion.json() == {"Result": 0}
    queues = {m.findtext("Queue") for m in xml(http, "ccGetQueueMembers", phone=DEMO_DP)}
    assert {"Billing", "Helpdesk-DE"} <= queues
    bad = http.get(
        "/xml/fusionQueuesRemove.json", params={"queues": "Billing,Nope", "phone": DEMO_DP}
    )
    assert bad.json() == {"Result": 1}
    status = xml(http, "ccGetQueueStatus", queue="Sales").findall("Queue")
    assert [q.findtext("Name") for q in status] == ["Sales"]


def test_channels_filters_and_vars(http: httpx.Client) -> None:
    channels = xml(http, "ccGetChannels")
    ids = [c.findtext("ID") for c in channels]
    parked = [c.findtext("ID") for c in xml(http, "ccGetChannels", parked_only="1")]
    held = [c.findtext("ID") for c in xml(http, "ccGetChannels", hold_only="1")]
    assert parked and held and set(parked) <= set(ids) and set(held) <= set(ids)
    assert not set(parked) & set(held)
    assert all(c.find("Vars") is None for c in channels)
    with_vars = xml(http, "ccGetChannels", show_vars="CRMId|Language")
    assert all([v.tag for v in c.find("Vars")] == ["CRMId", "Language"] for c in with_vars)
    assert any(c.find("Vars").findtext("CRMId") for c in with_vars)
    listing = [c.findtext("ID") for c in xml(http, "dbGetParkedChannels").findall("Channel")]
    assert listing == parked


def test_call_control_round_trip(sim: SimThread, http: httpx.Client) -> None:
    channel = str(sim.call(lambda s: s.emit_incoming_call(DEMO_EXT)))
    assert result(http, "ccSetvar", channel_id=channel, variable="Crm", value="A1") == "0"
    value = xml(http, "ccGetvar", channel_id=channel, variable="Crm")
    assert (value.findtext("Result"), value.findtext("Value")) == ("0", "A1")
    assert result(http, "ccRecord", channel_id=channel, action="stop") == "1"  # not recording
    assert result(http, "ccRecord", channel_id=channel, filename="../etc", action="start") == "1"
    assert result(http, "ccRecord", channel_id=channel, filename="call_1", action="start") == "0"
    assert result(http, "ccRecord", channel_id=channel, action="stop") == "0"
    assert result(http, "ccPark", channel_id=channel) == "0"
    assert result(http, "ccPark", channel_id=channel) == "1"  # already parked
    slot = xml(http, "dbGetParkedChannels", channel_id=channel).find("Channel").findtext("ParkSlot")
    other = str(
        sim.call(lambda s: s.emit_incoming_call("202" if s.state.person("202") else DEMO_EXT))
    )
    assert result(http, "ccJoinPark", channel_id=other, to="999") == "1"
    assert result(http, "ccJoinPark", channel_id=other, to=slot) == "0"
    assert result(http, "ccRedirect", channel_id=channel, to="203") == "0"
    assert result(http, "ccRedirect", channel_id="SIP/NOPE-1", to="203") == "1"
    assert result(http, "ccHangup", channel_id=channel) == "0"
    assert result(http, "ccHangup", channel_id=channel) == "1"


def test_originate_is_recorded(sim: SimThread, http: httpx.Client) -> None:
    params = {"phone_id": DEMO_DP, "to": "+3225550101", "ext": DEMO_EXT, "var": "Crm=A1|Empty="}
    assert result(http, "ccOriginate", **params) == "0"
    assert result(http, "ccOriginate", **{**params, "var": "Crm=not ok"}) == "1"
    assert sim.call(lambda s: s.state.originations) == [params]
    history = http.get(
        "/xml/dbGetCallHistory.json",
        params={"ext": DEMO_EXT, "limit": "1", "start_date": "2000-01-01 00:00:00"},
    ).json()["CallHistory"]
    assert (history[0]["called_number"], history[0]["disposition"]) == ("+3225550101", "001")
