"""Start with my session: the entry the desktop reads at log-in to start SOP Companion.

- Linux (XDG desktops): ``$XDG_CONFIG_HOME/autostart/sop-companion.desktop`` (XDG Autostart
  spec), written atomically and removed when turned off. Where a system-wide entry exists
  (``$XDG_CONFIG_DIRS/autostart``, installed by a distribution package), turning it off writes
  a user entry with ``Hidden=true`` instead, as the spec says.
- macOS: ``~/Library/LaunchAgents/be.sop-companion.plist`` with ``RunAtLoad``.
- Windows: the value "SOP Companion" of the current user's Run key
  (``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``).

The entry itself is the truth, not settings.ini: ``enabled()`` reads it, so a change made with
the desktop's own tool shows in our settings. It starts this very copy of the app: the bundle's
executable when frozen, else this Python with ``-m app`` (launch.launch_command).
"""

from __future__ import annotations

import configparser
import os
import plistlib
import subprocess
import sys
from pathlib import Path
from typing import Protocol

from app.platform.desktop_install import DESKTOP_FILE, config_home, entry_for, write_atomic
from app.platform.launch import launch_command


class Autostart(Protocol):
    """One platform's autostart entry. ``enable``/``disable`` raise OSError on failure."""

    @property
    def location(self) -> str:
        """Where the entry lives, for the settings tab."""
        ...

    def enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


def _entry_enabled(path: Path) -> bool | None:
    """An autostart desktop entry's state; None when ``path`` holds no readable entry."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    if not parser.has_section("Desktop Entry"):
        return None
    entry = parser["Desktop Entry"]
    hidden = entry.get("Hidden", "false").strip().lower() == "true"
    gnome_off = entry.get("X-GNOME-Autostart-enabled", "true").strip().lower() == "false"
    return not (hidden or gnome_off)


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/sop-companion.desktop``."""

    def __init__(
        self,
        home: Path | None = None,
        system_dirs: list[Path] | None = None,
        command: list[str] | None = None,
    ) -> None:
        self.path = (home or config_home()) / "autostart" / DESKTOP_FILE
        if system_dirs is None:
            dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
            system_dirs = [Path(d) for d in dirs.split(":") if d]
        self._system = [d / "autostart" / DESKTOP_FILE for d in system_dirs]
        self._command = command

    @property
    def location(self) -> str:
        return str(self.path)

    def _system_entry(self) -> Path | None:
        return next((p for p in self._system if p.is_file()), None)

    def entry(self) -> str:
        return entry_for(self._command, extra=["X-GNOME-Autostart-enabled=true"])

    def enabled(self) -> bool:
        # The user's entry, when there is one, overrides a system-wide one of the same name.
        for path in (self.path, self._system_entry()):
            if path is not None and path.is_file():
                return bool(_entry_enabled(path))
        return False

    def enable(self) -> None:
        write_atomic(self.path, self.entry().encode("utf-8"))

    def disable(self) -> None:
        if self._system_entry() is not None:
            hidden = "[Desktop Entry]\nType=Application\nName=SOP Companion\nHidden=true\n"
            write_atomic(self.path, hidden.encode("utf-8"))
        else:
            self.path.unlink(missing_ok=True)


class LaunchAgent:
    """``~/Library/LaunchAgents/be.sop-companion.plist`` (macOS)."""

    LABEL = "be.sop-companion"

    def __init__(self, agents_dir: Path | None = None, command: list[str] | None = None) -> None:
        agents_dir = agents_dir or Path.home() / "Library" / "LaunchAgents"
        self.path = agents_dir / f"{self.LABEL}.plist"
        self._command = command

    @property
    def location(self) -> str:
        return str(self.path)

    def plist(self) -> dict[str, object]:
        return {
            "Label": self.LABEL,
            "ProgramArguments": self._command or launch_command(),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def enabled(self) -> bool:
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and not agent.get("Disabled", False)

    def enable(self) -> None:
        write_atomic(self.path, plistlib.dumps(self.plist()))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class WindowsRunKey:
    """The "SOP Companion" value of the current user's Run key (Windows)."""

    KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
    VALUE = "SOP Companion"

    def __init__(self, command: list[str] | None = None) -> None:
        self._command = command

    @property
    def location(self) -> str:
        return "HKEY_CURRENT_USER\\" + self.KEY

    def command_line(self) -> str:
        return subprocess.list2cmdline(self._command or launch_command())

    def enabled(self) -> bool:
        if sys.platform != "win32":
            return False
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.KEY) as key:
                winreg.QueryValueEx(key, self.VALUE)
        except OSError:
            return False
        return True

    def enable(self) -> None:
        if sys.platform != "win32":
            raise OSError("the Run key exists on Windows only")
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, self.KEY) as key:
            winreg.SetValueEx(key, self.VALUE, 0, winreg.REG_SZ, self.command_line())

    def disable(self) -> None:
        if sys.platform != "win32":
            return
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, self.VALUE)
        except FileNotFoundError:
            pass


def for_platform(platform: str = sys.platform) -> Autostart:
    """The autostart entry of this system."""
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return LaunchAgent()
    return XdgAutostart()
