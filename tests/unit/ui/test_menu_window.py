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
