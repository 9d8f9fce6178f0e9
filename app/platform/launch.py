"""How to start this app again, and how a desktop entry's Exec key says it (used by the
tel:/callto: handler, the applications-menu entry, autostart and the start-on-demand launcher).
"""

from __future__ import annotations

import sys
from pathlib import Path

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def launch_command() -> list[str]:
    """How to start this app again: the frozen executable, else this Python with ``-m app``.

    The Windows bundle has two executables (packaging/sop-companion.spec): the console one,
    ``sop-companion-cli.exe``, must start the tray as the GUI one, ``sop-companion.exe``.
    """
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        if exe.name.lower().endswith("-cli.exe"):
            gui = exe.with_name(exe.name[: -len("-cli.exe")] + ".exe")
            if gui.exists():
                return [str(gui)]
        return [str(exe)]
    return [sys.executable, "-m", "app"]


def project_root() -> Path:
    """The folder to start the app in: the one holding the ``app`` package (``-m app`` needs
    it when the app runs from a checkout), or the bundle's folder when frozen."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def exec_arg(arg: str) -> str:
    """One argument quoted for a desktop entry's Exec key (Desktop Entry spec, "Exec")."""
    if arg and not (set(arg) & _RESERVED):
        return arg.replace("%", "%%")
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def exec_value(command: list[str], *field_codes: str) -> str:
    """The value of an Exec key running ``command`` (then field codes such as ``%u``)."""
    exec_line = " ".join([*(exec_arg(a) for a in command), *field_codes])
    # The Exec key's own backslash escapes are a second layer (string values in the spec).
    return exec_line.replace("\\", "\\\\")
