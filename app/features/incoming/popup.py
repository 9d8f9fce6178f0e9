"""The small window that announces one incoming call, near the tray, without taking focus.

It never takes the keyboard from what the user is typing in: it is a ToolTip-type window (never
activated by a window manager, always on top) that does not accept focus and shows without
activating; its buttons take no focus either. On Wayland a ToolTip needs a transient parent,
so a Tool window is used there. Everything the caller controls (name, number, company) is set
as plain text: ``<b>x</b>`` shows as typed.

The caller comes first: an avatar with their initials, their name in large type, the number as
people write it and the company, then "Calling you". One primary action (to my mobile, or to
voicemail without a mobile) is a button; the others are under "More", each with the key that
chooses it while that menu is open.

Signals:
    action(str, str): the channel and what was chosen: "mobile", "voicemail", "number", "park",
        "reject", "crm", "copy".
    closed(str): the channel; the user closed the popup or its timeout ran out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.number_display import display_number
from app.features.incoming.call import CallState, IncomingCall
from app.ui.avatar import Avatar
from app.ui.elided_label import ElidedLabel

ACTIONS = ("mobile", "voicemail", "number", "park", "reject", "crm", "copy")
#: the key that picks each action in the "More" menu (shown there, beside the action)
SHORTCUTS = {
    "mobile": "M",
    "voicemail": "V",
    "number": "T",
    "park": "P",
    "reject": "R",
    "crm": "O",
    "copy": "C",
}
#: the popup's width range (logical pixels): names longer than the widest end in "…"
MIN_WIDTH, MAX_WIDTH = 320, 420


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


def _secondary(label: QLabel) -> QLabel:
    """Dimmer text for the details under the name, in the palette's own tone (light or dark)."""
    palette = label.palette()
    dim = palette.color(QPalette.ColorRole.PlaceholderText)
    palette.setColor(QPalette.ColorRole.WindowText, dim)
    label.setPalette(palette)
    return label


def primary_action(mobile: bool) -> str:
    """The one action shown as a button: the mobile when the user has one, else voicemail."""
    return "mobile" if mobile else "voicemail"


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

        self.avatar = Avatar(44, self)
        self.name_label = _plain(ElidedLabel())
        self.name_label.setObjectName("callerName")
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.name_label.setFont(font)
        self.number_label = _secondary(_plain(ElidedLabel()))
        self.number_label.setObjectName("callerNumber")
        self.company_label = _secondary(_plain(ElidedLabel()))
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
        # Actions that do not apply are not created: hiding a child before the first show made
        # the offscreen platform deactivate the window that had the focus (Qt 6.12).
        shown = [k for k in ACTIONS if (k != "crm" or crm) and (k != "mobile" or mobile)]
        self.primary_key = primary_action(mobile)
        self.more_menu = QMenu(self)
        self.more_menu.setObjectName("popupMore")
        self.call_actions: dict[str, QAction] = {}
        for key in shown:
            action = QAction(labels[key], self)
            action.setObjectName(f"popup_{key}")
            action.setShortcut(QKeySequence(SHORTCUTS[key]))
            action.triggered.connect(
                lambda _checked=False, k=key: self.action.emit(call.channel, k)
            )
            self.call_actions[key] = action
            if key != self.primary_key:
                if key == "crm":
                    self.more_menu.addSeparator()
                self.more_menu.addAction(action)
        # The menu holds the user's attention: the popup does not time out under it.
        self.more_menu.aboutToShow.connect(self.timer_stop)
        self.more_menu.aboutToHide.connect(self._restart_timer)

        self.primary = QPushButton(labels[self.primary_key])
        self.primary.setObjectName("popupPrimary")
        self.primary.setDefault(True)
        self.primary.setAutoDefault(False)
        self.primary.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.primary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.primary.clicked.connect(self.call_actions[self.primary_key].trigger)
        self.more = QPushButton(self.tr("More"))
        self.more.setObjectName("popupMoreButton")
        self.more.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more.setAutoDefault(False)
        self.more.setMenu(self.more_menu)
        self.more.setToolTip(self.tr("Voicemail, another number, park, reject, copy…"))

        details = QVBoxLayout()
        details.setSpacing(1)
        details.addWidget(self.name_label)
        details.addWidget(self.number_label)
        details.addWidget(self.company_label)
        details.addSpacing(4)
        details.addWidget(self.state_label)
        head = QGridLayout()
        head.setHorizontalSpacing(12)
        head.addWidget(self.avatar, 0, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(details, 0, 1)
        head.addWidget(close, 0, 2, Qt.AlignmentFlag.AlignTop)
        head.setColumnStretch(1, 1)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.primary, 1)
        row.addWidget(self.more)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 10, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(row)
        self.setMinimumWidth(MIN_WIDTH)
        self.setMaximumWidth(MAX_WIDTH)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        self._timeout_ms = max(0, timeout_s) * 1000
        self.refresh()
        self._restart_timer()

    @property
    def buttons(self) -> dict[str, QWidget]:
        """The popup's own buttons: the primary action's and "More"."""
        return {self.primary_key: self.primary, "more": self.more}

    def timer_stop(self) -> None:
        self.timer.stop()

    # -- state -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the call as it is now (name filled in, parked, an error...)."""
        call = self.call
        self.avatar.set_name(call.name)
        self.name_label.setText(call.name or display_number(call.shown_name))
        shown_number = display_number(call.number) if call.name else ""
        self.number_label.setText(shown_number)
        self.number_label.setVisible(bool(shown_number))
        self.company_label.setText(call.company)
        self.company_label.setVisible(bool(call.company))
        self.state_label.setText(self._state_text())
        busy = bool(call.pending)
        for key, action in self.call_actions.items():
            if key in ("crm", "copy"):
                continue
            action.setEnabled(not busy and not (key == "park" and call.state is CallState.PARKED))
        self.primary.setEnabled(self.call_actions[self.primary_key].isEnabled())
        self._fit()

    def _fit(self) -> None:
        self._layout.activate()
        self.resize(self.sizeHint())

    def sizeHint(self) -> QSize:
        """As wide as the name needs within MIN_WIDTH..MAX_WIDTH; as high as that width needs."""
        hint = super().sizeHint()
        width = max(MIN_WIDTH, min(MAX_WIDTH, hint.width()))
        height = self._layout.totalHeightForWidth(width)
        return QSize(width, max(height, hint.height()))

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
        return self.tr("Calling you")

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
