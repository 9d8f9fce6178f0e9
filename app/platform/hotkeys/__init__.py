"""Global hotkeys behind one small interface (:class:`HotkeyBackend`), one backend per desktop.

``create_backend()`` picks what this session offers: X11 (XGrabKey), Windows (RegisterHotKey),
macOS (Carbon RegisterEventHotKey) or, on Wayland, the XDG desktop portal's GlobalShortcuts.
Where none works, the settings show :data:`MANUAL_COMMAND` to bind in the desktop's own keyboard
settings.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject

from app.platform.hotkeys.base import HotkeyBackend, HotkeyError, KeyCombo, parse_sequence

MANUAL_COMMAND = "sop-companion dial --selection"

__all__ = [
    "MANUAL_COMMAND",
    "HotkeyBackend",
    "HotkeyError",
    "KeyCombo",
    "backend_kind",
    "create_backend",
    "parse_sequence",
]


def backend_kind(platform_name: str = "") -> str:
    """Which backend fits this session: "x11", "windows", "macos", "portal" or "none".

    ``platform_name`` is QGuiApplication.platformName() ("xcb", "wayland", "offscreen"...).
    """
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if platform_name == "xcb" or (
        platform_name not in ("wayland", "offscreen", "minimal")
        and os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        return "x11"
    if platform_name.startswith("wayland") or os.environ.get("WAYLAND_DISPLAY"):
        return "portal"
    return "none"


def create_backend(kind: str, parent: QObject | None = None) -> HotkeyBackend:
    """The backend for ``kind`` (see :func:`backend_kind`); the base one always refuses."""
    if kind == "x11":
        from app.platform.hotkeys.x11 import X11Hotkey

        return X11Hotkey(parent=parent)
    if kind == "windows":
        from app.platform.hotkeys.windows import WindowsHotkey

        return WindowsHotkey(parent=parent)
    if kind == "macos":
        from app.platform.hotkeys.macos import MacHotkey

        return MacHotkey(parent=parent)
    if kind == "portal":
        from app.platform.hotkeys.portal import PortalHotkey

        return PortalHotkey(parent=parent)
    return HotkeyBackend(parent)
