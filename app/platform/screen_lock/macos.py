"""macOS: the ``com.apple.screenIsLocked`` / ``com.apple.screenIsUnlocked`` distributed
notifications, observed with blocks on the main queue (pyobjc's Foundation, imported only
here). The notification centre is injected, so the logic is tested anywhere with a fake.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject

from app.platform.screen_lock.base import LockWatcher

log = logging.getLogger(__name__)

LOCKED = "com.apple.screenIsLocked"
UNLOCKED = "com.apple.screenIsUnlocked"


def default_center() -> tuple[Any, Any] | None:
    """The distributed notification centre and the main queue; None without pyobjc."""
    try:
        from Foundation import (
            NSDistributedNotificationCenter,
            NSOperationQueue,
        )
    except ImportError:
        return None
    return NSDistributedNotificationCenter.defaultCenter(), NSOperationQueue.mainQueue()


class MacLockWatcher(LockWatcher):
    def __init__(self, *, center: Any = None, queue: Any = None, parent: QObject | None = None):
        super().__init__(parent)
        self._center, self._queue = center, queue
        self._tokens: list[Any] = []

    def start(self) -> None:
        if self._tokens:
            return
        if self._center is None:
            found = default_center()
            if found is None:
                log.info("screen lock: pyobjc (Foundation) not available")
                return
            self._center, self._queue = found
        for name, locked in ((LOCKED, True), (UNLOCKED, False)):
            self._tokens.append(
                self._center.addObserverForName_object_queue_usingBlock_(
                    name, None, self._queue, lambda _note, locked=locked: self._report(locked)
                )
            )

    async def stop(self) -> None:
        tokens, self._tokens = self._tokens, []
        for token in tokens:
            self._center.removeObserver_(token)
