"""Widgets in another language: the app's translations compiled once per session, installed
with the UI locale for the length of a test, as the app does at start-up."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "fr", "nl", "de")
#: the UI locale each language runs with (the English one writes times as "2:16 PM")
LOCALES = {"en": "en_US", "fr": "fr_BE", "nl": "nl_BE", "de": "de_DE"}


def compile_translations(out: Path) -> Path:
    """i18n/app_<lang>.ts compiled into ``out`` (the .qm files are not in the repository)."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    assert tool, "pyside6-lrelease not found: PySide6-Essentials ships it"
    for ts in sorted((ROOT / "i18n").glob("app_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return out


@contextmanager
def ui_language(lang: str, qm_dir: Path) -> Iterator[None]:
    """The app's texts in ``lang`` and its locale's formats, then back to the defaults."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(qm_dir / f"app_{lang}.qm")), lang
    app.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(LOCALES[lang]))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)
