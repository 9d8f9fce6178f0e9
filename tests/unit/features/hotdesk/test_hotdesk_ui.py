"""Hot-desk widgets: tray section with live countdown, guest dialog, settings tab."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import QMenu

from app.core.settings import Settings
from app.features.hotdesk.dialog import GuestLoginDialog
from app.features.hotdesk.menu import HotDeskUi
from app.features.hotdesk.settings import HotDeskPage
from app.ui.tray_menu import TrayMenu
from tests.helpers.hotdesk_fakes import DESK, Clocks, FakePumClient, make_hotdesk


class FakeController(QObject):
    quitting = Signal()


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def client() -> FakePumClient:
    return FakePumClient()


@pytest.fixture
def hotdesk(cfg_dir, client, clocks, qapp, qloop):
    feature = make_hotdesk(cfg_dir, client, clocks)
    qloop.run(feature.ctx.session.refresh())
    yield feature
    qloop.run(feature.stop())


@pytest.fixture
def ui(hotdesk, qtbot):
    controller = FakeController()
    section = HotDeskUi(hotdesk, controller)  # type: ignore[arg-type]
    yield section
    section.close()


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def build(ui: HotDeskUi) -> QMenu:
    menu = QMenu()
    ui.build_menu(menu)
    return menu


def test_logged_out_offers_login_here_and_for_someone_else(ui) -> None:
    menu = build(ui)
    assert texts(menu) == [
        f"Log in at this desk ({DESK})",
        "Log in someone else at this desk…",
    ]


def test_no_desk_phone_no_section(cfg_dir, client, clocks, qapp, qloop) -> None:
    settings = Settings(server_url="http://sop.test", user="201", desk_phone="")
    feature = make_hotdesk(cfg_dir, client, clocks, settings=settings)
    section = HotDeskUi(feature, FakeController())  # type: ignore[arg-type]
    assert texts(build(section)) == []
    section.close()


def test_countdown_after_login_then_logout_item(ui, hotdesk, client, clocks, qloop) -> None:
    qloop.run(hotdesk.login())
    menu = build(ui)
    assert texts(menu) == [
        f"Log out from {DESK} — available in 90 s",
        "Virtual phone SVE20101",
    ]
    assert ui.info is not None
    assert ui.info.toolTip() == "<p>The phone system says: Connexion successfully done.</p>"
    assert ui.ticker.isActive()
    clocks.advance(17)
    ui.ticker.timeout.emit()  # what the 1 s timer does
    assert ui.action is not None and ui.action.text() == f"Log out from {DESK} — available in 73 s"
    clocks.advance(73)
    ui.update_menu()
    assert ui.action.text() == f"Log out from {DESK}"
    assert not ui.ticker.isActive()


def test_click_while_throttled_sends_nothing_and_says_why(
    ui, hotdesk, client, clocks, qloop, qtbot
):
    qloop.run(hotdesk.login())
    _menu = build(ui)  # keep it: its actions die with it
    clocks.advance(10)
    with qtbot.waitSignal(hotdesk.notify, timeout=2000) as blocker:
        assert ui.action is not None
        ui.action.trigger()
        qloop.until(lambda: bool(blocker.signal_triggered))
    assert "80 s" in blocker.args[1] and "nothing was sent" in blocker.args[1]
    assert len(client.pum_calls()) == 1


def test_click_after_the_countdown_logs_out(ui, hotdesk, client, clocks, qloop) -> None:
    qloop.run(hotdesk.login())
    _menu = build(ui)  # keep it: its actions die with it
    clocks.advance(90)
    assert ui.action is not None
    ui.action.trigger()
    qloop.until(lambda: hotdesk.state.logged_in is False)
    assert client.pum_calls()[-1] == ("pum_logout", {"ext": "201"})


def test_sop_text_is_plain_in_menu(ui, hotdesk, client, qloop) -> None:
    qloop.run(hotdesk.login())
    hotdesk.state = hotdesk.state.__class__(True, "201", "SDP&1", "SVE<b>", "A & B")
    menu = build(ui)
    assert "Virtual phone SVE<b>" in texts(menu)
    assert "Log out from SDP&&1 — available in 90 s" in texts(menu)  # && shows one '&'
    assert ui.info is not None  # the SOP's text: a plain-text tooltip
    assert ui.info.toolTip() == "<p>The phone system says: A &amp; B</p>"


def test_guest_item_label_names_the_extension(ui, hotdesk, qloop) -> None:
    qloop.run(hotdesk.login_guest("203", "4321", remember=False))
    assert f"Log out 203 from {DESK} — available in 90 s" in texts(build(ui))


def test_quitting_logs_out_through_the_controller_signal(hotdesk, client, clocks, qloop):
    controller = FakeController()
    section = HotDeskUi(hotdesk, controller)  # type: ignore[arg-type]
    qloop.run(hotdesk.login())
    clocks.advance(91)
    controller.quitting.emit()
    section.close()
    qloop.run(hotdesk.stop())
    assert [n for n, _ in client.pum_calls()] == ["pum_login", "pum_logout"]


def test_section_inside_the_real_tray_menu(ui, hotdesk, qloop) -> None:
    tray_menu = TrayMenu()
    tray_menu.set_sections([ui])
    tray_menu.rebuild(hotdesk.ctx.session)
    labels = texts(tray_menu.menu)
    assert f"Log in at this desk ({DESK})" in labels
    assert labels.index(f"Log in at this desk ({DESK})") < labels.index("Quit")
    qloop.run(hotdesk.login())
    tray_menu.rebuild(hotdesk.ctx.session)  # shape changed: rebuilt with the logout item
    assert f"Log out from {DESK} — available in 90 s" in texts(tray_menu.menu)


# -- guest dialog -----------------------------------------------------------------------------


def test_guest_dialog_right_pin_logs_in_and_closes(hotdesk, client, qtbot, qloop) -> None:
    dialog = GuestLoginDialog(hotdesk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ext.setText("203")
    dialog.pin.setText("4321")
    dialog.submit()
    assert dialog.pin.text() == ""  # cleared at once
    qloop.until(lambda: dialog.result() == GuestLoginDialog.DialogCode.Accepted)
    assert client.pum_calls() == [("pum_login", {"ext": "203", "phone": DESK})]


def test_guest_dialog_wrong_pin_stays_open_with_message(hotdesk, client, qtbot, qloop) -> None:
    dialog = GuestLoginDialog(hotdesk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ext.setText("203")
    dialog.pin.setText("0000")
    dialog.remember.setChecked(True)
    dialog.submit()
    qloop.until(lambda: dialog.buttons.isEnabled())
    assert dialog.message.text() == "Wrong PIN for extension 203."
    assert dialog.isVisible() and client.pum_calls() == []
    assert hotdesk.pins.saved == {}


def test_guest_dialog_remembered_pin_hint(hotdesk, qtbot, qloop) -> None:
    hotdesk.pins.set_password("http://sop.test", "203", "4321")
    dialog = GuestLoginDialog(hotdesk)
    qtbot.addWidget(dialog)

    async def enter() -> None:  # the keyring answers from a worker thread
        dialog.ext.setText("203")
        dialog.ext.editingFinished.emit()
        while not dialog.remember.isChecked():  # noqa: ASYNC110
            await asyncio.sleep(0.01)

    qloop.run(enter())
    assert dialog.remember.isChecked()
    assert "remembered" in dialog.pin.placeholderText()
    assert dialog.pin.text() == ""  # never shown back


# -- settings tab -----------------------------------------------------------------------------


def test_settings_page_round_trip(qtbot) -> None:
    page = HotDeskPage(Settings())
    qtbot.addWidget(page)
    assert page.title == "Hot desk"
    assert page.logout_at_quit.isChecked() and not page.login_at_start.isChecked()
    assert not page.reminder.isChecked() and not page.reminder_time.isEnabled()
    page.login_at_start.setChecked(True)
    page.reminder.setChecked(True)
    page.reminder_time.setTime(QTime(18, 5))
    page.pin_parameter.setText("Pincode.Pincode")
    out = page.apply(Settings())
    assert out.pum_login_at_start == 1 and out.pum_logout_at_quit == 1
    assert out.pum_reminder_time == "18:05" and out.pum_pin_parameter == "Pincode.Pincode"
    again = HotDeskPage(out)
    qtbot.addWidget(again)
    assert again.reminder.isChecked() and again.reminder_time.time() == QTime(18, 5)
    page.reminder.setChecked(False)
    page.pin_parameter.setText(" ")
    cleared = page.apply(out)
    assert cleared.pum_reminder_time == "" and cleared.pum_pin_parameter == "UserPincode"


def test_end_of_os_session_logs_out(ui, hotdesk, client, clocks, qloop) -> None:
    qloop.run(hotdesk.login())
    clocks.advance(90)
    ui._on_commit_data(None)  # what QGuiApplication.commitDataRequest calls
    qloop.run(hotdesk.stop())
    assert [n for n, _ in client.pum_calls()] == ["pum_login", "pum_logout"]
