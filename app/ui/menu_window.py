"""The tray menu as a small window, where the desktop has no system tray.

Kept apart from app.ui.tray: defining these widget classes costs start-up time that a desktop
with a tray never spends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import app_icon
from app.ui.tray_menu import TrayMenu


class MenuWindow(QWidget):
    """The tray menu's actions as buttons in a small window (no system tray available).

    Menu sections become bold headings and separators thin lines, so it reads like the menu;
    the checked status is bold and the window icon carries the status dot the tray icon would.
    """

    STYLE = "QToolButton:checked { font-weight: bold; }"

    def __init__(self, tray_menu: TrayMenu) -> None:
        super().__init__()
        self.setObjectName("menuWindow")
        self.setWindowTitle(self.tr("SOP Companion"))
        self.setWindowIcon(app_icon())
        self._tray_menu = tray_menu
        self._layout = QVBoxLayout(self)
        self.setStyleSheet(self.STYLE)
        self.notice = QLabel(
            self.tr(
                "No system tray was found: SOP Companion runs in this window. Closing the window"
                " keeps it running; start SOP Companion again to bring the window back."
            )
        )
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("messageLabel")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self._buttons: list[QWidget] = []
        self._synced: list[tuple[object, ...]] = []  # what the buttons show (skip if unchanged)
        self._layout.addWidget(self.notice)
        self._layout.addWidget(self.message)
        self.setMinimumWidth(280)

    def _layout_key(self) -> list[tuple[object, ...]]:
        key: list[tuple[object, ...]] = []
        for action in self._tray_menu.menu.actions():
            if not action.isVisible():
                continue
            if action.isSeparator():
                key.append(("sep", action.text()))
            elif action.isEnabled() or action.isCheckable():
                key.append(("button", action))
            else:
                key.append(("label", action, action.text()))
        return key

    def sync(self) -> None:
        """Mirror the menu's actions (buttons follow their action's text, check and enabled
        state, and trigger it). Nothing is redone when the menu's layout is unchanged."""
        key = self._layout_key()
        if key == self._synced:
            return
        self._synced = key
        for b in self._buttons:
            self._layout.removeWidget(b)
            b.deleteLater()
        self._buttons.clear()
        for action in self._tray_menu.menu.actions():
            w: QWidget
            if not action.isVisible():
                continue
            if action.isSeparator():
                if action.text():
                    w = _Heading(action.text(), self)
                elif self._buttons and not isinstance(self._buttons[-1], _Heading | _Rule):
                    w = _Rule(self)
                else:
                    continue  # no rule at the top or right after another break
            elif action.isEnabled() or action.isCheckable():
                w = _ActionButton(action, self)
            else:
                label = QLabel(action.text(), self)
                label.setTextFormat(Qt.TextFormat.PlainText)
                w = label
            self._layout.addWidget(w)
            self._buttons.append(w)
            if self.isVisible():
                w.show()  # now, not on the next loop turn, so _fit_height() counts it
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the word-wrapped labels need at this width.

        A window's layout grows it to its minimum size, which ignores a wrapped label's
        height for the width: without this the notice ends up clipped when buttons are added.
        """
        self._layout.activate()
        needed = self.heightForWidth(self.width())
        if self.isVisible() and needed > self.height():
            self.resize(self.width(), needed)

    def show_message(self, title: str, text: str) -> None:
        shown = self.tr("{title}: {text}").format(title=title, text=text) if title else text
        self.message.setText(shown)
        self.message.show()
        self._fit_height()


class _ActionButton(QToolButton):
    """A button that mirrors a menu action and triggers it.

    Not ``setDefaultAction``: the binding then makes the button own the action, and deleting
    the button (at the next sync) deleted an action the menu and its feature still used.
    """

    def __init__(self, action: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self._action: QAction | None = action
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCheckable(action.isCheckable())
        submenu = action.menu()
        if isinstance(submenu, QMenu):  # a submenu opens on a click, as in the menu
            self.setMenu(submenu)
            self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        action.changed.connect(self._mirror)
        action.toggled.connect(self._mirror)
        action.destroyed.connect(self._forget)
        self.clicked.connect(self._trigger)
        self._mirror()

    def action(self) -> QAction | None:
        return self._action

    def _mirror(self) -> None:
        action = self._action
        if action is None:
            return
        self.setText(action.text())
        self.setToolTip(action.toolTip())
        self.setEnabled(action.isEnabled())
        if action.isCheckable():
            self.setChecked(action.isChecked())

    def _trigger(self) -> None:
        if self._action is not None:
            self._action.trigger()
        self._mirror()  # a checked status stays checked when clicked again

    def _forget(self) -> None:
        self._action = None
        self.setEnabled(False)


class _Heading(QLabel):
    """A menu section's title (``QMenu.addSection``) in the fallback window."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setBold(True)
        self.setFont(font)


class _Rule(QFrame):
    """A plain menu separator in the fallback window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.HLine)
        self.setFrameShadow(QFrame.Shadow.Sunken)
