"""The simulator's established calls, changing statuses and registrations, over HTTP."""

from __future__ import annotations

import httpx

from app.sim import DEMO_EXT, SimThread
from tests.integration.sim_helpers import parse_xml

DEMO_DP = "SDP20001"


def channels(http: httpx.Client) -> dict[str, dict[str, str]]:
    root = parse_xml(http.get("/xml/ccGetChannels").content)
    return {c.findtext("ID"): {e.tag: e.text or "" for e in c} for c in root.findall("Channel")}


def result(response: httpx.Response) -> str:
    return parse_xml(response.content).findtext("Result") or ""


def test_a_control_call_is_established_and_hangs_up_whole(sim: SimThread, http) -> None:
    answer = http.post("/_sim/call", json={"ext": DEMO_EXT, "other": "102"})
    own = answer.json()["channel"]
    listed = channels(http)
    far = listed[own]["Link"]
    assert own.startswith(f"SIP/{DEMO_DP}-") and listed[own]["State"] == "Up"
    assert listed[far]["Link"] == own and listed[far]["State"] == "Up"
    name = sim.call(lambda s: s.state.person("102").name)
    assert listed[own]["CallerId"] == f'"{name}" [102]'
    assert result(http.get("/xml/ccHangup.php", params={"channel_id": own})) == "0"
    assert own not in channels(http) and far not in channels(http)
    assert http.post("/_sim/call", json={"ext": "nobody", "other": "102"}).status_code == 400


def test_hold_then_take_back_and_transfer(sim: SimThread, http) -> None:
    own = http.post("/_sim/call", json={"ext": DEMO_EXT, "other": "102"}).json()["channel"]
    far = channels(http)[own]["Link"]
    assert result(http.get("/xml/ccHold.php", params={"channel_id": far})) == "0"
    held = parse_xml(http.get("/xml/ccGetChannels", params={"hold_only": "1"}).content)
    assert far in [c.findtext("ID") for c in held.findall("Channel")]
    back = http.get("/xml/ccRedirect.php", params={"channel_id": far, "to": DEMO_EXT})
    assert result(back) == "0"
    assert channels(http)[far]["Link"] == own and channels(http)[own]["State"] == "Up"
    moved = http.get("/xml/ccRedirect.php", params={"channel_id": far, "to": "150"})
    assert result(moved) == "0"
    assert own not in channels(http)  # the transferring phone is free


def test_a_ringing_call_answered_and_an_origination_established(sim: SimThread, http) -> None:
    ringing = http.post("/_sim/incoming", json={"ext": DEMO_EXT, "caller_id": "102"})
    channel = ringing.json()["channel"]
    own = http.post("/_sim/answer", json={"channel": channel}).json()["channel"]
    assert channels(http)[own]["Link"] == channel
    assert http.post("/_sim/answer", json={"channel": channel}).status_code == 400  # not ringing
    params = {"phone_id": DEMO_DP, "to": "+3225214928", "ext": DEMO_EXT}
    originated = http.get("/xml/ccOriginate.php", params=params)
    assert result(originated) == "0"
    mine = [
        c for c, v in channels(http).items()
        if c.startswith(f"SIP/{DEMO_DP}-") and v["CallerId"].endswith("[+3225214928]")
    ]  # fmt: skip
    assert len(mine) == 1


def test_statuses_and_registrations_change_on_request(sim: SimThread, http) -> None:
    ext = sim.call(
        lambda s: next(p.ext for p in s.state.people.values()
                       if p.profile == "Template-User" and p.ext != DEMO_EXT)
    )  # fmt: skip
    assert http.post("/_sim/status", json={"ext": ext, "status": "Meeting"}).status_code == 200
    rows = http.get("/xml/dbGetDirectoryInfo.json", params={"ext": ext, "wildcards": "strict"})
    assert [r["status"] for r in rows.json() if r["ext"] == ext] == ["Meeting"]
    assert http.post("/_sim/status", json={"ext": ext, "status": "Lunch"}).status_code == 400
    assert http.post("/_sim/registration",
                     json={"phone": DEMO_DP, "registered": False}).status_code == 200  # fmt: skip
    root = parse_xml(http.get("/xml/dbGetRegistration.php").content)
    mine = next(p for p in root.findall("Phones") if p.findtext("ID") == DEMO_DP)
    assert mine.findtext("Registered") == "0"


def test_statuses_drift_over_time_but_never_the_users() -> None:
    import random

    from app.sim.data import build_company
    from app.sim.presence import drift

    people = build_company(2026, 240).people
    before = {p.ext: p.status for p in people}
    rng = random.Random(1)
    moved = set()
    for _ in range(50):
        moved.update(drift(people, rng))
    assert DEMO_EXT not in moved and len(moved) > 50
    assert {p.ext: p.status for p in people}[DEMO_EXT] == before[DEMO_EXT]
