"""The simulator's ``reference`` profile: only what the reference literally shows, the other
reading wherever it is silent. URL-form expectations come from the reference text itself."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from app.sim import DEMO_EXT, DEMO_LOGIN, SimConfig, SimThread
from app.sim.data import DECOY_EXT
from app.sop import catalogue
from tests.helpers import reference
from tests.integration.sim_helpers import FakeClock, connect_events, parse_xml


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def sim_thread(clock: FakeClock) -> Iterator[SimThread]:
    config = SimConfig(seed=2026, directory_size=120, profile="reference")
    with SimThread(config, clock=clock) as thread:
        yield thread


@pytest.fixture
def sim(sim_thread: SimThread, clock: FakeClock) -> SimThread:
    sim_thread.reset()
    clock.advance(1000)  # every PUM window of an earlier test is over
    return sim_thread


@pytest.fixture
def http(sim: SimThread) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.http_url, timeout=5.0) as client:
        yield client


@pytest.mark.parametrize("call", sorted(reference.forms()))
def test_only_the_documented_url_forms_exist(http: httpx.Client, call: str) -> None:
    documented = reference.forms()[call]
    for suffix in ("php", "json", ""):
        path = f"/xml/{call}.{suffix}" if suffix else f"/xml/{call}"
        status = http.get(path).status_code
        # dbSetProfile shows a .json URL but documents only an XML answer: the other reading.
        served = suffix in documented and not (call == "dbSetProfile" and suffix == "json")
        assert (status != 404) is served, (path, status)


def test_wildcards_are_ignored_and_the_decoy_comes_first(http: httpx.Client) -> None:
    for field, value in (("ext", DEMO_EXT), ("login", DEMO_LOGIN)):
        rows = http.get(
            "/xml/dbGetDirectoryInfo.json", params={field: value, "wildcards": "strict"}
        ).json()
        assert [row[field] for row in rows][:1] != [value]  # the decoy is listed first
        assert value in [row[field] for row in rows]
        assert all(value in row[field] for row in rows)
    assert rows[0]["ext"] == DECOY_EXT


def test_history_is_oldest_first_and_limit_keeps_the_oldest(http: httpx.Client) -> None:
    params = {"ext": DEMO_EXT, "start_date": "2000-01-01 00:00:00"}
    everything = http.get("/xml/dbGetCallHistory.json", params={**params, "limit": "1000"})
    stamps = [r["timestamp"] for r in everything.json()["CallHistory"]]
    assert stamps == sorted(stamps) and len(stamps) > 5
    five = http.get("/xml/dbGetCallHistory.json", params={**params, "limit": "5"})
    assert [r["timestamp"] for r in five.json()["CallHistory"]] == stamps[:5]


def test_ccgetchannels_lists_only_established_channels(sim: SimThread, http: httpx.Client):
    ringing = str(sim.call(lambda s: s.emit_incoming_call(DEMO_EXT)))
    listed = parse_xml(http.get("/xml/ccGetChannels").content)
    assert ringing not in [c.findtext("ID") for c in listed]
    assert {c.findtext("State") for c in listed} == {"Up"}
    sim.call(lambda s: setattr(s.state.channels.get(ringing), "state", "Up"))  # answered
    listed = parse_xml(http.get("/xml/ccGetChannels.php").content)
    assert ringing in [c.findtext("ID") for c in listed]


def test_setvar_and_getvar_answer_bare_values(sim: SimThread, http: httpx.Client) -> None:
    channel = str(sim.call(lambda s: s.emit_incoming_call(DEMO_EXT)))
    set_answer = http.get(
        "/xml/ccSetvar", params={"channel_id": channel, "variable": "Crm", "value": "A1"}
    )
    assert set_answer.text == reference.lines()[1218 - 1]  # "0", as the reference shows it
    got = http.get("/xml/ccGetvar", params={"channel_id": channel, "variable": "Crm"})
    assert got.text == "A1"
    assert catalogue.get("ccGetvar").bare_answer


def test_every_pum_call_starts_the_90_seconds(http: httpx.Client, clock: FakeClock) -> None:
    def pum(call: str, **params: str) -> str:
        root = parse_xml(http.get(f"/xml/{call}", params={"ext": DEMO_EXT, **params}).content)
        return root.findtext("Result") or ""

    assert pum("pumLogin", phone="SDPH0100") == "0"
    clock.advance(60)
    assert pum("pumLogout") == "1"  # too early...
    clock.advance(60)
    assert pum("pumLogout") == "1"  # ...and the refused call counted: still too early
    clock.advance(91)
    assert pum("pumLogout") == "0"


def test_evpong_comes_with_a_child_element(sim: SimThread, http: httpx.Client) -> None:
    with connect_events(sim) as reader:
        http.get("/xml/ccPing.php")
        pong = reader.expect("evPong")
        assert len(pong) >= 1


def test_command_line_offers_the_profile() -> None:
    from app.sim.__main__ import parse_args

    assert parse_args(["--profile", "reference"]).profile == "reference"
    assert parse_args([]).profile == "default"
    bad = subprocess.run(
        [sys.executable, "-m", "app.sim", "--profile", "nonsense"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
