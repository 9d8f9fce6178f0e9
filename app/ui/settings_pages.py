"""Extra tabs of the settings dialog, contributed by features (dialling, hot-desk, ...).

A feature names its page factories in its ``FeatureSpec``; the dialog builds one page per
factory from the current settings and, on Save, lets each page fold its fields into the new
Settings.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.core.settings import Settings

FIELD_PROPERTY = "settingsField"


def mark_field(widget: QWidget, name: str) -> QWidget:
    """Name the Settings field ``widget`` edits, so the dialog can show it read-only when the
    administrator locked it (``app.core.company_defaults``)."""
    widget.setProperty(FIELD_PROPERTY, name)
    return widget


def example_label(name: str, *, one_line: bool = False) -> QLabel:
    """A dimmer line under a field that shows, live, what the field's value will do.

    ``one_line``: for a link, which has no place to wrap: it ends in "…" when too long, and
    shows whole in its tooltip.
    """
    from app.ui.elided_label import ElidedLabel

    label = ElidedLabel() if one_line else QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(not one_line)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def field_of(widget: QWidget) -> str:
    value = widget.property(FIELD_PROPERTY)
    return value if isinstance(value, str) else ""


class SettingsPage(Protocol):
    title: str
    widget: QWidget

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with this page's fields as the user left them."""
        ...
