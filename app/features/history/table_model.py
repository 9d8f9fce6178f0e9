"""The call history as a table model: one row per call, filtered and searched in the model.

Filtering is done here rather than in a QSortFilterProxyModel: the proxy asks Python once per
row for every change, which for 10,000 calls is a visible stall; here a filter is one list
comprehension. Only the rows on screen are ever formatted (``data`` is asked for those alone).
New calls arriving at the top are inserted (the selection and scroll position stay); anything
else resets the model.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from app.core.number_display import display_number
from app.features.history.call_log import Call
from app.features.history.dispositions import Category
from app.features.history.format import duration, exact_time, relative_time
from app.features.history.model import HistoryFeature

Index = QModelIndex | QPersistentModelIndex
CALL_ROLE = Qt.ItemDataRole.UserRole + 1
MISSED_COLOUR = QColor("#c62828")
MISSED_COLOUR_ON_DARK = QColor("#ff6b6b")  # the same red, readable on a dark palette

# Marks in front of the disposition (and of the tray's items): direction at a glance.
MARKS = {
    Category.PLACED: "↗",
    Category.ANSWERED: "↙",
    Category.MISSED: "✗",
    Category.VOICEMAIL: "✉",
    Category.UNKNOWN: "·",
}


class Kind(enum.Enum):
    ALL = "all"
    MISSED = "missed"  # missed and sent to voicemail: the calls the user did not take
    RECEIVED = "received"
    PLACED = "placed"


_KIND_CATEGORIES = {
    Kind.MISSED: frozenset({Category.MISSED, Category.VOICEMAIL}),
    Kind.RECEIVED: frozenset({Category.ANSWERED}),
    Kind.PLACED: frozenset({Category.PLACED}),
}


class Column(enum.IntEnum):
    TIME = 0
    NAME = 1
    NUMBER = 2
    DURATION = 3
    DISPOSITION = 4


class HistoryModel(QAbstractTableModel):
    def __init__(
        self,
        feature: HistoryFeature,
        *,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.feature = feature
        self._now = now
        self._all: list[Call] = []
        self._rows: list[Call] = []
        self._haystacks: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self.kind = Kind.ALL
        self.search = ""
        self.fresh: set[str] = set()  # keys shown in bold: unseen when the window opened
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content -------------------------------------------------------------------------------
    def set_calls(self, calls: list[Call]) -> None:
        self._all = calls
        self._apply()

    def set_filter(self, kind: Kind | None = None, search: str | None = None) -> None:
        if kind is not None:
            self.kind = kind
        if search is not None:
            self.search = search.strip().casefold()
        self._apply()

    def refresh_names(self) -> None:
        """The directory changed: names may read differently now."""
        self._haystacks.clear()
        self._labels.clear()
        self._apply()

    def call_at(self, row: int) -> Call | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def total(self) -> int:
        return len(self._all)

    def counts(self) -> dict[Kind, int]:
        """How many calls each filter would show, with the current search."""
        rows = self._all
        if self.search:
            needle, hay = self.search, self._haystack
            rows = [c for c in rows if needle in hay(c)]
        by_category: dict[Category, int] = {}
        for call in rows:
            by_category[call.disp.category] = by_category.get(call.disp.category, 0) + 1
        counts = {Kind.ALL: len(rows)}
        for kind, categories in _KIND_CATEGORIES.items():
            counts[kind] = sum(by_category.get(c, 0) for c in categories)
        return counts

    def _haystack(self, call: Call) -> str:
        text = self._haystacks.get(call.key)
        if text is None:
            name, number = self.feature.party(call)
            label = self._labels.get(call.disposition)
            if label is None:  # translated once per code, not once per call
                label = self._labels[call.disposition] = call.disp.label().casefold()
            text = f"{name.casefold()}\n{number}\n{label}"
            self._haystacks[call.key] = text
        return text

    def _select(self) -> list[Call]:
        rows = self._all
        categories = _KIND_CATEGORIES.get(self.kind)
        if categories is not None:
            rows = [c for c in rows if c.disp.category in categories]
        if self.search:
            needle, hay = self.search, self._haystack
            rows = [c for c in rows if needle in hay(c)]
        return rows

    def _apply(self) -> None:
        rows = self._select()
        old = self._rows
        grown = len(rows) - len(old)
        if self._only_added_on_top(rows, old, grown):
            self.beginInsertRows(QModelIndex(), 0, grown - 1)
            self._rows = rows
            self.endInsertRows()
            last = self.index(len(rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(grown, 0), last)  # fields may be refreshed
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @staticmethod
    def _only_added_on_top(rows: list[Call], old: list[Call], grown: int) -> bool:
        if not old or grown <= 0 or rows[grown].key != old[0].key:
            return False
        return [c.key for c in rows[grown:]] == [c.key for c in old]

    def times_changed(self) -> None:
        """Relative times moved on (called every minute): repaint the time column."""
        if self._rows:
            top, bottom = self.index(0, Column.TIME), self.index(len(self._rows) - 1, Column.TIME)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.TIME: self.tr("Time"),
            Column.NAME: self.tr("Name"),
            Column.NUMBER: self.tr("Number"),
            Column.DURATION: self.tr("Duration"),
            Column.DISPOSITION: self.tr("Call"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        call = self.call_at(index.row()) if index.isValid() else None
        if call is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(call, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(call, column)
        if role == CALL_ROLE:
            return call
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if call.key in self.fresh else None
        if role == Qt.ItemDataRole.ForegroundRole:
            missed = call.disp.category is Category.MISSED
            if not (missed and column == Column.DISPOSITION):
                return None
            dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return MISSED_COLOUR_ON_DARK if dark else MISSED_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, call: Call, column: int) -> str:
        if column == Column.TIME:
            return relative_time(call.when, self._now())
        if column == Column.NAME:
            return self.feature.party(call)[0]
        if column == Column.NUMBER:
            return display_number(self.feature.party(call)[1])
        if column == Column.DURATION:
            return duration(call.billsec)
        if column == Column.DISPOSITION:
            disp = call.disp
            return f"{MARKS[disp.category]} {disp.label()}"
        return ""

    def _tooltip(self, call: Call, column: int) -> str | None:
        if column == Column.TIME:
            return exact_time(call.when)
        if column == Column.DISPOSITION:
            disp = call.disp
            if disp.known:
                return self.tr("{label} (code {code})").format(label=disp.label(), code=disp.code)
            if disp.code:  # the label already names the code: say what it means instead
                return self.tr(
                    "The phone system gave this call a code this app does not know: {code}."
                ).format(code=disp.code)
            return self.tr("The phone system gave no code for this call.")
        if column == Column.DURATION and call.duration:
            return self.tr("Talk time {talk}, {total} in all with ringing").format(
                talk=duration(call.billsec) or "0:00", total=duration(call.duration)
            )
        if column in (Column.NAME, Column.NUMBER):
            return self.feature.who(call)
        return None
