"""The screen-lock watcher of the platform the app runs on."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from app.platform.screen_lock.base import LockWatcher


def watcher_for_platform(parent: QObject | None = None) -> LockWatcher:
    """The watcher of this platform (a silent one where none is known)."""
    if sys.platform.startswith("linux"):
        from app.platform.screen_lock.linux import DBusLockWatcher

        return DBusLockWatcher(parent=parent)
    if sys.platform == "win32":
        from app.platform.screen_lock.windows import WtsLockWatcher

        return WtsLockWatcher(parent=parent)
    if sys.platform == "darwin":
        from app.platform.screen_lock.macos import MacLockWatcher

        return MacLockWatcher(parent=parent)
    return LockWatcher(parent)
