"""The "Queues" tab of the settings dialog: the optional long-wait notification."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QSpinBox, QWidget

from app.core.settings import Settings
from app.ui.settings_pages import mark_field

DEFAULT_ALERT_S = 60


class QueuesPage(QWidget):
    """A SettingsPage: ``title``, ``widget`` and ``apply``."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuesPage")
        self.title = self.tr("Queues")
        self.widget: QWidget = self
        on = settings.queue_wait_alert_s > 0
        self.alert = QCheckBox(
            self.tr("Notify me when a caller waits in a queue where I am paused or away for")
        )
        self.alert.setChecked(on)
        self.seconds = QSpinBox()
        self.seconds.setRange(10, 3600)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setValue(settings.queue_wait_alert_s if on else DEFAULT_ALERT_S)
        self.seconds.setEnabled(on)
        self.alert.toggled.connect(self.seconds.setEnabled)
        mark_field(self.alert, "queue_wait_alert_s")
        mark_field(self.seconds, "queue_wait_alert_s")
        row = QHBoxLayout()
        row.addWidget(self.alert)
        row.addWidget(self.seconds)
        row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(row)

    def apply(self, settings: Settings) -> Settings:
        seconds = self.seconds.value() if self.alert.isChecked() else 0
        return settings.replace(queue_wait_alert_s=seconds)
