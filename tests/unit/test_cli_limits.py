"""A huge command-line argument is refused at once: no request, no second instance started."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app import cli


@pytest.mark.parametrize(
    "argv",
    [
        ["dial", "tel:0475123456;x=" + "a" * 70_000],
        ["tel:0475123456;x=" + "a" * 70_000],
        ["set-status", "B" * 70_000],
        ["--server", "http://" + "h" * 70_000],
    ],
)
def test_long_arguments_are_refused_before_anything_starts(argv, cfg_dir, monkeypatch, capsys):
    started: list[object] = []
    monkeypatch.setattr("app.platform.launcher.start_detached", started.append)
    monkeypatch.setattr("app.ui.application.run_gui", lambda *a: started.append(a) or 0)
    assert cli.main(argv) == cli.EXIT_INVALID
    assert "longer than" in capsys.readouterr().err
    assert started == []


def test_a_long_dial_argument_starts_no_instance(cfg_dir) -> None:
    """The real program: before, it printed "not running" and started a second instance."""
    env = {**os.environ, "SOP_COMPANION_CONFIG_DIR": str(cfg_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "dial", "tel:0475123456;x=" + "a" * 70_000],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "not running" not in done.stderr
    assert not (cfg_dir / "instance.lock").exists()
