"""The call-history window: filters, search, a table of calls; Enter or double-click calls back.

Opening it marks the missed calls seen (they stay in bold while it is open). A thin busy bar
shows while the SOP is asked; an empty table says why it is empty. SOP text is shown as plain
text everywhere (item views never interpret HTML; labels are set to PlainText).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.tasks import spawn
from app.core.time_format import clock_text
from app.features.history.call_log import Call
from app.features.history.dispositions import LABELS, decode
from app.features.history.format import time_samples
from app.features.history.model import HistoryFeature
from app.features.history.table_model import Column, HistoryModel, Kind


class HistoryTable(QTableView):
    """A table whose Enter key asks for a call (QTableView only emits ``activated``, which
    also fires on a double-click on some styles and never on macOS).

    Signals: call_requested(QModelIndex).
    """

    call_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.call_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class HistoryWindow(QWidget):
    def __init__(
        self, feature: HistoryFeature, *, now: Callable[[], datetime] = datetime.now
    ) -> None:
        super().__init__()
        self.feature = feature
        self.setObjectName("historyWindow")
        self.setWindowTitle(self.tr("Call history"))
        self.resize(860, 520)
        self.model = HistoryModel(feature, now=now, parent=self)

        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        bar = QHBoxLayout()
        labels = {
            Kind.ALL: self.tr("All"),
            Kind.MISSED: self.tr("Missed"),
            Kind.RECEIVED: self.tr("Received"),
            Kind.PLACED: self.tr("Placed"),
        }
        self.filter_labels = labels
        self.filter_buttons: dict[Kind, QToolButton] = {}
        for kind, label in labels.items():
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            button.setObjectName(f"filter-{kind.value}")
            button.setChecked(kind is Kind.ALL)
            button.toggled.connect(lambda on, k=kind: self.set_kind(k) if on else None)
            self.filters.addButton(button)
            self.filter_buttons[kind] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(self.tr("Search a name or number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        bar.addWidget(self.search, 2)

        self.spinner = QProgressBar(self)
        self.spinner.setObjectName("historySpinner")
        self.spinner.setRange(0, 0)  # indeterminate: Qt's own busy indicator
        self.spinner.setTextVisible(False)
        self.spinner.setMaximumHeight(6)

        self.table = HistoryTable(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed rows and columns: the view never measures 10,000 rows to lay itself out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.table.doubleClicked.connect(self.call_back_at)
        self.table.call_requested.connect(self.call_back_at)
        self.table.customContextMenuRequested.connect(self._on_context_menu)

        self.empty = QLabel(self)
        self.empty.setObjectName("historyEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.status = QLabel(self)
        self.status.setObjectName("historyStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.spinner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)

        close = QAction(self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda: self.search.setFocus())
        self.addAction(find)

        self._ticker = QTimer(self)  # relative times ("5 min ago") move on
        self._ticker.setInterval(60_000)
        self._ticker.timeout.connect(self.model.times_changed)
        feature.calls_changed.connect(self._reload)
        feature.names_changed.connect(self.model.refresh_names)  # the search follows the directory
        feature.loading_changed.connect(self._update_state)
        feature.changed.connect(self._update_state)
        self._reload()

    def _size_columns(self) -> None:
        """Columns as wide as their widest possible text, in bold (new calls are bold): the
        time ("yesterday 10:58 PM", "Wed 10:58 PM", a date...) never ends in "…"."""
        header = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        samples = {
            Column.TIME: time_samples(),
            Column.NUMBER: ["+32 475 98 76 54", "0475 98 76 54"],
            Column.DURATION: ["10:00:00"],
            Column.DISPOSITION: [f"✗ {decode(code).label()}" for code in LABELS],
        }
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(t) for t in [*texts, title])
            header.resizeSection(column, widest + margin)

    # -- showing -------------------------------------------------------------------------------
    def open(self) -> None:
        """Show (or raise) the window; the missed calls count as seen from now on."""
        self.model.fresh = set(self.feature.unseen) | (
            self.model.fresh if self.isVisible() else set()
        )
        self._reload()
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.setFocus()
        if self.table.currentIndex().row() < 0 and self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._ticker.start()
        self.feature.mark_seen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ticker.stop()
        self.model.fresh = set()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.feature.mark_seen()

    def _reload(self) -> None:
        if self.isVisible() and self.feature.unseen:
            self.model.fresh |= self.feature.unseen
            if self.isActiveWindow():
                self.feature.mark_seen()  # the user is looking at them
        self.model.set_calls(self.feature.calls)
        self._update_state()

    def set_kind(self, kind: Kind) -> None:
        self.model.set_filter(kind=kind)
        if not self.filter_buttons[kind].isChecked():
            self.filter_buttons[kind].setChecked(True)
        self._update_state()

    def _on_search(self, text: str) -> None:
        self.model.set_filter(search=text)
        self._update_state()

    def _update_counts(self) -> None:
        """ "Missed 3": each filter says how many calls it shows (with the search typed)."""
        counts = self.model.counts()
        locale = QLocale()
        for kind, button in self.filter_buttons.items():
            button.setText(
                self.tr("{filter} {count}").format(
                    filter=self.filter_labels[kind], count=locale.toString(counts[kind])
                )
            )

    def _update_state(self, *_args: object) -> None:
        feature, model = self.feature, self.model
        self._update_counts()
        busy = feature.loading or not feature.loaded
        self.spinner.setVisible(busy)
        empty = model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.table)
        if empty:
            self.empty.setText(self.empty_text(busy))
        if feature.error:
            self.status.setText(feature.error)
        elif feature.updated is not None:
            shown = model.rowCount()
            if shown == model.total:
                text = self.tr("%n call(s) — updated at {time}", "", model.total)
            else:  # the count follows the filter and the search
                text = self.tr("%n call(s) shown, of {total} — updated at {time}", "", shown)
            self.status.setText(
                text.format(
                    total=QLocale().toString(model.total),
                    time=clock_text(feature.updated),
                )
            )
        else:
            self.status.setText("")

    def empty_text(self, busy: bool) -> str:
        model = self.model
        if model.total == 0:
            if busy:
                return self.tr("Loading the call history…")
            return self.tr("No calls in the last 30 days.")
        if model.search:
            return self.tr("No calls match “{text}”.").format(text=self.search.text().strip())
        texts = {
            Kind.MISSED: self.tr("No missed calls."),
            Kind.RECEIVED: self.tr("No received calls."),
            Kind.PLACED: self.tr("No placed calls."),
        }
        return texts.get(model.kind, self.tr("No calls."))

    # -- actions -------------------------------------------------------------------------------
    def call_back_at(self, index: QModelIndex) -> None:
        call = self.model.call_at(index.row())
        if call is not None:
            self.call_back(call)

    def call_back(self, call: Call) -> None:
        spawn(self._call_back(call))

    async def _call_back(self, call: Call) -> None:
        result = await self.feature.call_back(call)
        self.status.setText(str(result.get("message", "")))

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for the row at ``index`` (None outside the rows)."""
        call = self.model.call_at(index.row()) if index.isValid() else None
        if call is None:
            return None
        number = self.feature.party(call)[1]
        menu = QMenu(self)
        back = menu.addAction(self.tr("Call back"))
        back.setObjectName("historyCallBack")
        back.setEnabled(bool(number))
        back.triggered.connect(lambda: self.call_back(call))
        copy = menu.addAction(self.tr("Copy number"))
        copy.setObjectName("historyCopyNumber")
        copy.setEnabled(bool(number))
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(number))
        return menu

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.table.indexAt(pos))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()
