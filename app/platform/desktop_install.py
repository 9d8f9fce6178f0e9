"""The Linux desktop's view of the app: its applications-menu entry and its icon.

``resources/sop-companion.desktop`` is the entry a distribution package installs as it is
(``Exec=sop-companion``). A per-user install (the PyInstaller bundle, a checkout) writes a copy
to ``$XDG_DATA_HOME/applications`` whose Exec runs this very copy of the app (the bundle's
executable, or this Python with ``-m app``), and the icon to
``$XDG_DATA_HOME/icons/hicolor/scalable/apps/sop-companion.svg``, where ``Icon=sop-companion``
finds it. ``sop-companion --install-desktop`` and the settings' "Desktop" tab do this.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile

from app.platform.launch import exec_value, launch_command, project_root
from app.resource_paths import data_dir

APP_ID = "sop-companion"
DESKTOP_FILE = f"{APP_ID}.desktop"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once (QSaveFile: a temporary file, then a rename),
    so a desktop reading the folder never sees half an entry. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    save = QSaveFile(str(path))
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"{path}: {save.errorString()}")
    if save.write(data) != len(data) or not save.commit():
        error = save.errorString()
        save.cancelWriting()
        raise OSError(f"{path}: {error}")


def template() -> str:
    """The packaged desktop entry (resources/sop-companion.desktop)."""
    return (data_dir("resources") / DESKTOP_FILE).read_text("utf-8")


def entry_for(
    command: list[str] | None = None, *, workdir: Path | None = None, extra: Sequence[str] = ()
) -> str:
    """The packaged entry with Exec (and TryExec) running ``command``, default this copy.

    ``workdir`` becomes the Path key, which ``-m app`` from a checkout needs; ``extra`` lines
    are appended (such as ``X-GNOME-Autostart-enabled=true``).
    """
    command = command or launch_command()
    if workdir is None and not getattr(sys, "frozen", False):
        workdir = project_root()
    lines = []
    for line in template().splitlines():
        key = line.split("=", 1)[0].strip()
        if key == "Exec":
            line = f"Exec={exec_value(command)}"
        elif key == "TryExec":
            line = f"TryExec={command[0]}" if Path(command[0]).is_absolute() else line
        elif key == "Path":
            continue
        lines.append(line)
    if workdir is not None:
        lines.append(f"Path={workdir}")
    return "\n".join([*lines, *extra]) + "\n"


def icon_path(base: Path | None = None) -> Path:
    return (base or data_home()) / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def install_icon(base: Path | None = None) -> Path:
    """Copy the app's SVG icon into the user's hicolor theme; its path. Raises OSError."""
    path = icon_path(base)
    write_atomic(path, (data_dir("resources") / "icons" / "app.svg").read_bytes())
    return path


def install_menu_entry(base: Path | None = None, command: list[str] | None = None) -> Path:
    """Write the applications-menu entry (and the icon it names); its path. Raises OSError."""
    base = base or data_home()
    install_icon(base)
    path = base / "applications" / DESKTOP_FILE
    write_atomic(path, entry_for(command).encode("utf-8"))
    return path


def install_from_cli() -> int:
    """``sop-companion --install-desktop``: 0 when installed, 1 otherwise."""
    if not sys.platform.startswith("linux"):
        print("The installer adds SOP Companion to the menu on this system.", file=sys.stderr)
        return 1
    try:
        path = install_menu_entry()
    except OSError as exc:
        print(f"Cannot add SOP Companion to the applications menu: {exc}", file=sys.stderr)
        return 1
    print(f"SOP Companion is in the applications menu: {path}")
    return 0
