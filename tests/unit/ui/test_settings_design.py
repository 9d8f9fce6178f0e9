"""The settings dialog's design: buttons with words only, plain words for the fields, and a live
example under each field that is a template or a rule."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.core.settings import Settings
from app.features.dial.settings import DialSettingsPage
from app.features.hotdesk.settings import HotDeskPage
from app.features.incoming.settings import IncomingSettingsPage
from app.ui.settings_dialog import SettingsDialog


async def _fine(_settings: Settings, _password: str) -> str | None:
    return None


def _labels(widget: QWidget) -> list[str]:
    out = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                out.append(item.widget().text())
    return out


@pytest.fixture
def icon_style(qapp):
    """A style that puts icons on dialog buttons, as Fusion does on X11 desktops."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class ButtonIcons(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, data=None):
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    before = qapp.style().name()
    qapp.setStyle(ButtonIcons("Fusion"))
    plain = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert not plain.buttons()[0].icon().isNull()  # the style does put an icon there
    yield
    qapp.setStyle(before)


def test_the_dialogs_buttons_carry_words_not_icons(qtbot, icon_style) -> None:
    dialog = SettingsDialog(Settings(), _fine)
    qtbot.addWidget(dialog)
    buttons = dialog.buttons.buttons()
    assert {b.text().replace("&", "") for b in buttons} == {"Save", "Cancel"}
    assert all(b.icon().isNull() for b in buttons)


def test_other_dialogs_buttons_carry_no_icons_either(qtbot, icon_style) -> None:
    from datetime import UTC, datetime

    from app.features.rules.dialog import UntilDialog

    dialog = UntilDialog("Busy", datetime(2026, 12, 3, 9, 0, tzinfo=UTC), UTC)
    qtbot.addWidget(dialog)
    boxes = dialog.findChildren(QDialogButtonBox)
    assert boxes and all(b.icon().isNull() for box in boxes for b in box.buttons())


JARGON = ("HTTP", "parameter", "{ext}", "SMP", "profile", "Event port", "Desk phone")


@pytest.mark.parametrize("page_type", [None, DialSettingsPage, HotDeskPage, IncomingSettingsPage])
def test_field_labels_use_plain_words(qtbot, page_type) -> None:
    if page_type is None:
        widget: QWidget = SettingsDialog(Settings(), _fine).tabs.widget(0)
    else:
        widget = page_type(Settings())
    qtbot.addWidget(widget.window())
    labels = _labels(widget)
    assert labels
    for text in labels:
        assert not any(word in text for word in JARGON), text


def test_the_voicemail_template_shows_what_it_dials(qtbot) -> None:
    page = IncomingSettingsPage(Settings(user="203"))
    qtbot.addWidget(page)
    example = page.voicemail_example
    assert example.text() == ("For you (extension 203): calls sent to voicemail go to *203")
    page.voicemail.setText("8{ext}")
    assert example.text().endswith("go to 8203")  # live, as typed
    page.voicemail.setText("vm{ext}")
    assert "is not a phone number" in example.text()


def test_the_crm_link_shows_the_address_it_opens(qtbot) -> None:
    page = IncomingSettingsPage(Settings(user="203"))
    qtbot.addWidget(page)
    assert page.crm_example.isHidden()  # no link, no example
    page.crm.setText("https://crm.example.com/find?phone={number}&who={name}&me={ext}")
    assert not page.crm_example.isHidden()
    assert page.crm_example.text() == (
        "For a call from Jolien Mertens: "
        "https://crm.example.com/find?phone=%2B3225551234&who=Jolien%20Mertens&me=203"
    )
    page.crm.setText("javascript:alert(1)")
    assert page.crm_example.isHidden() and not page.crm_error.isHidden()


def test_the_dialling_rules_show_what_the_phone_dials(qtbot) -> None:
    page = DialSettingsPage(Settings(dial_outside_prefix="", dial_international_prefix=""))
    qtbot.addWidget(page)
    assert page.rules_example.text() == (
        "Your phone dials +31205551234 for +31 20 555 1234, 0475123456 for 0475 12 34 56"
        " and 104 for extension 104."
    )
    page.outside_prefix.setText("0")
    page.international_prefix.setText("00")
    assert page.rules_example.text().startswith(
        "Your phone dials 00031205551234 for +31 20 555 1234, 00475123456 for"
    )
