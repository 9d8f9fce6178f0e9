"""The Desktop tab: the autostart entry follows the tick only once the dialog is accepted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.core.settings import Settings
from app.features.desktop.settings import DesktopPage
from app.platform.autostart import XdgAutostart
from app.ui.settings_dialog import SettingsDialog
from tests.helpers.desktop_fakes import FakeAutostart


def in_dialog(qtbot, page: DesktopPage) -> QDialog:
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(page)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_tick_shows_the_entry_state(qtbot) -> None:
    page = DesktopPage(Settings(), autostart=FakeAutostart(enabled=True), menu_installer=None)
    qtbot.addWidget(page)
    assert page.title == "Desktop"
    assert page.start_with_session.isChecked()
    assert page.where_path.text() == FakeAutostart.location


def test_cancel_changes_nothing_accept_writes(qtbot) -> None:
    autostart = FakeAutostart()
    page = DesktopPage(Settings(), autostart=autostart, menu_installer=None)
    dialog = in_dialog(qtbot, page)
    page.start_with_session.setChecked(True)
    assert page.apply(Settings()) == Settings()  # nothing of it in settings.ini
    assert autostart.changes == []  # the connection check has not passed yet
    dialog.reject()
    assert autostart.changes == []
    dialog.show()
    page.apply(Settings())
    page.apply(Settings())  # a second Save attempt: still one change on accept
    dialog.accept()
    assert autostart.changes == [True]
    page.start_with_session.setChecked(False)
    page.apply(Settings())
    dialog.accept()
    assert autostart.changes == [True, False]


def test_untouched_tick_never_rewrites_the_entry(qtbot) -> None:
    autostart = FakeAutostart(enabled=True)
    page = DesktopPage(Settings(), autostart=autostart, menu_installer=None)
    dialog = in_dialog(qtbot, page)
    page.apply(Settings())
    dialog.accept()
    assert autostart.changes == []


def test_outside_a_dialog_apply_acts_at_once(qtbot) -> None:
    autostart = FakeAutostart()
    page = DesktopPage(Settings(), autostart=autostart, menu_installer=None)
    qtbot.addWidget(page)
    page.start_with_session.setChecked(True)
    page.apply(Settings())
    assert autostart.changes == [True]


def test_failure_is_reported(qtbot) -> None:
    autostart = FakeAutostart()
    autostart.fail = "Permission denied"
    page = DesktopPage(Settings(), autostart=autostart, menu_installer=None)
    qtbot.addWidget(page)
    page.start_with_session.setChecked(True)
    page.apply(Settings())
    assert page.error_box is not None and page.error_box.isVisible()
    assert "Permission denied" in page.error_box.text()
    page.error_box.close()
    autostart.fail = None
    page.apply(Settings())  # still wanted: the next Save tries again
    assert autostart.changes == [True]


def test_menu_entry_button(qtbot, tmp_path: Path) -> None:
    made: list[Path] = []

    def install() -> Path:
        made.append(tmp_path / "sop-companion.desktop")
        return made[-1]

    page = DesktopPage(Settings(), autostart=FakeAutostart(), menu_installer=install)
    qtbot.addWidget(page)
    assert page.menu_button is not None
    qtbot.mouseClick(page.menu_button, Qt.MouseButton.LeftButton)
    assert made and page.menu_path.text() == str(made[0])
    assert page.menu_result.text() == "Added to the applications menu:"

    def refuse() -> Path:
        raise OSError("read-only file system")

    page = DesktopPage(Settings(), autostart=FakeAutostart(), menu_installer=refuse)
    qtbot.addWidget(page)
    assert page.menu_button is not None
    qtbot.mouseClick(page.menu_button, Qt.MouseButton.LeftButton)
    assert "read-only file system" in page.menu_result.text()
    assert page.menu_path.isHidden()


LONG_PATH = "/home/camille.peeters-vandenbroucke/.config/autostart/sop-companion.desktop"


def laid_out_lines(label: QLabel) -> list[str]:
    """The lines ``label`` shows its text on, at its width, as Qt lays them out."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    wrap = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    option.setWrapMode(wrap if label.wordWrap() else QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_a_path_is_never_broken_across_lines(qtbot, monkeypatch) -> None:
    """Before, the entry's path wrapped inside the sentence, broken after a "/"."""

    class LongAutostart(FakeAutostart):
        location = LONG_PATH

    monkeypatch.setattr("app.features.desktop.settings.for_platform", LongAutostart)
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setattr("app.platform.desktop_install.install_menu_entry", lambda: Path(LONG_PATH))
    dialog = SettingsDialog(Settings(server_url="http://sop.example.be", user="201"), checker_ok)
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, DesktopPage))
    dialog.tabs.setCurrentWidget(page)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert page.menu_button is not None
    qtbot.mouseClick(page.menu_button, Qt.MouseButton.LeftButton)
    showing = [label for label in page.findChildren(QLabel) if LONG_PATH in label.text()]
    assert len(showing) == 2  # the autostart entry and the menu entry
    for label in showing:
        lines = laid_out_lines(label)
        assert any(LONG_PATH in line.rstrip("\u2028") for line in lines), lines  # whole
        width = label.fontMetrics().horizontalAdvance(LONG_PATH)
        assert label.contentsRect().width() >= width  # and not clipped


async def checker_ok(settings: Settings, password: str) -> str | None:
    return None


def test_settings_dialog_writes_the_xdg_entry_after_the_check(
    qtbot, qloop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-system-entries"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    entry = tmp_path / "config" / "autostart" / "sop-companion.desktop"
    verdicts = ["The phone system cannot be reached.", None]

    async def checker(_s: Settings, _pw: str) -> str | None:
        return verdicts.pop(0)

    dialog = SettingsDialog(Settings(server_url="http://sop.example.be", user="201"), checker)
    qtbot.addWidget(dialog)
    dialog.show()
    page = next(p for p in dialog.pages if isinstance(p, DesktopPage))
    assert isinstance(page.autostart, XdgAutostart)
    assert dialog.tabs.indexOf(page) >= 0
    page.start_with_session.setChecked(True)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qloop.until(lambda: dialog.save_button.isEnabled() and not verdicts[1:])
    assert dialog.isVisible() and not entry.exists()  # check failed: nothing written
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qloop.until(lambda: not dialog.isVisible())
    assert "X-GNOME-Autostart-enabled=true" in entry.read_text("utf-8")


@pytest.fixture
def demo():
    from app.core import demo_mode

    demo_mode.enter()
    yield
    demo_mode.leave()


def test_the_demo_changes_nothing_on_this_computer_and_says_why(qtbot, demo) -> None:
    autostart = FakeAutostart()
    installed: list[int] = []
    page = DesktopPage(
        Settings(),
        autostart=autostart,
        menu_installer=lambda: installed.append(1) or Path("/nowhere"),  # type: ignore[func-returns-value]
    )
    dialog = in_dialog(qtbot, page)
    assert not page.start_with_session.isEnabled()
    assert page.menu_button is not None and not page.menu_button.isEnabled()
    assert page.demo_note is not None and page.demo_note.isVisible()
    assert "demo" in page.demo_note.text()
    page.start_with_session.setChecked(True)  # even if the tick changed somehow
    page.apply(Settings())
    dialog.accept()
    page.menu_button.click()
    page._install_menu_entry()
    assert autostart.changes == [] and installed == []


def test_the_dial_tab_of_the_demo_registers_no_link_handler(qtbot, demo, monkeypatch) -> None:
    import sys

    from app.features.dial.settings import DialSettingsPage
    from app.platform import url_handlers

    if not sys.platform.startswith("linux"):
        pytest.skip("the button exists on Linux only")
    registered: list[int] = []
    monkeypatch.setattr(url_handlers, "register_linux", lambda: registered.append(1))
    page = DialSettingsPage(Settings())
    qtbot.addWidget(page)
    assert not page.links.isEnabled()
    assert "demo" in page.links_result.text()
    page._register_links()
    assert registered == []
