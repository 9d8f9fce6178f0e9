"""The tray menu, kept in step with the session's cached state.

Labels, checks and visibility are updated in place; the structure is rebuilt only when it
changes (other statuses, a section's shape). A rebuild tells every section first (its actions
are about to go) and deletes the old actions itself: actions also shown elsewhere (the no-tray
window's buttons) are not deleted by ``QMenu.clear``, and used to pile up at every rebuild.

It never waits for the SOP: opening it shows what is known, and asks for a refresh behind it.
Text from the SOP is set with QAction.setText, which never interprets HTML.

Signals:
    status_chosen(str): the untranslated status the user clicked.
    settings_requested(), refresh_requested(), quit_requested()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from app.ui.icons import dot_icon, status_colour

#: statuses listed in the menu; a callflow with more lists these (and the current one) and says
#: how many are left out: 5,000 menu items froze the app for minutes
MAX_MENU_STATUSES = 25
#: longer status labels are cut (the SOP's text, one menu line)
MAX_LABEL_CHARS = 80

if TYPE_CHECKING:
    from app.core.session import Session
    from app.sop.models import Callflow, StatusOption
    from app.ui.feature_ui import FeatureUi


class TrayMenu(QObject):
    status_chosen = Signal(str)
    settings_requested = Signal()
    refresh_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self.refresh_requested)
        self.status_actions: dict[str, QAction] = {}
        self._group: QActionGroup | None = None
        self.header: QAction | None = None
        self.disconnected: QAction | None = None
        self._current_shape: tuple[object, ...] = ()
        self.sections: list[FeatureUi] = []
        self.rebuild(None)

    def set_sections(self, sections: list[FeatureUi]) -> None:
        """Feature sections shown between the statuses and the footer (in this order)."""
        for gone in self.sections:
            if gone not in sections:
                gone.menu_cleared()  # its actions go at the next rebuild: it must touch none
        self.sections = list(sections)
        self._current_shape = ()

    @staticmethod
    def _shape(session: Session | None, configured: bool) -> tuple[object, ...]:
        """What decides the menu's structure; labels and checks are updated in place."""
        if session is None:
            return ("none", configured)
        names = tuple(o.name for o in shown_statuses(session.callflow))
        return ("session", session.user is not None, names)

    def rebuild(self, session: Session | None, *, configured: bool = True) -> None:
        """Show ``session``'s state (None: not configured or not started).

        An open menu keeps its items (and the user's hover) when only the checked status,
        labels or header changed; the structure is rebuilt only when it differs.
        """
        shape = (self._shape(session, configured), *(sec.shape() for sec in self.sections))
        if session is not None and shape == self._current_shape:
            self._update_in_place(session)
            for section in self.sections:
                section.update_menu()
            return
        self._current_shape = ()  # until the build below completes
        for section in self.sections:
            section.menu_cleared()
        for action in self.menu.actions():
            self.menu.removeAction(action)
            submenu = action.menu()
            if isinstance(submenu, QMenu) and submenu.parent() is self.menu:
                submenu.deleteLater()  # a section's submenu goes with its actions
            if action.parent() is self.menu:
                # Not QMenu.clear: it spares actions another widget shows (the no-tray window's
                # buttons), which then piled up at every rebuild.
                action.deleteLater()
        self.status_actions.clear()
        self.disconnected = None
        if self._group is not None:
            self._group.deleteLater()
        self._group = QActionGroup(self)
        self._group.setExclusive(True)

        if session is None:
            text = self.tr("Not configured") if not configured else self.tr("Starting…")
            self.header = self._info(text)
        else:
            user = session.user
            if user is None:
                self.header = self._info(self.tr("Connecting to the phone system…"))
            else:
                self.header = self._info(
                    self.tr("{name} — ext. {ext}").format(name=user.name, ext=user.ext)
                )
            self.disconnected = self._info(self.tr("Call events: disconnected"))
            self._show_link(session)
            cf = session.callflow
            if cf is not None and cf.statuses:
                self.menu.addSection(self.tr("Status"))
                shown = shown_statuses(cf)
                for option in shown:
                    action = QAction(self.menu)
                    action.setCheckable(True)
                    action.setData(option.name)
                    action.setIcon(dot_icon(status_colour(option.name)))
                    self._show_status(action, option, session)
                    action.triggered.connect(
                        lambda _checked=False, name=option.name: self.status_chosen.emit(name)
                    )
                    self._group.addAction(action)
                    self.menu.addAction(action)
                    self.status_actions[option.name] = action
                if len(cf.statuses) > len(shown):
                    self._info(
                        self.tr(
                            "{count} more statuses: use “sop-companion set-status NAME”"
                        ).format(count=len(cf.statuses) - len(shown))
                    )
            elif user is not None:
                self._info(self.tr("Statuses not loaded yet"))
        if session is not None:
            for section in self.sections:
                section.build_menu(self.menu)
        self.menu.addSeparator()
        if session is not None:
            refresh = self.menu.addAction(self.tr("Refresh"))
            refresh.triggered.connect(self.refresh_requested)
        settings = self.menu.addAction(self.tr("Settings…"))
        settings.setObjectName("settingsAction")
        settings.triggered.connect(self.settings_requested)
        quit_action = self.menu.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self.quit_requested)
        self._current_shape = shape

    def _show_link(self, session: Session) -> None:
        if self.disconnected is not None:
            down = not session.connected and bool(session.disconnect_reason)
            if self.disconnected.isVisible() != down:
                self.disconnected.setVisible(down)

    def _update_in_place(self, session: Session) -> None:
        self._show_link(session)
        user, cf = session.user, session.callflow
        if user is not None and self.header is not None:
            self.header.setText(self.tr("{name} — ext. {ext}").format(name=user.name, ext=user.ext))
        if cf is None:
            return
        for option in shown_statuses(cf):
            action = self.status_actions.get(option.name)
            if action is not None:
                self._show_status(action, option, session)

    def _show_status(self, action: QAction, option: StatusOption, session: Session) -> None:
        label = option.translated or option.name
        if len(label) > MAX_LABEL_CHARS:
            label = label[: MAX_LABEL_CHARS - 1] + "…"
        if option.name == session.pending_status:
            label = self.tr("{status} (setting…)").format(status=label)
        action.setText(label)
        action.setChecked(
            session.callflow is not None and option.name == session.callflow.current_status
        )
        action.setEnabled(session.pending_status is None)

    def _info(self, text: str) -> QAction:
        action = self.menu.addAction(text)
        action.setEnabled(False)
        return action


def shown_statuses(cf: Callflow | None) -> tuple[StatusOption, ...]:
    """The statuses the menu lists: the first :data:`MAX_MENU_STATUSES`, and the current one."""
    if cf is None:
        return ()
    shown = cf.statuses[:MAX_MENU_STATUSES]
    if len(cf.statuses) > MAX_MENU_STATUSES and all(o.name != cf.current_status for o in shown):
        current = next((o for o in cf.statuses if o.name == cf.current_status), None)
        if current is not None:
            shown = (*shown, current)
    return shown
