"""Incoming-call popups: plain-text caller names, no focus taken, buttons, stacking, timeout."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from app.core.settings import Settings
from app.features.incoming.menu import IncomingUi
from app.features.incoming.model import IncomingCalls
from app.features.incoming.popup import IncomingPopup, popup_flags
from app.features.incoming.settings import IncomingSettingsPage
from app.sop.models import DirectoryEntry
from tests.helpers.incoming_fakes import CallClient, incoming_context, ring

# The offscreen plugin cannot raise windows; the redirect dialog asks it to (real desktops can).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

HTML_NAME = '<b>x</b><img src="http://evil.example/p.png">'


class FakeController(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.tray = SimpleNamespace(icon=None)


@pytest.fixture
def client() -> CallClient:
    c = CallClient()
    c.directory.append(DirectoryEntry(ext="666", fn=HTML_NAME, company="<i>Evil</i> & Co"))
    return c


def build(qloop, client, cfg_dir, **settings: object) -> tuple[IncomingCalls, IncomingUi]:
    feature = IncomingCalls(incoming_context(client, cfg_dir, **settings))
    assert qloop.run(feature.cache.refresh())
    ui = IncomingUi(feature, FakeController())  # type: ignore[arg-type]
    return feature, ui


@pytest.fixture
def setup(qapp, qloop, client, cfg_dir):
    feature, ui = build(qloop, client, cfg_dir, incoming_crm_url="https://crm.test/?q={name}")
    yield feature, ui
    ui.close()
    qloop.run(feature.stop())


def deliver(qloop, feature: IncomingCalls, *events: object) -> None:
    async def run() -> None:
        for event in events:
            feature.on_event(event)

    qloop.run(run())


def test_html_in_a_caller_name_is_shown_literally(setup, qloop) -> None:
    feature, ui = setup
    deliver(qloop, feature, ring("SIP/e-1", "666"))
    popup = ui.popups["SIP/e-1"]
    assert popup.isVisible()
    assert popup.name_label.text() == HTML_NAME
    assert popup.company_label.text() == "<i>Evil</i> & Co"
    for label in (popup.name_label, popup.number_label, popup.company_label, popup.state_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    # as plain text the markup takes room: a rendered "<b>x</b>" would be one letter wide
    metrics = popup.name_label.fontMetrics()
    assert popup.name_label.sizeHint().width() >= metrics.horizontalAdvance(HTML_NAME)


def test_the_popup_does_not_take_focus(setup, qloop, qtbot) -> None:
    feature, ui = setup
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    deliver(qloop, feature, ring("SIP/f-1", "777"))  # shown, then its name and company filled
    popup = ui.popups["SIP/f-1"]
    qtbot.waitExposed(popup)
    qloop.until(lambda: popup.company_label.isVisible())
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert popup.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in popup.buttons.values())
    qtbot.mouseClick(popup.primary, Qt.MouseButton.LeftButton)
    assert QApplication.activeWindow() is editor and QApplication.focusWidget() is editor
    assert not popup.isActiveWindow()


def test_window_flags_per_platform() -> None:
    assert popup_flags("xcb") & Qt.WindowType.ToolTip == Qt.WindowType.ToolTip
    wayland = popup_flags("wayland")
    assert wayland & Qt.WindowType.ToolTip != Qt.WindowType.ToolTip  # needs a parent there
    assert wayland & Qt.WindowType.Tool == Qt.WindowType.Tool


def test_number_at_once_then_the_name(qapp, qloop, client, cfg_dir) -> None:
    feature, ui = build(qloop, client, cfg_dir)
    at_show: list[tuple[str, bool]] = []
    feature.call_added.connect(  # connected after the popup's own slot: it is on screen
        lambda ch: at_show.append((ui.popups[ch].name_label.text(), ui.popups[ch].isVisible()))
    )
    deliver(qloop, feature, ring("SIP/n-1", "777"))
    assert at_show == [("777", True)]
    popup = ui.popups["SIP/n-1"]
    qloop.until(lambda: popup.name_label.text() == "Only Remote")
    assert popup.number_label.text() == "777" and popup.company_label.text() == "Remote & Co"
    ui.close()
    qloop.run(feature.stop())


def test_copy_and_crm_buttons(setup, qloop, qtbot) -> None:
    feature, ui = setup
    opened: list[QUrl] = []
    ui.open_url = opened.append
    deliver(qloop, feature, ring("SIP/c-1", "234"))
    popup = ui.popups["SIP/c-1"]
    popup.call_actions["copy"].trigger()
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == "234"
    popup.call_actions["crm"].trigger()
    assert [u.toString(QUrl.ComponentFormattingOption.FullyEncoded) for u in opened] == [
        "https://crm.test/?q=In%C3%A8s%20Van%20Damme"
    ]


def test_crm_button_hidden_without_a_link(qapp, qloop, client, cfg_dir) -> None:
    feature, ui = build(qloop, client, cfg_dir)
    deliver(qloop, feature, ring("SIP/c-2", "234"))
    assert "crm" not in ui.popups["SIP/c-2"].call_actions
    ui.close()
    qloop.run(feature.stop())


def test_buttons_send_and_the_popup_closes(setup, client, qloop, qtbot) -> None:
    feature, ui = setup
    deliver(qloop, feature, ring("SIP/b-1", "234"), ring("SIP/b-2", "234"))
    first, second = ui.popups["SIP/b-1"], ui.popups["SIP/b-2"]
    first.call_actions["voicemail"].trigger()
    qloop.until(lambda: "SIP/b-1" not in ui.popups)
    assert not shiboken6.isValid(first)  # closed and deleted
    second.call_actions["park"].trigger()
    qloop.until(lambda: feature.calls["SIP/b-2"].pending == "" and client.sent[-1][0] == "ccPark")
    from app.sop.events import Parked

    deliver(qloop, feature, Parked(park_slot="701", channel="SIP/b-2"))
    assert second.state_label.text() == "Parked on 701"
    assert not second.call_actions["park"].isEnabled()
    assert client.sent == [
        ("ccRedirect", {"channel_id": "SIP/b-1", "to": "*201"}),
        ("ccPark", {"channel_id": "SIP/b-2"}),
    ]


def test_redirect_to_any_number_dialog(setup, client, qloop, qtbot) -> None:
    feature, ui = setup
    deliver(qloop, feature, ring("SIP/r-1", "234"))
    ui.popups["SIP/r-1"].call_actions["number"].trigger()
    dialog = ui.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.input, "02 & 03")
    dialog.send()
    assert "“&” is not allowed" in dialog.message.text() and client.sent == []
    dialog.input.setText("0475 11 22 33")
    dialog.send()
    qloop.until(lambda: ui.dialog is None)
    assert client.sent == [("ccRedirect", {"channel_id": "SIP/r-1", "to": "0475112233"})]
    assert "SIP/r-1" not in ui.popups


def test_popups_stack_without_overlapping(setup, qloop) -> None:
    feature, ui = setup
    deliver(qloop, feature, *(ring(f"SIP/s-{i}", "234") for i in range(3)))
    rects = [p.frameGeometry() for p in ui.popups.values()]
    assert len(rects) == 3
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b), (a, b)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert all(screen.contains(r) for r in rects)
    newest = rects[-1]
    assert newest.bottom() > rects[0].bottom()  # the newest is nearest the (bottom) corner


def test_timeout_closes_and_dismisses(qapp, qloop, client, cfg_dir, qtbot) -> None:
    feature, ui = build(qloop, client, cfg_dir, incoming_timeout_s=1)
    deliver(qloop, feature, ring("SIP/t-1", "234"))
    popup = ui.popups["SIP/t-1"]
    assert popup.timer.isActive() and popup.timer.interval() == 1000
    qloop.until(lambda: "SIP/t-1" not in feature.calls, timeout=5)
    assert "SIP/t-1" not in ui.popups
    qloop.until(lambda: not shiboken6.isValid(popup))
    ui.close()
    qloop.run(feature.stop())


def test_no_timeout_when_set_to_zero(qapp, qloop, client, cfg_dir) -> None:
    feature, ui = build(qloop, client, cfg_dir, incoming_timeout_s=0)
    deliver(qloop, feature, ring("SIP/t-2", "234"))
    assert not ui.popups["SIP/t-2"].timer.isActive()
    ui.close()
    qloop.run(feature.stop())


def test_settings_page(qtbot) -> None:
    page = IncomingSettingsPage(Settings())
    qtbot.addWidget(page)
    assert page.voicemail.text() == "*{ext}" and page.crm.text() == ""
    page.timeout.setValue(0)
    page.enabled.setChecked(False)
    page.crm.setText("javascript:alert(1)")
    assert page.crm_error.text() and not page.crm_error.isHidden()
    kept = page.apply(Settings(incoming_crm_url="https://old.test/{number}"))
    assert kept.incoming_crm_url == "https://old.test/{number}"  # an invalid link is not saved
    page.crm.setText("https://crm.test/?n={number}")
    page.voicemail.setText("")
    saved = page.apply(Settings())
    assert (saved.incoming_popups, saved.incoming_timeout_s) == (0, 0)
    assert saved.incoming_crm_url == "https://crm.test/?n={number}"
    assert saved.incoming_voicemail == "*{ext}" and page.crm_error.isHidden()


def test_popup_alone_shows_parked_and_errors(qtbot) -> None:
    from app.features.incoming.call import CallState, IncomingCall

    call = IncomingCall("SIP/p-1", "104", "104", "201", "now", name="Anna")
    popup = IncomingPopup(call)
    qtbot.addWidget(popup)
    assert popup.state_label.text() == "Calling you"
    call.state = CallState.PARKED
    popup.refresh()
    assert popup.state_label.text() == "Parked"
    call.error = "ccPark failed"
    popup.refresh()
    assert popup.state_label.text() == "ccPark failed"


def test_the_caller_comes_first(qtbot) -> None:
    """Avatar with initials, a large name, the number as people write it, the company."""
    from app.features.incoming.call import IncomingCall

    call = IncomingCall(
        "SIP/d-1", "+3225551234", "+3225551234", "201", "now", name="Jolien Mertens"
    )
    call.company = "ACME Demo"
    popup = IncomingPopup(call, mobile=True)
    qtbot.addWidget(popup)
    popup.show()
    qtbot.waitExposed(popup)
    assert popup.avatar.text() == "JM"
    assert popup.name_label.text() == "Jolien Mertens"
    assert popup.number_label.text() == "02 555 12 34"
    assert popup.company_label.text() == "ACME Demo"
    assert popup.state_label.text() == "Calling you"
    name_size = popup.name_label.font().pointSizeF()
    assert name_size >= 1.3 * popup.number_label.font().pointSizeF()
    tops = [w.geometry().top() for w in (popup.name_label, popup.number_label, popup.state_label)]
    assert tops == sorted(tops)  # name, then number, then "Calling you"
    assert not popup.name_label.is_elided()


def test_one_primary_action_and_the_rest_under_more(qtbot) -> None:
    from app.features.incoming.call import IncomingCall

    call = IncomingCall("SIP/d-2", "104", "104", "201", "now", name="Anna")
    popup = IncomingPopup(call, crm=True, mobile=True)
    qtbot.addWidget(popup)
    chosen: list[str] = []
    popup.action.connect(lambda _channel, key: chosen.append(key))
    assert popup.primary.text() == "To my mobile" and popup.primary.isDefault()
    assert popup.more.menu() is popup.more_menu
    in_menu = [a.objectName() for a in popup.more_menu.actions() if not a.isSeparator()]
    rest = ("voicemail", "number", "park", "reject", "crm", "copy")
    assert in_menu == [f"popup_{k}" for k in rest]
    # each entry shows the key that picks it while the menu is open
    keys = [a.shortcut().toString() for a in popup.more_menu.actions() if not a.isSeparator()]
    assert keys == ["V", "T", "P", "R", "O", "C"]
    qtbot.mouseClick(popup.primary, Qt.MouseButton.LeftButton)
    assert chosen == ["mobile"]
    popup.more_menu.aboutToShow.emit()  # the menu open: the popup waits for the user
    assert not popup.timer.isActive()
    popup.more_menu.aboutToHide.emit()
    assert popup.timer.isActive()


def test_without_a_mobile_voicemail_is_the_primary_action(qtbot) -> None:
    from app.features.incoming.call import IncomingCall

    call = IncomingCall("SIP/d-3", "104", "104", "201", "now")
    popup = IncomingPopup(call, mobile=False)
    qtbot.addWidget(popup)
    assert popup.primary.text() == "To voicemail"
    assert "popup_voicemail" not in [a.objectName() for a in popup.more_menu.actions()]
    assert popup.avatar.text() == "#"  # known by number only


def test_a_long_name_ends_in_an_ellipsis_with_a_tooltip(qtbot) -> None:
    from app.features.incoming.call import IncomingCall

    name = "Maximilian-Alexander von und zu Hohenzollern-Sigmaringen, Directeur Général"
    call = IncomingCall("SIP/d-4", "104", "104", "201", "now", name=name)
    popup = IncomingPopup(call)
    qtbot.addWidget(popup)
    popup.show()
    qtbot.waitExposed(popup)
    assert popup.width() <= 420
    assert popup.name_label.text() == name and popup.name_label.is_elided()
    assert popup.name_label.toolTip() == name
    assert popup.name_label.shown_text().endswith("…")


@pytest.mark.parametrize(
    ("lang", "calling", "more"),
    [("fr", "Vous appelle", "Plus"), ("nl", "Belt u", "Meer"), ("de", "Ruft Sie an", "Mehr")],
)
def test_calling_you_in_the_users_language(qtbot, qm_dir, lang, calling, more) -> None:
    from app.features.incoming.call import IncomingCall
    from tests.helpers.ui_language import ui_language

    with ui_language(lang, qm_dir):
        popup = IncomingPopup(IncomingCall("SIP/l-1", "104", "104", "201", "now", name="Anna"))
        qtbot.addWidget(popup)
        assert popup.state_label.text() == calling
        assert popup.more.text() == more
