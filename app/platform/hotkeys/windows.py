"""Windows global hotkey: ``RegisterHotKey`` through ctypes, WM_HOTKEY seen by a native event
filter on the Qt loop (docs/ARCHITECTURE.md: global hotkeys). Not exercised by CI (Linux only)."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject

from app.platform.hotkeys.base import HotkeyBackend, HotkeyError, parse_sequence

WM_HOTKEY = 0x0312
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
_MODS = {"alt": MOD_ALT, "ctrl": MOD_CONTROL, "shift": MOD_SHIFT, "meta": MOD_WIN}
_NAMED_VK = {"Space": 0x20, "Return": 0x0D, "Insert": 0x2D, "Home": 0x24, "End": 0x23,
             "Pause": 0x13}  # fmt: skip
_HOTKEY_ID = 0xB0D1


def virtual_key(key: str) -> int:
    if len(key) == 1:
        return ord(key)  # VK_A..VK_Z and VK_0..VK_9 are the ASCII codes
    if key[0] == "F" and key[1:].isdigit():
        return 0x70 + int(key[1:]) - 1  # VK_F1 = 0x70
    return _NAMED_VK[key]


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, owner: WindowsHotkey) -> None:
        super().__init__()
        self._owner = owner

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        if bytes(event_type.data() if isinstance(event_type, QByteArray) else event_type) in (
            b"windows_generic_MSG",
            b"windows_dispatcher_MSG",
        ):
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_HOTKEY and msg.wParam == _HOTKEY_ID:
                self._owner.activated.emit()
                return True, 0
        return False, 0


class WindowsHotkey(HotkeyBackend):
    name = "windows"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter: _Filter | None = None

    def register(self, sequence: str) -> None:
        self.unregister()
        if sys.platform != "win32":
            raise HotkeyError(
                QCoreApplication.translate("Hotkeys", "RegisterHotKey exists only on Windows.")
            )
        combo = parse_sequence(sequence)
        mods = MOD_NOREPEAT
        for mod in combo.modifiers:
            mods |= _MODS[mod]
        user32 = ctypes.windll.user32
        if not user32.RegisterHotKey(None, _HOTKEY_ID, mods, virtual_key(combo.key)):
            raise HotkeyError(
                QCoreApplication.translate(
                    "Hotkeys", "{seq} is already used by another program."
                ).format(seq=sequence)
            )
        self._filter = _Filter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)

    def unregister(self) -> None:
        if self._filter is None:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
        if sys.platform == "win32":
            ctypes.windll.user32.UnregisterHotKey(None, _HOTKEY_ID)
