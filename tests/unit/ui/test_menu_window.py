"""The window that stands in for the tray where there is none (offscreen here, as in Xvfb)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QToolButton

from app.ui.menu_window import MenuWindow, _Heading, _Rule
from app.ui.tray import Tray
from app.ui.tray_menu import TrayMenu


class Menu:
    """Just the part of TrayMenu that MenuWindow reads."""

    def __init__(self) -> None:
        self.menu = QMenu()


def kinds(window: MenuWindow) -> list[str]:
    out = []
    for w in window._buttons:
        if isinstance(w, _Heading):
            out.append(f"# {w.text()}")
        elif isinstance(w, _Rule):
            out.append("---")
        elif isinstance(w, QToolButton):
            out.append(w.text())
        else:
            assert isinstance(w, QLabel)
            out.append(f"({w.text()})")
    return out


def test_sections_and_separators_read_like_the_menu(qtbot) -> None:
    fake = Menu()
    m = fake.menu
    m.addSeparator()  # a leading separator draws nothing
    info = m.addAction("Camille — ext. 201")
    info.setEnabled(False)
    m.addSection("Status")
    office = m.addAction("Office")
    office.setCheckable(True)
    office.setChecked(True)
    m.addSection("Hot desk")
    m.addAction("Log in")
    m.addSeparator()
    m.addSeparator()  # twice in a row: one rule
    hidden = m.addAction("Hidden")
    hidden.setVisible(False)
    m.addAction("Quit")
    window = MenuWindow(fake)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.sync()
    assert kinds(window) == [
        "(Camille — ext. 201)",
        "# Status",
        "Office",
        "# Hot desk",
        "Log in",
        "---",
        "Quit",
    ]


def test_notice_is_not_clipped_when_the_menu_grows(qtbot) -> None:
    fake = Menu()
    window = MenuWindow(fake)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.sync()
    window.show()
    qtbot.waitExposed(window)
    for i in range(20):
        fake.menu.addAction(QAction(f"Action {i}", fake.menu))
    window.sync()
    window.show_message("Missed call", "Brasserie Cantillon called at 18:07, and left a message")
    notice, message = window.notice, window.message
    assert notice.height() >= notice.heightForWidth(notice.width())
    assert message.height() >= message.heightForWidth(message.width())


def test_tray_without_a_system_tray_uses_the_window(qtbot) -> None:
    tray = Tray(TrayMenu())  # offscreen: no system tray
    assert tray.window is not None and not tray.has_tray
    qtbot.addWidget(tray.window)
    before = tray.window.windowIcon().cacheKey()
    tray.show_state(None, configured=False)
    tray.show()
    assert tray.window.isVisible()
    assert tray.window.windowIcon().cacheKey() != before  # the status icon, not the plain one
    tray.hide()
    assert not tray.window.isVisible()


def _real_menu_window(qtbot, qloop):
    from app.core.session import Session
    from tests.helpers.stubs import FakeClient

    session = Session(FakeClient(), "201", "en")
    qloop.run(session.refresh())
    tray_menu = TrayMenu()
    tray_menu.rebuild(session)
    window = MenuWindow(tray_menu)
    qtbot.addWidget(window)
    window.sync()
    window.show()
    qtbot.waitExposed(window)
    return tray_menu, window


def test_the_window_reads_as_a_window_not_a_column_of_buttons(qtbot, qloop, qapp) -> None:
    from app.ui.menu_window import _ActionButton

    _tray_menu, window = _real_menu_window(qtbot, qloop)
    rows = {b.text(): b for b in window.findChildren(_ActionButton)}
    # the last group (Refresh, Settings…, Quit) is a row of buttons at the bottom right
    footer = [rows["Refresh"], rows["Settings…"], rows["Quit"]]
    assert len({b.geometry().top() for b in footer}) == 1
    assert [b.geometry().left() for b in footer] == sorted(b.geometry().left() for b in footer)
    assert footer[-1].geometry().right() > window.width() * 0.8
    assert all(b.geometry().top() > rows["Bureau"].geometry().bottom() for b in footer)
    # statuses are flat rows with their dot, the current one in bold
    office = rows["Bureau"]
    assert office.autoRaise() and not office.icon().isNull()
    assert office.font().bold() and not rows["Télétravail"].font().bold()
    header = window.findChild(QLabel, "menuHeader")
    assert header is not None and header.text() == "Alice Dupont — ext. 201"
    assert header.font().bold()


def test_a_row_too_long_for_the_window_ends_in_an_ellipsis_with_a_tooltip(qtbot) -> None:
    from app.ui.menu_window import _ActionButton

    fake = Menu()
    long = "✉ Brasserie Cantillon, Gueuzerie et Musée bruxellois — yesterday 6:52 PM (voicemail)"
    fake.menu.addAction(long)
    fake.menu.addAction("Short")
    window = MenuWindow(fake)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.sync()
    window.resize(340, 400)
    window.show()
    qtbot.waitExposed(window)
    rows = {b.text(): b for b in window.findChildren(_ActionButton)}
    assert rows[long].is_elided() and rows[long].toolTip() == long
    assert rows[long].geometry().right() <= window.width()
    assert not rows["Short"].is_elided() and rows["Short"].toolTip() == ""
