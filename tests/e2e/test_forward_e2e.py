"""Call forwarding from the command line of the real app, and from its tray menu on a real X
server: what each command or click sent to the simulator, and the exit codes."""

from __future__ import annotations

import json
import os

import pytest

from app.sim import DEMO_EXT
from tests.e2e.test_queues_e2e import _click, _open_submenu
from tests.e2e.test_tray_e2e import start_against, status_json
from tests.helpers.waiting import wait_until


def writes(sim) -> list[dict[str, str]]:
    log = sim.call(lambda s: list(s.state.request_log))
    return [p for n, p in log if n == "dbSetProfileParameters"]


def sim_param(sim, name: str = "CFU.Number") -> str:
    return sim.call(lambda s: s.state.person(DEMO_EXT).params[name])


def forward_ready(app) -> bool:
    return isinstance((status_json(app) or {}).get("forward"), dict)


def test_forward_commands_against_a_running_app(app_process, sim) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    start_against(app_process, sim, "--lang", "en")
    app_process.wait_until(lambda: forward_ready(app_process))
    shown = app_process.cli("forward", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    rows = {r["parameter"]: r for r in json.loads(shown.stdout)}
    assert rows["CFU.Number"]["default"] is True and rows["CFU.Number"]["number"] == ""
    done = app_process.cli("forward", "set", "+32 475 12 34 56")
    assert done.returncode == 0, done.stderr
    assert writes(sim) == [{"ext": DEMO_EXT, "CFU.Number": "+32475123456"}]
    assert status_json(app_process)["forward"] == {
        "parameter": "CFU.Number",
        "friendly_name": "Unconditional forward",
        "number": "+32475123456",
    }
    assert "Forward:   +32475123456 (CFU.Number)" in app_process.cli("status").stdout
    other = app_process.cli("forward", "set", "150", "--parameter", "ForwardNumber")
    assert other.returncode == 0 and sim_param(sim, "ForwardNumber") == "150"
    assert app_process.cli("forward", "clear").returncode == 0
    assert sim_param(sim) == ""
    sent = len(writes(sim))
    bad = app_process.cli("forward", "set", "call me")
    assert bad.returncode == 2 and "not a phone number" in bad.stderr
    assert app_process.cli("forward", "set", "1", "--parameter", "Nope").returncode == 2
    assert app_process.cli("forward", "set", "").returncode == 2
    assert len(writes(sim)) == sent  # nothing sent
    sim.call(lambda s: s.faults.set_result("dbSetProfileParameters", 5))
    refused = app_process.cli("forward", "set", "0475000000")
    assert refused.returncode == 1 and "synchronisation to the SMP failed" in refused.stderr
    assert len(writes(sim)) == sent + 1


@pytest.mark.xvfb
def test_tray_menu_forward_to_my_mobile_on_a_real_x_server(app_process, sim, xdisplay) -> None:
    env = {**os.environ, "DISPLAY": xdisplay}
    app_process.env["DISPLAY"] = xdisplay
    app_process.env.pop("QT_QPA_PLATFORM", None)
    start_against(app_process, sim, "--lang", "en")
    app_process.wait_until(lambda: forward_ready(app_process))
    mobile = sim.call(lambda s: s.state.person(DEMO_EXT).mobile).replace(" ", "")
    # "Forward calls to" (its mnemonic opens it); a click on its first row: "My mobile".
    _menu, sub = _open_submenu(env, "f")
    _click(env, sub[0] + 40, sub[1] + 11)
    wait_until(lambda: sim.call(lambda s: s.state.current_status(DEMO_EXT)) == "Forward", 15)
    assert sim_param(sim) == mobile
    assert writes(sim) == [{"ext": DEMO_EXT, "CFU.Number": mobile}]
