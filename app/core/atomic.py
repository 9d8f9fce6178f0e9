"""Atomic file writes: the new content fully replaces the old one, or nothing changes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.core.paths import private_dir


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a synced temporary file and an atomic rename; the
    file is private (0600, from ``mkstemp``) and so is its folder (0700)."""
    private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
