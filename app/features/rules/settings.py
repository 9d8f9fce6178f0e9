"""The "Automatic status" tab of the settings dialog: every rule is off until the user names
the status it sets."""

from __future__ import annotations

from PySide6.QtCore import QTime
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
from app.features.rules.hours import parse_hhmm

DAY_KEYS = "1234567"


class RulesPage(QWidget):
    """A SettingsPage: ``title``, ``widget`` and ``apply``."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            box.setChecked(key in settings.rules_hours_days)
            self.days.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.holidays = QLineEdit(settings.rules_holidays_file)
        self.holidays.setObjectName("rulesHolidays")
        self.holidays.setPlaceholderText(self.tr("an .ics file of days off (optional)"))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("When my screen locks, set"), self.lock_status)
        form.addRow(QLabel(self.tr("and set it back when I unlock (unless I changed it).")))
        form.addRow(self.tr("Outside my working hours, set"), self.hours_status)
        form.addRow(self.tr("Working hours"), hours_row)
        form.addRow(self.tr("Working days"), days_row)
        form.addRow(self.tr("Days off"), self.holidays)

    @staticmethod
    def _time(text: str, default: QTime) -> QTimeEdit:
        when = parse_hhmm(text)
        edit = QTimeEdit(QTime(when.hour, when.minute) if when is not None else default)
        edit.setDisplayFormat("HH:mm")
        return edit

    def apply(self, settings: Settings) -> Settings:
        days = "".join(k for k, box in zip(DAY_KEYS, self.days, strict=True) if box.isChecked())
        return settings.replace(
            rules_lock_status=self.lock_status.text().strip(),
            rules_hours_status=self.hours_status.text().strip(),
            rules_hours_start=self.hours_start.time().toString("HH:mm"),
            rules_hours_end=self.hours_end.time().toString("HH:mm"),
            rules_hours_days=days,
            rules_holidays_file=self.holidays.text().strip(),
        )
