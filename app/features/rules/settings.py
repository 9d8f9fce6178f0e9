"""The "Automatic status" tab of the settings dialog: every rule is off until the user names
the status it sets."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTimeEdit,
    QWidget,
)

from app.core.secrets import SecretStore, off_thread
from app.core.settings import Settings
from app.core.tasks import spawn
from app.features.rules.feed import CALENDAR_ACCOUNT, is_address
from app.features.rules.hours import parse_hhmm

DAY_KEYS = "1234567"


class RulesPage(QWidget):
    """A SettingsPage: ``title``, ``widget`` and ``apply``."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, secrets: Any = None
    ) -> None:
        super().__init__(parent)
        self.secrets = secrets or SecretStore()
        self.secret_task: asyncio.Task[Any] | None = None
        self.setObjectName("rulesPage")
        self.title = self.tr("Automatic status")
        self.widget: QWidget = self
        intro = QLabel(
            self.tr(
                "Each rule is off while its status is empty. A status you choose yourself always"
                " wins until the rule's next change."
            )
        )
        intro.setWordWrap(True)
        self.lock_status = QLineEdit(settings.rules_lock_status)
        self.lock_status.setObjectName("rulesLockStatus")
        self.lock_status.setPlaceholderText(self.tr("e.g. Away (empty: off)"))
        self.hours_status = QLineEdit(settings.rules_hours_status)
        self.hours_status.setObjectName("rulesHoursStatus")
        self.hours_status.setPlaceholderText(self.tr("e.g. OutOfOffice (empty: off)"))
        self.hours_start = self._time(settings.rules_hours_start, QTime(8, 30))
        self.hours_end = self._time(settings.rules_hours_end, QTime(17, 30))
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.hours_start)
        hours_row.addWidget(QLabel("–"))
        hours_row.addWidget(self.hours_end)
        hours_row.addStretch(1)
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for key, name in zip(DAY_KEYS, names, strict=True):
            box = QCheckBox(name)
            box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never cut
            box.setChecked(key in settings.rules_hours_days)
            self.days.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.holidays = QLineEdit(settings.rules_holidays_file)
        self.holidays.setObjectName("rulesHolidays")
        self.holidays.setPlaceholderText(self.tr("an .ics file of days off (optional)"))
        self.calendar_status = QLineEdit(settings.rules_calendar_status)
        self.calendar_status.setObjectName("rulesCalendarStatus")
        self.calendar_status.setPlaceholderText(self.tr("e.g. Meeting (empty: off)"))
        self.calendar = QLineEdit(settings.rules_calendar_file)
        self.calendar.setObjectName("rulesCalendar")
        self._address_saved = bool(settings.rules_calendar_address_saved)
        self.calendar.setPlaceholderText(
            self.tr("address saved in the system keyring")
            if self._address_saved
            else self.tr("an .ics file, or an address (kept in the system keyring)")
        )
        self.forget = QCheckBox(self.tr("Forget the saved address"))
        self.forget.setObjectName("rulesForgetAddress")
        self.forget.setVisible(self._address_saved)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("When my screen locks, set"), self.lock_status)
        form.addRow(QLabel(self.tr("and set it back when I unlock (unless I changed it).")))
        form.addRow(self.tr("Outside my working hours, set"), self.hours_status)
        form.addRow(self.tr("Working hours"), hours_row)
        form.addRow(self.tr("Working days"), days_row)
        form.addRow(self.tr("Days off"), self.holidays)
        form.addRow(self.tr("During a busy calendar event, set"), self.calendar_status)
        form.addRow(self.tr("Calendar"), self.calendar)
        form.addRow(self.forget)

    @staticmethod
    def _time(text: str, default: QTime) -> QTimeEdit:
        when = parse_hhmm(text)
        edit = QTimeEdit(QTime(when.hour, when.minute) if when is not None else default)
        edit.setDisplayFormat("HH:mm")
        return edit

    def apply(self, settings: Settings) -> Settings:
        days = "".join(k for k, box in zip(DAY_KEYS, self.days, strict=True) if box.isChecked())
        calendar = self.calendar.text().strip()
        saved = self._address_saved
        if is_address(calendar):
            # An address is a secret: to the keyring (off the Qt thread), never to settings.
            self.secret_task = spawn(
                off_thread(
                    self.secrets.set_password, settings.server_url, CALENDAR_ACCOUNT, calendar
                )
            )
            calendar, saved = "", True
        elif (calendar or self.forget.isChecked()) and saved:
            self.secret_task = spawn(
                off_thread(self.secrets.delete_password, settings.server_url, CALENDAR_ACCOUNT)
            )
            saved = False
        return settings.replace(
            rules_calendar_status=self.calendar_status.text().strip(),
            rules_calendar_file=calendar,
            rules_calendar_address_saved=int(saved),
            rules_lock_status=self.lock_status.text().strip(),
            rules_hours_status=self.hours_status.text().strip(),
            rules_hours_start=self.hours_start.time().toString("HH:mm"),
            rules_hours_end=self.hours_end.time().toString("HH:mm"),
            rules_hours_days=days,
            rules_holidays_file=self.holidays.text().strip(),
        )
