"""The dial box: one input, the matches below it, driven by the keyboard alone.

Typing searches the directory copy (results as you type; the SOP is asked when the copy cannot
answer); an empty input lists the recent numbers. Each match is a row of aligned columns: a
presence dot and the name (the typed part in bold), the extension, the colleague's status
(translated like the user's own statuses where the SOP gives a translation), the mobile. Every
match can be scrolled to; below the list, "N more" says how many are out of sight. Up/Down
choose a row, Enter dials it (its extension; Ctrl+Enter its mobile), Ctrl+P (or a right
click) pins it to the favourites, Esc closes. When the input itself is a phone number, the first
row dials exactly that number. A refused number or a failed call is shown in the box, which then
stays open; an accepted call closes it (the notification says who is being called).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QMenu, QVBoxLayout, QWidget

from app.core.number_display import display_number
from app.core.numbers import InvalidNumber, canonical, looks_like_number
from app.core.tasks import spawn
from app.features.dial.model import DialFeature
from app.sop.models import DirectoryEntry
from app.ui.directory_rows import ROW_ROLE, Row, RowDelegate, RowModel

VISIBLE_ROWS = 8


class DialWindow(QWidget):
    def __init__(self, feature: DialFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("dialWindow")
        self.setWindowTitle(self.tr("Dial"))
        self.feature = feature
        self.input = QLineEdit(self)
        self.input.setObjectName("dialInput")
        self.input.setPlaceholderText(self.tr("Name, extension or number"))
        self.input.setClearButtonEnabled(True)
        self.model = RowModel(self._status_text, self)
        self.list = QListView(self)
        self.list.setObjectName("dialResults")
        self.list.setModel(self.model)
        self.list.setItemDelegate(RowDelegate(self.model, self.list))
        self.list.setUniformItemSizes(True)  # layout cost stays flat with thousands of rows
        self.list.setLayoutMode(QListView.LayoutMode.Batched)  # thousands of rows: no stall
        self.list.setBatchSize(100)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the input keeps the keyboard
        self.list.activated.connect(lambda _index: self.activate())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._row_menu)
        self.list.setMinimumHeight(VISIBLE_ROWS * (self.fontMetrics().height() + 6) + 4)
        self.more = QLabel(self)
        self.more.setObjectName("dialMore")
        # Always in the layout (empty when nothing is out of sight): showing and hiding it
        # would resize the window while the user types.
        self.message = QLabel(self)
        self.message.setObjectName("dialMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.input)
        layout.addWidget(self.list)
        layout.addWidget(self.more)
        layout.addWidget(self.message)
        self.setMinimumWidth(600)
        self.input.textChanged.connect(self._on_text)
        self.input.installEventFilter(self)
        feature.search.results.connect(self._on_results)
        feature.busy_changed.connect(self._on_busy)
        self._show_rows("", [])

    # -- showing --------------------------------------------------------------------------------
    def open(self, prefill: str = "", near: QPoint | None = None) -> None:
        """Show the box (near ``near``, else the mouse cursor) with ``prefill`` selected."""
        self.message.hide()
        self.input.setText(prefill)
        self.input.selectAll()
        self._on_text(prefill)
        self.adjustSize()
        self.move(self._position(near if near is not None else QCursor.pos()))
        self.show()
        self.raise_()
        self.activateWindow()
        self.input.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _position(self, anchor: QPoint) -> QPoint:
        screen = QGuiApplication.screenAt(anchor) or QGuiApplication.primaryScreen()
        size = self.sizeHint().expandedTo(self.minimumSize())
        if screen is None:
            return anchor
        area = screen.availableGeometry()
        x = min(max(anchor.x() - size.width() // 2, area.left()), area.right() - size.width())
        y = anchor.y() + 16
        if y + size.height() > area.bottom():
            y = anchor.y() - size.height() - 16  # above the cursor, or above a bottom tray
        return QPoint(x, max(y, area.top()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.feature.search.cancel()
        super().closeEvent(event)

    # -- typing ---------------------------------------------------------------------------------
    def _on_text(self, text: str) -> None:
        self.message.hide()
        if text.strip():
            self.feature.search.search(text)
        else:
            self.feature.search.cancel()
            self._show_rows("", [])

    def _on_results(self, query: str, entries: list[DirectoryEntry], _pending: bool) -> None:
        if query != self.input.text():
            return  # an answer for an older text: never shown
        self._show_rows(query, entries)

    def _status_text(self, status: str) -> str:
        """A colleague's status as shown: translated where the user's callflow translates it."""
        callflow = self.feature.ctx.session.callflow
        return callflow.translated(status) if callflow is not None else status

    def _show_rows(self, query: str, entries: list[DirectoryEntry]) -> None:
        rows: list[Row] = []
        if not query.strip():
            for recent in self.feature.recent.items:
                shown = display_number(recent.number)
                label = f"{recent.name} — {shown}" if recent.name else shown
                rows.append(Row(self.tr("Recent: {label}").format(label=label), None,
                                recent.number, recent.name))  # fmt: skip
        elif looks_like_number(query):
            number = canonical(query)
            name = self.feature.name_for(number)
            label = f"{display_number(number)} — {name}" if name else display_number(number)
            rows.append(Row(self.tr("Dial {number}").format(number=label), None, number, name))
        self.model.set_rows(query, rows, entries)  # plain text: names are never HTML
        if rows or entries:
            self.list.setCurrentIndex(self.model.index(0))
        total = max(self.feature.search.total, len(entries)) if query.strip() else 0
        beyond = max(0, total - VISIBLE_ROWS)
        more = self.tr("%n more match(es): scroll, or type more", "", beyond)
        self.more.setText(more if beyond > 0 else "")

    # -- keyboard -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                count = self.model.rowCount()
                if count:
                    row = (self.list.currentIndex().row() + step) % count
                    self.list.setCurrentIndex(self.model.index(row))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                mobile = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.activate(mobile=mobile)
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
            if key == Qt.Key.Key_P and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.toggle_favourite()
                return True
        return super().eventFilter(watched, event)

    # -- favourites -----------------------------------------------------------------------------
    def _current_entry(self) -> DirectoryEntry | None:
        index = self.list.currentIndex()
        row: Row | None = index.data(ROW_ROLE) if index.isValid() else None
        return row.entry if row is not None else None

    def toggle_favourite(self) -> None:
        """Pin the selected colleague to the tray menu's favourites, or unpin them (Ctrl+P)."""
        board = self.feature.ctx.services.favourites
        entry = self._current_entry()
        if board is None or entry is None:
            return
        if board.is_pinned(entry.ext):
            board.unpin(entry.ext)
            text = self.tr("{name} is no longer in your favourites.")
        else:
            board.pin(entry.ext)
            text = self.tr("{name} is in your favourites (tray menu).")
        self._show_message(text.format(name=entry.name))

    def _row_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        board = self.feature.ctx.services.favourites
        if not index.isValid() or board is None:
            return
        self.list.setCurrentIndex(index)
        entry = self._current_entry()
        if entry is None:
            return
        menu = QMenu(self)
        label = (
            self.tr("Remove from favourites")
            if board.is_pinned(entry.ext)
            else self.tr("Add to favourites")
        )
        menu.addAction(label, self.toggle_favourite)
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def activate(self, *, mobile: bool = False) -> None:
        """Dial the current row, or the typed text when no row is there."""
        if self.feature.busy:
            return
        index = self.list.currentIndex()
        row: Row | None = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None and row.entry is not None:
            entry = row.entry
            if mobile and not entry.mobile:
                self._show_message(self.tr("{name} has no mobile number.").format(name=entry.name))
                return
            number, name = (entry.mobile if mobile else entry.ext), entry.name
        elif row is not None:
            number, name = row.number, row.name
        else:
            number, name = self.input.text(), ""
        try:
            self.feature.check(number)
        except InvalidNumber as exc:
            self._show_message(str(exc))
            return
        spawn(self._dial(number, name))

    async def _dial(self, number: str, name: str) -> None:
        answer = await self.feature.dial(number, name=name)
        if answer["exit"] == 0:
            self.close()
        else:
            self._show_message(answer["message"])

    def _on_busy(self, busy: bool) -> None:
        self.input.setReadOnly(busy)
        if busy:
            self._show_message(self.tr("Calling…"))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
