"""The tray's "Missed calls" section and badge, and the way to the call-history window.

The section lists the latest few calls not taken (missed, and voicemail with its mark), unseen
ones in bold; one click calls back. "Call history…" opens the window, which marks them seen.
Calling back and directory names come from the dial feature when it is there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

from app.core.number_display import display_number
from app.core.numbers import number_key
from app.core.tasks import spawn
from app.features.history.call_log import Call
from app.features.history.dispositions import Category
from app.features.history.format import short_time
from app.features.history.model import HistoryFeature
from app.features.history.table_model import MARKS
from app.features.history.window import HistoryWindow
from app.ui.feature_ui import FeatureUi, Shell

if TYPE_CHECKING:
    from app.core.feature import Dialler, Feature

MENU_ITEMS = 5


def menu_text(text: str) -> str:
    """SOP-provided text for a QAction: '&' would otherwise become a mnemonic."""
    return text.replace("&", "&&")


class HistoryUi(FeatureUi):
    def __init__(
        self,
        feature: Feature,
        controller: Shell,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, HistoryFeature)
        self.history = feature
        self._now = now
        self.window: HistoryWindow | None = None
        self.title: QAction | None = None
        self.items: list[QAction] = []
        self.shown: list[Call] = []
        feature.dialer_lookup = self._dialer
        feature.name_lookup = self._directory_name

    # -- the dial feature, through the session's shared services (None without it) -----------
    def _dialer(self) -> Dialler | None:
        return self.history.ctx.services.dialer

    def _directory_name(self, number: str) -> str:
        dial = self._dialer()
        key = number_key(number)
        return dial.name_for(key) if dial is not None and key else ""

    # -- menu ----------------------------------------------------------------------------------
    def shape(self) -> tuple[Any, ...]:
        return ("history", len(self.history.not_taken(MENU_ITEMS)))

    def menu_cleared(self) -> None:
        self.title = None
        self.items = []

    def build_menu(self, menu: QMenu) -> None:
        self.title = menu.addSection(self.tr("Missed calls"))
        self.items = []
        for index in range(len(self.history.not_taken(MENU_ITEMS))):
            action = menu.addAction("")
            action.setObjectName(f"missedCall{index}")
            action.triggered.connect(lambda _checked=False, i=index: self.call_back(i))
            self.items.append(action)
        if not self.items:
            none = menu.addAction(self.tr("No missed calls"))
            none.setEnabled(False)
        history = menu.addAction(self.tr("Call history…"))
        history.setObjectName("historyAction")
        history.triggered.connect(lambda _checked=False: self.open_window())
        self.update_menu()

    def update_menu(self) -> None:
        calls = self.history.not_taken(MENU_ITEMS)
        self.shown = calls
        unseen = self.history.unseen_count
        if self.title is not None:
            title = self.tr("Missed calls")
            if unseen:
                title = self.tr("Missed calls (%n new)", "", unseen)
            self.title.setText(title)
        now = self._now()
        for action, call in zip(self.items, calls, strict=False):
            action.setText(self.label(call, now))
            font = QFont(action.font())
            font.setBold(call.key in self.history.unseen)
            action.setFont(font)
            action.setToolTip(self.tr("Call back"))

    def label(self, call: Call, now: datetime) -> str:
        name, number = self.history.party(call)
        who = menu_text(name or display_number(number) or self.tr("Unknown caller"))
        text = f"{who} — {short_time(call.when, now)}"
        if call.disp.category is Category.VOICEMAIL:
            return self.tr("{mark} {call} (voicemail)").format(
                mark=MARKS[Category.VOICEMAIL], call=text
            )
        return text

    def menu_opened(self) -> None:
        self.history.opened()

    def badge(self) -> int:
        return self.history.unseen_count

    def call_back(self, index: int) -> None:
        if 0 <= index < len(self.shown):
            spawn(self.history.call_back(self.shown[index]))

    # -- window --------------------------------------------------------------------------------
    def open_window(self) -> HistoryWindow:
        if self.window is None:
            self.window = HistoryWindow(self.history, now=self._now)
        self.window.open()
        self.history.opened()
        return self.window

    def close(self) -> None:
        self.history.dialer_lookup = None
        self.history.name_lookup = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.title = None
        self.items = []
