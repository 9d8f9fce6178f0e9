"""Which configuration folder a ``--demo`` run uses: never the user's own."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.core.paths import ENV_CONFIG_DIR, config_dir
from app.ui.application import _demo_config_dir


def test_the_demo_gets_a_fresh_private_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ENV_CONFIG_DIR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home-config"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # TMPDIR is read again
    first, throwaway = _demo_config_dir(argparse.Namespace(config_dir=None))
    second, _ = _demo_config_dir(argparse.Namespace(config_dir=None))
    assert throwaway and first != second  # each demo starts afresh
    assert first.parent == (tmp_path / "tmp").resolve() and first.is_dir()
    assert (first.stat().st_mode & 0o777) == 0o700
    assert config_dir() not in (first, second)  # the user's own folder is not it


def test_a_folder_named_on_purpose_is_used_as_given(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "named"))
    assert _demo_config_dir(argparse.Namespace(config_dir=None)) == (
        (tmp_path / "named").resolve(),
        False,
    )
    given = argparse.Namespace(config_dir=str(tmp_path / "given"))
    assert _demo_config_dir(given) == ((tmp_path / "given").resolve(), False)
