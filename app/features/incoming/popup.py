"""The small window that announces one incoming call, near the tray, without taking focus.

It never takes the keyboard from what the user is typing in: it is a ToolTip-type window (never
activated by a window manager, always on top) that does not accept focus and shows without
activating; its buttons take no focus either. On Wayland a ToolTip needs a transient parent,
so a Tool window is used there. Everything the caller controls (name, number, company) is set
as plain text: ``<b>x</b>`` shows as typed.

Signals:
    action(str, str): the channel and what was clicked: "mobile", "voicemail", "number", "park",
        "reject", "crm", "copy".
    closed(str): the channel; the user closed the popup or its timeout ran out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from app.features.incoming.call import CallState, IncomingCall

ACTIONS = ("mobile", "voicemail", "number", "park", "reject", "crm", "copy")


def popup_flags(platform: str) -> Qt.WindowType:
    """Window flags of a popup on this Qt platform plugin."""
    kind = Qt.WindowType.Tool if platform.startswith("wayland") else Qt.WindowType.ToolTip
    return (
        kind
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
        | Qt.WindowType.WindowDoesNotAcceptFocus
    )


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class IncomingPopup(QFrame):
    action = Signal(str, str)
    closed = Signal(str)

    def __init__(
        self, call: IncomingCall, *, timeout_s: int = 30, crm: bool = False, mobile: bool = True
    ) -> None:
        super().__init__(None, popup_flags(QGuiApplication.platformName()))
        self.setObjectName("incomingPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.call = call
        self._closing = False

        self.name_label = _plain(QLabel())
        self.name_label.setObjectName("callerName")
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        self.number_label = _plain(QLabel())
        self.number_label.setObjectName("callerNumber")
        self.company_label = _plain(QLabel())
        self.company_label.setObjectName("callerCompany")
        self.state_label = _plain(QLabel())
        self.state_label.setObjectName("callState")
        self.state_label.setWordWrap(True)
        close = QToolButton()
        close.setObjectName("closePopup")
        close.setText("×")
        close.setToolTip(self.tr("Close"))
        close.setAutoRaise(True)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.dismiss)

        labels = {
            "mobile": self.tr("To my mobile"),
            "voicemail": self.tr("To voicemail"),
            "number": self.tr("To…"),
            "park": self.tr("Park"),
            "reject": self.tr("Reject"),
            "crm": self.tr("Open in CRM"),
            "copy": self.tr("Copy number"),
        }
        # Buttons that do not apply are not created: hiding a child before the first show made
        # the offscreen platform deactivate the window that had the focus (Qt 6.12).
        shown = [k for k in ACTIONS if (k != "crm" or crm) and (k != "mobile" or mobile)]
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        for index, key in enumerate(shown):
            button = QPushButton(labels[key])
            button.setObjectName(f"popup_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=key: self.action.emit(call.channel, k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button

        head = QHBoxLayout()
        head.addWidget(self.name_label, 1)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.number_label)
        layout.addWidget(self.company_label)
        layout.addWidget(self.state_label)
        layout.addLayout(grid)
        self.setMinimumWidth(300)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        self._timeout_ms = max(0, timeout_s) * 1000
        self.refresh()
        self._restart_timer()

    # -- state -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the call as it is now (name filled in, parked, an error...)."""
        call = self.call
        self.name_label.setText(call.shown_name)
        shown_number = call.number if call.name else ""
        self.number_label.setText(shown_number)
        self.number_label.setVisible(bool(shown_number))
        self.company_label.setText(call.company)
        self.company_label.setVisible(bool(call.company))
        self.state_label.setText(self._state_text())
        busy = bool(call.pending)
        for key, button in self.buttons.items():
            if key in ("crm", "copy"):
                continue
            button.setEnabled(not busy and not (key == "park" and call.state is CallState.PARKED))
        self.adjustSize()

    def _state_text(self) -> str:
        call = self.call
        if call.error:
            return call.error
        if call.pending == "redirect":
            return self.tr("Redirecting…")
        if call.pending == "park":
            return self.tr("Parking…")
        if call.pending == "reject":
            return self.tr("Rejecting…")
        if call.state is CallState.PARKED:
            if call.park_slot:
                return self.tr("Parked on {slot}").format(slot=call.park_slot)
            return self.tr("Parked")
        return self.tr("Incoming call for {ext}").format(ext=call.extension)

    # -- closing -----------------------------------------------------------------------------
    def _restart_timer(self) -> None:
        if self._timeout_ms > 0:
            self.timer.start(self._timeout_ms)

    def dismiss(self) -> None:
        """Closed by the user or the timeout: tell the owner, then close."""
        if not self._closing:
            self._closing = True
            self.closed.emit(self.call.channel)
        self.close()

    def close_quietly(self) -> None:
        """The call ended or was handled: close without a ``closed`` signal."""
        self._closing = True
        self.timer.stop()
        self.close()

    def event(self, event: QEvent) -> bool:
        # The timeout waits while the pointer is over the popup: it is being read or used.
        if event.type() == QEvent.Type.Enter:
            self.timer.stop()
        elif event.type() == QEvent.Type.Leave:
            self._restart_timer()
        return super().event(event)
