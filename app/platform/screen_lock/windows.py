"""Windows: the session's lock and unlock notices (WTS).

``WTSRegisterSessionNotification`` on one of our windows makes Windows send it
``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` / ``WTS_SESSION_UNLOCK``; a native event
filter on the application reads them. The window is a hidden QWindow (no widget needed). The
API calls are injected, so the logic is tested anywhere with a fake.
"""

from __future__ import annotations

import ctypes
import ctypes.wintypes
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject

from app.platform.screen_lock.base import LockWatcher

log = logging.getLogger(__name__)

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
NOTIFY_FOR_THIS_SESSION = 0


class WtsApi(Protocol):
    def register(self, hwnd: int) -> bool: ...

    def unregister(self, hwnd: int) -> None: ...


class Wtsapi32:
    """The real calls (wtsapi32.dll)."""

    def __init__(self) -> None:
        self._dll: Any = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]

    def register(self, hwnd: int) -> bool:
        return bool(self._dll.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))

    def unregister(self, hwnd: int) -> None:
        self._dll.WTSUnRegisterSessionNotification(hwnd)


def hidden_window_id() -> int:
    """A window handle that receives the notices: a QWindow never shown."""
    from PySide6.QtGui import QWindow

    window = QWindow()
    window.create()
    hidden_window_id.keep = window  # type: ignore[attr-defined]  # lives as long as the app
    return int(window.winId())


class SessionMessageFilter(QAbstractNativeEventFilter):
    def __init__(self, on_change: Callable[[int], None]) -> None:
        super().__init__()
        self._on_change = on_change

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) != b"windows_generic_MSG":
            return False, 0
        msg = ctypes.wintypes.MSG.from_address(int(message))
        if msg.message == WM_WTSSESSION_CHANGE:
            self._on_change(int(msg.wParam))
        return False, 0


class WtsLockWatcher(LockWatcher):
    def __init__(
        self,
        *,
        api: WtsApi | None = None,
        window_id: Callable[[], int] = hidden_window_id,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._api = api
        self._window_id = window_id
        self._hwnd: int | None = None
        self.filter = SessionMessageFilter(self.on_session_change)

    def start(self) -> None:
        if self._hwnd is not None:
            return
        try:
            api = self._api or Wtsapi32()
            hwnd = self._window_id()
            if not api.register(hwnd):
                raise OSError("WTSRegisterSessionNotification refused")
        except (OSError, AttributeError) as exc:
            log.info("screen lock: WTS unavailable: %s", exc)
            return
        self._api, self._hwnd = api, hwnd
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.filter)

    async def stop(self) -> None:
        if self._hwnd is None or self._api is None:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.filter)
        self._api.unregister(self._hwnd)
        self._hwnd = None

    def on_session_change(self, code: int) -> None:
        if code == WTS_SESSION_LOCK:
            self._report(True)
        elif code == WTS_SESSION_UNLOCK:
            self._report(False)
