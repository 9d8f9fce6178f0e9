"""Fakes for desktop integration: a frozen one-folder bundle on disk, an in-memory autostart."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from app.resource_paths import data_dir


def fake_bundle(root: Path, monkeypatch: pytest.MonkeyPatch, name: str = "sop-companion") -> Path:
    """Lay out ``root`` as PyInstaller's one-folder app does and pretend to run from it.

    ``root/name`` is the executable, ``root/_internal`` is ``sys._MEIPASS`` holding
    ``app/resources`` (copied from the real one). Returns the executable's path.
    """
    internal = root / "_internal"
    shutil.copytree(data_dir("resources"), internal / "app" / "resources")
    exe = root / name
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return exe


class FakeAutostart:
    """An Autostart that remembers its state; ``fail`` makes enable/disable raise OSError."""

    location = "/fake/autostart/sop-companion.desktop"

    def __init__(self, enabled: bool = False) -> None:
        self.on = enabled
        self.fail: str | None = None
        self.changes: list[bool] = []

    def enabled(self) -> bool:
        return self.on

    def _set(self, on: bool) -> None:
        if self.fail:
            raise OSError(self.fail)
        self.on = on
        self.changes.append(on)

    def enable(self) -> None:
        self._set(True)

    def disable(self) -> None:
        self._set(False)
