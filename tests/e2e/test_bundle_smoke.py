"""Smoke test of the frozen app: dist/sop-companion, as packaging/build.py makes it.

The bundle is built once per test run (``build.py --if-stale`` reuses one made from the same
sources, packaging files and installed packages). Then it must start with ``--demo`` (the
embedded simulator, aiohttp) offscreen and on Xvfb, reach the statuses and quit with exit 0;
dock its icon in a real tray host; answer its own CLI; and write desktop entries that start
the bundle's executable rather than ``python -m app``.
"""

from __future__ import annotations

import configparser
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import BUILD_TIMEOUT_S
from tests.helpers.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]
SIZE_LIMIT_MIB = 130

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(BUILD_TIMEOUT_S + 300)]


def app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SOP_COMPANION_", "XDG_")) and k != "PYTHON_KEYRING_BACKEND"
    }
    env.update(
        SOP_COMPANION_CONFIG_DIR=str(tmp_path / "cfg"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_DIRS=str(tmp_path / "no-system-config"),
        # The tests' in-memory keyring is not in the bundle; the demo needs no password.
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_LOGGING_RULES="qt.core.qobject.connect=false",
    )
    env.update(extra)
    return env


def run_until_statuses(exe: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**env, "SOP_COMPANION_TRACE_STARTUP": "1", "SOP_COMPANION_EXIT_AFTER": "statuses-shown"}
    return subprocess.run([str(exe), "--demo"], env=env, capture_output=True, text=True, timeout=60)


def milestones(stderr: str) -> list[str]:
    return [
        line.split()[1] for line in stderr.splitlines() if line.startswith("sop-companion-trace ")
    ]


def assert_clean(done: subprocess.CompletedProcess[str]) -> None:
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    for bad in ("Traceback", "Cannot load library", "Could not load the Qt platform plugin"):
        assert bad not in out, out
    assert milestones(done.stderr) == ["process-start", "tray-shown", "statuses-shown"], out


def test_bundle_holds_what_the_app_needs_and_not_more(bundle_exe: Path) -> None:
    internal = bundle_exe.parent / "_internal"
    files = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert "app/resources/icons/app.svg" in files
    assert "app/resources/sop-companion.desktop" in files
    ts = sorted(p.stem for p in (ROOT / "i18n").glob("*.ts"))
    assert sorted(Path(f).stem for f in files if f.startswith("app/i18n/")) == ts
    plugins = "PySide6/Qt/plugins/"
    for needed in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "wayland-shell-integration/libxdg-shell.so",
        "platforms/libqoffscreen.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
    ):
        assert plugins + needed in files
    names = " ".join(sorted(files))
    for unwanted in ("libqgtk3", "libgtk-3", "libqeglfs", "Qt6Qml", "Qt6Quick", "Qt6Pdf"):
        assert unwanted not in names
    assert "WebEngine" not in names
    size = sum(p.stat().st_size for p in internal.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= SIZE_LIMIT_MIB * 2**20, f"{size / 2**20:.0f} MiB"
    icu = [p for p in internal.rglob("libicudata.so.*") if not p.is_symlink()]
    assert icu and icu[0].stat().st_size < 16 * 2**20  # the app's four languages only
    qt_qm = {f.rsplit("/", 1)[-1] for f in files if f.startswith("PySide6/Qt/translations/")}
    assert qt_qm <= {f"qtbase_{lang}.qm" for lang in ("en", "fr", "nl", "de")}
    viewer = [sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer", "-r", "-b"]
    listing = subprocess.run(
        [*viewer, str(bundle_exe)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    for module in (
        "app.sim",
        "aiohttp.web",
        "qasync",
        "Xlib.display",
        "jeepney.io.asyncio",
        "keyring.backends.SecretService",
        "app.features.desktop.feature",
    ):
        assert module in listing


def test_bundle_demo_offscreen_quits_cleanly(bundle_exe: Path, tmp_path: Path) -> None:
    done = run_until_statuses(bundle_exe, app_env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert_clean(done)
    assert "Demo: simulated SOP at http://127.0.0.1:" in done.stderr


@pytest.mark.xvfb
def test_bundle_demo_on_xvfb_quits_cleanly(bundle_exe: Path, tmp_path: Path, xdisplay) -> None:
    env = app_env(tmp_path, DISPLAY=xdisplay)
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb plugin, with the libraries we kept
    assert_clean(run_until_statuses(bundle_exe, env))


@pytest.fixture
def weston() -> Iterator[dict[str, str]]:
    """A headless Wayland compositor; yields the environment that reaches it."""
    if not shutil.which("weston"):
        pytest.skip("weston not installed (Debian: weston)")
    runtime = Path(tempfile.mkdtemp(prefix="sop-wl-"))  # short: a socket path has 108 bytes
    runtime.chmod(0o700)
    proc = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", "--socket=sop-test", "--idle-time=0"],
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until(lambda: (runtime / "sop-test").exists() or proc.poll() is not None, 10)
    if proc.poll() is not None:
        pytest.fail("weston did not start")
    yield {"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": "sop-test"}
    proc.terminate()
    proc.wait(10)
    shutil.rmtree(runtime, ignore_errors=True)


def test_bundle_demo_on_wayland_quits_cleanly(bundle_exe: Path, tmp_path: Path, weston) -> None:
    env = app_env(tmp_path, XDG_SESSION_TYPE="wayland", QT_DEBUG_PLUGINS="1", **weston)
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)  # no XWayland to fall back on: the native plugin or nothing
    done = run_until_statuses(bundle_exe, env)
    assert_clean(done)
    assert 'plugins/platforms/libqwayland.so" loaded library' in done.stderr


@pytest.fixture
def running_bundle(
    bundle_exe: Path, tmp_path: Path, xdisplay
) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    env = app_env(tmp_path, DISPLAY=xdisplay)
    env.pop("QT_QPA_PLATFORM", None)
    log = (tmp_path / "app.log").open("w+")
    proc = subprocess.Popen(
        [str(bundle_exe), "--demo"], env=env, stdout=log, stderr=subprocess.STDOUT, text=True
    )
    yield proc, env
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    log.close()


def cli(exe: Path, env: dict, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=30)


@pytest.mark.xvfb
def test_bundle_docks_in_the_tray_and_answers_its_cli(running_bundle, bundle_exe) -> None:
    proc, env = running_bundle
    exe = bundle_exe

    def status() -> dict:
        done = cli(exe, env, "status", "--json")
        return json.loads(done.stdout) if done.returncode == 0 else {}

    wait_until(lambda: bool((status().get("status") or {}).get("available")), 30)

    def docked() -> bool:
        # trayer embeds the icon (XEMBED, asynchronous): a sop-companion window in its panel
        tree = subprocess.run(
            ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=True
        ).stdout
        return '("sop-companion" "SOP Companion")' in tree.partition('"panel"')[2]

    wait_until(docked, 10)
    assert cli(exe, env, "set-status", "Busy").returncode == 0
    assert status()["status"]["current"] == "Busy"
    proc.terminate()  # SIGTERM: the app quits cleanly
    assert proc.wait(30) == 0


def test_frozen_desktop_entries_start_the_bundle(bundle_exe: Path, tmp_path: Path) -> None:
    env = app_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    installed = cli(bundle_exe, env, "--install-desktop")
    assert installed.returncode == 0, installed.stderr
    registered = cli(bundle_exe, env, "--register-handlers")
    assert registered.returncode == 0, registered.stderr
    apps = tmp_path / "data" / "applications"
    for name, code in (("sop-companion.desktop", []), ("sop-companion-dial.desktop", ["%u"])):
        entry = configparser.ConfigParser(interpolation=None)
        entry.read(apps / name, encoding="utf-8")
        exec_line = entry["Desktop Entry"]["Exec"].replace("\\\\", "\\")
        assert shlex.split(exec_line) == [str(bundle_exe), *code]
    icon = tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / "sop-companion.svg"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()
