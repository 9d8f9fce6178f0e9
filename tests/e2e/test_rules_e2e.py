"""`set-status Busy --for 1m` on the real app against the simulator: dbSetProfile(Busy) at once,
then dbSetProfile back to the status before about a minute later, and no other write."""

from __future__ import annotations

import json
import time

from tests.e2e.test_tray_e2e import start_against


def writes(sim) -> list[tuple[str, str]]:
    log = sim.call(lambda s: list(s.state.request_log))
    return [(n, p.get("status", "")) for n, p in log if not n.startswith(("dbGet", "cc"))]


def test_busy_for_one_minute_then_back(app_process, sim) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    start_against(app_process, sim)
    before = sim.call(lambda s: s.state.current_status("201"))
    assert before != "Busy"
    assert app_process.cli("set-status", "Busy", "--until", "00:00").returncode == 2
    started = time.monotonic()
    done = app_process.cli("set-status", "Busy", "--for", "1m")
    assert done.returncode == 0, done.stderr
    state = json.loads(app_process.cli("status", "--json").stdout)["status"]
    assert (state["current"], state["reason"], state["revert_to"]) == ("Busy", "timer", before)
    assert writes(sim) == [("dbSetProfile", "Busy")]
    app_process.wait_until(lambda: len(writes(sim)) >= 2, timeout=75)
    elapsed = time.monotonic() - started
    assert 59 <= elapsed <= 70, elapsed  # the deadline plus a few seconds of spread
    assert writes(sim) == [("dbSetProfile", "Busy"), ("dbSetProfile", before)]
    assert sim.call(lambda s: s.state.current_status("201")) == before
