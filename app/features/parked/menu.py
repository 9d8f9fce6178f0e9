"""The tray's "Parked calls" section: every occupied park slot with the caller and how long
they have waited; a click brings the call to the user. Read every few seconds while the menu
is open (evParked events keep it current otherwise)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.core.tasks import spawn
from app.features.parked.model import ParkedCall, ParkedCalls, duration_text
from app.ui.feature_ui import FeatureUi, Shell

if TYPE_CHECKING:
    from app.core.feature import Feature


def menu_text(text: str) -> str:
    """SOP-provided text for a QAction: '&' would otherwise become a mnemonic."""
    return text.replace("&", "&&")


class ParkedUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, ParkedCalls)
        self.parked = feature
        self.items: dict[str, QAction] = {}
        self._hooked: QMenu | None = None

    def shape(self) -> tuple[Any, ...]:
        return ("parked", tuple(c.slot for c in self.parked.listed()))

    def menu_cleared(self) -> None:
        self.items = {}

    def build_menu(self, menu: QMenu) -> None:
        self.menu_cleared()
        if self._hooked is not menu:
            self._unhook()
            menu.aboutToShow.connect(self._opened)
            menu.aboutToHide.connect(self._closed)
            self._hooked = menu
        calls = self.parked.listed()
        if not calls:
            return
        menu.addSection(self.tr("Parked calls"))
        for call in calls:
            action = menu.addAction("")
            action.setObjectName(f"parked:{call.slot}")
            action.setToolTip(self.tr("Pick up"))
            action.triggered.connect(lambda _c=False, s=call.slot: self.pick_up(s))
            self.items[call.slot] = action
        self.update_menu()

    def label(self, call: ParkedCall) -> str:
        who = menu_text(self.parked.who(call))
        waited = duration_text(self.parked.waited(call))
        return self.tr("{slot}: {who} — {time} (pick up)").format(
            slot=menu_text(call.slot), who=who, time=waited
        )

    def update_menu(self) -> None:
        for call in self.parked.listed():
            action = self.items.get(call.slot)
            if action is not None:
                action.setText(self.label(call))
                action.setEnabled(call.slot not in self.parked.busy)

    def pick_up(self, slot: str) -> None:
        spawn(self.parked.pickup_from_menu(slot))

    def _opened(self) -> None:
        self.parked.menu_opened(True)

    def _closed(self) -> None:
        self.parked.menu_opened(False)

    def _unhook(self) -> None:
        if self._hooked is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._hooked.aboutToShow.disconnect(self._opened)
                self._hooked.aboutToHide.disconnect(self._closed)
            self._hooked = None

    def close(self) -> None:
        self._unhook()
        self.parked.menu_opened(False)
        self.menu_cleared()
