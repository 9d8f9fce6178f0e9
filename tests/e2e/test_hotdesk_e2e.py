"""Hot-desk from the command line of the real app: login, refused logout (exit 3), nothing sent."""

from __future__ import annotations

import re

from tests.e2e.test_tray_e2e import start_against, status_json

DESK = "SDPH0100"  # a spare registered phone of the demo company


def pum_requests(sim) -> list[str]:
    return [name for name, _ in sim.call(lambda s: list(s.state.request_log)) if name[:3] == "pum"]


def test_cli_login_then_immediate_logout_is_refused(app_process, sim) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    start_against(app_process, sim, "--lang", "en", "--desk-phone", DESK)
    # Features report their fields once they run (null before): wait for the hot-desk one.
    app_process.wait_until(lambda: bool((status_json(app_process) or {}).get("pum")))
    before = status_json(app_process)
    assert before is not None and before["pum"]["phone"] == DESK
    assert before["pum"]["logged_in"] is None and before["pum"]["retry_after_s"] == 0

    login = app_process.cli("pum", "login")
    assert login.returncode == 0, login.stderr
    assert "SVE20001" in login.stdout
    assert sim.call(lambda s: dict(s.state.pum_sessions)) == {"201": DESK}

    logout = app_process.cli("pum", "logout")
    assert logout.returncode == 3, (logout.stdout, logout.stderr)
    found = re.search(r"[Aa]vailable in (\d+) s", logout.stderr)
    assert found is not None, logout.stderr
    seconds = int(found.group(1))
    assert 0 < seconds <= 90
    assert pum_requests(sim) == ["pumLogin"]  # the refused logout never reached the SOP

    state = status_json(app_process)
    assert state is not None
    assert state["pum"]["logged_in"] is True and state["pum"]["phone"] == DESK
    assert 0 < state["pum"]["retry_after_s"] <= seconds

    # Quitting inside the window (SIGTERM): it says so rather than failing silently.
    output = app_process.stop()
    app_process.proc = None  # stopped: the fixture's second stop() must not read closed pipes
    assert "Still logged in at SDPH0100" in output
    assert pum_requests(sim) == ["pumLogin"]


def test_cli_pum_without_a_running_instance_fails(app_process) -> None:
    assert app_process.cli("pum", "logout").returncode == 1
