"""Where the app keeps its files, without importing Qt (the CLI path must stay light).

``SOP_COMPANION_CONFIG_DIR`` (or ``--config-dir``) overrides the location; tests and parallel
instances use it so they never share settings or the single-instance socket.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

APP_NAME = "sop-companion"
ENV_CONFIG_DIR = "SOP_COMPANION_CONFIG_DIR"


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The per-user configuration folder (created on demand by writers, not here)."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_CONFIG_DIR)
    if env:
        return Path(env).expanduser().resolve()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return (base / APP_NAME).resolve()


def instance_name(cfg_dir: Path) -> str:
    """The local-socket name of the running instance that owns ``cfg_dir``.

    Derived from the folder, so instances with different configuration folders never meet.
    Short, because Unix socket paths are limited to about 100 bytes.
    """
    digest = hashlib.sha256(str(cfg_dir).encode("utf-8")).hexdigest()[:16]
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    safe_user = "".join(c for c in user if c.isalnum())[:16] or "user"
    return f"{APP_NAME}-{safe_user}-{digest}"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) if needed and make it readable by its owner only
    (0700): call history, settings and caches say who called whom. No-op for the mode on
    Windows, where the profile folder is already private."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` if missing and make it readable and writable by its owner only (0600)."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path
