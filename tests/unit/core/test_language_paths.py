from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from app.core.language import normalise, ui_language
from app.core.paths import config_dir, instance_name


def test_normalise() -> None:
    assert normalise("fr_BE.UTF-8") == "fr"
    assert normalise("nl-BE") == "nl"
    assert normalise("DE") == "de"
    assert normalise("C") == ""
    assert normalise("") == ""


def test_ui_language_override_system_and_fallback() -> None:
    assert ui_language("nl", QLocale("fr_BE")) == "nl"
    assert ui_language("", QLocale("fr_BE")) == "fr"
    assert ui_language("xx", QLocale("de_DE")) == "de"
    assert ui_language("", QLocale("ja_JP")) == "en"


def test_instance_name_depends_on_config_dir(tmp_path: Path) -> None:
    a, b = instance_name(tmp_path / "a"), instance_name(tmp_path / "b")
    assert a != b and a == instance_name(tmp_path / "a")
    assert len(a) < 60 and "/" not in a


def test_config_dir_env_and_override(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOP_COMPANION_CONFIG_DIR", str(tmp_path / "env"))
    assert config_dir() == (tmp_path / "env").resolve()
    assert config_dir(tmp_path / "arg") == (tmp_path / "arg").resolve()
