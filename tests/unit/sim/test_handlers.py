"""Call handlers run directly (no sockets): result codes and state changes."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from lxml import etree

from app.sim import DEMO_DP, DEMO_EXT
from app.sim.api_access import authenticate
from app.sim.api_cc import originate
from app.sim.api_profile import set_profile, set_profile_parameters
from app.sim.calls import CallRequest
from app.sim.faults import Faults
from app.sim.render import Reply
from app.sim.state import SimState


@pytest.fixture
def state() -> SimState:
    return SimState(
        seed=2026, directory_size=60, clock=lambda: 0.0, now=lambda: datetime(2026, 3, 4)
    )


def call(
    handler: object, state: SimState, fmt: str = "xml", faults: Faults | None = None, **params: str
) -> Reply:
    assert callable(handler)
    request = CallRequest("x", fmt, params, state, faults or Faults())
    reply = handler(request)
    assert isinstance(reply, Reply)
    return reply


def result(reply: Reply) -> str:
    if reply.content_type.startswith("application/json"):
        return str(json.loads(reply.body)["Result"])
    return str(etree.fromstring(reply.body).findtext("Result"))


def other_class_ext(state: SimState) -> str:
    return next(p.ext for p in state.people.values() if p.profile == "Template-Reception")


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_set_profile_codes(state: SimState, fmt: str) -> None:
    def code(**params: str) -> str:
        return result(call(set_profile, state, fmt, **params))

    assert code(ext=DEMO_EXT, status="Telework") == "0"
    assert state.current_status(DEMO_EXT) == "Telework"
    assert code(ext="2O1", status="Office") == "1"  # letter O: not digits
    assert code(ext="99999", status="Office") == "1"
    assert code(status="Office") == "1"
    assert code(ext=DEMO_EXT, status="Gone fishing") == "3"
    assert code(ext=DEMO_EXT) == "3"
    assert code(ext=DEMO_EXT, profile_name="No-Such-Profile") == "3"
    assert code(ext=DEMO_EXT, profile_name="Template-Reception") == "2"
    assert code(ext=DEMO_EXT, profile_name="User.Nope") == "3"
    assert code(ext=DEMO_EXT, profile_name="User-Mobile.Mobile") == "0"
    assert (state.people[DEMO_EXT].profile, state.current_status(DEMO_EXT)) == (
        "Template-User-Mobile",
        "Mobile",
    )
    assert code(ext=DEMO_EXT, profile_name="Template-User") == "0"
    assert state.current_status(DEMO_EXT) == "Office"  # Mobile is not a Template-User status
    assert code(ext=other_class_ext(state), profile_name="Template-User") == "2"


def test_set_profile_forced_result_changes_nothing(state: SimState) -> None:
    faults = Faults()
    faults.set_result("x", 5)
    assert result(call(set_profile, state, faults=faults, ext=DEMO_EXT, status="Busy")) == "5"
    assert state.current_status(DEMO_EXT) == "Office"


def test_set_profile_parameters_codes(state: SimState) -> None:
    def code(**params: str) -> str:
        return result(call(set_profile_parameters, state, **params))

    assert code(ext=DEMO_EXT, ForwardNumber="202") == "0"
    assert state.people[DEMO_EXT].params["ForwardNumber"] == "202"
    assert code(ext=DEMO_EXT) == "1"
    assert code(ext=DEMO_EXT, RingTimeout="soon") == "1"
    assert code(ext=DEMO_EXT, NoSuchThing="1") == "2"
    assert code(ext=DEMO_EXT, NightNumber="+3221234567") == "3"  # a Reception parameter
    reply = call(set_profile_parameters, state, ext=DEMO_EXT, NoSuchThing="1")
    assert etree.fromstring(reply.body).findtext("ResultText") == "Unknown global parameter"


def test_authenticate(state: SimState) -> None:
    def auth(**params: str) -> str | None:
        root = etree.fromstring(call(authenticate, state, **params).body)
        return root.findtext("Result") or root.findtext("Error")

    assert auth(ext=DEMO_EXT, command="check", password="1234") == "OK"
    assert auth(ext=DEMO_EXT, command="check", password="0000") == "NOK"
    assert auth(ext="99999", command="check", password="1234") == "NOK"
    assert auth(ext=DEMO_EXT, command="check", password="1234", parameter="Pin.Pin") == "NOK"
    assert auth(ext=DEMO_EXT, command="zap") == "Bad command zap"
    assert auth(ext=DEMO_EXT, command="set", password="0000", newpassword="1") == "NOK"
    assert auth(ext=DEMO_EXT, command="set", password="1234", newpassword="") == "OK"
    assert auth(ext=DEMO_EXT, command="check", password="") == "UNDEFINED"
    assert auth(ext=DEMO_EXT, command="set", password="whatever", newpassword="4321") == "OK"
    assert auth(ext=DEMO_EXT, command="check", password="4321") == "OK"


def test_originate_validation(state: SimState) -> None:
    no_phone = next(p.ext for p in state.people.values() if not p.dp and not p.sp)

    def code(**params: str) -> str:
        return result(call(originate, state, **params))

    assert code(phone_id=DEMO_DP, to="202", ext=DEMO_EXT, var="a=1|b=") == "0"
    assert state.originations == [
        {"phone_id": DEMO_DP, "to": "202", "ext": DEMO_EXT, "var": "a=1|b="}
    ]
    assert code(phone_id=DEMO_DP, to="202", var="a=1 2") == "1"
    assert code(phone_id=DEMO_DP, to="202", var="a=" + "1" * 60) == "1"
    assert code(phone_id="SDP99999", to="202") == "1"  # unknown device
    assert code(phone_id="", to="202") == "1"
    assert code(phone_id=DEMO_DP, to="") == "1"
    assert code(phone_id=DEMO_DP, to="202", ext="99999") == "1"
    assert code(phone_id=DEMO_DP, to="202", ext=no_phone) == "1"
    assert code(phone_id="+32475000000", to="202", technology="Local") == "1"  # ext needed
    assert code(phone_id="+32475000000", to="202", technology="Local", ext=DEMO_EXT) == "0"
    assert code(phone_id=DEMO_DP, to="202", async_="maybe") == "0"  # unknown params ignored
    assert code(phone_id=DEMO_DP, to="202", local_optimization="maybe") == "1"
    assert len(state.originations) == 3
