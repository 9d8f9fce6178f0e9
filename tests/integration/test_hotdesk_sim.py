"""Hot-desk with the real client against the simulator, whose PUM clock the test moves too."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from app.core.commands import EXIT_FAILED, EXIT_OK, EXIT_THROTTLED
from app.core.session import Session
from app.core.settings import Settings
from app.features.hotdesk.model import HotDesk, HotDeskError
from app.sim import DEMO_EXT, SimConfig, SimThread
from app.sop.client import SopClient
from tests.helpers.hotdesk_fakes import Clocks, make_hotdesk

DESK = "SDPH0100"  # a spare (registered) phone of the demo company: the shared desk
GUEST = "100"


@pytest.fixture(scope="module")
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture(scope="module")
def pum_sim(clocks: Clocks, sim_profile: str) -> Iterator[SimThread]:
    """A simulator of our own: its 90 s rule runs on ``clocks``, so no test sleeps 90 s."""
    thread = SimThread(SimConfig(profile=sim_profile), clock=clocks.monotonic)
    thread.start()
    yield thread
    thread.stop()


@pytest.fixture
def sim(pum_sim: SimThread, clocks: Clocks) -> Iterator[SimThread]:
    pum_sim.reset()
    clocks.advance(1000)  # every earlier window is over, in the app and in the simulator

    def pins(s) -> None:
        s.state.person(GUEST).params["UserPincode"] = "2468"
        s.state.person("105").params["UserPincode"] = ""

    pum_sim.call(pins)
    yield pum_sim


@pytest.fixture
def hotdesk(sim, clocks, cfg_dir, qapp, qloop) -> Iterator[HotDesk]:
    client = SopClient(sim.http_url)
    settings = Settings(server_url=sim.http_url, user=DEMO_EXT, desk_phone=DESK)
    session = Session(client, DEMO_EXT, "en")
    feature = make_hotdesk(cfg_dir, client, clocks, settings=settings, session=session)
    assert qloop.run(session.refresh())
    yield feature
    qloop.run(feature.stop())
    qloop.run(client.aclose())


def pum_requests(sim: SimThread) -> list[tuple[str, dict[str, str]]]:
    log = sim.call(lambda s: list(s.state.request_log))
    return [(name, params) for name, params in log if name.startswith("pum")]


def sessions(sim: SimThread) -> dict[str, str]:
    return sim.call(lambda s: dict(s.state.pum_sessions))


def test_login_refused_logout_then_logout_after_the_countdown(hotdesk, sim, clocks, qloop):
    commands = hotdesk.commands()
    done = qloop.run(commands["pum-login"]({"cmd": "pum-login"}))
    assert done["exit"] == EXIT_OK, done
    assert sessions(sim) == {DEMO_EXT: DESK}
    assert done["result"]["virtual"] == "SVE20001"
    assert hotdesk.ctx.services.hotdesk_phone == DESK  # the queues act on it too
    # Our sentence; the SOP's own text is a detail (status --json), not the message.
    assert done["message"] == f"Logged in at {DESK} (virtual phone SVE20001)."
    assert done["result"]["status_text"] == "Connexion successfully done."
    clocks.advance(12)
    refused = qloop.run(commands["pum-logout"]({"cmd": "pum-logout"}))
    assert refused["exit"] == EXIT_THROTTLED and refused["result"] == {"retry_after_s": 78}
    assert len(pum_requests(sim)) == 1  # nothing was sent
    clocks.advance(78)
    out = qloop.run(commands["pum-logout"]({"cmd": "pum-logout"}))
    assert out["exit"] == EXIT_OK, out
    assert sessions(sim) == {}
    assert [name for name, _ in pum_requests(sim)] == ["pumLogin", "pumLogout"]


def test_logout_names_the_phone_given_to_login(hotdesk, sim, clocks, qloop) -> None:
    commands = hotdesk.commands()
    other = "SDPH0101"  # not the desk's phone (DESK)
    done = qloop.run(commands["pum-login"]({"cmd": "pum-login", "phone": other}))
    assert done["exit"] == EXIT_OK, done
    assert sessions(sim) == {DEMO_EXT: other}
    clocks.advance(90)
    out = qloop.run(commands["pum-logout"]({"cmd": "pum-logout"}))
    assert out["exit"] == EXIT_OK, out
    assert out["message"] == f"Logged out from {other}."
    assert "successfully" not in out["message"]


def test_sop_refusal_is_surfaced_with_its_error_text(hotdesk, sim, qloop) -> None:
    # Another client logged this extension in a moment ago: only the SOP knows.
    sim.call(lambda s: s.state.pum.accept(DEMO_EXT))
    reply = qloop.run(hotdesk.commands()["pum-login"]({"cmd": "pum-login"}))
    assert reply["exit"] == EXIT_FAILED
    assert "Too many PUM requests for extension 201" in reply["message"]
    assert hotdesk.ctx.session.errors[-1] == reply["message"]
    # A refused call counts too (the SOP's rule is about calls): the app waits 90 s, and says so.
    assert "counts refused requests too" in reply["message"]
    assert hotdesk.seconds_left() == 90 and hotdesk.state.logged_in is None


def test_unknown_phone_is_the_sops_error(hotdesk, sim, qloop) -> None:
    reply = qloop.run(hotdesk.commands()["pum-login"]({"cmd": "pum-login", "phone": "SDP80002"}))
    assert reply["exit"] == EXIT_FAILED and "Phone SDP80002 does not exist" in reply["message"]


def test_guest_right_pin_logs_in_at_the_desk(hotdesk, sim, qloop, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    result = qloop.run(hotdesk.login_guest(GUEST, "2468", remember=True))
    assert result.virtual == "SVE20002"
    assert sessions(sim) == {GUEST: DESK}
    auth = [
        p for name, p in sim.call(lambda s: list(s.state.request_log)) if name == "dbAuthenticate"
    ]
    assert auth == [
        {"ext": GUEST, "command": "check", "password": "2468", "parameter": "UserPincode"}
    ]
    assert "2468" not in caplog.text  # the PIN is in no log line, httpx's included
    assert hotdesk.is_guest and qloop.run(hotdesk.has_remembered_pin(GUEST))


def test_guest_wrong_pin_sends_no_login(hotdesk, sim, qloop) -> None:
    with pytest.raises(HotDeskError, match="Wrong PIN"):
        qloop.run(hotdesk.login_guest(GUEST, "1111", remember=False))
    assert pum_requests(sim) == [] and sessions(sim) == {}


def test_guest_undefined_pin_is_refused(hotdesk, sim, qloop) -> None:
    with pytest.raises(HotDeskError, match="no PIN"):
        qloop.run(hotdesk.login_guest("105", "0000", remember=False))
    assert pum_requests(sim) == []


def test_restart_keeps_the_countdown(hotdesk, sim, clocks, cfg_dir, qloop) -> None:
    qloop.run(hotdesk.login())
    clocks.advance(30)
    client = hotdesk.ctx.client
    again = make_hotdesk(
        cfg_dir, client, clocks, settings=hotdesk.ctx.settings, session=hotdesk.ctx.session
    )
    assert again.logged_in and again.seconds_left() == 60
    reply = qloop.run(again.commands()["pum-logout"]({"cmd": "pum-logout"}))
    assert reply["exit"] == EXIT_THROTTLED
    assert len(pum_requests(sim)) == 1
