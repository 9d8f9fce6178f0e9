"""The "Favourites" section of the tray menu: each pinned colleague with a presence dot and
their status; a click calls them (from the desk phone, as the dial box does). The digits 1-9
are the items' keyboard shortcuts while the menu is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu

from app.core.feature import Feature
from app.core.tasks import spawn
from app.features.favourites.model import FavouritesFeature
from app.sop.models import DirectoryEntry
from app.ui.directory_rows import presence_colour
from app.ui.feature_ui import FeatureUi, Shell


def dot_icon(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class FavouritesUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, FavouritesFeature)
        self.favourites = feature
        self.actions: dict[str, QAction] = {}
        self._icons: dict[str, QIcon] = {}

    def shape(self) -> tuple[object, ...]:
        return ("favourites", tuple(self.favourites.exts))

    def menu_cleared(self) -> None:
        self.actions = {}

    def build_menu(self, menu: QMenu) -> None:
        if not self.favourites.exts:
            return
        menu.addSeparator()
        header = menu.addAction(self.tr("Favourites"))
        header.setObjectName("favouritesHeader")
        header.setEnabled(False)
        self.actions = {}
        for ext in self.favourites.exts:
            action = menu.addAction("")
            action.setObjectName(f"favourite_{ext}")
            action.triggered.connect(lambda _checked=False, e=ext: self.call(e))
            self.actions[ext] = action
        self.update_menu()

    def update_menu(self) -> None:
        callflow = self.favourites.ctx.session.callflow
        for number, (ext, entry) in enumerate(self.favourites.shown(), start=1):
            action = self.actions.get(ext)
            if action is None:
                continue
            action.setText(self.label(number, ext, entry, callflow))
            status = entry.status if entry is not None else ""
            colour = presence_colour(status)
            if colour not in self._icons:
                self._icons[colour] = dot_icon(colour)
            action.setIcon(self._icons[colour])

    def label(self, number: int, ext: str, entry: DirectoryEntry | None, callflow: object) -> str:
        name = entry.name.replace("&", "&&") if entry is not None else ext
        status = entry.status if entry is not None else ""
        translated = getattr(callflow, "translated", None)
        if status and translated is not None:
            status = translated(status)
        prefix = f"&{number}  " if number <= 9 else ""
        if status:
            return self.tr("{prefix}{name} — {status}").format(
                prefix=prefix, name=name, status=status.replace("&", "&&")
            )
        return f"{prefix}{name}"

    def call(self, ext: str) -> None:
        spawn(self.favourites.call(ext))
