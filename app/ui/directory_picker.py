"""Pick a colleague or type a number: the search box of the redirect and transfer dialogs.

The same search as the dial box (the shared directory copy, searched on every keystroke with no
request to the SOP), the same rows (presence dot, name, extension, status, number: see
``app.ui.directory_rows``). A typed number is the first row. Up/Down move in the list from the
input, which keeps the keyboard; Enter or a double click picks (``picked``).

Signals:
    picked(str, str): the number to send the call to and its name ("" for a typed number).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.core.directory_cache import DirectoryCache
from app.core.numbers import InvalidNumber, canonical, looks_like_number
from app.ui.directory_rows import ROW_ROLE, Row, RowDelegate, RowModel

#: every match is listed; the list scrolls through all of them
MAX_ROWS = 100_000
VISIBLE_ROWS = 8


class DirectoryPicker(QWidget):
    picked = Signal(str, str)

    def __init__(
        self,
        cache: DirectoryCache,
        *,
        status_text: Callable[[str], str] = str,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.input = QLineEdit(self)
        self.input.setObjectName("pickerInput")
        self.input.setPlaceholderText(placeholder or self.tr("Name, extension or number"))
        self.input.setClearButtonEnabled(True)
        self.model = RowModel(status_text, self)
        self.list = QListView(self)
        self.list.setObjectName("pickerResults")
        self.list.setModel(self.model)
        self.delegate = RowDelegate(self.model, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)  # thousands of rows: no stall
        self.list.setBatchSize(100)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the input keeps the keyboard
        self.list.doubleClicked.connect(lambda _index: self.pick())
        self.more = QLabel(self)
        self.more.setObjectName("pickerMore")
        # Always in the layout (empty when nothing is out of sight): showing and hiding it
        # would resize the window while the user types.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        layout.addWidget(self.list)
        layout.addWidget(self.more)
        self.list.setMinimumHeight(VISIBLE_ROWS * (self.fontMetrics().height() + 6) + 4)
        self.input.textChanged.connect(self.search)
        self.input.installEventFilter(self)
        cache.updated.connect(lambda: self.search(self.input.text()))

    def search(self, text: str) -> None:
        rows: list[Row] = []
        if looks_like_number(text):
            try:
                number = canonical(text)
            except InvalidNumber:
                number = ""
            if number:
                entry = self.cache.index.lookup(number)
                name = entry.name if entry is not None else ""
                label = f"{number} — {name}" if name else number
                rows.append(Row(self.tr("Send to {number}").format(number=label), None, number,
                                name))  # fmt: skip
        entries, total = (
            self.cache.index.search_counted(text, MAX_ROWS) if text.strip() else ([], 0)
        )
        self.model.set_rows(text, rows, entries)
        if rows or entries:
            self.list.setCurrentIndex(self.model.index(0))
        beyond = max(0, total - VISIBLE_ROWS)
        more = self.tr("%n more match(es): scroll, or type more", "", beyond)
        self.more.setText(more if beyond > 0 else "")

    def target(self) -> tuple[str, str]:
        """The number and name of the selected row, else the typed text and no name."""
        index = self.list.currentIndex()
        row: Row | None = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            return row.number, row.name
        return self.input.text().strip(), ""

    def pick(self) -> None:
        number, name = self.target()
        self.picked.emit(number, name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                count = self.model.rowCount()
                if count:
                    step = 1 if key == Qt.Key.Key_Down else -1
                    row = (self.list.currentIndex().row() + step) % count
                    self.list.setCurrentIndex(self.model.index(row))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick()
                return True
        return super().eventFilter(watched, event)

    def current_row(self) -> QModelIndex:
        return self.list.currentIndex()
