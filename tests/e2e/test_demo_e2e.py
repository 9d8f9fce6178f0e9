"""``--demo`` as a user starts it: it never touches the user's own configuration folder, and a
demo on a folder that is already in use says so instead of doing nothing."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.helpers.waiting import wait_until

OWN_SETTINGS = "[General]\nserver_url=https://sop.mycompany.example\nuser=alice\nevents_port=5050\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=30
    )


def status(env: dict[str, str]) -> dict | None:
    done = run_cli(env, "status", "--json")
    return json.loads(done.stdout) if done.returncode == 0 else None


@pytest.fixture
def user_home(tmp_path: Path) -> dict[str, str]:
    """A user whose own configuration exists: settings, a history, a recent number."""
    home = tmp_path / "home"
    own = home / ".config" / "sop-companion"
    own.mkdir(parents=True)
    (own / "settings.ini").write_text(OWN_SETTINGS)
    (own / "dial-recent.json").write_text('["0471234567"]')
    (tmp_path / "tmp").mkdir()
    env = {k: v for k, v in os.environ.items() if k != "SOP_COMPANION_CONFIG_DIR"}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        TMPDIR=str(tmp_path / "tmp"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_the_demo_keeps_everything_in_a_folder_of_its_own(user_home, tmp_path) -> None:
    own = Path(user_home["XDG_CONFIG_HOME"]) / "sop-companion"
    before = snapshot(own)
    demo = subprocess.Popen(
        [sys.executable, "-m", "app", "--demo"],
        env=user_home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        folders: list[Path] = []

        def demo_folder_found() -> bool:
            assert demo.poll() is None, demo.stderr.read() if demo.stderr else ""
            folders[:] = list((tmp_path / "tmp").glob("sop-companion-demo-*"))
            return bool(folders)

        wait_until(demo_folder_found, 20)
        env = {**user_home, "SOP_COMPANION_CONFIG_DIR": str(folders[0])}
        wait_until(lambda: bool((status(env) or {}).get("status")), 30)
        # What a user does in the demo writes state: a status, a call, a second start whose
        # options are saved as settings (the path Settings -> Save takes), the history.
        assert run_cli(env, "set-status", "Busy").returncode == 0
        assert run_cli(env, "dial", "0498765432").returncode == 0
        assert run_cli(env, "--lang", "de").returncode == 0
        wait_until(lambda: "language=de" in (folders[0] / "settings.ini").read_text(), 20)
        wait_until(lambda: (folders[0] / "call-history.sqlite3").exists(), 20)
        assert (folders[0] / "dial-recent.json").exists()
    finally:
        demo.terminate()
        demo.wait(10)
        err = demo.stderr.read() if demo.stderr else ""
        if demo.stderr:
            demo.stderr.close()
    assert demo.returncode == 0, err
    assert "deleted at quit" in err
    assert snapshot(own) == before  # not one byte of the user's own folder changed
    assert not folders[0].exists()  # and the demo's went with it


def test_a_demo_on_a_folder_in_use_says_so(app_process, sim) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    app_process.start(
        "--server", sim.http_url, "--user", "201", "--events-port", str(sim.events_port)
    )
    app_process.wait_until(lambda: app_process.cli("status").returncode == 0)
    settings = (app_process.cfg_dir / "settings.ini").read_text()
    demo = app_process.cli("--demo")
    assert demo.returncode == 1
    assert "already running" in demo.stderr and str(app_process.cfg_dir) in demo.stderr
    # Nothing of the demo reached the running instance.
    assert (app_process.cfg_dir / "settings.ini").read_text() == settings
    state = json.loads(app_process.cli("status", "--json").stdout)
    assert state["user"]["ext"] == "201"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_demo_ports_fix_the_simulators_ports(app_process) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    http_port, events_port = free_port(), free_port()
    app_process.start("--demo", "--demo-ports", f"{http_port},{events_port}")
    app_process.wait_until(lambda: app_process.cli("status").returncode == 0, 30)
    answer = httpx.get(f"http://127.0.0.1:{http_port}/xml/ccPing.php", timeout=5)
    assert answer.status_code == 200 and "<Result>0</Result>" in answer.text
    with socket.create_connection(("127.0.0.1", events_port), timeout=5):
        pass
    assert json.loads(app_process.cli("status", "--json").stdout)["running"] is True


def test_demo_ports_in_use_are_named(app_process) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        done = app_process.cli("--demo", "--demo-ports", f"{busy},{free_port()}")
    assert done.returncode == 1
    assert f"cannot use the ports {busy}," in done.stderr and "Traceback" not in done.stderr
