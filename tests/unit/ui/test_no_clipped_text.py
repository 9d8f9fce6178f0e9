"""No window cuts its text, in any of the app's languages: every visible label and button of
every window fits its text, or ends it in "…" with the whole text in its tooltip.

The windows are the real widgets, at the size they open with, in English (US locale: "2:16 PM"),
French, Dutch and German, with the app's compiled translations.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from app.core.settings import Settings
from tests.helpers.clipping import clipped
from tests.helpers.ui_language import LANGUAGES, ui_language

# The offscreen platform cannot raise or activate a window; some windows ask it to.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

LONG_NAME = "Maximilian-Alexander von Hohenzollern-Sigmaringen"
LONG_COMPANY = "Brasserie Cantillon, Gueuzerie et Musée bruxellois de la Gueuze"


@pytest.fixture(params=LANGUAGES)
def lang(request, qm_dir) -> Iterator[str]:
    with ui_language(request.param, qm_dir):
        yield request.param


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


class FakeController(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.features: list[object] = []


def test_incoming_popup(lang, qtbot) -> None:
    from app.features.incoming.call import IncomingCall
    from app.features.incoming.popup import IncomingPopup

    call = IncomingCall("SIP/c-1", "+3225551234", "+3225551234", "201", "now", name=LONG_NAME)
    call.company = LONG_COMPANY
    popup = shown(qtbot, IncomingPopup(call, crm=True))
    assert clipped(popup) == []
    call.error = "The phone system refused: the channel no longer exists (code 7)."
    popup.refresh()
    QApplication.processEvents()
    assert clipped(popup) == []


def test_redirect_dialog_with_its_error(lang, qtbot, qloop, cfg_dir) -> None:
    from app.features.incoming.model import IncomingCalls
    from app.features.incoming.redirect_dialog import RedirectDialog
    from tests.helpers.incoming_fakes import CallClient, incoming_context, ring

    feature = IncomingCalls(incoming_context(CallClient(), cfg_dir))

    async def deliver() -> None:
        feature.on_event(ring("SIP/r-1", "0475123456"))

    qloop.run(deliver())
    dialog = shown(qtbot, RedirectDialog(feature, "SIP/r-1"))
    dialog.input.setText("02 & 03 (reception, ask for Mrs. Van den Bossche)")
    dialog.send()
    QApplication.processEvents()
    assert dialog.message.isVisible() and dialog.message.text()
    assert clipped(dialog) == []
    dialog.close()
    qloop.run(feature.stop())


def test_call_history(lang, qtbot, qloop, cfg_dir) -> None:
    from app.features.history.window import HistoryWindow
    from tests.helpers.history_fakes import NOW, HistoryClient, WallClock, cdr, make_history

    calls = [
        cdr(f"c{i}", NOW - timedelta(hours=7 * i, minutes=2), code, name=LONG_NAME)
        for i, code in enumerate(["101", "300", "202", "003", "999"] * 3)
    ]
    clock = WallClock()
    feature = make_history(cfg_dir, HistoryClient(calls), clock)
    qloop.run(feature.ctx.session.refresh())
    assert qloop.run(feature.poll())
    window = HistoryWindow(feature, now=clock)
    qtbot.addWidget(window)
    window.open()
    qtbot.waitExposed(window)
    assert clipped(window) == []
    window.close()
    qloop.run(feature.stop())


def test_settings_dialog_every_tab(lang, qtbot) -> None:
    from app.ui.settings_dialog import SettingsDialog

    async def fine(_s: Settings, _p: str) -> str | None:
        return None

    settings = Settings(
        server_url="http://sop.example.com", user="201", http_username="api", desk_phone="SDP1"
    )
    dialog = shown(qtbot, SettingsDialog(settings, fine, first_start=True))
    dialog.show_message("The server answered, but the user 201 is not in its directory.")
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert clipped(dialog) == [], dialog.tabs.tabText(index)


def test_no_tray_window_with_missed_calls(lang, qtbot, qloop, cfg_dir) -> None:
    from app.features.history.menu import HistoryUi
    from app.ui.menu_window import MenuWindow
    from app.ui.tray_menu import TrayMenu
    from tests.helpers.history_fakes import NOW, HistoryClient, WallClock, cdr, make_history

    calls = [
        cdr("m1", NOW - timedelta(days=1, hours=3), "101", name=LONG_COMPANY),
        cdr("v1", NOW - timedelta(days=2), "300", name=LONG_NAME),
        cdr("m2", NOW - timedelta(minutes=4), "101", number="+3225551234"),
    ]
    clock = WallClock()
    feature = make_history(cfg_dir, HistoryClient(calls), clock)
    qloop.run(feature.ctx.session.refresh())
    assert qloop.run(feature.poll())
    section = HistoryUi(feature, FakeController(), now=clock)  # type: ignore[arg-type]
    tray_menu = TrayMenu()
    tray_menu.set_sections([section])
    tray_menu.rebuild(feature.ctx.session)
    window = shown(qtbot, MenuWindow(tray_menu))
    window.sync()
    window.show_message("Missed call", f"{LONG_COMPANY} called at 18:07 and left a message.")
    QApplication.processEvents()
    assert clipped(window) == []
    section.close()
    qloop.run(feature.stop())


def test_hot_desk_login_dialog(lang, qtbot, qloop, cfg_dir) -> None:
    from app.features.hotdesk.dialog import GuestLoginDialog
    from tests.helpers.hotdesk_fakes import Clocks, FakePumClient, make_hotdesk

    hotdesk = make_hotdesk(cfg_dir, FakePumClient(), Clocks())
    dialog = shown(qtbot, GuestLoginDialog(hotdesk))
    assert clipped(dialog) == []
    dialog.close()
    qloop.run(hotdesk.stop())


def test_until_dialog(lang, qtbot) -> None:
    from app.features.rules.dialog import UntilDialog

    dialog = shown(qtbot, UntilDialog("Out of office", datetime(2026, 12, 3, 9, tzinfo=UTC), UTC))
    assert clipped(dialog) == []


def test_dial_box_with_matches(lang, qtbot, qloop, cfg_dir) -> None:
    from app.features.dial.model import DialFeature
    from app.features.dial.window import DialWindow
    from tests.helpers.dial_fakes import DialClient, dial_context

    feature = DialFeature(dial_context(DialClient(), cfg_dir))
    qloop.run(feature.ctx.session.refresh())
    window = DialWindow(feature)
    qtbot.addWidget(window)
    window.open()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.input, "0475 12 34 56")
    QApplication.processEvents()
    assert clipped(window) == []
    window.close()
