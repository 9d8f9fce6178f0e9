"""The configuration folder and every file the app writes in it are private to the user:
history says who called whom, settings and caches name the user and the SOP."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.core.settings import Settings, SettingsStore
from app.core.state_cache import StateCache
from app.features.history.call_log import Call
from app.features.history.store import HistoryStore
from app.platform.instance_lock import InstanceLock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def write_everything(cfg: Path) -> None:
    lock = InstanceLock(cfg)
    SettingsStore(cfg).save(Settings(server_url="http://sop.test", user="201"))
    StateCache(cfg).save("key", None, None)
    store = HistoryStore(cfg / "call-history.sqlite3")
    store.upsert("201", [Call(key="u1", stamp="2026-11-20 10:00:00")], set())
    store.close()
    lock.release()


def test_a_new_configuration_folder_and_its_files_are_private(tmp_path) -> None:
    old = os.umask(0o022)  # the usual desktop umask, which makes 0644 files
    try:
        cfg = tmp_path / "home" / ".config" / "sop-companion"
        write_everything(cfg)
    finally:
        os.umask(old)
    assert mode(cfg) == 0o700
    files = [p for p in cfg.iterdir() if p.is_file()]
    names = {p.name for p in files}
    assert {"settings.ini", "call-history.sqlite3"} <= names
    assert {p.name: oct(mode(p)) for p in files} == {p.name: oct(0o600) for p in files}


def test_files_left_readable_by_an_older_version_are_made_private(tmp_path) -> None:
    cfg = tmp_path / "sop-companion"
    cfg.mkdir(mode=0o755)
    os.chmod(cfg, 0o755)
    for name in ("settings.ini", "call-history.sqlite3"):
        (cfg / name).touch()
        os.chmod(cfg / name, 0o644)
    write_everything(cfg)
    assert mode(cfg) == 0o700
    assert mode(cfg / "settings.ini") == 0o600
    assert mode(cfg / "call-history.sqlite3") == 0o600
