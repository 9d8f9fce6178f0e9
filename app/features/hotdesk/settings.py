"""The "Hot desk" tab of the settings dialog (the desk phone itself is on the Connection tab)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTime
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from app.core.settings import Settings
from app.features.hotdesk.model import parse_hhmm
from app.ui.settings_pages import mark_field

DEFAULT_REMINDER = QTime(17, 30)


class HotDeskPage(QWidget):
    """A SettingsPage: ``title``, ``widget`` and ``apply``."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotDeskPage")
        self.title = self.tr("Hot desk")
        self.widget: QWidget = self
        self.login_at_start = QCheckBox(self.tr("Log in at the desk phone when the app starts"))
        self.login_at_start.setChecked(bool(settings.pum_login_at_start))
        self.logout_at_quit = QCheckBox(
            self.tr("Log out when the app quits or the computer session ends")
        )
        self.logout_at_quit.setChecked(bool(settings.pum_logout_at_quit))
        when = parse_hhmm(settings.pum_reminder_time)
        self.reminder = QCheckBox(self.tr("Remind me to log out at"))
        self.reminder.setChecked(when is not None)
        self.reminder_time = QTimeEdit(
            QTime(when.hour, when.minute) if when is not None else DEFAULT_REMINDER
        )
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setEnabled(when is not None)
        self.reminder.toggled.connect(self.reminder_time.setEnabled)
        self.pin_parameter = QLineEdit(settings.pum_pin_parameter)
        self.pin_parameter.setPlaceholderText("UserPincode")
        # A profile parameter's name: letters, digits and _ (nothing else can reach the SOP)
        self.pin_parameter.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9_]{0,64}"), self)
        )
        mark_field(self.login_at_start, "pum_login_at_start")
        mark_field(self.logout_at_quit, "pum_logout_at_quit")
        mark_field(self.reminder, "pum_reminder_time")
        mark_field(self.reminder_time, "pum_reminder_time")
        mark_field(self.pin_parameter, "pum_pin_parameter")
        row = QHBoxLayout()
        row.addWidget(self.reminder)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.login_at_start)
        form.addRow(self.logout_at_quit)
        form.addRow(row)
        self.pin_parameter.setToolTip(
            self.tr(
                "The name under which the phone system keeps each user's PIN. Change it only "
                "if your administrator renamed it."
            )
        )
        form.addRow(self.tr("Name of the PIN setting"), self.pin_parameter)
        self.pin_help = QLabel(
            self.tr(
                "To log a colleague in, their PIN is checked against the phone system, which "
                "keeps it under this name in each person's profile. Keep UserPincode unless "
                "your administrator gives you another name."
            )
        )
        self.pin_help.setTextFormat(Qt.TextFormat.PlainText)
        self.pin_help.setWordWrap(True)
        form.addRow(self.pin_help)

    def apply(self, settings: Settings) -> Settings:
        reminder = self.reminder_time.time().toString("HH:mm") if self.reminder.isChecked() else ""
        return settings.replace(
            pum_login_at_start=int(self.login_at_start.isChecked()),
            pum_logout_at_quit=int(self.logout_at_quit.isChecked()),
            pum_reminder_time=reminder,
            pum_pin_parameter=self.pin_parameter.text().strip() or "UserPincode",
        )
