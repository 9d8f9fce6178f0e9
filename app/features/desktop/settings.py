"""The "Desktop" tab of the settings dialog: start with the session, the applications menu.

The autostart entry is the truth (app.platform.autostart), not settings.ini. The tab reads it
when built and changes it only when its dialog is accepted, that is after the connection check
passed, so Cancel or a failed check leaves it as it was. Outside a dialog, ``apply`` changes it
at once. "Add to the applications menu" (Linux) acts at once, like a command.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import demo_mode
from app.core.settings import Settings
from app.platform.autostart import Autostart, for_platform

log = logging.getLogger(__name__)


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _path_label(parent: QWidget, name: str) -> QLabel:
    """A file path on a line of its own: word wrap would break it after any "/" (a line-break
    opportunity in Unicode), so it never wraps; selectable, with the path as tooltip."""
    label = QLabel("", parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _show_path(label: QLabel, path: object) -> None:
    text = str(path)
    label.setText(text)
    label.setToolTip(text)
    label.setVisible(bool(text))


class DesktopPage(QWidget):
    """A SettingsPage: ``title``, ``widget`` and ``apply``."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        autostart: Autostart | None = None,
        menu_installer: Callable[[], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("desktopPage")
        self.title = self.tr("Desktop")
        self.widget: QWidget = self
        self.autostart = autostart or for_platform()
        self._was_enabled = self.autostart.enabled()
        self._waiting_for: QDialog | None = None
        self.error_box: QMessageBox | None = None

        self.start_with_session = QCheckBox(self.tr("Start with my session"), self)
        self.start_with_session.setObjectName("startWithSession")
        self.start_with_session.setChecked(self._was_enabled)
        self.where = _plain_label(
            self.tr("When ticked, SOP Companion starts at log-in through this entry:"), self
        )
        self.where_path = _path_label(self, "autostartPath")
        _show_path(self.where_path, self.autostart.location)
        layout = QVBoxLayout(self)
        layout.addWidget(self.start_with_session)
        layout.addWidget(self.where)
        layout.addWidget(self.where_path)

        self.menu_button: QPushButton | None = None
        self.menu_result = _plain_label("", self)
        self.menu_result.setObjectName("menuResult")
        self.menu_path = _path_label(self, "menuEntryPath")
        self.menu_path.setVisible(False)
        if menu_installer is None and sys.platform.startswith("linux"):
            from app.platform.desktop_install import install_menu_entry

            menu_installer = install_menu_entry
        self._menu_installer = menu_installer
        if menu_installer is not None:
            self.menu_button = QPushButton(self.tr("Add SOP Companion to the applications menu"))
            self.menu_button.setObjectName("installMenuEntry")
            self.menu_button.clicked.connect(self._install_menu_entry)
            row = QHBoxLayout()
            row.addWidget(self.menu_button)
            row.addStretch(1)
            layout.addSpacing(12)
            layout.addLayout(row)
            layout.addWidget(self.menu_result)
            layout.addWidget(self.menu_path)
        self.demo_note: QLabel | None = None
        if demo_mode.active():
            # The demo leaves the computer as it found it (app/core/demo_mode).
            self.start_with_session.setEnabled(False)
            if self.menu_button is not None:
                self.menu_button.setEnabled(False)
            self.demo_note = _plain_label(
                self.tr(
                    "This is the demo: it does not change how this computer starts or its "
                    "applications menu. Install SOP Companion to use these."
                ),
                self,
            )
            self.demo_note.setObjectName("demoNote")
            layout.addSpacing(12)
            layout.addWidget(self.demo_note)
        layout.addStretch(1)

    def apply(self, settings: Settings) -> Settings:
        """Nothing of this tab lives in ``settings``; the autostart entry follows the tick
        once the dialog is accepted (at once when the tab is not in a dialog)."""
        dialog = self.window()
        if isinstance(dialog, QDialog) and dialog is not self:
            if self._waiting_for is not dialog:
                dialog.accepted.connect(self.commit)
                self._waiting_for = dialog
        else:
            self.commit()
        return settings

    def commit(self) -> None:
        """Make the autostart entry match the tick, if the user changed it."""
        wanted = self.start_with_session.isChecked()
        if wanted == self._was_enabled or demo_mode.active():
            return
        try:
            if wanted:
                self.autostart.enable()
            else:
                self.autostart.disable()
        except OSError as exc:
            log.warning("autostart entry %s not changed: %s", self.autostart.location, exc)
            self._show_error(
                self.tr(
                    "SOP Companion could not change how it starts with your session: {error}"
                ).format(error=exc)
            )
            return
        self._was_enabled = wanted

    def _show_error(self, text: str) -> None:
        # The dialog is closing: a window of its own, not modal (nothing waits for it).
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("SOP Companion"), text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.error_box = box

    def _install_menu_entry(self) -> None:
        assert self._menu_installer is not None
        if demo_mode.active():
            return
        try:
            path = self._menu_installer()
        except OSError as exc:
            self.menu_result.setText(self.tr("Not added: {error}").format(error=exc))
            _show_path(self.menu_path, "")
            return
        self.menu_result.setText(self.tr("Added to the applications menu:"))
        _show_path(self.menu_path, path)
