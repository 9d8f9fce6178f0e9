"""The automatic-status section of the tray menu.

"Busy until 14:00" while a status has a known end (and "End now: back to Office" for a timed
one), a "Status for a while" submenu with, for each status, 30 minutes, 1 hour, 2 hours,
"Until…" and "Until tomorrow morning", and "Why this status?".
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.core.tasks import spawn
from app.features.rules.dialog import UntilDialog
from app.features.rules.model import StatusRules
from app.ui.feature_ui import FeatureUi, Shell
from app.ui.tray_menu import shown_statuses

if TYPE_CHECKING:
    from app.core.feature import Feature

DURATIONS = (30, 60, 120)  # minutes


def menu_text(text: str) -> str:
    """SOP-provided text for a QAction: '&' would otherwise become a mnemonic."""
    return text.replace("&", "&&")


class RulesUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, StatusRules)
        self.rules = feature
        self.until_action: QAction | None = None
        self.end_action: QAction | None = None
        self.timed_menu: QMenu | None = None
        self.dialog: UntilDialog | None = None

    def _statuses(self) -> tuple[Any, ...]:
        """The statuses the tray menu lists (a callflow of thousands gets a bounded submenu)."""
        return shown_statuses(self.rules.ctx.session.callflow)

    def shape(self) -> tuple[Any, ...]:
        timer = self.rules.engine.state.timer is not None
        return ("rules", tuple(o.name for o in self._statuses()), timer)

    def build_menu(self, menu: QMenu) -> None:
        self.until_action = self.end_action = self.timed_menu = None
        statuses = self._statuses()
        if not statuses:
            return
        menu.addSeparator()
        self.until_action = menu.addAction("")
        self.until_action.setObjectName("rulesUntil")
        self.until_action.setEnabled(False)
        if self.rules.engine.state.timer is not None:
            self.end_action = menu.addAction("")
            self.end_action.setObjectName("rulesEndTimer")
            self.end_action.triggered.connect(self._end_timer)
        timed = QMenu(self.tr("Status for a while"), menu)
        timed.setObjectName("timedStatusMenu")
        for option in statuses:
            label = menu_text(option.translated or option.name)
            sub = timed.addMenu(label)
            sub.setObjectName(f"timed:{option.name}")
            for minutes in DURATIONS:
                text = {
                    30: self.tr("For 30 minutes"),
                    60: self.tr("For 1 hour"),
                    120: self.tr("For 2 hours"),
                }[minutes]
                action = sub.addAction(text)
                action.setData(minutes)
                action.triggered.connect(
                    lambda _c=False, n=option.name, m=minutes: self.for_minutes(n, m)
                )
            until = sub.addAction(self.tr("Until…"))
            until.triggered.connect(lambda _c=False, n=option.name: self.open_until(n))
            morning = sub.addAction(self.tr("Until tomorrow morning"))
            morning.triggered.connect(lambda _c=False, n=option.name: self.until_morning(n))
        menu.addMenu(timed)
        self.timed_menu = timed
        why = menu.addAction(self.tr("Why this status?"))
        why.setObjectName("rulesWhy")
        why.triggered.connect(self.explain)
        self.update_menu()

    def update_menu(self) -> None:
        if self.until_action is not None:
            label = self.rules.label()
            self.until_action.setText(menu_text(label))
            self.until_action.setVisible(bool(label))
        timer = self.rules.engine.state.timer
        if self.end_action is not None and timer is not None:
            back = self.rules.ctx.session.callflow
            name = back.translated(timer.revert_to) if back is not None else timer.revert_to
            self.end_action.setText(
                self.tr("End now: back to {status}").format(status=menu_text(name))
            )

    def tooltip(self) -> str:
        return self.rules.label()

    # -- actions ---------------------------------------------------------------------------------
    def for_minutes(self, name: str, minutes: int) -> None:
        until = self.rules.clock() + timedelta(minutes=minutes)
        spawn(self.rules.set_timed_from_menu(name, until))

    def until_morning(self, name: str) -> None:
        spawn(self.rules.set_timed_from_menu(name, self.rules.tomorrow_morning()))

    def open_until(self, name: str) -> None:
        if self.dialog is not None:
            self.dialog.close()
        cf = self.rules.ctx.session.callflow
        shown = cf.translated(name) if cf is not None else name
        proposed = self.rules.clock() + timedelta(hours=1)
        dialog = UntilDialog(shown, proposed, self.rules.zone)
        dialog.chosen.connect(lambda until: spawn(self.rules.set_timed_from_menu(name, until)))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()

    def _end_timer(self) -> None:
        self.rules.end_timer()

    def explain(self) -> None:
        self.rules.notify.emit(self.tr("Why this status?"), self.rules.explain())

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.until_action = self.end_action = self.timed_menu = None
