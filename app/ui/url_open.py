"""macOS delivers a clicked ``tel:``/``callto:`` link as a QFileOpenEvent, not on the command
line (docs/ARCHITECTURE.md): this filter turns it into the same ``dial`` request the CLI sends.

Installed only on macOS, so other platforms pay nothing per event.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from app.core.tasks import spawn

SCHEMES = ("tel", "callto")


class UrlOpenFilter(QObject):
    def __init__(
        self, handle: Callable[[dict[str, Any]], Coroutine[Any, Any, Any]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url = event.url()
            if url.scheme().lower() in SCHEMES:
                spawn(self._handle({"cmd": "dial", "number": url.toString()}))
                return True
        return False
