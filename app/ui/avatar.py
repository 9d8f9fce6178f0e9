"""A round avatar with a person's initials, in a colour of its own for each name.

The colour comes from the name (the same caller always gets the same colour, in every window);
the palette's colours all carry white text at a contrast of at least 4.5:1. A caller known only
by a number gets a neutral grey disc with "#". Painted, not a pixmap: sharp at any scale.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

#: darker tones of distinct hues: white initials stay readable on each
AVATAR_COLOURS = (
    "#1565c0",  # blue
    "#2e7d32",  # green
    "#6a1b9a",  # purple
    "#ad1457",  # raspberry
    "#00695c",  # teal
    "#4e342e",  # brown
    "#283593",  # indigo
    "#bf360c",  # rust
)
NO_NAME_COLOUR = "#616161"


def initials(name: str) -> str:
    """Up to two letters: the first of the first and last words ("Jolien Mertens" -> "JM")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return ""
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def avatar_colour(name: str) -> str:
    if not initials(name):
        return NO_NAME_COLOUR
    return AVATAR_COLOURS[zlib.crc32(name.casefold().encode("utf-8")) % len(AVATAR_COLOURS)]


class Avatar(QWidget):
    """A disc of ``size`` logical pixels with the initials of :meth:`set_name`."""

    def __init__(self, size: int = 44, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("avatar")
        self._size = size
        self._name = ""
        self.setFixedSize(size, size)

    def set_name(self, name: str) -> None:
        if name != self._name:
            self._name = name
            self.update()

    def text(self) -> str:
        return initials(self._name) or "#"

    def colour(self) -> QColor:
        return QColor(avatar_colour(self._name))

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour())
        disc = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawEllipse(disc)
        font = self.font()
        font.setBold(True)
        font.setPixelSize(max(8, round(self._size * 0.38)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()
