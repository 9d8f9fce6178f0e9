""" "Until…": the time a timed status ends, picked in a small dialog."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from app.ui.dialog_buttons import plain_buttons


class UntilDialog(QDialog):
    """Signals: chosen(datetime): the end the user accepted (aware, any zone)."""

    chosen = Signal(object)

    def __init__(
        self, status: str, proposed: datetime, zone: tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("untilDialog")
        self.setWindowTitle(self.tr("{status} until…").format(status=status))
        self._zone = zone
        local = proposed.astimezone(zone)
        # The wall time in the rules' zone, as the user reads the clock (not Qt's idea of it).
        wall = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        self.edit = QDateTimeEdit(wall)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        plain_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Until"), self.edit)
        form.addRow(buttons)

    def accept(self) -> None:
        day, when = self.edit.date(), self.edit.time()
        wall = datetime(day.year(), day.month(), day.day(), when.hour(), when.minute())
        self.chosen.emit(wall.replace(tzinfo=self._zone))
        super().accept()
