"""The Windows and macOS screen-lock watchers with fakes of their system APIs: the same
interface as on Linux (locked_changed on changes only), registered and unregistered."""

from __future__ import annotations

import ctypes
import ctypes.wintypes
from typing import Any

from PySide6.QtCore import QByteArray

from app.platform.screen_lock.macos import LOCKED, UNLOCKED, MacLockWatcher
from app.platform.screen_lock.windows import (
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WTS_SESSION_UNLOCK,
    WtsLockWatcher,
)


class FakeWts:
    def __init__(self, accept: bool = True) -> None:
        self.accept = accept
        self.registered: list[int] = []

    def register(self, hwnd: int) -> bool:
        if self.accept:
            self.registered.append(hwnd)
        return self.accept

    def unregister(self, hwnd: int) -> None:
        self.registered.remove(hwnd)


def deliver(watcher: WtsLockWatcher, message: int, wparam: int, kind: bytes = b"") -> None:
    msg = ctypes.wintypes.MSG()
    msg.message, msg.wParam = message, wparam
    event_type = QByteArray(kind or b"windows_generic_MSG")
    watcher.filter.nativeEventFilter(event_type, ctypes.addressof(msg))


def test_windows_lock_unlock(qapp, qloop) -> None:
    api = FakeWts()
    watcher = WtsLockWatcher(api=api, window_id=lambda: 4242)
    seen: list[bool] = []
    watcher.locked_changed.connect(seen.append)
    watcher.start()
    assert api.registered == [4242]
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    deliver(watcher, 0x0010, WTS_SESSION_UNLOCK)  # another message: ignored
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, kind=b"xcb_generic_event_t")
    assert seen == [True]
    deliver(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    deliver(watcher, WM_WTSSESSION_CHANGE, 0x5)  # logon: not a lock change
    assert seen == [True, False]
    qloop.run(watcher.stop())
    assert api.registered == []


def test_windows_refusal_is_silent(qapp, qloop) -> None:
    watcher = WtsLockWatcher(api=FakeWts(accept=False), window_id=lambda: 1)
    watcher.start()
    qloop.run(watcher.stop())
    assert watcher.locked is False


class FakeCenter:
    def __init__(self) -> None:
        self.observers: dict[int, tuple[str, Any]] = {}

    def addObserverForName_object_queue_usingBlock_(
        self, name: str, _obj: Any, _queue: Any, block: Any
    ) -> int:
        token = len(self.observers) + 1
        self.observers[token] = (name, block)
        return token

    def removeObserver_(self, token: int) -> None:
        del self.observers[token]

    def post(self, name: str) -> None:
        for observed, block in list(self.observers.values()):
            if observed == name:
                block(object())


def test_macos_lock_unlock(qapp, qloop) -> None:
    center = FakeCenter()
    watcher = MacLockWatcher(center=center)
    seen: list[bool] = []
    watcher.locked_changed.connect(seen.append)
    watcher.start()
    center.post(LOCKED)
    center.post(LOCKED)
    center.post("com.apple.screensaver.didstart")
    center.post(UNLOCKED)
    assert seen == [True, False]
    qloop.run(watcher.stop())
    assert center.observers == {}
