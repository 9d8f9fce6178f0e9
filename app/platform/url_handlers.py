"""Registering the app as the handler of tel: and callto: links.

Linux: a desktop entry ``sop-companion-dial.desktop`` with ``MimeType=x-scheme-handler/tel;
x-scheme-handler/callto;`` in ``$XDG_DATA_HOME/applications``, made the default with ``xdg-mime``
(or, where xdg-utils is missing, by writing ``$XDG_CONFIG_HOME/mimeapps.list`` as xdg-mime
would). The link then runs ``sop-companion tel:...``, which hands the number to the running
instance. Windows and macOS registrations are prepared in packaging/ (installer-time).
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.platform.desktop_install import install_icon
from app.platform.launch import exec_value, launch_command, project_root

DESKTOP_ID = "sop-companion-dial.desktop"
SCHEMES = ("x-scheme-handler/tel", "x-scheme-handler/callto")


class HandlerError(Exception):
    """The handler could not be registered; the message says why."""


def desktop_entry(command: list[str], workdir: Path) -> str:
    exec_line = exec_value(command, "%u")
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=SOP Companion (dial)",
            "Comment=Call tel: and callto: links from your desk phone",
            f"Exec={exec_line}",
            f"Path={workdir}",
            "Icon=sop-companion",
            "NoDisplay=true",
            "Terminal=false",
            "MimeType=" + ";".join(SCHEMES) + ";",
            "",
        ]
    )


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def set_default_in_mimeapps(path: Path, desktop_id: str = DESKTOP_ID) -> None:
    """What ``xdg-mime default`` does, for systems without xdg-utils."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    if path.exists():
        try:
            parser.read(path, encoding="utf-8")
        except configparser.Error as exc:
            raise HandlerError(f"{path} cannot be read: {exc}") from exc
    for section in ("Default Applications", "Added Associations"):
        if not parser.has_section(section):
            parser.add_section(section)
        for scheme in SCHEMES:
            parser.set(section, scheme, f"{desktop_id};")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)


def register_linux(
    *,
    command: list[str] | None = None,
    run: Callable[..., Any] = subprocess.run,
    which: Callable[[str], str | None] = shutil.which,
) -> Path:
    """Write the desktop entry and make it the default for tel: and callto:; its path."""

    apps = _data_home() / "applications"
    path = apps / DESKTOP_ID
    try:
        apps.mkdir(parents=True, exist_ok=True)
        path.write_text(desktop_entry(command or launch_command(), project_root()), "utf-8")
        install_icon(_data_home())  # the entry's Icon=sop-companion
    except OSError as exc:
        raise HandlerError(f"{path} cannot be written: {exc}") from exc
    env = {**os.environ, "XDG_DATA_HOME": str(_data_home())}
    if which("xdg-mime"):
        done = run(["xdg-mime", "default", DESKTOP_ID, *SCHEMES], env=env, capture_output=True)
        if done.returncode != 0:
            raise HandlerError(f"xdg-mime failed: {done.stderr!r}")
    else:
        set_default_in_mimeapps(_config_home() / "mimeapps.list")
    if which("update-desktop-database"):
        run(["update-desktop-database", str(apps)], env=env, capture_output=True)
    return path


def register_from_cli() -> int:
    """``sop-companion --register-handlers``: 0 when registered, 1 otherwise."""
    if not sys.platform.startswith("linux"):
        print(
            "On Windows and macOS the installer registers tel: and callto: "
            "(packaging/windows/url-handlers.reg.in, packaging/macos/url-types.plist).",
            file=sys.stderr,
        )
        return 1
    try:
        path = register_linux()
    except HandlerError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"tel: and callto: links now open with {path}")
    return 0
