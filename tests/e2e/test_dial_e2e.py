"""Click-to-dial as users and scripts reach it: the CLI, tel:/callto: links (also through the
registered desktop handler), start-on-demand, and the global hotkey on a real X server."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.paths import instance_name
from tests.e2e.test_tray_e2e import start_against, status_json

DESK = {"phone_id": "SDP20001", "ext": "201", "async": "true"}


def originations(sim) -> list[dict[str, str]]:
    return sim.call(lambda s: list(s.state.originations))


def dial_trace(app) -> dict:
    """What a dial leaves in ``status --json``: the last call and the errors. The rest of the
    state (history counts, polls, the event link) moves on its own and is not compared."""
    state: dict = {}

    def read() -> bool:
        state.clear()
        state.update(status_json(app) or {})
        return state.get("connected") is True

    app.wait_until(read)
    return {"dial": state["dial"], "errors": state["errors"]}


def test_cli_and_links_dial_through_the_running_instance(app_process, sim, qapp) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    start_against(app_process, sim)
    done = app_process.cli("dial", "150")
    assert done.returncode == 0, done.stderr
    assert "Sofie Van Damme" in done.stdout
    assert app_process.cli("tel:+32-2-555-1234").returncode == 0
    assert app_process.cli("callto://+32 (0)2 555 12 35").returncode == 0
    assert originations(sim) == [
        {**DESK, "to": "150"},
        {**DESK, "to": "+3225551234"},
        {**DESK, "to": "+3225551235"},
    ]
    # Refused numbers: exit 2, nothing sent, status --json unchanged (locally and in the app).
    before = dial_trace(app_process)
    bad = app_process.cli("dial", "Inès & co")
    assert bad.returncode == 2 and "not allowed" in bad.stderr
    from app.platform.single_instance import send_request

    name = instance_name(app_process.cfg_dir.resolve())
    assert send_request(name, {"cmd": "dial", "number": "abc"})["exit"] == 2
    assert len(originations(sim)) == 3
    assert dial_trace(app_process) == before
    # The SOP fails: exit 1, sent once.
    sim.call(lambda s: s.faults.set_mode(call="ccOriginate", mode="http500"))
    failed = app_process.cli("dial", "151")
    assert failed.returncode == 1, failed.stderr
    log = sim.call(lambda s: [c for c, p in s.state.request_log if p.get("to") == "151"])
    assert log == ["ccOriginate"]


def _lock_pid(cfg_dir: Path) -> int:
    return int((cfg_dir / "instance.lock").read_text().split()[0])


def test_dial_starts_the_app_when_none_runs(app_process, sim) -> None:
    from app.core.settings import SettingsStore
    from app.sim import DEMO_EXT

    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    SettingsStore(app_process.cfg_dir).update(
        server_url=sim.http_url, user=DEMO_EXT, events_port=sim.events_port
    )
    assert app_process.cli("status").returncode == 1  # nothing runs
    try:
        done = app_process.cli("dial", "tel:150")
        assert done.returncode == 0, done.stderr
        assert originations(sim) == [{**DESK, "to": "150"}]
    finally:
        lock = app_process.cfg_dir / "instance.lock"
        if lock.exists():
            pid = _lock_pid(app_process.cfg_dir)  # the instance our command started
            os.kill(pid, signal.SIGTERM)
            # Generous: under a loaded CI machine a quitting instance may take a while.
            app_process.wait_until(
                lambda: not Path(f"/proc/{pid}").exists() or _zombie(pid), timeout=60
            )


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def test_tel_link_opens_through_the_registered_handler(app_process, sim, tmp_path) -> None:
    if not shutil.which("gio"):
        pytest.skip("gio (libglib2.0-bin) not installed")
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    app_process.env["XDG_DATA_HOME"] = str(tmp_path / "data")
    app_process.env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    registered = app_process.cli("--register-handlers")
    assert registered.returncode == 0, registered.stderr
    start_against(app_process, sim)
    env = {**app_process.env, "XDG_DATA_DIRS": str(tmp_path / "none")}
    query = subprocess.run(["gio", "mime", "x-scheme-handler/tel"], env=env,
                           capture_output=True, text=True, timeout=30)  # fmt: skip
    assert "sop-companion-dial.desktop" in query.stdout, query.stdout + query.stderr
    subprocess.run(["gio", "open", "tel:+32-2-555-9876"], env=env, check=True, timeout=30)
    app_process.wait_until(lambda: originations(sim))
    assert originations(sim) == [{**DESK, "to": "+3225559876"}]


# -- global hotkey on a real X server ------------------------------------------------------------


@pytest.mark.xvfb
def test_x11_backend_grabs_and_fires(xdisplay, qapp, qloop) -> None:
    pytest.importorskip("Xlib")
    from app.platform.hotkeys.base import HotkeyError
    from app.platform.hotkeys.x11 import X11Hotkey

    hotkey = X11Hotkey(xdisplay)
    hotkey.register("Ctrl+Alt+K")
    fired: list[int] = []
    hotkey.activated.connect(lambda: fired.append(1))
    try:
        env = {**os.environ, "DISPLAY": xdisplay}
        subprocess.run(["xdotool", "key", "ctrl+alt+k"], env=env, check=True, timeout=30)
        qloop.until(lambda: fired)
        subprocess.run(["xdotool", "key", "ctrl+k"], env=env, check=True, timeout=30)
        subprocess.run(["xdotool", "key", "ctrl+alt+k"], env=env, check=True, timeout=30)
        qloop.until(lambda: len(fired) >= 2)
        assert fired == [1, 1]  # ctrl+k alone did not fire
        with pytest.raises(HotkeyError, match="already used"):
            X11Hotkey(xdisplay).register("Ctrl+Alt+K")  # taken: reported, not stolen
    finally:
        hotkey.unregister()


SELECTION_OWNER = """
import sys
from PySide6.QtGui import QClipboard, QGuiApplication
app = QGuiApplication([])
app.clipboard().setText(sys.argv[1], QClipboard.Mode.Selection)
app.clipboard().setText("not a number", QClipboard.Mode.Clipboard)
app.processEvents()
print("ready", flush=True)
app.exec()
"""


@pytest.mark.xvfb
def test_hotkey_dials_the_selected_number(app_process, sim, xdisplay) -> None:
    pytest.importorskip("Xlib")
    env = {**os.environ, "DISPLAY": xdisplay, "QT_QPA_PLATFORM": "xcb"}
    app_process.env.update(DISPLAY=xdisplay, QT_QPA_PLATFORM="xcb")
    start_against(app_process, sim, "--lang", "en")  # the window is found by its English title
    app_process.wait_until(
        lambda: ((status_json(app_process) or {}).get("dial") or {}).get("hotkey", {}).get("active")
    )
    owner = subprocess.Popen([sys.executable, "-c", SELECTION_OWNER, "+32 2 555 44 33"], env=env,
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert owner.stdout is not None and owner.stdout.readline().strip() == "ready"
        subprocess.run(["xdotool", "key", "ctrl+alt+d"], env=env, check=True, timeout=30)

        def dial_window() -> str:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Dial$"],
                                   env=env, capture_output=True, text=True)  # fmt: skip
            return found.stdout.split()[0] if found.stdout.split() else ""

        app_process.wait_until(dial_window)
        subprocess.run(["xdotool", "windowfocus", "--sync", dial_window()], env=env, check=True,
                       timeout=30)  # fmt: skip
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True, timeout=30)
        app_process.wait_until(lambda: originations(sim))
        assert originations(sim) == [{**DESK, "to": "+3225554433"}]
        state = status_json(app_process)
        assert state is not None and state["dial"]["last_call"]["to"] == "+3225554433"
    finally:
        owner.terminate()
        owner.wait(10)
        if owner.stdout is not None:
            owner.stdout.close()
