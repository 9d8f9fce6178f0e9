"""SIGTERM always quits the real app within 2 s, idle or busy (here: a black-hole SOP whose
ccPing hangs, and a flood of status requests in flight)."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from app.sim.catalog import PROFILES

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def status_ok(app) -> bool:
    result = app.cli("status", "--json")
    return result.returncode == 0 and bool(json.loads(result.stdout).get("status"))


def quit_time(app) -> float:
    assert app.proc is not None
    sent = time.monotonic()
    app.proc.send_signal(signal.SIGTERM)
    try:
        app.proc.wait(10)
    except subprocess.TimeoutExpired:
        return float("inf")
    return time.monotonic() - sent


def test_sigterm_quits_the_demo_within_2_s(app_process) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    app_process.start("--demo")
    app_process.wait_until(lambda: status_ok(app_process), timeout=30)
    elapsed = quit_time(app_process)
    assert elapsed < 2.0, f"quit after {elapsed:.2f} s"
    assert app_process.proc is not None and app_process.proc.returncode == 0


def test_sigterm_quits_within_2_s_while_the_sop_hangs(app_process, sim) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    app_process.start(
        "--server", sim.http_url, "--user", "201", "--events-port", str(sim.events_port)
    )
    app_process.wait_until(lambda: status_ok(app_process), timeout=30)

    def hang(s) -> None:
        s.faults.set_mode("*", "hang")  # every HTTP call now waits for ever
        s.faults.events_mode = "silent"

    sim.call(hang)
    # Requests that wait on the hanging SOP are in flight when the signal comes.
    clients = [
        subprocess.Popen(
            [sys.executable, "-m", "app", "set-status", "Busy"],
            env=app_process.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(5)
    ]
    try:
        time.sleep(1.0)  # let them reach the app (nothing to wait on: the SOP never answers)
        elapsed = quit_time(app_process)
    finally:
        for client in clients:
            client.kill()
            client.wait()
        sim.call(lambda s: s.faults.clear())
    assert elapsed < 2.0, f"quit after {elapsed:.2f} s"


def test_sigterm_quits_within_2_s_while_a_huge_callflow_loads(app_process, sim, monkeypatch):
    """5,000 statuses used to freeze the app for minutes, and SIGTERM with it."""
    profile_name = sim.call(lambda s: s.state.people["201"].profile)
    profile = PROFILES[profile_name]
    many = (*profile.statuses, *(f"Extra{i:04d}" for i in range(5_000 - len(profile.statuses))))
    monkeypatch.setitem(PROFILES, profile_name, dataclasses.replace(profile, statuses=many))
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    app_process.start(
        "--server", sim.http_url, "--user", "201", "--events-port", str(sim.events_port)
    )

    def callflow_served() -> bool:
        log = sim.call(lambda s: list(s.state.request_log))
        return any(call == "dbGetCallflow" for call, _params in log)

    app_process.wait_until(callflow_served, timeout=30)
    time.sleep(0.5)  # the answer is being shown
    elapsed = quit_time(app_process)
    assert elapsed < 2.0, f"quit after {elapsed:.2f} s"


def test_sigterm_quits_cleanly_within_2_s_while_starting_against_a_hung_sop(app_process, sim):
    sim.call(lambda s: s.faults.set_mode("*", "hang"))
    try:
        app_process.env["QT_QPA_PLATFORM"] = "offscreen"
        app_process.start(
            "--server", sim.http_url, "--user", "201", "--events-port", str(sim.events_port)
        )
        app_process.wait_until(lambda: app_process.cli("status").returncode in (0, 1), 30)
        time.sleep(0.5)
        elapsed = quit_time(app_process)
    finally:
        sim.call(lambda s: s.faults.clear())
    assert elapsed < 2.0, f"quit after {elapsed:.2f} s"
    assert app_process.proc is not None and app_process.proc.returncode == 0  # a clean quit
