from __future__ import annotations

import pytest

from app.core.session import Session
from app.ui.tray_menu import TrayMenu
from tests.helpers.stubs import FakeClient


@pytest.fixture
def session(qapp, qloop) -> Session:
    s = Session(FakeClient(), "201", "fr")
    qloop.run(s.refresh())
    return s


def texts(menu: TrayMenu) -> list[str]:
    return [a.text() for a in menu.menu.actions() if not a.isSeparator()]


def test_menu_lists_translated_statuses_with_current_checked(session, qtbot) -> None:
    menu = TrayMenu()
    menu.rebuild(session)
    assert "Alice Dupont — ext. 201" in texts(menu)
    assert [a.text() for a in menu.status_actions.values()] == ["Bureau", "Télétravail", "Occupé"]
    checked = [n for n, a in menu.status_actions.items() if a.isChecked()]
    assert checked == ["Office"]


def test_click_emits_untranslated_name(session, qtbot) -> None:
    menu = TrayMenu()
    menu.rebuild(session)
    with qtbot.waitSignal(menu.status_chosen, timeout=1000) as blocker:
        menu.status_actions["Telework"].trigger()
    assert blocker.args == ["Telework"]


def test_pending_status_disables_items_and_update_keeps_actions(session, qtbot) -> None:
    menu = TrayMenu()
    menu.rebuild(session)
    before = menu.status_actions["Busy"]
    session.pending_status = "Busy"
    menu.rebuild(session)
    assert menu.status_actions["Busy"] is before  # updated in place: an open menu keeps hover
    assert before.text() == "Occupé (setting…)"
    assert not any(a.isEnabled() for a in menu.status_actions.values())


def test_not_configured_menu_offers_settings_and_quit(qtbot) -> None:
    menu = TrayMenu()
    menu.rebuild(None, configured=False)
    assert texts(menu) == ["Not configured", "Settings…", "Quit"]


def test_html_in_user_name_is_plain_text(qapp, qloop) -> None:
    from dataclasses import replace

    client = FakeClient()
    client.directory = [replace(client.directory[0], fn="<b>Bob</b>", ln="<img src=x>")]
    s = Session(client, "201", "en")
    qloop.run(s.refresh())
    menu = TrayMenu()
    menu.rebuild(s)
    assert "<b>Bob</b> <img src=x> — ext. 201" in texts(menu)


def test_status_entries_carry_a_dot_in_their_status_colour(session, qapp) -> None:
    from PySide6.QtCore import QSize

    from app.ui.icons import status_colour

    menu = TrayMenu()
    menu.rebuild(session)
    for name, action in menu.status_actions.items():
        image = action.icon().pixmap(QSize(16, 16)).toImage()
        centre = image.pixelColor(8, 8)
        assert centre.name() == status_colour(name), name
    busy = menu.status_actions["Busy"].icon().pixmap(QSize(16, 16)).toImage().pixelColor(8, 8)
    office = menu.status_actions["Office"].icon().pixmap(QSize(16, 16)).toImage()
    assert busy != office.pixelColor(8, 8)
