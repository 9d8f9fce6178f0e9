"""The Dialling tab: rules and hotkey round-trip; the hotkey help names the manual command."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from app.core.settings import Settings
from app.features.dial.settings import DialSettingsPage
from app.platform.hotkeys import MANUAL_COMMAND


def test_fields_round_trip(qtbot) -> None:
    page = DialSettingsPage(Settings(dial_outside_prefix="0", dial_hotkey="Ctrl+Alt+D"))
    qtbot.addWidget(page)
    assert page.title == "Dialling"
    page.international_prefix.setText("00")
    page.hotkey.setKeySequence(QKeySequence("Meta+Shift+F9"))
    out = page.apply(Settings())
    assert out.dial_outside_prefix == "0"
    assert out.dial_international_prefix == "00"
    assert out.dial_hotkey == "Meta+Shift+F9"
    page.hotkey.clear()
    assert page.apply(Settings()).dial_hotkey == ""


def test_prefix_fields_take_only_digits_star_and_hash(qtbot) -> None:
    page = DialSettingsPage(Settings())
    qtbot.addWidget(page)
    qtbot.keyClicks(page.outside_prefix, "9a&#")
    assert page.outside_prefix.text() == "9#"


def test_offscreen_has_no_hotkey_and_shows_the_command(qtbot) -> None:
    page = DialSettingsPage(Settings())
    qtbot.addWidget(page)
    assert "No global hotkey" in page.hotkey_help.text()
    assert MANUAL_COMMAND in page.hotkey_help.text()
