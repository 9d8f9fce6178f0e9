"""macOS global hotkey: Carbon ``RegisterEventHotKey`` through ctypes.

Unlike a keyboard listener (pynput/Quartz event taps) it needs no Accessibility permission, and
its handler runs on the main thread inside Qt's Cocoa event loop. Qt's convention holds: "Ctrl"
in a key sequence is the Command key on macOS, "Meta" is Control. Not exercised by CI.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.platform.hotkeys.base import HotkeyBackend, HotkeyError, parse_sequence

_CARBON = "/System/Library/Frameworks/Carbon.framework/Carbon"
CMD_KEY, SHIFT_KEY, OPTION_KEY, CONTROL_KEY = 0x0100, 0x0200, 0x0800, 0x1000
_MODS = {"ctrl": CMD_KEY, "shift": SHIFT_KEY, "alt": OPTION_KEY, "meta": CONTROL_KEY}
# kVK_ANSI_* virtual key codes (Events.h): they follow the US layout's positions.
_VK = dict(zip("ASDFHGZXCV", (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_VK.update({"B": 0x0B, "Q": 0x0C, "W": 0x0D, "E": 0x0E, "R": 0x0F, "Y": 0x10, "T": 0x11,
            "1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "9": 0x19,
            "7": 0x1A, "8": 0x1C, "0": 0x1D, "O": 0x1F, "U": 0x20, "I": 0x22, "P": 0x23,
            "L": 0x25, "J": 0x26, "K": 0x28, "N": 0x2D, "M": 0x2E, "Space": 0x31,
            "Return": 0x24, "Home": 0x73, "End": 0x77})  # fmt: skip
_F_KEYS = (0x7A, 0x78, 0x63, 0x76, 0x60, 0x61, 0x62, 0x64, 0x65, 0x6D, 0x67, 0x6F)


def _fourcc(code: str) -> int:
    return int.from_bytes(code.encode("ascii"), "big")


class _HotKeyID(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


class _EventTypeSpec(ctypes.Structure):
    _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]


_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


class MacHotkey(HotkeyBackend):
    name = "macos"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._carbon: Any = None
        self._hotkey_ref = ctypes.c_void_p()
        self._handler_ref = ctypes.c_void_p()
        self._callback: Any = None  # kept referenced: Carbon calls it

    def register(self, sequence: str) -> None:
        self.unregister()
        if sys.platform != "darwin":
            raise HotkeyError(
                QCoreApplication.translate("Hotkeys", "RegisterEventHotKey exists only on macOS.")
            )
        combo = parse_sequence(sequence)
        if combo.key.startswith("F") and combo.key[1:].isdigit():
            index = int(combo.key[1:]) - 1
            if index >= len(_F_KEYS):
                raise HotkeyError(
                    QCoreApplication.translate(
                        "Hotkeys", "“{key}” cannot be used as a global hotkey."
                    ).format(key=combo.key)
                )
            keycode = _F_KEYS[index]
        elif combo.key in _VK:
            keycode = _VK[combo.key]
        else:
            raise HotkeyError(
                QCoreApplication.translate(
                    "Hotkeys", "“{key}” cannot be used as a global hotkey."
                ).format(key=combo.key)
            )
        mods = 0
        for mod in combo.modifiers:
            mods |= _MODS[mod]
        carbon = ctypes.cdll.LoadLibrary(_CARBON)
        carbon.GetApplicationEventTarget.restype = ctypes.c_void_p
        target = carbon.GetApplicationEventTarget()
        spec = _EventTypeSpec(_fourcc("keyb"), 5)  # kEventClassKeyboard, kEventHotKeyPressed

        def on_event(_next: Any, _event: Any, _data: Any) -> int:
            self.activated.emit()
            return 0

        self._callback = _HANDLER(on_event)
        status = carbon.InstallEventHandler(
            ctypes.c_void_p(target), self._callback, 1, ctypes.byref(spec), None,
            ctypes.byref(self._handler_ref),
        )  # fmt: skip
        hotkey_id = _HotKeyID(_fourcc("SOPc"), 1)
        if status == 0:
            status = carbon.RegisterEventHotKey(
                ctypes.c_uint32(keycode), ctypes.c_uint32(mods), hotkey_id,
                ctypes.c_void_p(target), 0, ctypes.byref(self._hotkey_ref),
            )  # fmt: skip
        self._carbon = carbon
        if status != 0:
            self.unregister()
            raise HotkeyError(
                QCoreApplication.translate(
                    "Hotkeys", "{seq} is already used by another program."
                ).format(seq=sequence)
            )

    def unregister(self) -> None:
        carbon, self._carbon = self._carbon, None
        if carbon is None:
            return
        if self._hotkey_ref.value:
            carbon.UnregisterEventHotKey(self._hotkey_ref)
            self._hotkey_ref = ctypes.c_void_p()
        if self._handler_ref.value:
            carbon.RemoveEventHandler(self._handler_ref)
            self._handler_ref = ctypes.c_void_p()
        self._callback = None
