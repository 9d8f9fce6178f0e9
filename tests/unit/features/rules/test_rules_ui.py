"""The automatic-status section on the real tray menu (qtbot): timed-status submenus, the
"until" line in menu and tooltip, "End now", "Why this status?", and the settings tab."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.core.settings import Settings
from app.features.rules.dialog import UntilDialog
from app.features.rules.menu import RulesUi
from app.features.rules.settings import RulesPage
from app.ui.tray import Tray
from app.ui.tray_menu import TrayMenu
from tests.helpers.rules_fakes import BXL, WallClock, make_rules
from tests.helpers.stubs import FakeClient


class FakeController(QObject):
    quitting = Signal()


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def client() -> FakeClient:
    return FakeClient()


@pytest.fixture
def rules(cfg_dir, client, clock, qapp, qloop):
    feature = make_rules(cfg_dir, client, clock)
    qloop.run(feature.ctx.session.refresh())
    feature.start()
    yield feature
    qloop.run(feature.stop())


@pytest.fixture
def shown(rules, qtbot):
    """The real tray (no system tray offscreen: the tooltip text is still kept) and its menu."""
    section = RulesUi(rules, FakeController())  # type: ignore[arg-type]
    tray = Tray(TrayMenu())
    tray.menu.set_sections([section])

    def show() -> None:
        tray.show_state(rules.ctx.session, notes=[t for t in [section.tooltip()] if t])

    rules.changed.connect(show)
    rules.ctx.session.changed.connect(show)
    show()
    yield tray, section
    section.close()
    tray.hide()


def action(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text() == text)


def submenu(menu: QMenu, text: str) -> QMenu:
    found = action(menu, text).menu()
    assert isinstance(found, QMenu)
    return found


def visible_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def test_every_status_has_the_durations(shown) -> None:
    tray, _ = shown
    timed = submenu(tray.menu.menu, "Status for a while")
    assert [a.text() for a in timed.actions()] == ["Bureau", "Télétravail", "Occupé"]
    assert [a.text() for a in submenu(timed, "Occupé").actions()] == [
        "For 30 minutes",
        "For 1 hour",
        "For 2 hours",
        "Until…",
        "Until tomorrow morning",
    ]


def test_busy_for_30_minutes_from_the_menu(shown, rules, client, qloop) -> None:
    tray, _ = shown
    busy = submenu(submenu(tray.menu.menu, "Status for a while"), "Occupé")
    action(busy, "For 30 minutes").trigger()
    qloop.until(lambda: "Occupé until 09:30" in visible_texts(tray.menu.menu))
    assert [kw["status"] for n, kw in client.calls if n == "set_profile"] == ["Busy"]
    assert tray.menu.status_actions["Busy"].isChecked()
    assert "Occupé until 09:30" in tray.tooltip.splitlines()
    end = action(tray.menu.menu, "End now: back to Bureau")
    end.trigger()
    qloop.until(lambda: tray.menu.status_actions["Office"].isChecked())
    assert "Occupé until 09:30" not in tray.tooltip
    assert [kw["status"] for n, kw in client.calls if n == "set_profile"] == ["Busy", "Office"]


def test_until_tomorrow_morning_uses_the_working_hours_start(shown, rules, client, qloop) -> None:
    tray, _ = shown
    busy = submenu(submenu(tray.menu.menu, "Status for a while"), "Télétravail")
    action(busy, "Until tomorrow morning").trigger()
    qloop.until(lambda: "Télétravail until Thu 08:30" in visible_texts(tray.menu.menu))


def test_why_this_status_explains_in_a_notification(shown, rules, qloop) -> None:
    tray, _ = shown
    told: list[tuple[str, str]] = []
    rules.notify.connect(lambda title, text: told.append((title, text)))
    action(tray.menu.menu, "Why this status?").trigger()
    assert told == [("Why this status?", "Bureau: you chose it. No automatic rule applies now.")]


def test_until_dialog_gives_the_chosen_time(qtbot) -> None:
    proposed = datetime(2026, 6, 10, 10, 0, tzinfo=BXL)
    dialog = UntilDialog("Occupé", proposed, BXL)
    qtbot.addWidget(dialog)
    got: list[datetime] = []
    dialog.chosen.connect(got.append)
    dialog.edit.setTime(QTime(14, 15))
    dialog.accept()
    assert [g.astimezone(BXL).strftime("%H:%M") for g in got] == ["14:15"]


def test_settings_page_turns_rules_on_and_off(qtbot) -> None:
    page = RulesPage(Settings())
    qtbot.addWidget(page)
    assert page.apply(Settings()) == Settings()  # every rule off by default, nothing changed
    page.lock_status.setText(" Away ")
    page.hours_status.setText("OutOfOffice")
    page.days[4].setChecked(False)  # no Fridays
    page.hours_end.setTime(QTime(16, 0))
    applied = page.apply(Settings())
    assert applied.rules_lock_status == "Away"
    assert applied.rules_hours_status == "OutOfOffice"
    assert applied.rules_hours_days == "1234"
    assert applied.rules_hours_end == "16:00"


def test_without_a_tray_the_submenu_opens_on_a_click(rules, qtbot) -> None:
    from PySide6.QtWidgets import QToolButton

    from app.ui.menu_window import MenuWindow

    section = RulesUi(rules, FakeController())  # type: ignore[arg-type]
    tray_menu = TrayMenu()
    tray_menu.set_sections([section])
    tray_menu.rebuild(rules.ctx.session)
    window = MenuWindow(tray_menu)
    qtbot.addWidget(window)
    window.sync()
    button = next(b for b in window.findChildren(QToolButton) if b.text() == "Status for a while")
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    assert button.menu() is not None and button.menu().actions()  # the durations, on a click
    section.close()
