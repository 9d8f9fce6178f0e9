"""The call in progress as scripts reach it: ``sop-companion call ...`` against the running app,
which learns of the call from the event socket (French UI, as a Brussels user runs it)."""

from __future__ import annotations

import json

from app.sim import DEMO_EXT
from tests.e2e.test_tray_e2e import start_against, status_json


def current_call(app) -> dict | None:
    state = status_json(app) or {}
    return state.get("current_call")


def answered_call(sim, caller: str) -> tuple[str, str]:
    """A call from ``caller`` picked up at once: (the user's leg, the caller's leg)."""
    far = sim.call(lambda s: s.emit_incoming_call(DEMO_EXT, caller_id=caller, answered=True))
    return str(sim.call(lambda s: s.state.channels.get(far).link)), str(far)


def sent(sim, call: str) -> list[dict[str, str]]:
    return [p for name, p in sim.call(lambda s: list(s.state.request_log)) if name == call]


def test_the_call_command_line(app_process, sim) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    start_against(app_process, sim)
    idle = app_process.cli("call", "show", "--json")
    assert idle.returncode == 0 and json.loads(idle.stdout) is None
    nothing = app_process.cli("call", "hangup")
    assert nothing.returncode == 1 and "Aucun appel en cours" in nothing.stderr

    own, far = answered_call(sim, "102")
    app_process.wait_until(lambda: current_call(app_process) is not None)
    name = sim.call(lambda s: s.state.person("102").name)
    shown = app_process.cli("call", "show", "--json")
    assert json.loads(shown.stdout)["other_name"] == name
    assert json.loads(shown.stdout)["channel"] == own
    assert name in app_process.cli("call", "show").stdout

    assert app_process.cli("call", "record", "start").returncode == 0
    assert sim.call(lambda s: s.state.channels.get(own).recording) == DEMO_EXT
    assert current_call(app_process)["recording"] is True
    assert app_process.cli("call", "hold").returncode == 0
    assert sim.call(lambda s: s.state.channels.get(far).on_hold) is True
    assert app_process.cli("call", "resume").returncode == 0
    assert sim.call(lambda s: s.state.channels.get(far).on_hold) is False
    assert app_process.cli("call", "record", "stop").returncode == 0

    # A refusal: exit 1, said in words, sent once, the call still on.
    sim.call(lambda s: s.faults.set_result("ccPark", 1))
    refused = app_process.cli("call", "park")
    assert refused.returncode == 1
    assert "Le central a refusé de mettre l’appel en parking." in refused.stderr
    assert len(sent(sim, "ccPark")) == 1
    sim.call(lambda s: s.faults.set_result("ccPark", None))

    bad = app_process.cli("call", "transfer", "Inès & co")
    assert bad.returncode == 2 and sent(sim, "ccRedirect") == [
        {"channel_id": far, "to": DEMO_EXT}  # only the resume
    ]
    done = app_process.cli("call", "transfer", "150")
    assert done.returncode == 0, done.stderr
    assert sim.call(lambda s: s.state.channels.get(far).extension) == "150"
    app_process.wait_until(lambda: current_call(app_process) is None)

    # Hang up a second call.
    own2, _ = answered_call(sim, "+3225214928")
    app_process.wait_until(lambda: current_call(app_process) is not None)
    assert app_process.cli("call", "hangup").returncode == 0
    assert sim.call(lambda s: s.state.channels.get(own2)) is None
    app_process.wait_until(lambda: current_call(app_process) is None)
