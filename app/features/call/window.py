"""The call window: who the user talks to, for how long, and the actions, without focus.

Like the incoming-call popup it never takes the keyboard from what the user is typing in: a
ToolTip-type window (a Tool window on Wayland, where a ToolTip needs a transient parent) that
does not accept focus, shown without activating; its buttons take no focus either. It shows
while the feature knows a call and closes when the call ends. Text from the SOP is plain text.

Signals:
    action(str): "transfer", "park", "record", "hold", "hangup" (record and hold toggle).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.core.number_display import display_number
from app.features.call.model import CallFeature

ACTIONS = ("transfer", "park", "record", "hold", "hangup")


def window_flags(platform: str) -> Qt.WindowType:
    kind = Qt.WindowType.Tool if platform.startswith("wayland") else Qt.WindowType.ToolTip
    return (
        kind
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
        | Qt.WindowType.WindowDoesNotAcceptFocus
    )


def _plain(label: QLabel, name: str) -> QLabel:
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class CallWindow(QFrame):
    action = Signal(str)

    def __init__(self, feature: CallFeature) -> None:
        super().__init__(None, window_flags(QGuiApplication.platformName()))
        self.setObjectName("callWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.feature = feature
        self.name_label = _plain(QLabel(), "callOther")
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        self.number_label = _plain(QLabel(), "callNumber")
        self.duration_label = _plain(QLabel(), "callDuration")
        self.recording_label = _plain(QLabel(), "callRecording")
        self.recording_label.setStyleSheet("color: #d0342c; font-weight: bold;")
        self.state_label = _plain(QLabel(), "callState")
        self.state_label.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for key in ACTIONS:
            button = QPushButton()
            button.setObjectName(f"call_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=key: self.action.emit(k))
            row.addWidget(button)
            self.buttons[key] = button
        head = QHBoxLayout()
        head.addWidget(self.name_label, 1)
        head.addWidget(self.recording_label)
        head.addWidget(self.duration_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.number_label)
        layout.addWidget(self.state_label)
        layout.addLayout(row)
        self.setMinimumWidth(360)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.refresh()

    def refresh(self) -> None:
        """Show the call as the feature knows it now."""
        f = self.feature
        call = f.current
        if call is None:
            return
        self.name_label.setText(call.shown_name)
        number = call.other_number if call.other_name else ""
        self.number_label.setText(display_number(number) if number else "")
        self.number_label.setVisible(bool(number))
        self.recording_label.setText(self.tr("● REC") if call.recording else "")
        self.recording_label.setVisible(call.recording)
        self.tick()
        labels = {
            "transfer": self.tr("Transfer…"),
            "park": self.tr("Park"),
            "record": self.tr("Stop recording") if call.recording else self.tr("Record"),
            "hold": self.tr("Resume") if call.on_hold else self.tr("Hold"),
            "hangup": self.tr("Hang up"),
        }
        for key, button in self.buttons.items():
            button.setText(labels[key])
            button.setEnabled(not f.pending)
        self.buttons["hold"].setVisible(f.hold_offered or call.on_hold)
        self.state_label.setText(self._state_text())
        self.state_label.setVisible(bool(self.state_label.text()))
        self.adjustSize()

    def _state_text(self) -> str:
        f = self.feature
        if f.error:
            return f.error
        pending = {
            "hangup": self.tr("Hanging up…"),
            "transfer": self.tr("Transferring…"),
            "park": self.tr("Parking…"),
            "record-start": self.tr("Starting the recording…"),
            "record-stop": self.tr("Stopping the recording…"),
            "hold": self.tr("Putting on hold…"),
            "resume": self.tr("Taking the call back…"),
        }
        if f.pending:
            return pending.get(f.pending, "")
        if f.current is not None and f.current.on_hold:
            return self.tr("On hold")
        return ""

    def tick(self) -> None:
        self.duration_label.setText(self.feature.duration())

    def showEvent(self, event: QShowEvent) -> None:
        self.ticker.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.ticker.stop()
        super().hideEvent(event)
