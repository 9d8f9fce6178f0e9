"""Parked calls from the command line of the real app: what each command sent to the
simulator, and the exit codes."""

from __future__ import annotations

import json
import os

import pytest

from app.sim import DEMO_EXT
from tests.e2e.test_queues_e2e import _click, _open_submenu
from tests.e2e.test_tray_e2e import start_against, status_json
from tests.helpers.waiting import wait_until


def redirects(sim) -> list[dict[str, str]]:
    log = sim.call(lambda s: list(s.state.request_log))
    return [p for n, p in log if n == "ccRedirect"]


def test_park_commands_against_a_running_app(app_process, sim) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    start_against(app_process, sim, "--lang", "en")
    app_process.wait_until(lambda: isinstance((status_json(app_process) or {}).get("parked"), list))
    slots = sim.call(lambda s: {c.park_slot: c.id for c in s.state.channels.parked()})
    listed = app_process.cli("park", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert {r["slot"]: r["channel"] for r in rows} == slots
    assert set(rows[0]) == {"slot", "channel", "caller_id", "caller_name", "since"}
    text = app_process.cli("park", "list")
    assert text.returncode == 0 and text.stdout.startswith("701: ")
    empty = app_process.cli("park", "pickup", "799")
    assert empty.returncode == 2 and "799" in empty.stderr
    assert redirects(sim) == []
    done = app_process.cli("park", "pickup", "701")
    assert done.returncode == 0, done.stderr
    assert redirects(sim) == [{"channel_id": slots["701"], "to": DEMO_EXT}]
    state = status_json(app_process)
    assert state is not None and [c["slot"] for c in state["parked"]] == ["702"]
    assert "Parked:    702" in app_process.cli("status").stdout
    sim.call(lambda s: s.faults.set_result("ccRedirect", 1))
    refused = app_process.cli("park", "pickup", "702")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert len(redirects(sim)) == 2  # sent once


@pytest.mark.xvfb
def test_tray_menu_picks_up_a_parked_call_on_a_real_x_server(app_process, sim, xdisplay) -> None:
    env = {**os.environ, "DISPLAY": xdisplay}
    app_process.env["DISPLAY"] = xdisplay
    app_process.env.pop("QT_QPA_PLATFORM", None)
    start_against(app_process, sim, "--lang", "en")
    app_process.wait_until(lambda: len((status_json(app_process) or {}).get("parked") or []) == 2)
    slots = sim.call(lambda s: {c.park_slot: c.id for c in s.state.channels.parked()})
    # The "Parked calls" section follows the queues section; "Join a queue" (its mnemonic)
    # opens level with its row, which gives the rows below it: Pause all, Resume all, the
    # section's title, then slot 701.
    menu, sub = _open_submenu(env, "j")
    row = sub[3] // 4  # the four queues the demo user is not in
    _click(env, menu[0] + 80, sub[1] + 3 * row + row // 2 + 16)
    wait_until(lambda: redirects(sim), 15)
    assert redirects(sim) == [{"channel_id": slots["701"], "to": DEMO_EXT}]
