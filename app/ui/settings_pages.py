"""Extra tabs of the settings dialog, contributed by features (dialling, hot-desk, ...).

A feature names its page factories in its ``FeatureSpec``; the dialog builds one page per
factory from the current settings and, on Save, lets each page fold its fields into the new
Settings.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from app.core.settings import Settings

FIELD_PROPERTY = "settingsField"


def mark_field(widget: QWidget, name: str) -> QWidget:
    """Name the Settings field ``widget`` edits, so the dialog can show it read-only when the
    administrator locked it (``app.core.company_defaults``)."""
    widget.setProperty(FIELD_PROPERTY, name)
    return widget


def field_of(widget: QWidget) -> str:
    value = widget.property(FIELD_PROPERTY)
    return value if isinstance(value, str) else ""


class SettingsPage(Protocol):
    title: str
    widget: QWidget

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with this page's fields as the user left them."""
        ...
