"""The settings dialog's "Test connection": progress, lines and Cancel, with a fake runner
(tests/integration/test_connection_test_sim.py runs it against the simulator)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from app.core.settings import Settings
from app.doctor.model import CheckResult, DoctorConfig, Verdict
from app.ui.settings_dialog import SettingsDialog


async def no_check(s: Settings, pw: str) -> str | None:
    return None


def make(qtbot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, no_check)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_progress_lines_and_a_working_cancel(qtbot, qloop) -> None:
    release = asyncio.Event()
    seen: list[DoctorConfig] = []
    finished: list[str] = []

    async def runner(config, on_progress, on_result):
        seen.append(config)
        on_progress(1, 2, "Name resolution")
        on_result(CheckResult("dns", "Name resolution", Verdict.PASS, "sop -> 10.0.0.1"))
        on_progress(2, 2, "SOP API (ccPing)")
        try:
            await release.wait()  # a SOP that never answers
        except asyncio.CancelledError:
            finished.append("cancelled")
            raise
        return []

    dialog = make(qtbot, Settings(server_url="http://sop.example.be", user="201"))
    panel = dialog.connection_test
    panel._runner = runner
    qtbot.keyClicks(dialog.user, "5")  # what is typed now is tested, not what was saved
    click(qtbot, panel.test_button)
    qloop.until(lambda: "2 of 2" in panel.progress.text())
    assert seen[0].server_url == "http://sop.example.be" and seen[0].user == "2015"
    assert "OK — Name resolution: sop -> 10.0.0.1" in panel.results.toPlainText()
    assert not panel.test_button.isEnabled() and panel.cancel_button.isEnabled()
    assert dialog.isEnabled()  # the window stays usable while the test runs
    click(qtbot, panel.cancel_button)
    qloop.until(lambda: finished == ["cancelled"])
    assert panel.progress.text() == "Test cancelled."
    assert panel.test_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert dialog.user.text() == "2015"  # nothing typed is lost


def test_closing_the_dialog_cancels_a_running_test(qtbot, qloop) -> None:
    cancelled: list[bool] = []

    async def runner(config, on_progress, on_result):
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    dialog = make(qtbot, Settings(server_url="http://sop.example.be", user="201"))
    dialog.connection_test._runner = runner
    click(qtbot, dialog.connection_test.test_button)
    qloop.until(lambda: dialog.connection_test.running)
    dialog.reject()
    qloop.until(lambda: cancelled == [True])


def test_without_a_server_nothing_runs(qtbot, qloop) -> None:
    dialog = make(qtbot, Settings())
    click(qtbot, dialog.connection_test.test_button)
    assert dialog.connection_test.progress.text() == "Enter the server address first."
    assert not dialog.connection_test.running
