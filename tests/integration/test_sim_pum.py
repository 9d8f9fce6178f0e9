"""pumLogin/pumLogout and the SOP's 90-second rule, with a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.sim import DEMO_DP, DEMO_EXT, SimConfig, SimThread
from tests.integration.sim_helpers import FakeClock, child_texts, parse_xml


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sim(clock: FakeClock) -> Iterator[SimThread]:
    with SimThread(SimConfig(seed=2026, directory_size=60), clock=clock) as thread:
        yield thread


@pytest.fixture
def http(sim: SimThread) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.http_url, timeout=5.0) as client:
        yield client


def pum(http: httpx.Client, call: str, **params: str) -> dict[str, str]:
    response = http.get(f"/xml/{call}", params=params)
    root = parse_xml(response.content)
    assert root.tag == f"{call}Result"
    return child_texts(root)


def test_login_answer(http: httpx.Client) -> None:
    assert pum(http, "pumLogin", ext=DEMO_EXT, phone=DEMO_DP) == {
        "Extension": DEMO_EXT,
        "Phone": DEMO_DP,
        "Status": "OK",
        "StatusText": "Connexion successfully done.",
        "Virtual": "SVE20001",
        "Result": "0",
    }


def test_ninety_second_rule(sim: SimThread, http: httpx.Client, clock: FakeClock) -> None:
    assert pum(http, "pumLogin", ext=DEMO_EXT, phone=DEMO_DP)["Result"] == "0"
    clock.advance(30)
    refused = pum(http, "pumLogout", ext=DEMO_EXT)
    assert refused["Result"] == "1"
    assert "90" in refused["Error"] and "60" in refused["Error"]
    assert set(refused) == {"Result", "Error"}
    clock.advance(59)
    assert pum(http, "pumLogin", ext=DEMO_EXT, phone=DEMO_DP)["Result"] == "1"
    clock.advance(1)  # 90 s after the accepted login; refusals did not restart the wait
    assert pum(http, "pumLogout", ext=DEMO_EXT) == {
        "Extension": DEMO_EXT,
        "Result": "0",
        "Status": "OK",
        "StatusText": "Logout successfully done.",
    }
    assert sim.call(lambda s: s.state.pum_sessions) == {}
    assert pum(http, "pumLogin", ext=DEMO_EXT, phone=DEMO_DP)["Result"] == "1"


def test_rule_is_per_extension(sim: SimThread, http: httpx.Client) -> None:
    other, phone = sim.call(
        lambda s: next((p.ext, p.dp) for p in s.state.people.values() if p.ext != DEMO_EXT and p.dp)
    )
    assert pum(http, "pumLogin", ext=DEMO_EXT, phone=DEMO_DP)["Result"] == "0"
    assert pum(http, "pumLogin", ext=other, phone=phone)["Result"] == "0"
    assert sim.call(lambda s: s.state.pum_sessions) == {DEMO_EXT: DEMO_DP, other: phone}


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"phone": DEMO_DP}, "ext"),
        ({"ext": "99999", "phone": DEMO_DP}, "99999"),
        ({"ext": DEMO_EXT, "phone": "SDP99999"}, "SDP99999"),
        ({"ext": DEMO_EXT}, "Phone"),
    ],
)
def test_login_errors(http: httpx.Client, params: dict[str, str], fragment: str) -> None:
    answer = pum(http, "pumLogin", **params)
    assert answer["Result"] == "1"
    assert fragment in answer["Error"]


def test_unregistered_phone(sim: SimThread, http: httpx.Client) -> None:
    phone = sim.call(lambda s: next(d.id for d in s.state.devices.values() if not d.registered))
    answer = pum(http, "pumLogin", ext=DEMO_EXT, phone=phone)
    assert answer["Result"] == "1" and "not registered" in answer["Error"]
    # A refused login does not start the 90 seconds.
    assert pum(http, "pumLogin", ext=DEMO_EXT, phone=DEMO_DP)["Result"] == "0"
