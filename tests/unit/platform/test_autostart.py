"""Start with my session: the XDG autostart entry (and the macOS / Windows entries' content)."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import sys
from pathlib import Path

import pytest

from app.platform.autostart import (
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    for_platform,
)
from tests.helpers.desktop_fakes import fake_bundle


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def exec_argv(entry: configparser.SectionProxy) -> list[str]:
    return shlex.split(entry["Exec"].replace("\\\\", "\\"))


def test_enable_writes_an_entry_that_starts_this_python(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path / "config", system_dirs=[])
    assert not autostart.enabled()
    autostart.enable()
    path = tmp_path / "config" / "autostart" / "sop-companion.desktop"
    assert autostart.location == str(path)
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "SOP Companion"
    assert entry["Icon"] == "sop-companion"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert exec_argv(entry) == [sys.executable, "-m", "app"]
    assert (Path(entry["Path"]) / "app" / "__main__.py").is_file()  # -m app needs the checkout
    assert autostart.enabled()
    # atomic: written through a temporary file that does not stay behind
    assert [p.name for p in path.parent.iterdir()] == ["sop-companion.desktop"]


def test_frozen_entry_starts_the_bundle_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = fake_bundle(tmp_path / "opt" / "SOP Companion", monkeypatch)
    autostart = XdgAutostart(tmp_path / "config", system_dirs=[])
    autostart.enable()
    entry = read_entry(autostart.path)
    assert exec_argv(entry) == [str(exe)]  # not `python -m app`; the space is quoted
    assert entry["TryExec"] == str(exe)
    assert "Path" not in entry


def test_disable_removes_the_entry(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path, system_dirs=[])
    autostart.enable()
    autostart.disable()
    assert not autostart.path.exists() and not autostart.enabled()
    autostart.disable()  # already off: nothing to do, no error


def test_enable_replaces_a_stale_entry(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path, system_dirs=[], command=["/new/sop-companion"])
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_text("[Desktop Entry]\nExec=/old/place/sop-companion\n", "utf-8")
    autostart.enable()
    assert exec_argv(read_entry(autostart.path)) == ["/new/sop-companion"]


@pytest.mark.parametrize(
    ("body", "enabled"),
    [
        ("[Desktop Entry]\nType=Application\nExec=x\n", True),
        ("[Desktop Entry]\nExec=x\nHidden=true\n", False),
        ("[Desktop Entry]\nExec=x\nHidden=True\n", False),
        ("[Desktop Entry]\nExec=x\nX-GNOME-Autostart-enabled=false\n", False),
        ("not a desktop entry", False),
        ("", False),
    ],
)
def test_enabled_reads_what_the_desktop_would(tmp_path: Path, body: str, enabled: bool) -> None:
    autostart = XdgAutostart(tmp_path, system_dirs=[])
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_text(body, "utf-8")
    assert autostart.enabled() is enabled


def test_a_system_wide_entry_is_hidden_not_deleted(tmp_path: Path) -> None:
    system = tmp_path / "etc-xdg"
    (system / "autostart").mkdir(parents=True)
    system_entry = system / "autostart" / "sop-companion.desktop"
    system_entry.write_text("[Desktop Entry]\nType=Application\nExec=sop-companion\n", "utf-8")
    autostart = XdgAutostart(tmp_path / "home", system_dirs=[tmp_path / "none", system])
    assert autostart.enabled()  # installed by a package: on for everyone
    autostart.disable()
    assert system_entry.exists()  # not ours to touch
    assert read_entry(autostart.path)["Hidden"] == "true"
    assert not autostart.enabled()
    autostart.enable()
    assert autostart.enabled()


def test_xdg_dirs_come_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'sys1'}:{tmp_path / 'sys2'}")
    (tmp_path / "sys2" / "autostart").mkdir(parents=True)
    (tmp_path / "sys2" / "autostart" / "sop-companion.desktop").write_text(
        "[Desktop Entry]\nExec=sop-companion\n", "utf-8"
    )
    autostart = for_platform("linux")
    assert isinstance(autostart, XdgAutostart)
    assert autostart.path == tmp_path / "home" / "autostart" / "sop-companion.desktop"
    assert autostart.enabled()


def test_unwritable_folder_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be", "utf-8")
    with pytest.raises(OSError):
        XdgAutostart(blocker, system_dirs=[]).enable()


def test_launch_agent_round_trip(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path, command=["/Applications/SOP Companion.app/Contents/MacOS/x"])
    assert not agent.enabled()
    agent.enable()
    data = plistlib.loads(agent.path.read_bytes())
    assert data["Label"] == "be.sop-companion"
    assert data["ProgramArguments"] == ["/Applications/SOP Companion.app/Contents/MacOS/x"]
    assert data["RunAtLoad"] is True
    assert agent.enabled()
    agent.disable()
    assert not agent.path.exists() and not agent.enabled()


def test_windows_run_value_quotes_the_path() -> None:
    run = WindowsRunKey(command=[r"C:\Program Files\SOP Companion\sop-companion.exe"])
    assert run.command_line() == r'"C:\Program Files\SOP Companion\sop-companion.exe"'
    assert run.location.startswith("HKEY_CURRENT_USER\\Software\\Microsoft")
    assert isinstance(for_platform("win32"), WindowsRunKey)
    assert isinstance(for_platform("darwin"), LaunchAgent)
