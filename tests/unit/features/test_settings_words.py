"""Settings fields in words a user understands, and template fields checked as typed.

Before: "PIN profile parameter" (with "UserPincode" as the only hint), "Voicemail number ({ext}
= your extension)" and a CRM help in developer words ("replaced, URL-encoded"); a voicemail
number that is none was saved and refused only when a call was redirected."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.core.settings import Settings
from app.features.hotdesk.settings import HotDeskPage
from app.features.incoming.settings import IncomingSettingsPage, voicemail_problem


def texts(page) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.text()]


def test_the_pin_setting_is_explained(qtbot) -> None:
    page = HotDeskPage(Settings())
    qtbot.addWidget(page)
    words = texts(page)
    assert "PIN profile parameter" not in words
    assert "Name of the PIN setting" in words
    assert any("PIN is checked" in t and "UserPincode" in t for t in words)
    page.pin_parameter.clear()
    qtbot.keyClicks(page.pin_parameter, "User Pin-code!")
    assert page.pin_parameter.text() == "UserPincode"  # what cannot be a name is not typed


def test_templates_are_explained_in_words(qtbot) -> None:
    page = IncomingSettingsPage(Settings())
    qtbot.addWidget(page)
    words = " ".join(texts(page))
    assert "URL-encoded" not in words and "({ext} = your extension)" not in words
    assert "Write {ext} where your extension goes" in words
    assert "{number} where the caller's number goes" in words


def test_a_voicemail_number_that_is_none_is_named_and_not_saved(qtbot) -> None:
    assert voicemail_problem("*{ext}") == ""
    assert voicemail_problem("+3225550000") == ""
    assert "not {extension}" in voicemail_problem("*{extension}")
    assert "must be a number" in voicemail_problem("voicemail")
    page = IncomingSettingsPage(Settings(incoming_voicemail="*{ext}"))
    qtbot.addWidget(page)
    page.show()
    page.voicemail.setText("*{extension}")
    assert page.voicemail_error.isVisible() and "{extension}" in page.voicemail_error.text()
    assert page.apply(Settings(incoming_voicemail="*{ext}")).incoming_voicemail == "*{ext}"
    page.voicemail.setText("*9{ext}")
    assert not page.voicemail_error.isVisible()
    assert page.apply(Settings()).incoming_voicemail == "*9{ext}"
