"""The tray menu as a small window, where the desktop has no system tray.

It reads as a window, not a column of buttons: the user's name at the top, the menu's sections
as headings with their entries as flat rows (a status's coloured dot, the checked one in bold,
a submenu's arrow), and the menu's last group (Refresh, Settings…, Quit) as a row of ordinary
buttons at the bottom. A row too narrow for its text ends in "…" and shows the whole text in its
tooltip. The window icon carries the status dot the tray icon would.

Kept apart from app.ui.tray: defining these widget classes costs start-up time that a desktop
with a tray never spends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QFont, QIcon, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QStyleOptionToolButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.elided_label import ElidedLabel
from app.ui.icons import app_icon

if TYPE_CHECKING:
    from app.ui.tray_menu import TrayMenu

ROW_INDENT = 10


class MenuWindow(QWidget):
    """The tray menu's actions in a small window (no system tray available)."""

    def __init__(self, tray_menu: TrayMenu) -> None:
        super().__init__()
        self.setObjectName("menuWindow")
        self.setWindowTitle(self.tr("SOP Companion"))
        self.setWindowIcon(app_icon())
        self._tray_menu = tray_menu
        self.notice = QLabel(
            self.tr(
                "No system tray was found: SOP Companion runs in this window. Closing the window"
                " keeps it running; start SOP Companion again to bring the window back."
            )
        )
        self.notice.setObjectName("noTrayNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        _dim(self.notice)
        self.message = QLabel("")
        self.message.setObjectName("messageLabel")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(6)
        self.message.hide()
        self._buttons: list[QWidget] = []
        self._synced: list[tuple[object, ...]] = []  # what the rows show (skip if unchanged)
        self._body = QVBoxLayout()
        self._body.setSpacing(1)
        self._footer = QHBoxLayout()
        self._footer.setSpacing(6)
        self._footer.addStretch(1)  # the buttons at the right, as in a dialog
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(self._body)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(_Rule(self))
        layout.addLayout(self._footer)
        layout.addWidget(self.notice)
        self.setMinimumWidth(340)
        self.resize(380, 520)

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

    def _footer_start(self, actions: list[QAction]) -> int:
        """Where the menu's last group begins (after its last plain separator), or len."""
        for index in range(len(actions) - 1, -1, -1):
            action = actions[index]
            if action.isSeparator():
                return index + 1 if not action.text() else len(actions)
            if action.menu() is not None or action.isCheckable() or not action.isEnabled():
                return len(actions)  # the last group is not a row of plain commands
        return len(actions)

    def sync(self) -> None:
        """Mirror the menu's actions (rows follow their action's text, check and enabled
        state, and trigger it). Nothing is redone when the menu's layout is unchanged."""
        key = self._layout_key()
        if key == self._synced:
            return
        self._synced = key
        for b in self._buttons:
            b.setParent(None)
            b.deleteLater()
        self._buttons.clear()
        actions = [a for a in self._tray_menu.menu.actions() if a.isVisible()]
        footer_at = self._footer_start(actions)
        first_label = True
        for index, action in enumerate(actions):
            w: QWidget
            in_footer = index >= footer_at
            if action.isSeparator():
                if in_footer or index + 1 == footer_at:
                    continue  # the footer has its own rule
                if action.text():
                    w = _Heading(action.text(), self)
                elif self._buttons and not isinstance(self._buttons[-1], _Heading | _Rule):
                    w = _Rule(self)
                else:
                    continue  # no rule at the top or right after another break
            elif action.isEnabled() or action.isCheckable():
                w = _ActionButton(action, self, row=not in_footer)
            else:
                label = ElidedLabel(action.text(), self)
                if first_label and not self._buttons:
                    label.setObjectName("menuHeader")  # the user's name and extension
                    font = label.font()
                    font.setBold(True)
                    font.setPointSizeF(font.pointSizeF() * 1.15)
                    label.setFont(font)
                else:
                    label.setIndent(ROW_INDENT)
                    _dim(label)
                w = label
            first_label = False
            if in_footer:
                self._footer.addWidget(w)
            else:
                self._body.addWidget(w)
            self._buttons.append(w)
            if self.isVisible():
                w.show()  # now, not on the next loop turn, so _fit_height() counts it
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the word-wrapped labels need at this width.

        A window's layout grows it to its minimum size, which ignores a wrapped label's
        height for the width: without this the notice ends up clipped when rows are added.
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


def _dim(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


class _ActionButton(QToolButton):
    """A row (or, in the footer, a button) that mirrors a menu action and triggers it.

    A row is flat until hovered, its icon and text at the left; text too long for the row ends
    in "…" and is whole in the tooltip. ``text()`` is always the action's whole text.

    Not ``setDefaultAction``: the binding then makes the button own the action, and deleting
    the button (at the next sync) deleted an action the menu and its feature still used.
    """

    def __init__(self, action: QAction, parent: QWidget, *, row: bool = True) -> None:
        super().__init__(parent)
        self._action: QAction | None = action
        self._row = row
        self._tooltip = ""
        if row:
            self.setAutoRaise(True)
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        else:
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
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
        self.setText(action.text().replace("&&", "&"))
        self.setIcon(action.icon())
        self.setEnabled(action.isEnabled())
        if action.isCheckable():
            self.setChecked(action.isChecked())
        font = QFont(action.font())
        font.setBold(font.bold() or (action.isCheckable() and action.isChecked()))
        self.setFont(font)
        self._tooltip = action.toolTip() if action.toolTip() != action.text() else ""
        self._update_tooltip()

    def _trigger(self) -> None:
        if self._action is not None:
            self._action.trigger()
        self._mirror()  # a checked status stays checked when clicked again

    def _forget(self) -> None:
        self._action = None
        self.setEnabled(False)

    # -- a row's look -------------------------------------------------------------------------
    def _text_rect(self) -> QRect:
        rect = self.rect().adjusted(ROW_INDENT, 0, -6, 0)
        if not self.icon().isNull():
            rect.setLeft(rect.left() + self.iconSize().width() + 6)
        if self.menu() is not None:
            rect.setRight(rect.right() - 14)
        return rect

    def is_elided(self) -> bool:
        if not self._row:
            return False
        return self.fontMetrics().horizontalAdvance(self.text()) > self._text_rect().width()

    def _update_tooltip(self) -> None:
        whole = self.text() if self.is_elided() else ""
        self.setToolTip("\n".join(t for t in (whole, self._tooltip) if t))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self._row:
            return hint
        return QSize(
            hint.width() + ROW_INDENT, max(hint.height(), self.fontMetrics().height() + 10)
        )

    def minimumSizeHint(self) -> QSize:
        if not self._row:
            return super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("MMMMMMMM…"), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._row:
            super().paintEvent(event)
            return
        opt = QStyleOptionToolButton()
        self.initStyleOption(opt)
        painter = QPainter(self)
        style = self.style()
        hovered = bool(opt.state & QStyle.StateFlag.State_MouseOver)
        if self.isEnabled() and (hovered or self.isDown()):
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelButtonTool, opt, painter, self)
        x = ROW_INDENT
        if not self.icon().isNull():
            size = self.iconSize()
            mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
            pixmap = self.icon().pixmap(size, self.devicePixelRatioF(), mode)
            painter.drawPixmap(x, (self.height() - size.height()) // 2, pixmap)
        rect = self._text_rect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        style.drawItemText(
            painter, rect, int(align), self.palette(), self.isEnabled(), shown,
            QPalette.ColorRole.ButtonText,
        )  # fmt: skip
        if self.menu() is not None:
            arrow = QStyleOption()
            arrow.initFrom(self)
            arrow.rect = QRect(self.width() - 18, (self.height() - 10) // 2, 10, 10)
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorArrowRight, arrow, painter, self
            )
        painter.end()


class _Heading(QLabel):
    """A menu section's title (``QMenu.addSection``): bold, with room above it."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setObjectName("menuHeading")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(0, 8, 0, 2)
        font = self.font()
        font.setBold(True)
        self.setFont(font)


class _Rule(QFrame):
    """A plain menu separator."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.HLine)
        self.setFrameShadow(QFrame.Shadow.Sunken)
