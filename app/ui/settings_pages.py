"""Extra tabs of the settings dialog, contributed by features (dialling, hot-desk, ...).

A feature names its page factories in its ``FeatureSpec``; the dialog builds one page per
factory from the current settings and, on Save, lets each page fold its fields into the new
Settings.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from app.core.settings import Settings


class SettingsPage(Protocol):
    title: str
    widget: QWidget

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with this page's fields as the user left them."""
        ...
