"""Menu entry and icon in the user's XDG data folder; frozen launch commands."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.platform import desktop_install
from app.platform.autostart import XdgAutostart
from app.platform.launch import launch_command, project_root
from app.platform.launcher import start_detached
from app.platform.url_handlers import DESKTOP_ID, register_linux
from app.resource_paths import data_dir
from tests.helpers.desktop_fakes import fake_bundle


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_packaged_entry_is_the_template() -> None:
    section = configparser.ConfigParser(interpolation=None)
    section.read_string(desktop_install.template())
    assert section["Desktop Entry"]["Exec"] == "sop-companion"
    assert section["Desktop Entry"]["Icon"] == "sop-companion"


def test_install_menu_entry_and_icon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe = fake_bundle(tmp_path / "bundle", monkeypatch)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = desktop_install.install_menu_entry()
    assert path == tmp_path / "data" / "applications" / "sop-companion.desktop"
    section = entry(path)
    assert shlex.split(section["Exec"]) == [str(exe)]
    assert section["Categories"] == "Network;Telephony;"
    icon = tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / "sop-companion.svg"
    assert icon.read_bytes().startswith(b"<svg")


def test_install_desktop_cli(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli_main(["--install-desktop"]) == 0
    assert str(tmp_path / "applications" / "sop-companion.desktop") in capsys.readouterr().out
    blocker = tmp_path / "blocked"
    blocker.write_text("", "utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert cli_main(["--install-desktop"]) == 1
    assert "Cannot add" in capsys.readouterr().err


def test_register_handlers_installs_the_icon_it_names(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = register_linux(which=lambda _name: None)
    assert path.name == DESKTOP_ID and entry(path)["Icon"] == "sop-companion"
    assert desktop_install.icon_path(tmp_path / "data").is_file()


def test_frozen_launch_command_is_the_bundle(tmp_path: Path, monkeypatch) -> None:
    exe = fake_bundle(tmp_path / "bundle", monkeypatch)
    assert launch_command() == [str(exe)]
    assert project_root() == exe.parent
    # Windows: the console twin starts the GUI executable
    gui = fake_bundle(tmp_path / "win", monkeypatch, name="sop-companion.exe")
    cli = gui.with_name("sop-companion-cli.exe")
    cli.write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(cli))
    assert launch_command() == [str(gui)]


def test_start_detached_runs_the_bundle_when_frozen(tmp_path: Path, monkeypatch) -> None:
    exe = fake_bundle(tmp_path / "bundle", monkeypatch)
    started: list[tuple[list[str], Path]] = []

    class Popen:
        def __init__(self, command: list[str], *, cwd: Path, **_kw: object) -> None:
            started.append((command, cwd))

    monkeypatch.setattr("app.platform.launcher.subprocess.Popen", Popen)
    start_detached("/cfg")
    assert started == [([str(exe), "--config-dir", "/cfg"], exe.parent)]


def test_written_entries_pass_desktop_file_validate(tmp_path: Path, monkeypatch) -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is required in CI (scripts/test installs it)")
        pytest.skip("desktop-file-utils not installed")
    fake_bundle(tmp_path / "opt" / "SOP Companion", monkeypatch)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    autostart = XdgAutostart(system_dirs=[])
    autostart.enable()
    entries = [
        data_dir("resources") / "sop-companion.desktop",
        desktop_install.install_menu_entry(),
        register_linux(which=lambda _name: None),
        autostart.path,
    ]
    for path in entries:
        done = subprocess.run([validate, str(path)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), (path, done.stdout)
