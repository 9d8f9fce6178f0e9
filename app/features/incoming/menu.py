"""The widget side of incoming calls: one popup per ringing call, stacked near the tray icon.

Popups stack away from the tray icon (upwards when it is in the lower half of the screen, else
downwards); without a tray icon they stack from the bottom-right corner of the available screen.
A popup opens synchronously on ``call_added``, so it is on screen before any SOP call is made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app.core.feature import Feature
from app.core.tasks import spawn
from app.features.incoming.crm_link import CrmLinkError, crm_url
from app.features.incoming.model import IncomingCalls
from app.features.incoming.popup import IncomingPopup
from app.features.incoming.redirect_dialog import RedirectDialog
from app.ui.feature_ui import FeatureUi, Shell

MARGIN = 8


class IncomingUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, IncomingCalls)
        self.incoming = feature
        self.popups: dict[str, IncomingPopup] = {}  # by channel, oldest first
        self.dialog: RedirectDialog | None = None
        # Injected so tests can see what would be opened, and never start a browser.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        feature.call_added.connect(self._on_added)
        feature.call_changed.connect(self._on_changed)
        feature.call_closed.connect(self._on_closed)

    # -- popups --------------------------------------------------------------------------------
    def _on_added(self, channel: str) -> None:
        call = self.incoming.calls.get(channel)
        if call is None:
            return
        settings = self.incoming.settings
        user = self.incoming.ctx.session.user
        popup = IncomingPopup(
            call,
            timeout_s=settings.incoming_timeout_s,
            crm=bool(settings.incoming_crm_url.strip()),
            mobile=user is None or bool(user.mobile.strip()),
        )
        popup.action.connect(self._on_action)
        popup.closed.connect(self.incoming.dismiss)
        self.popups[channel] = popup
        self._place()
        popup.show()

    def _on_changed(self, channel: str) -> None:
        popup = self.popups.get(channel)
        if popup is not None:
            popup.refresh()
            self._place()

    def _on_closed(self, channel: str) -> None:
        popup = self.popups.pop(channel, None)
        if popup is not None:
            popup.close_quietly()
            self._place()

    def _anchor(self) -> tuple[QRect, QPoint, bool]:
        """The screen area, the corner to stack from, and whether to stack upwards."""
        icon = getattr(self.controller.tray, "icon", None)
        geo = icon.geometry() if icon is not None else QRect()
        screen = None
        if geo.isValid() and not geo.isEmpty():
            screen = QGuiApplication.screenAt(geo.center())
        screen = screen or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
        if geo.isValid() and not geo.isEmpty():
            up = geo.center().y() > area.center().y()
            corner = QPoint(geo.right(), geo.top() if up else geo.bottom())
            return area, corner, up
        return area, QPoint(area.right(), area.bottom()), True

    def _place(self) -> None:
        area, corner, up = self._anchor()
        y = corner.y() - MARGIN if up else corner.y() + MARGIN
        for popup in reversed(list(self.popups.values())):  # the newest nearest the tray
            size = popup.sizeHint().expandedTo(popup.minimumSizeHint())
            x = min(corner.x(), area.right()) - size.width() - MARGIN + 1
            x = max(area.left() + MARGIN, x)
            top = y - size.height() if up else y
            top = max(area.top(), min(top, area.bottom() - size.height()))
            popup.resize(size)
            popup.move(x, top)
            y = top - MARGIN if up else top + size.height() + MARGIN

    # -- actions -------------------------------------------------------------------------------
    def _on_action(self, channel: str, action: str) -> None:
        f = self.incoming
        if action == "mobile":
            spawn(f.redirect_mobile(channel))
        elif action == "voicemail":
            spawn(f.redirect_voicemail(channel))
        elif action == "park":
            spawn(f.park(channel))
        elif action == "reject":
            spawn(f.reject(channel))
        elif action == "number":
            self.open_redirect_dialog(channel)
        elif action == "crm":
            self.open_crm(channel)
        elif action == "copy":
            call = f.calls.get(channel)
            clipboard = QGuiApplication.clipboard()
            if call is not None and clipboard is not None:
                clipboard.setText(call.number)

    def open_crm(self, channel: str) -> None:
        call = self.incoming.calls.get(channel)
        if call is None:
            return
        try:
            url = crm_url(
                self.incoming.settings.incoming_crm_url,
                number=call.number,
                name=call.name,
                ext=call.extension,
            )
        except CrmLinkError as exc:
            call.error = str(exc)
            self._on_changed(channel)
            return
        self.open_url(QUrl(url, QUrl.ParsingMode.StrictMode))

    def open_redirect_dialog(self, channel: str) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog = RedirectDialog(self.incoming, channel)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget_dialog(self, dialog: RedirectDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def close(self) -> None:
        for popup in self.popups.values():
            popup.close_quietly()
        self.popups.clear()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
