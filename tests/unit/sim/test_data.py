"""The demo company is deterministic, big enough, multilingual and internally consistent."""

from __future__ import annotations

import re

import pytest

from app.sim import DEMO_DP, DEMO_EXT, DEMO_LOGIN
from app.sim.catalog import PROFILES
from app.sim.data import ascii_slug, build_company


def test_same_seed_same_company() -> None:
    assert build_company(2026, 240) == build_company(2026, 240)


def test_other_seed_other_company() -> None:
    first = [(p.ext, p.fn, p.ln) for p in build_company(1, 240).people]
    second = [(p.ext, p.fn, p.ln) for p in build_company(2, 240).people]
    assert first != second


@pytest.mark.parametrize("size", [1, 5, 240, 1200])
def test_directory_size(size: int) -> None:
    people = build_company(7, size).people
    assert len(people) == size
    assert len({p.ext for p in people}) == size
    assert len({p.login for p in people}) == size


def test_demo_user() -> None:
    demo = build_company(2026, 240).people[0]
    assert (demo.ext, demo.login, demo.fn, demo.ln, demo.dp) == (
        DEMO_EXT,
        DEMO_LOGIN,
        "Camille",
        "Peeters",
        DEMO_DP,
    )
    assert demo.params["UserPincode"] == "1234"
    assert demo.status in PROFILES[demo.profile].statuses


def test_realistic_fields() -> None:
    people = build_company(2026, 240).people
    names = " ".join(f"{p.fn} {p.ln}" for p in people)
    assert re.search("[éèëüöçäß]", names)
    assert {p.lang for p in people} == {"fr", "nl", "de", "en"}
    for person in people:
        assert person.ext.isdigit()
        assert person.login.endswith("@acme-demo.be")
        assert person.login.isascii()
        assert not person.dp or re.fullmatch(r"SDP2\d{4}", person.dp)
        assert not person.sp or re.fullmatch(r"SDX6\d{4}", person.sp)
        assert not person.mobile or person.mobile.replace(" ", "").startswith("+324")
        assert person.status in PROFILES[person.profile].statuses
    assert any(not p.dp and not p.sp for p in people), "someone without a phone"
    assert any(p.params.get("UserPincode") == "" for p in people), "someone without a pincode"
    assert any(p.hidden for p in people)
    assert {"&" in p.company for p in people} == {True, False}


def test_queues_and_devices() -> None:
    company = build_company(2026, 240)
    queue_names = {q.name for q in company.queues}
    device_ids = {d.id for d in company.devices}
    assert all(m.queue in queue_names for m in company.members)
    assert all(m.phone in device_ids for m in company.members)
    assert DEMO_DP in device_ids
    assert any(not d.registered for d in company.devices)


def test_ascii_slug() -> None:
    assert ascii_slug("Van den Broeck") == "vandenbroeck"
    assert ascii_slug("Gaëlle") == "gaelle"
    assert ascii_slug("D'Hondt") == "dhondt"
    assert ascii_slug("Weiß") == "weiss"
