"""Icons and translations are found from a checkout/installed package and inside the bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.resource_paths import data_dir, frozen_root


def test_not_frozen_finds_the_real_folders() -> None:
    assert frozen_root() is None
    assert (data_dir("resources") / "icons" / "app.svg").is_file()
    assert (data_dir("resources") / "sop-companion.desktop").is_file()
    assert data_dir("i18n").is_dir()


def test_frozen_uses_the_bundle_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # PyInstaller sets sys.frozen and sys._MEIPASS (the _internal folder of a one-folder app);
    # packaging/sop-companion.spec puts the data under app/resources and app/i18n there.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert frozen_root() == tmp_path
    assert data_dir("resources") == tmp_path / "app" / "resources"
    assert data_dir("i18n") == tmp_path / "app" / "i18n"


def test_frozen_flag_alone_is_not_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    # Other freezers set sys.frozen without _MEIPASS: fall back to the package lookup.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert frozen_root() is None
    assert (data_dir("resources") / "icons" / "app.svg").is_file()
