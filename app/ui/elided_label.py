"""A one-line label that never clips: text too wide for it ends in "…" and shows whole in a
tooltip. ``text()`` stays the full text; it is drawn as plain text (never interpreted as HTML).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A plain-text label whose text is elided at the right when the label is too narrow.

    Its size hint asks for the whole text; its minimum is a few characters, so a layout may
    make it narrower, never so narrow that nothing reads.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._own_tooltip = ""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        few = self.fontMetrics().horizontalAdvance("MMMMMM…")
        return QSize(min(hint.width(), few), hint.height())

    def is_elided(self) -> bool:
        rect = self.contentsRect()
        return self.fontMetrics().horizontalAdvance(self.text()) > rect.width()

    def shown_text(self) -> str:
        """What is drawn: the text, or its start and "…"."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def _update_tooltip(self) -> None:
        # The tooltip is ours only while the text is cut; a tooltip set by the owner stays.
        current = self.toolTip()
        if current and current != self._own_tooltip:
            return
        self._own_tooltip = self.text() if self.is_elided() else ""
        self.setToolTip(self._own_tooltip)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        flags = int(self.alignment()) | int(Qt.TextFlag.TextSingleLine)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            flags,
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
        painter.end()
