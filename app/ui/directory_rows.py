"""Directory matches as the dial box, the redirect and the transfer dialogs show them.

One row per colleague in aligned columns: a presence dot and the name (the matched part of
the name in bold), the extension, the status text, the number (the mobile). Rows are held by a
list model and painted by a delegate, so a search that matches thousands of entries costs only
the rows on screen: every match can be scrolled to. Other rows ("Dial 0475...", recent numbers)
are one line of plain text. Names and statuses from the SOP are painted as plain text, never as
HTML.

The dot's colour follows the status name: free (Office, Telework...) green, busy (Busy,
Meeting, DoNotDisturb...) red, briefly away (Lunch, Forward...) amber, absent (Holiday,
OutOfOffice...) and unknown grey.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.directory_index import fold
from app.core.number_display import display_number
from app.sop.models import DirectoryEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

GREEN, RED, AMBER, GREY = "#2e9d4a", "#d0342c", "#e0a100", "#9a9a9a"
_COLOURS = {
    **dict.fromkeys(("office", "open", "telework", "mobile", "available", "online"), GREEN),
    **dict.fromkeys(
        ("busy", "meeting", "donotdisturb", "dnd", "emergency", "oncall", "incall"), RED
    ),
    **dict.fromkeys(("lunch", "forward", "secretary", "break", "away", "brb"), AMBER),
    **dict.fromkeys(("holiday", "outofoffice", "closed", "absent", "sick", "offline"), GREY),
}


def presence_colour(status: str) -> str:
    """The dot's colour for a status name (as the SOP writes it, untranslated)."""
    key = "".join(c for c in status.casefold() if c.isalnum())
    return _COLOURS.get(key, GREY)


@dataclass(frozen=True)
class Row:
    """One line of the list: a directory ``entry``, or plain ``text`` (a number to dial)."""

    text: str
    entry: DirectoryEntry | None = None
    number: str = ""
    name: str = ""


class RowModel(QAbstractListModel):
    """The rows of one search; ``status_text`` turns a status name into what is shown."""

    def __init__(
        self, status_text: Callable[[str], str] = str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.head: list[Row] = []
        self.entries: list[DirectoryEntry] = []
        self.query = ""
        self.status_text = status_text

    def set_rows(
        self, query: str, head: Sequence[Row], entries: Sequence[DirectoryEntry] = ()
    ) -> None:
        """``head`` rows first (numbers to dial), then one row per entry (built when shown:
        a search that matches thousands costs only the rows on screen)."""
        self.beginResetModel()
        self.query = query
        self.head = list(head)
        self.entries = list(entries)
        self.endResetModel()

    def row(self, number: int) -> Row | None:
        if number < 0:
            return None
        if number < len(self.head):
            return self.head[number]
        number -= len(self.head)
        if number >= len(self.entries):
            return None
        entry = self.entries[number]
        return Row("", entry, entry.ext, entry.name)

    def entry_at(self, number: int) -> DirectoryEntry | None:
        """The directory entry shown on row ``number`` (None for a plain-text row)."""
        number -= len(self.head)
        return self.entries[number] if 0 <= number < len(self.entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.head) + len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            entry = row.entry
            if entry is None:
                return row.text
            parts = [entry.name, entry.ext]
            if entry.status:
                parts.append(self.status_text(entry.status))
            if entry.mobile:
                parts.append(display_number(entry.mobile))
            return "   ".join(parts)  # also what accessibility tools read
        if role == ENTRY_ROLE:
            return row.entry
        if role == ROW_ROLE:
            return row
        return None


def match_spans(name: str, query: str) -> list[tuple[int, int]]:
    """Where the words of ``query`` start words of ``name`` (accents and case ignored):
    ``("Inès Van Damme", "van d")`` -> ``[(5, 8), (9, 10)]``."""
    words = fold(query).split()
    if not words or len(fold(name)) != len(name.casefold()):
        return []  # folding changed the length (ligatures): no reliable positions
    folded = fold(name)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = 0
        while (pos := folded.find(word, start)) >= 0:
            if pos == 0 or folded[pos - 1] == " ":
                spans.append((pos, pos + len(word)))
                break
            start = pos + 1
    return sorted(spans)


class RowDelegate(QStyledItemDelegate):
    """Paints an entry row in columns; widths come from ``columns`` (name, ext, status)."""

    DOT = 10
    PAD = 8

    def __init__(self, model: RowModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.columns = (190, 56, 110)
        self._fonts: tuple[QFont, QFont, QFontMetrics, QFontMetrics] | None = None

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        """The plain and bold fonts and their metrics, made once per font (painting is hot)."""
        if self._fonts is None or self._fonts[0] != font:
            bold = QFont(font)
            bold.setBold(True)
            self._fonts = (QFont(font), bold, QFontMetrics(font), QFontMetrics(bold))
        return self._fonts

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = QFontMetrics(option.font).height() + 6
        return QSize(sum(self.columns) + 160, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry = self.model.entry_at(index.row())  # read directly: painting is hot
        if entry is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)  # no text: the columns are painted below
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(role)
        rect: QRect = opt.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = rect.left() + self.PAD
        if entry.status:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(presence_colour(entry.status)))
            top = rect.top() + (rect.height() - self.DOT) // 2
            painter.drawEllipse(x, top, self.DOT, self.DOT)
        x += self.DOT + self.PAD
        painter.setPen(colour)
        name_w, ext_w, status_w = self.columns
        self._name(painter, QRect(x, rect.top(), name_w - self.PAD, rect.height()), entry.name)
        x += name_w
        cells = (
            (ext_w, entry.ext),
            (status_w, self.model.status_text(entry.status) if entry.status else ""),
            (max(40, rect.right() - x - ext_w - status_w), display_number(entry.mobile)),
        )
        metrics = self._fonts_for(painter.font())[2]
        for width, text in cells:
            cell = QRect(x, rect.top(), width - self.PAD, rect.height())
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, cell.width())
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignVCenter), shown)
            x += width
        painter.restore()

    def _name(self, painter: QPainter, cell: QRect, name: str) -> None:
        """The name, elided, with the parts that match the query in bold."""
        plain_font, bold, metrics, bold_metrics = self._fonts_for(painter.font())
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, cell.width())
        spans = match_spans(shown, self.model.query) if shown == name else []
        if not spans:
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignVCenter), shown)
            return
        x, pos = cell.left(), 0
        pieces: list[tuple[str, bool]] = []
        for start, end in spans:
            if start > pos:
                pieces.append((shown[pos:start], False))
            pieces.append((shown[max(start, pos) : end], True))
            pos = max(pos, end)
        pieces.append((shown[pos:], False))
        for text, strong in pieces:
            if not text:
                continue
            painter.setFont(bold if strong else plain_font)
            width = (bold_metrics if strong else metrics).horizontalAdvance(text)
            part = QRect(x, cell.top(), max(0, cell.right() - x), cell.height())
            painter.drawText(part, int(Qt.AlignmentFlag.AlignVCenter), text)
            x += width
        painter.setFont(plain_font)
