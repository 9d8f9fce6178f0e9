"""The tray icon, its tooltip and notifications, or a small window where there is no tray.

Where the platform has no system tray (a desktop without one, ``QT_QPA_PLATFORM=offscreen``),
the same menu is offered in a small window instead of an invisible app
(``app.ui.menu_window``, loaded only then).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSystemTrayIcon

from app.ui.icons import status_colour, status_icon
from app.ui.tray_menu import TrayMenu

if TYPE_CHECKING:
    from app.core.session import Session
    from app.ui.menu_window import MenuWindow


class Tray(QObject):
    """Owns the tray icon (or the fallback window) and shows the session's state on it."""

    def __init__(self, tray_menu: TrayMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = tray_menu
        self.icon: QSystemTrayIcon | None = None
        self.window: MenuWindow | None = None
        self.tooltip = ""
        self.last_message: tuple[str, str] | None = None
        self._look: tuple[str | None, bool, int] | None = None  # what the icon shows now
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(status_icon(None), self)
            self.icon.setContextMenu(tray_menu.menu)
            self.icon.activated.connect(self._on_activated)
        else:
            from app.ui.menu_window import MenuWindow

            self.window = MenuWindow(tray_menu)

    @property
    def has_tray(self) -> bool:
        return self.icon is not None

    def show(self) -> None:
        if self.icon is not None:
            self.icon.show()
        elif self.window is not None:
            self.window.sync()
            self.window.show()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
        if self.window is not None:
            self.window.close()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click opens the same menu (many desktops only open it on a right click).
        if reason == QSystemTrayIcon.ActivationReason.Trigger and self.icon is not None:
            self.menu.refresh_requested.emit()
            geo = self.icon.geometry()
            QTimer.singleShot(0, lambda: self.menu.menu.popup(geo.bottomLeft()))

    def show_state(
        self,
        session: Session | None,
        *,
        configured: bool = True,
        badge: int = 0,
        notes: Sequence[str] = (),
    ) -> None:
        self.menu.rebuild(session, configured=configured)
        colour = None
        lines = [self.tr("SOP Companion")]
        disconnected = False
        if session is None:
            lines.append(self.tr("Not configured") if not configured else self.tr("Starting…"))
        else:
            if session.user is not None:
                lines.append(f"{session.user.name} ({session.user.ext})")
            cf = session.callflow
            if cf is not None:
                colour = status_colour(cf.current_status)
                lines.append(
                    self.tr("Status: {status}").format(status=cf.translated(cf.current_status))
                )
            lines.extend(notes)  # from the features: "Busy until 14:00"
            if not session.connected and session.disconnect_reason:
                disconnected = True
                lines.append(
                    self.tr("Disconnected: {reason}").format(reason=session.disconnect_reason)
                )
        tooltip = "\n".join(lines)
        # Drawn only when the look changes: the state is shown again at every session change.
        look = (colour, disconnected, min(badge, 100))
        icon = None
        if look != self._look:
            icon = status_icon(colour, disconnected=disconnected, badge=badge)
        self._look = look
        if self.icon is not None:
            if icon is not None:
                self.icon.setIcon(icon)
            if tooltip != self.tooltip:
                self.icon.setToolTip(tooltip)
        elif self.window is not None:
            self.window.setWindowTitle(" — ".join(lines[:2]))
            if icon is not None:
                self.window.setWindowIcon(icon)
            self.window.sync()
        self.tooltip = tooltip

    def notify(self, title: str, text: str, *, error: bool = False) -> None:
        self.last_message = (title, text)
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if error
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.icon.showMessage(title, text, icon, 8000)
        elif self.window is not None:
            self.window.show_message(title, text)

    def actions(self) -> list[QAction]:
        return list(self.menu.menu.actions())
