"""The small interface every global-hotkey backend offers, and the shared key-sequence parser.

A backend grabs one key combination for the whole desktop and emits ``activated`` when it is
pressed anywhere. ``register`` raises :class:`HotkeyError` with a sentence for the settings page
when the desktop does not let us (no X server, combination taken by another program, no portal).

Signals:
    activated(): the hotkey was pressed.
    failed(str): a backend that registers in the background (the portal) could not; why.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

MODIFIERS = ("ctrl", "alt", "shift", "meta")
_ALIASES = {
    "control": "ctrl",
    "option": "alt",
    "win": "meta",
    "super": "meta",
    "cmd": "meta",
    "command": "meta",
}


class HotkeyError(Exception):
    """The hotkey could not be registered; the message says why."""


@dataclass(frozen=True, slots=True)
class KeyCombo:
    """``Ctrl+Alt+D`` as ``KeyCombo(frozenset({"ctrl", "alt"}), "D")``; keys are upper case
    letters or digits, ``F1``..``F24``, or a name such as ``Space``."""

    modifiers: frozenset[str]
    key: str


def parse_sequence(sequence: str) -> KeyCombo:
    """Parse a QKeySequence-style portable string (``Ctrl+Alt+D``); raises HotkeyError."""
    parts = [p.strip() for p in sequence.split("+")]
    if len(parts) < 2 or not all(parts):
        raise HotkeyError(
            QCoreApplication.translate(
                "Hotkeys", "“{seq}” is not a key combination such as Ctrl+Alt+D."
            ).format(seq=sequence)
        )
    mods = set()
    for part in parts[:-1]:
        name = _ALIASES.get(part.lower(), part.lower())
        if name not in MODIFIERS:
            raise HotkeyError(
                QCoreApplication.translate(
                    "Hotkeys", "“{part}” is not a modifier (Ctrl, Alt, Shift, Meta)."
                ).format(part=part)
            )
        mods.add(name)
    key = parts[-1]
    key = key.upper() if len(key) == 1 else key[:1].upper() + key[1:].lower()
    single = len(key) == 1 and key.isascii() and key.isalnum()
    function = key[0] == "F" and key[1:].isdigit() and 1 <= int(key[1:]) <= 24
    named = key in ("Space", "Return", "Insert", "Home", "End", "Pause")
    if not (single or function or named):
        raise HotkeyError(
            QCoreApplication.translate(
                "Hotkeys", "“{key}” cannot be used as a global hotkey."
            ).format(key=parts[-1])
        )
    return KeyCombo(frozenset(mods), key)


class HotkeyBackend(QObject):
    activated = Signal()
    failed = Signal(str)
    name = "none"

    def register(self, sequence: str) -> None:
        """Grab ``sequence`` (replacing any earlier one); raises HotkeyError."""
        raise HotkeyError(
            QCoreApplication.translate("Hotkeys", "No global hotkey backend on this system.")
        )

    def unregister(self) -> None:
        """Release the grab; safe to call when nothing is grabbed."""
