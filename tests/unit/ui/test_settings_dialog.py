from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.core.settings import Settings
from app.ui.settings_dialog import SettingsDialog, url_problem


def make(qtbot, checker, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(), checker, first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_save(qtbot, dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_url_problem() -> None:
    assert url_problem("https://sop.example.be") is None
    assert url_problem("http://10.0.0.1:8080/") is None
    assert url_problem("sop.example.be") is not None
    assert url_problem("ftp://x") is not None


def test_bad_url_is_refused_without_contacting_anyone(qtbot, qloop) -> None:
    asked: list[Settings] = []

    async def checker(s: Settings, pw: str) -> str | None:
        asked.append(s)
        return None

    dialog = make(qtbot, checker)
    qtbot.keyClicks(dialog.server, "ftp://sop.example.be")
    qtbot.keyClicks(dialog.user, "201")
    click_save(qtbot, dialog)
    assert "http://" in dialog.message.text()
    assert asked == [] and dialog.isVisible()


def test_a_bare_host_is_completed_with_https(qtbot, qloop) -> None:
    asked: list[Settings] = []

    async def checker(s: Settings, pw: str) -> str | None:
        asked.append(s)
        return None

    dialog = make(qtbot, checker)
    qtbot.keyClicks(dialog.server, "sop.mycompany.be")
    qtbot.keyClicks(dialog.user, "201")
    click_save(qtbot, dialog)
    qloop.until(lambda: not dialog.isVisible())
    assert dialog.server.text() == "https://sop.mycompany.be"  # proposed in the field
    assert [s.server_url for s in asked] == ["https://sop.mycompany.be"]


def test_a_space_in_the_address_is_named_not_called_unreachable(qtbot, qloop) -> None:
    asked: list[Settings] = []

    async def checker(s: Settings, pw: str) -> str | None:
        asked.append(s)
        return "The phone system cannot be reached."

    dialog = make(qtbot, checker)
    qtbot.keyClicks(dialog.server, "https://sop .mycompany.be")
    qtbot.keyClicks(dialog.user, "201")
    click_save(qtbot, dialog)
    assert "cannot contain spaces" in dialog.message.text()
    assert asked == [] and dialog.isVisible()
    ran: list[object] = []
    dialog.connection_test._runner = lambda *a, **k: ran.append(a)  # type: ignore[assignment]
    dialog.connection_test.test_button.click()
    assert "cannot contain spaces" in dialog.connection_test.progress.text()
    assert ran == [] and not dialog.connection_test.running


def test_cancel_works_while_a_hanging_server_is_checked(qtbot, qloop) -> None:
    started, stopped = [], []

    async def checker(s: Settings, pw: str) -> str | None:
        started.append(s)
        try:
            await asyncio.Event().wait()  # a server that never answers
        finally:
            stopped.append(s)
        return None

    dialog = make(qtbot, checker)
    saved: list[Settings] = []
    dialog.saved.connect(saved.append)
    qtbot.keyClicks(dialog.server, "http://10.0.0.1")
    qtbot.keyClicks(dialog.user, "201")
    click_save(qtbot, dialog)
    qloop.until(lambda: started)
    assert not dialog.save_button.isEnabled()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qloop.until(lambda: stopped)  # the check is stopped, not left running
    assert saved == []


def test_checker_problem_is_shown_and_dialog_stays(qtbot, qloop) -> None:
    async def checker(s: Settings, pw: str) -> str | None:
        return "The phone system cannot be reached."

    dialog = make(qtbot, checker)
    qtbot.keyClicks(dialog.server, "http://127.0.0.1:9")
    qtbot.keyClicks(dialog.user, "201")
    click_save(qtbot, dialog)
    qloop.until(lambda: dialog.save_button.isEnabled())
    assert dialog.message.text() == "The phone system cannot be reached."
    assert dialog.isVisible()


def test_good_settings_are_emitted_with_password(qtbot, qloop) -> None:
    async def checker(s: Settings, pw: str) -> str | None:
        return None

    dialog = make(qtbot, checker)
    saved: list[Settings] = []
    dialog.saved.connect(saved.append)
    qtbot.keyClicks(dialog.server, "http://sop.example.be/")
    qtbot.keyClicks(dialog.user, "camille@example.be")
    qtbot.keyClicks(dialog.http_user, "api")
    assert dialog.warning.isVisible()  # credentials over plain http are flagged
    qtbot.keyClicks(dialog.http_password, "pw")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    click_save(qtbot, dialog)
    qloop.until(lambda: bool(saved))
    assert saved[0].server_url == "http://sop.example.be"
    assert saved[0].user == "camille@example.be"
    assert saved[0].language == "nl"
    assert dialog.password == "pw"
    assert not dialog.isVisible()


def test_a_field_problem_puts_the_cursor_in_that_field_and_keeps_what_was_typed(
    qtbot, qloop
) -> None:
    from app.core.settings_check import FieldProblem

    async def checker(s: Settings, pw: str) -> str | None:
        return FieldProblem("Desk phone: the phone system has no phone “SDP99999”.", "desk_phone")

    dialog = make(qtbot, checker)
    qtbot.keyClicks(dialog.server, "http://sop.example.be")
    qtbot.keyClicks(dialog.user, "201")
    qtbot.keyClicks(dialog.desk_phone, "SDP99999")
    dialog.server.setFocus()
    click_save(qtbot, dialog)
    qloop.until(lambda: dialog.save_button.isEnabled())
    assert dialog.message.text().startswith("Desk phone: ")
    assert dialog.focusWidget() is dialog.desk_phone
    assert (dialog.server.text(), dialog.user.text(), dialog.desk_phone.text()) == (
        "http://sop.example.be",
        "201",
        "SDP99999",
    )
    assert dialog.isVisible()
