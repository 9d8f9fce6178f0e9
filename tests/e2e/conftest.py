"""End-to-end fixtures: the real app as a subprocess, on Xvfb with a tray host, or offscreen."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1500


def build_bundle(*extra: str) -> str:
    """``packaging/build.py --if-stale``: the bundle is built at most once per test run."""
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is missing (it is in the test extra)")
        pytest.skip("PyInstaller not installed: pip install -e '.[test]'")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--if-stale", *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    if done.returncode != 0:
        pytest.fail(f"bundle build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done.stdout


@pytest.fixture(scope="session")
def bundle_exe() -> Path:
    """dist/sop-companion/sop-companion, built (or found up to date) once per session."""
    build_bundle()
    exe = ROOT / "dist" / "sop-companion" / "sop-companion"
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


def _free_display() -> int:
    for n in range(91, 140):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="session")
def xdisplay() -> Iterator[str]:
    """An Xvfb server with trayer as the system-tray host; yields the DISPLAY value."""
    if not (shutil.which("Xvfb") and shutil.which("trayer")):
        if os.environ.get("CI"):
            pytest.fail("Xvfb and trayer are required in CI (scripts/test installs them)")
        pytest.skip("Xvfb/trayer not installed")
    n = _free_display()
    display = f":{n}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{n}").exists():
        if time.monotonic() > deadline or xvfb.poll() is not None:
            xvfb.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    env = {**os.environ, "DISPLAY": display}
    trayer = subprocess.Popen(
        [
            "trayer",
            "--edge",
            "top",
            "--align",
            "right",
            "--widthtype",
            "pixel",
            "--width",
            "200",
            "--height",
            "48",
            "--transparent",
            "false",
            "--tint",
            "0x303030",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield display
    for proc in (trayer, xvfb):
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


class AppProcess:
    """The real app started with ``python -m app``; ``cli()`` runs subcommands against it."""

    def __init__(self, cfg_dir: Path, env: dict[str, str]) -> None:
        self.cfg_dir = cfg_dir
        self.env = {**env, "SOP_COMPANION_CONFIG_DIR": str(cfg_dir)}
        self.proc: subprocess.Popen[str] | None = None

    def start(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def cli(self, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def wait_until(self, predicate, timeout: float = 20.0) -> None:
        """``predicate`` comes true while the app runs (its exit fails the test at once)."""

        def check():
            if self.proc is not None and self.proc.poll() is not None:
                out = self.proc.stdout.read() if self.proc.stdout else ""
                pytest.fail(f"app exited with {self.proc.returncode}:\n{out}")
            return predicate()

        wait_until(check, timeout, interval=0.05)

    def stop(self) -> str:
        if self.proc is None:
            return ""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        out = ""
        if self.proc.stdout is not None and not self.proc.stdout.closed:
            out = self.proc.stdout.read()
            self.proc.stdout.close()
        return out


@pytest.fixture
def app_process(tmp_path: Path) -> Iterator[AppProcess]:
    env = {k: v for k, v in os.environ.items() if k != "SOP_COMPANION_CONFIG_DIR"}
    proc = AppProcess(tmp_path / "cfg", env)
    yield proc
    proc.stop()
