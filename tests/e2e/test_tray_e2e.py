"""The real app, as a user and a script would drive it: tray on Xvfb, CLI, single instance."""

from __future__ import annotations

import json

import httpx
import pytest


def status_json(app) -> dict | None:
    result = app.cli("status", "--json")
    if result.returncode != 0:
        return None
    return json.loads(result.stdout)


def statuses_loaded(app) -> bool:
    state = status_json(app)
    return bool(state and state["status"])


def start_against(app, sim, *extra: str) -> None:
    app.start(
        "--server",
        sim.http_url,
        "--user",
        "201",
        "--events-port",
        str(sim.events_port),
        "--lang",
        "fr",
        *extra,
    )
    app.wait_until(lambda: statuses_loaded(app))


@pytest.mark.xvfb
def test_tray_on_real_x_server_switches_status(app_process, sim, xdisplay) -> None:
    app_process.env["DISPLAY"] = xdisplay
    app_process.env.pop("QT_QPA_PLATFORM", None)
    start_against(app_process, sim)
    state = status_json(app_process)
    assert state["user"]["ext"] == "201"
    assert state["user"]["name"] == "Camille Peeters"
    assert state["user"]["primary_phone"] == "SDP20001"
    before = state["status"]["current"]
    target = next(s for s in state["status"]["available"] if s["name"] != before)
    # French UI: the translated name is accepted as well as the untranslated one.
    done = app_process.cli("set-status", target["translated"])
    assert done.returncode == 0, done.stderr
    assert sim.call(lambda s: s.state.current_status("201")) == target["name"]
    after = status_json(app_process)
    assert after["status"]["current"] == target["name"]
    assert after["status"]["current_translated"] == target["translated"]
    app_process.wait_until(lambda: (status_json(app_process) or {}).get("connected") is True)


def test_offscreen_cli_contract(app_process, sim) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    assert app_process.cli("status", "--json").returncode == 1  # nothing running yet
    start_against(app_process, sim)
    bad = app_process.cli("set-status", "NoSuchStatus")
    assert bad.returncode == 2 and "NoSuchStatus" in bad.stderr
    assert app_process.cli("set-status", "Busy").returncode == 0
    assert sim.call(lambda s: s.state.current_status("201")) == "Busy"
    # The SOP is changed elsewhere (the phone): the app follows on refresh.
    changed = httpx.get(
        f"{sim.http_url}/xml/dbSetProfile.php", params={"ext": "201", "status": "Office"}
    )
    assert "<Result>0</Result>" in changed.text  # the documented XML form and answer
    # A second start hands its options to the running instance and exits at once.
    second = app_process.cli("--lang", "de", "--server", sim.http_url)
    assert second.returncode == 0
    app_process.wait_until(
        lambda: (status_json(app_process) or {}).get("status", {}).get("current") == "Office"
    )
    sim.call(lambda s: s.faults.set_mode(call="dbSetProfile", mode="html"))
    failed = app_process.cli("set-status", "Busy")
    assert failed.returncode == 1
    assert failed.stderr.strip() and "Traceback" not in failed.stderr
    state = status_json(app_process)
    assert state["status"]["current"] == "Office"
    assert state["errors"] and state["errors"][-1] in failed.stderr


@pytest.mark.parametrize("profile", ["default", "reference"])
def test_demo_runs_on_either_simulator_profile(app_process, profile) -> None:
    # The reference profile ignores wildcards=strict and lists a decoy (1201) before the demo
    # user: the demo must still sign in as 201 and show her statuses.
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    app_process.start("--demo", "--sim-profile", profile)
    app_process.wait_until(lambda: statuses_loaded(app_process))
    state = status_json(app_process)
    assert state is not None and state["user"]["ext"] == "201"
    assert state["user"]["login"] == "camille.peeters@acme-demo.be"
