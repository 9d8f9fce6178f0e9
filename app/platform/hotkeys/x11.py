"""X11 global hotkey: python-xlib ``XGrabKey`` on the root window, read through a QSocketNotifier.

No thread: the X connection's socket is watched by the Qt loop (docs/ARCHITECTURE.md: global
hotkeys). The key is grabbed once for every CapsLock/NumLock combination, since X matches
modifier masks exactly. A combination another program already grabbed fails with BadAccess:
reported, not stolen. Works whatever Qt's own platform plugin is (it opens its own X connection).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

from app.platform.hotkeys.base import HotkeyBackend, HotkeyError, parse_sequence

_KEY_NAMES = {"Space": "space", "Return": "Return", "Insert": "Insert", "Home": "Home",
              "End": "End", "Pause": "Pause"}  # fmt: skip


class X11Hotkey(HotkeyBackend):
    name = "x11"

    def __init__(self, display_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._display_name = display_name
        self._display: Any = None
        self._notifier: QSocketNotifier | None = None
        self._grabs: list[tuple[int, int]] = []
        self._keycode = 0
        self._mask = 0

    def register(self, sequence: str) -> None:
        self.unregister()
        combo = parse_sequence(sequence)
        try:
            from Xlib import XK, X
            from Xlib import display as xdisplay
            from Xlib import error as xerror
        except ImportError as exc:
            raise HotkeyError(
                QCoreApplication.translate("Hotkeys", "python-xlib is not installed.")
            ) from exc
        name = self._display_name or os.environ.get("DISPLAY")
        if not name:
            raise HotkeyError(
                QCoreApplication.translate("Hotkeys", "No X11 display (DISPLAY is not set).")
            )
        try:
            display = xdisplay.Display(name)
        except Exception as exc:  # DisplayNameError, DisplayConnectionError, OSError
            raise HotkeyError(
                QCoreApplication.translate("Hotkeys", "Cannot open the X11 display {name}.").format(
                    name=name
                )
            ) from exc
        key = _KEY_NAMES.get(combo.key, combo.key.lower())
        keycode = display.keysym_to_keycode(XK.string_to_keysym(key))
        if not keycode:
            display.close()
            raise HotkeyError(
                QCoreApplication.translate(
                    "Hotkeys", "The key {key} is not on this keyboard."
                ).format(key=combo.key)
            )
        masks = {"ctrl": X.ControlMask, "alt": X.Mod1Mask, "shift": X.ShiftMask,
                 "meta": X.Mod4Mask}  # fmt: skip
        mask = 0
        for mod in combo.modifiers:
            mask |= masks[mod]
        numlock = _numlock_mask(display)
        root = display.screen().root
        catch = xerror.CatchError(xerror.BadAccess)
        grabs = []
        for extra in {0, X.LockMask, numlock, X.LockMask | numlock}:
            root.grab_key(keycode, mask | extra, True, X.GrabModeAsync, X.GrabModeAsync,
                          onerror=catch)  # fmt: skip
            grabs.append((keycode, mask | extra))
        display.sync()
        if catch.get_error():
            for code, mods in grabs:
                root.ungrab_key(code, mods)
            display.close()
            raise HotkeyError(
                QCoreApplication.translate(
                    "Hotkeys", "{seq} is already used by another program."
                ).format(seq=sequence)
            )
        self._display, self._grabs, self._keycode, self._mask = display, grabs, keycode, mask
        self._notifier = QSocketNotifier(display.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    def unregister(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        display, self._display = self._display, None
        if display is not None:
            root = display.screen().root
            for code, mods in self._grabs:
                root.ungrab_key(code, mods)
            display.close()
        self._grabs = []

    def _on_readable(self) -> None:
        from Xlib import X

        display = self._display
        if display is None:
            return
        fire = False
        try:
            while display.pending_events():
                event = display.next_event()
                if event.type == X.KeyPress and event.detail == self._keycode:
                    fire = True
        except Exception:  # the X server went away: stop listening
            self.unregister()
            return
        if fire:
            self.activated.emit()


def _numlock_mask(display: Any) -> int:
    """The modifier bit NumLock sits on (usually Mod2)."""
    from Xlib import XK, X

    numlock = display.keysym_to_keycode(XK.string_to_keysym("Num_Lock"))
    bits = (X.ShiftMask, X.LockMask, X.ControlMask, X.Mod1Mask, X.Mod2Mask, X.Mod3Mask,
            X.Mod4Mask, X.Mod5Mask)  # fmt: skip
    for bit, codes in zip(bits, display.get_modifier_mapping(), strict=False):
        if numlock and numlock in codes:
            return bit
    return X.Mod2Mask
