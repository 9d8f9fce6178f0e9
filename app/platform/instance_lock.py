"""The lock that makes one config folder have one running instance (QtCore only, so it can be
taken before the network module loads: start-up speed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from app.core.paths import private_dir


class InstanceLock:
    """Held for the whole life of the running instance."""

    def __init__(self, cfg_dir: Path) -> None:
        private_dir(cfg_dir)
        self._lock = QLockFile(str(cfg_dir / "instance.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age

    def try_acquire(self, timeout_ms: int = 0) -> bool:
        return self._lock.tryLock(timeout_ms)

    def release(self) -> None:
        self._lock.unlock()
