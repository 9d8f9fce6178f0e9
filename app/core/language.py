"""The UI language, which is also the ``lang`` sent to dbGetCallflow (ISO 639-1)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

SUPPORTED = ("en", "fr", "nl", "de")
NATIVE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch"}


def normalise(code: str) -> str:
    """``fr_BE.UTF-8`` / ``nl-BE`` / ``DE`` -> ``fr`` / ``nl`` / ``de``; empty stays empty."""
    code = code.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if len(code) == 2 and code.isalpha() else ""


def ui_language(override: str = "", system: QLocale | None = None) -> str:
    """The override when it is a supported language, else the system's, else English."""
    wanted = normalise(override)
    if wanted in SUPPORTED:
        return wanted
    sys_code = normalise((system or QLocale.system()).name())
    return sys_code if sys_code in SUPPORTED else "en"
