"""Call forwarding with the real client and feature against the real simulator, in both formats
and both readings of the reference: the parameters and their friendly names, setting and
clearing the number, the refusals (ours: nothing sent; the SOP's: every code decoded)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.forward.model import ForwardFeature
from app.sim import DEMO_EXT
from app.sop.client import SopClient
from app.sop.errors import SetProfileParametersError

MOBILE_OF_DEMO = "+32475"  # the demo user's mobile starts so


@pytest.fixture(params=["json", "xml"])
def fmt(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(sim, fmt: str, qloop) -> Iterator[SopClient]:
    sop = SopClient(sim.http_url, fmt=fmt)  # type: ignore[arg-type]
    yield sop
    qloop.run(sop.aclose())


def make_feature(sim, client, cfg_dir, qloop, lang="en", **settings: Any) -> ForwardFeature:
    session = Session(client, DEMO_EXT, lang)
    assert qloop.run(session.refresh())
    ctx = FeatureContext(
        Settings(server_url=sim.http_url, user=DEMO_EXT, **settings), session, client, cfg_dir, lang
    )
    feature = ForwardFeature(ctx)
    qloop.run(feature.refresh())
    return feature


def param(sim, name: str) -> str:
    return sim.call(lambda s: s.state.person(DEMO_EXT).params[name])


def writes(sim) -> list[dict[str, str]]:
    log = sim.call(lambda s: list(s.state.request_log))
    return [p for n, p in log if n == "dbSetProfileParameters"]


def test_client_reads_and_sets_parameters(sim, client, qloop) -> None:
    params = {p.name: p for p in qloop.run(client.get_profile_parameters(DEMO_EXT, lang="fr"))}
    assert params["CFU.Number"].friendly_name == "Renvoi inconditionnel"
    assert (params["CFU.Number"].type, params["ForwardNumber"].type) == ("PHONENUMBER", "EXTENSION")
    qloop.run(client.set_profile_parameters(DEMO_EXT, {"CFU.Number": "+32475000111"}))
    assert param(sim, "CFU.Number") == "+32475000111"
    with pytest.raises(SetProfileParametersError) as bad:
        qloop.run(client.set_profile_parameters(DEMO_EXT, {"ForwardNumber": "+32"}))
    assert bad.value.code == 1


def test_feature_shows_the_forwarding_parameters(sim, client, cfg_dir, qapp, qloop) -> None:
    feature = make_feature(sim, client, cfg_dir, qloop, lang="nl")
    assert [p.name for p in feature.forwarding] == ["ForwardNumber", "CFU.Number"]
    # The default: a PHONENUMBER whose name says forwarding (an EXTENSION takes digits only).
    assert feature.snapshot()["forward"] == {
        "parameter": "CFU.Number",
        "friendly_name": "Onvoorwaardelijk doorschakelen",
        "number": "",
    }
    assert feature.forward_statuses() == ["Forward"]


def test_set_and_clear_through_commands(sim, client, cfg_dir, qapp, qloop) -> None:
    feature = make_feature(sim, client, cfg_dir, qloop)
    cmd = feature.commands()
    done = qloop.run(cmd["forward-set"]({"number": "+32 (0)475 12 34 56"}))
    assert done["exit"] == EXIT_OK, done
    assert param(sim, "CFU.Number") == "+32475123456"  # normalised as for dialling
    assert done["result"] == {
        "parameter": "CFU.Number",
        "friendly_name": "Unconditional forward",
        "number": "+32475123456",
    }
    assert feature.recent == ["+32475123456"]
    ext = qloop.run(cmd["forward-set"]({"number": "150", "parameter": "ForwardNumber"}))
    assert ext["exit"] == EXIT_OK and param(sim, "ForwardNumber") == "150"
    cleared = qloop.run(cmd["forward-clear"]({}))
    assert cleared["exit"] == EXIT_OK and param(sim, "CFU.Number") == ""
    assert writes(sim) == [
        {"ext": DEMO_EXT, "CFU.Number": "+32475123456"},
        {"ext": DEMO_EXT, "ForwardNumber": "150"},
        {"ext": DEMO_EXT, "CFU.Number": ""},
    ]
    shown = qloop.run(cmd["forward-show"]({}))
    assert "Number to forward to (ForwardNumber): 150" in shown["message"]


def test_dialling_rules_apply(sim, client, cfg_dir, qapp, qloop) -> None:
    feature = make_feature(sim, client, cfg_dir, qloop, dial_international_prefix="00")
    done = qloop.run(feature.commands()["forward-set"]({"number": "tel:+32-475-99-88-77"}))
    assert done["exit"] == EXIT_OK
    assert param(sim, "CFU.Number") == "0032475998877"


@pytest.mark.parametrize(
    ("request_", "says"),
    [
        ({"number": "Inès & co"}, "not a phone number"),
        ({"number": "+32 475", "parameter": "ForwardNumber"}, "digits only"),
        ({"number": "150", "parameter": "NightNumber"}, "no forwarding parameter NightNumber"),
        ({"number": " "}, "Give a number"),
    ],
)
def test_our_refusals_send_nothing(sim, client, cfg_dir, qapp, qloop, request_, says) -> None:
    feature = make_feature(sim, client, cfg_dir, qloop)
    refused = qloop.run(feature.commands()["forward-set"](request_))
    assert refused["exit"] == EXIT_INVALID and says in refused["message"]
    assert writes(sim) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (1, "missing or syntactically invalid parameter"),
        (2, "unknown global parameter"),
        (3, "global parameter not applicable to the profile"),
        (5, "synchronisation to the SMP failed"),
        (7, "refused (code 7)"),
    ],
)
def test_sop_refusals_are_decoded(sim, client, cfg_dir, qapp, qloop, code, words) -> None:
    feature = make_feature(sim, client, cfg_dir, qloop)
    sim.call(lambda s: s.faults.set_result("dbSetProfileParameters", code))
    failed = qloop.run(feature.commands()["forward-set"]({"number": "0475123456"}))
    assert failed["exit"] == EXIT_FAILED and words in failed["message"]
    assert len(writes(sim)) == 1  # sent once, never again
    assert param(sim, "CFU.Number") == ""


def test_forward_to_sets_the_number_then_the_status(sim, client, cfg_dir, qapp, qloop) -> None:
    feature = make_feature(sim, client, cfg_dir, qloop)
    mobile = feature.mobile
    assert mobile.startswith(MOBILE_OF_DEMO)
    qloop.run(feature.forward_to(mobile))
    assert param(sim, "CFU.Number") == mobile.replace(" ", "")
    assert sim.call(lambda s: s.state.current_status(DEMO_EXT)) == "Forward"
    log = [n for n, _ in sim.call(lambda s: list(s.state.request_log)) if n.startswith("dbSet")]
    assert log == ["dbSetProfileParameters", "dbSetProfile"]  # the number first
    shown: list[str] = []
    feature.notify.connect(lambda _t, text: shown.append(text))
    qloop.run(feature.forward_to("not a number"))
    assert shown and "not a phone number" in shown[0]
    assert len(writes(sim)) == 1


def test_an_unreachable_sop_is_not_a_missing_parameter(sim, client, cfg_dir, qapp, qloop) -> None:
    sim.call(lambda s: s.faults.set_mode(call="dbGetProfileParameters", mode="http500"))
    feature = make_feature(sim, client, cfg_dir, qloop)
    assert not feature.loaded
    failed = qloop.run(feature.commands()["forward-set"]({"number": "0475123456"}))
    assert failed["exit"] == EXIT_FAILED and "forwarding" not in failed["message"]
    assert writes(sim) == []
