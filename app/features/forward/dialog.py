"""The number chooser for forwarding: any number, or a colleague found in the directory as in
the dial box (the local copy of the company directory, searched as you type)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.directory_cache import DirectoryCache
from app.core.numbers import looks_like_number

MATCHES = 8


class ForwardDialog(QDialog):
    """Signals: chosen(str): the number (or extension) to forward to, as typed or picked."""

    chosen = Signal(str)

    def __init__(
        self,
        directory: DirectoryCache,
        suggestions: list[tuple[str, str]] | None = None,
        current: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.suggestions = list(suggestions or [])  # (label, number): the mobile, recent numbers
        self.setObjectName("forwardDialog")
        self.setWindowTitle(self.tr("Forward calls to"))
        self.directory = directory
        self.edit = QLineEdit()
        self.edit.setObjectName("forwardNumber")
        self.edit.setPlaceholderText(self.tr("A number, or a colleague's name"))
        self.matches = QListWidget()
        self.matches.setObjectName("forwardMatches")
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Forward calls to:")))
        layout.addWidget(self.edit)
        layout.addWidget(self.matches)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self.search)
        self.matches.itemClicked.connect(self._picked)
        self.matches.itemDoubleClicked.connect(lambda _item: self.accept())
        self.resize(360, 280)
        self.edit.setText(current)
        self.search(current)

    def search(self, text: str) -> None:
        self.matches.clear()
        if not text.strip() or looks_like_number(text):
            for label, number in self.suggestions:
                self._add(label, number)
            return
        for entry in self.directory.index.search(text, MATCHES):
            number = entry.ext or entry.mobile
            if not number:
                continue
            self._add(f"{entry.name} — {number}", number)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem) -> None:
        """A row clicked: its number goes into the field (what OK sends)."""
        self.edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    def _add(self, label: str, number: str) -> None:
        item = QListWidgetItem(label)  # plain text in a list item
        item.setData(Qt.ItemDataRole.UserRole, number)
        self.matches.addItem(item)

    def number(self) -> str:
        """What was typed when it is a number, else the list's current row."""
        item = self.matches.currentItem()
        if looks_like_number(self.edit.text()) or item is None:
            return self.edit.text()
        return str(item.data(Qt.ItemDataRole.UserRole))

    def accept(self) -> None:
        number = self.number()
        if not number.strip():
            self.note.setText(self.tr("Type a number or pick a colleague."))
            return
        self.chosen.emit(number)
        super().accept()
