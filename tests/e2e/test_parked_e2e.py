"""Parked calls from the command line of the real app: what each command sent to the
simulator, and the exit codes."""

from __future__ import annotations

import json

from app.sim import DEMO_EXT
from tests.e2e.test_tray_e2e import start_against, status_json


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
