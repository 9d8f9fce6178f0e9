"""Fault knobs over real sockets: latency, broken answers, hangs, forced results, basic auth."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest
from lxml import etree

from app.sim import DEMO_EXT, SimConfig, SimThread
from tests.integration.sim_helpers import parse_xml


@pytest.fixture
def sim(default_sim):
    """These tests check the simulator itself, in its default profile."""
    return default_sim


CALLFLOW = "/xml/dbGetCallflow.php"


def test_latency(sim: SimThread, http: httpx.Client) -> None:
    sim.call(lambda s: setattr(s.faults, "latency_s", 0.3))
    started = time.monotonic()
    assert http.get("/xml/ccPing").status_code == 200
    assert time.monotonic() - started >= 0.3


def test_garbage(sim: SimThread, http: httpx.Client) -> None:
    sim.call(lambda s: s.faults.set_mode(call="dbGetCallflow", mode="garbage"))
    response = http.get(CALLFLOW, params={"ext": DEMO_EXT})
    assert response.status_code == 200
    with pytest.raises(etree.XMLSyntaxError):
        parse_xml(response.content)
    assert parse_xml(http.get("/xml/ccPing").content).tag == "ccPingResult"  # other calls fine


def test_html_page(sim: SimThread, http: httpx.Client) -> None:
    sim.call(lambda s: s.faults.set_mode(call="*", mode="html"))
    response = http.get("/xml/dbGetCallflow.json", params={"ext": DEMO_EXT})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.content.lower().startswith(b"<!doctype html>")


@pytest.mark.parametrize("suffix", [".php", ".json"])
def test_truncated_answer_but_call_carried_out(
    sim: SimThread, http: httpx.Client, suffix: str
) -> None:
    sim.call(lambda s: s.faults.set_mode(call="dbSetProfile", mode="truncated"))
    response = http.get(f"/xml/dbSetProfile{suffix}", params={"ext": DEMO_EXT, "status": "Busy"})
    assert response.status_code == 200
    with pytest.raises((etree.XMLSyntaxError, json.JSONDecodeError)):
        json.loads(response.content) if suffix == ".json" else parse_xml(response.content)
    assert sim.call(lambda s: s.state.current_status(DEMO_EXT)) == "Busy"


def test_empty_body(sim: SimThread, http: httpx.Client) -> None:
    sim.call(lambda s: s.faults.set_mode(call="*", mode="empty"))
    response = http.get(CALLFLOW, params={"ext": DEMO_EXT})
    assert (response.status_code, response.content) == (200, b"")


def test_http500_does_not_carry_out_the_call(sim: SimThread, http: httpx.Client) -> None:
    sim.call(lambda s: s.faults.set_mode(call="*", mode="http500"))
    response = http.get("/xml/dbSetProfile.json", params={"ext": DEMO_EXT, "status": "Busy"})
    assert response.status_code == 500
    assert sim.call(lambda s: s.state.current_status(DEMO_EXT)) == "Office"
    names = [name for name, _ in sim.call(lambda s: s.state.request_log)]
    assert names == ["dbSetProfile"]  # logged even though it failed


def test_hang_until_reset(sim: SimThread) -> None:
    sim.call(lambda s: s.faults.set_mode(call="ccPing", mode="hang"))
    with httpx.Client(base_url=sim.http_url, timeout=0.3) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get("/xml/ccPing")
        assert client.get("/xml/dbGetQueueInfo").status_code == 200
    sim.reset()
    with httpx.Client(base_url=sim.http_url, timeout=2.0) as client:
        assert client.get("/xml/ccPing").status_code == 200


def test_forced_result(sim: SimThread, http: httpx.Client) -> None:
    sim.call(lambda s: s.faults.set_result("dbSetProfile", 5))
    response = http.get("/xml/dbSetProfile.json", params={"ext": DEMO_EXT, "status": "Busy"})
    assert response.json() == {"Result": 5}
    assert sim.call(lambda s: s.state.current_status(DEMO_EXT)) == "Office"
    sim.call(lambda s: s.faults.set_result("ccHangup", 1))
    channel = sim.call(lambda s: next(iter(s.state.channels.channels)))
    hangup = http.get("/xml/ccHangup.php", params={"channel_id": channel})
    assert parse_xml(hangup.content).findtext("Result") == "1"
    assert sim.call(lambda s: channel in s.state.channels.channels)


def test_reset_clears_faults_and_state(sim: SimThread, http: httpx.Client) -> None:
    http.get("/xml/dbSetProfile.json", params={"ext": DEMO_EXT, "status": "Holiday"})
    sim.call(lambda s: s.faults.set_mode(call="*", mode="http500"))
    sim.reset()
    response = http.get("/xml/dbGetCallflow.json", params={"ext": DEMO_EXT})
    assert response.json()["CurrentStatus"] == "Office"
    assert sim.call(lambda s: len(s.state.request_log)) == 1


def test_runtime_basic_auth_knob(sim: SimThread, http: httpx.Client) -> None:
    sim.call(lambda s: setattr(s.faults, "basic_auth", ("api", "pw")))
    assert http.get("/xml/ccPing").status_code == 401
    assert http.get("/xml/ccPing", auth=("api", "pw")).status_code == 200


@pytest.fixture(scope="module")
def auth_sim() -> Iterator[SimThread]:
    with SimThread(SimConfig(directory_size=20, basic_auth=("api", "s3cr€t"))) as thread:
        yield thread


@pytest.mark.parametrize(
    ("auth", "status"),
    [(None, 401), (("api", "wrong"), 401), (("API", "s3cr€t"), 401), (("api", "s3cr€t"), 200)],
)
def test_basic_auth(auth_sim: SimThread, auth: tuple[str, str] | None, status: int) -> None:
    with httpx.Client(base_url=auth_sim.http_url, timeout=5.0, auth=auth) as client:
        response = client.get("/xml/dbGetQueueInfo.php")
    assert response.status_code == status
    if status == 401:
        assert response.headers["www-authenticate"].startswith("Basic")


def test_reset_keeps_configured_auth(auth_sim: SimThread) -> None:
    auth_sim.reset()
    with httpx.Client(base_url=auth_sim.http_url, timeout=5.0) as client:
        assert client.get("/xml/ccPing").status_code == 401
        assert client.get("/_sim/state").status_code == 200  # the control API stays open


def test_control_api(sim: SimThread, http: httpx.Client) -> None:
    state = http.get("/_sim/state").json()
    assert state["http_url"] == sim.http_url
    assert state["events_port"] == sim.events_port
    assert state["statuses"][DEMO_EXT] == "Office"
    knobs = {"call": "ccPing", "mode": "http500", "latency_s": 0.01, "withhold_pong": True}
    assert http.post("/_sim/faults", json=knobs).status_code == 200
    assert http.get("/xml/ccPing").status_code == 500
    assert sim.call(lambda s: s.faults.withhold_pong) is True
    assert http.post("/_sim/faults", json={"mode": "explode"}).status_code == 400
    assert http.post("/_sim/faults", content=b"[1]").status_code == 400
    assert http.post("/_sim/faults", content=b"{nope").status_code == 400
    answer = http.post("/_sim/incoming", json={"ext": DEMO_EXT, "caller_id": "+3225550000"})
    channel = answer.json()["channel"]
    assert sim.call(lambda s: channel in s.state.channels.channels)
    assert http.post("/_sim/incoming", json={"ext": "nope"}).status_code == 400
    assert http.post("/_sim/reset").status_code == 200
    assert http.get("/xml/ccPing").status_code == 200
