"""The hot-desk section of the tray menu, and the hooks that log out at quit / session end.

"Log in at this desk (SDP80002)" or "Log out from SDP80002", with the virtual phone and status
text the SOP returned, and a live "available in 73 s" while the 90-second rule runs. The item
stays clickable while throttled (so the no-tray window's button keeps its live label): a click
then only says how long is left, nothing is sent.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QGuiApplication, Qt
from PySide6.QtWidgets import QMenu

from app.core.tasks import spawn
from app.features.hotdesk.dialog import GuestLoginDialog
from app.features.hotdesk.model import HotDesk
from app.ui.feature_ui import FeatureUi, Shell

if TYPE_CHECKING:
    from app.core.feature import Feature


def menu_text(text: str) -> str:
    """SOP-provided text for a QAction: '&' would otherwise become a mnemonic."""
    return text.replace("&", "&&")


class HotDeskUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, HotDesk)
        self.hotdesk = feature
        self.action: QAction | None = None
        self.info: QAction | None = None
        self.guest_action: QAction | None = None
        self.dialog: GuestLoginDialog | None = None
        # The live countdown: a QTimer's (C++) timeout relabels the item once a second while
        # the 90 s run, and stops itself when they are over.
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.update_menu)
        # Never forget to log out: quit (the menu, SIGTERM and aboutToQuit all go through the
        # controller's quitting signal; aboutToQuit itself is not hooked here because qasync
        # emits it whenever its loop stops) and the end of the OS session (commitDataRequest).
        self._hooks: list[tuple[Any, Any]] = []
        quitting = getattr(controller, "quitting", None)
        if quitting is not None:
            self._hook(quitting, feature.begin_quit)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            self._hook(app.commitDataRequest, self._on_commit_data)

    def _hook(self, signal: Any, slot: Any) -> None:
        signal.connect(slot)
        self._hooks.append((signal, slot))

    def _on_commit_data(self, _manager: object) -> None:
        self.hotdesk.begin_quit()

    # -- menu ----------------------------------------------------------------------------------
    def shape(self) -> tuple[Any, ...]:
        f = self.hotdesk
        return ("pum", bool(f.shown_phone), f.logged_in, f.is_guest)

    def build_menu(self, menu: QMenu) -> None:
        f = self.hotdesk
        self.action = self.info = self.guest_action = None
        if not f.shown_phone:
            return  # no desk phone set and nobody logged in: nothing to offer
        menu.addSection(self.tr("Hot desk"))
        menu.setToolTipsVisible(True)  # the SOP's own status text, as a detail
        self.action = menu.addAction("")
        self.action.setObjectName("pumAction")
        self.action.triggered.connect(self._on_action)
        if f.logged_in:
            self.info = menu.addAction("")
            self.info.setObjectName("pumInfo")
            self.info.setEnabled(False)
        elif f.desk_phone:
            self.guest_action = menu.addAction(self.tr("Log in someone else at this desk…"))
            self.guest_action.setObjectName("pumGuestAction")
            self.guest_action.triggered.connect(self.open_guest_dialog)
        self.update_menu()

    def menu_cleared(self) -> None:
        self.action = self.info = self.guest_action = None

    def label(self) -> str:
        """The main item's text as it should read now."""
        f = self.hotdesk
        phone = menu_text(f.shown_phone)
        if not f.logged_in:
            text = self.tr("Log in at this desk ({phone})").format(phone=phone)
        elif f.is_guest:
            text = self.tr("Log out {ext} from {phone}").format(
                ext=menu_text(f.state.ext), phone=phone
            )
        else:
            text = self.tr("Log out from {phone}").format(phone=phone)
        if f.busy:
            return self.tr("{action} (working…)").format(action=text)
        left = f.seconds_left()
        if left > 0:
            return self.tr("{action} — available in {seconds} s").format(action=text, seconds=left)
        return text

    def info_text(self) -> str:
        """Our words; the SOP's own status text is the item's tooltip (:meth:`info_detail`)."""
        state = self.hotdesk.state
        if state.virtual:
            return self.tr("Virtual phone {virtual}").format(virtual=menu_text(state.virtual))
        return self.tr("Logged in")

    def info_detail(self) -> str:
        """The SOP's status text as a tooltip, always plain text ("" when it sent none)."""
        status = self.hotdesk.state.status_text.strip()
        if not status:
            return ""
        return Qt.convertFromPlainText(
            self.tr("The phone system says: {text}").format(text=status[:500]),
            Qt.WhiteSpaceMode.WhiteSpaceNormal,
        )

    def update_menu(self) -> None:
        counting = self.hotdesk.seconds_left() > 0
        if counting and not self.ticker.isActive():
            self.ticker.start()
        elif not counting:
            self.ticker.stop()
        if self.action is None:
            return
        self.action.setText(self.label())
        self.action.setEnabled(not self.hotdesk.busy)
        if self.info is not None:
            self.info.setText(self.info_text())
            self.info.setToolTip(self.info_detail())
        if self.guest_action is not None:
            self.guest_action.setEnabled(not self.hotdesk.busy)

    def _on_action(self) -> None:
        spawn(self.hotdesk.toggle())

    # -- guest login ---------------------------------------------------------------------------
    def open_guest_dialog(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = GuestLoginDialog(self.hotdesk)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()

    def close(self) -> None:
        for signal, slot in self._hooks:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone
                signal.disconnect(slot)
        self._hooks.clear()
        self.ticker.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.action = self.info = self.guest_action = None
