"""Settings the administrator locked cannot be changed from the settings dialog or the command
line; unlocked company defaults can."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from app import cli
from app.core.company_defaults import CompanyDefaults
from app.core.settings import Settings, SettingsStore
from app.ui.settings_dialog import SettingsDialog

COMPANY = CompanyDefaults(
    {"server_url": "https://sop.example.com", "incoming_crm_url": "https://crm.example.com/{number}",
     "language": "fr"},
    frozenset({"server_url", "incoming_crm_url"}),
    "/etc/xdg/sop-companion/defaults.ini",
)  # fmt: skip


def open_dialog(
    qtbot, cfg_dir: Path, saved: list[Settings]
) -> tuple[SettingsDialog, SettingsStore]:
    store = SettingsStore(cfg_dir, defaults=COMPANY.values, locked=COMPANY.locked)

    async def checker(s: Settings, pw: str) -> str | None:
        return None

    dialog = SettingsDialog(store.load().replace(user="201"), checker, defaults=COMPANY)
    qtbot.addWidget(dialog)
    dialog.saved.connect(saved.append)
    dialog.saved.connect(store.save)
    dialog.show()
    return dialog, store


def test_locked_fields_are_read_only_with_a_note_and_stay_as_set(qtbot, qloop, cfg_dir) -> None:
    saved: list[Settings] = []
    dialog, store = open_dialog(qtbot, cfg_dir, saved)
    crm = dialog.findChild(QLineEdit, "crmUrl")
    assert not dialog.server.isEnabled() and not crm.isEnabled()
    assert dialog.server.text() == "https://sop.example.com"
    assert dialog.locked_note.isVisible()
    assert "/etc/xdg/sop-companion/defaults.ini" in dialog.locked_note.text()
    assert dialog.user.isEnabled() and dialog.language.isEnabled()
    qtbot.keyClicks(dialog.server, "x")  # a disabled field takes no typing
    dialog.server.setText("https://evil.example")  # nor does a change behind the dialog's back
    crm.setText("https://evil.example/{number}")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))  # unlocked: changes
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qloop.until(lambda: bool(saved))
    assert saved[0].server_url == "https://sop.example.com"
    assert saved[0].incoming_crm_url == "https://crm.example.com/{number}"
    assert saved[0].language == "nl"
    assert store.path.is_file()
    reloaded = SettingsStore(cfg_dir, defaults=COMPANY.values, locked=COMPANY.locked).load()
    assert (reloaded.server_url, reloaded.language) == ("https://sop.example.com", "nl")


def test_without_locks_every_field_is_editable_and_no_note(qtbot, qloop, cfg_dir) -> None:
    async def checker(s: Settings, pw: str) -> str | None:
        return None

    dialog = SettingsDialog(Settings(server_url="https://sop.example.com"), checker)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server.isEnabled() and not dialog.locked_note.isVisible()


def write_defaults(root: Path, text: str) -> Path:
    path = root / "sop-companion" / "defaults.ini"
    path.parent.mkdir(parents=True)
    path.write_text(text, "utf-8")
    return path


def test_cli_refuses_a_locked_setting_with_exit_2(tmp_path: Path, cfg_dir: Path) -> None:
    write_defaults(tmp_path / "xdg", "[locked]\nserver_url = https://sop.example.com\n")
    env = {
        "PATH": "/usr/bin:/bin",
        "XDG_CONFIG_DIRS": str(tmp_path / "xdg"),
        "SOP_COMPANION_CONFIG_DIR": str(cfg_dir),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "app", "--server", "https://evil.example", "--user", "201"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "--server" in done.stderr and "administrator" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (cfg_dir / "settings.ini").exists()  # nothing started, nothing saved


def test_cli_passes_unlocked_settings_on(tmp_path: Path, monkeypatch) -> None:
    write_defaults(tmp_path / "xdg", "[defaults]\nserver_url = https://sop.example.com\n"
                   "[locked]\nlanguage = fr\n")  # fmt: skip
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    started: list[dict] = []
    monkeypatch.setattr("app.ui.application.run_gui", lambda args, o: started.append(o) or 0)
    assert cli.main(["--server", "https://mine.example", "--user", "201"]) == 0
    assert started == [{"server_url": "https://mine.example", "user": "201"}]
    assert cli.main(["--lang", "de"]) == 2 and len(started) == 1
