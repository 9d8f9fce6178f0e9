"""The tray's "Forwarding" section: the forwarding number beside the status that uses it
("Forward → +32475123456"), the callflow's other forwarding parameters, and "Forward calls
to…": the user's mobile, recent numbers, another number or a colleague (a small chooser), or
clearing the number. Choosing a number sets it first, then switches to the forwarding status.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.core.tasks import spawn
from app.features.forward.dialog import ForwardDialog
from app.features.forward.model import ForwardFeature
from app.ui.feature_ui import FeatureUi, Shell

if TYPE_CHECKING:
    from app.core.feature import Feature


def menu_text(text: str) -> str:
    """SOP-provided text for a QAction: '&' would otherwise become a mnemonic."""
    return text.replace("&", "&&")


class ForwardUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, ForwardFeature)
        self.forward = feature
        self.infos: dict[str, QAction] = {}
        self.submenu: QMenu | None = None
        self.dialog: ForwardDialog | None = None
        self._hooked: QMenu | None = None

    def shape(self) -> tuple[Any, ...]:
        f = self.forward
        names = tuple(p.name for p in f.forwarding)
        return ("forward", f.loaded, names, bool(f.mobile), tuple(f.recent))

    def menu_cleared(self) -> None:
        self.infos = {}
        self.submenu = None

    def build_menu(self, menu: QMenu) -> None:
        self.menu_cleared()
        if self._hooked is not menu:
            self._unhook()
            menu.aboutToShow.connect(self._menu_opens)
            self._hooked = menu
        f = self.forward
        if not f.loaded or not f.forwarding:
            return
        menu.addSection(self.tr("Forwarding"))
        for param in f.forwarding:
            info = menu.addAction("")
            info.setObjectName(f"forwardInfo:{param.name}")
            info.setEnabled(False)
            self.infos[param.name] = info
        sub = QMenu(self.tr("&Forward calls to"), menu)
        sub.setObjectName("forwardMenu")
        if f.mobile:
            mobile = sub.addAction(self.tr("My mobile ({number})").format(number=f.mobile))
            mobile.setObjectName("forwardMobile")
            mobile.triggered.connect(lambda _c=False: self.choose(f.mobile))
        for index, number in enumerate(f.recent):
            recent = sub.addAction(menu_text(number))
            recent.setObjectName(f"forwardRecent{index}")
            recent.triggered.connect(lambda _c=False, n=number: self.choose(n))
        other = sub.addAction(self.tr("Another number or a colleague…"))
        other.setObjectName("forwardOther")
        other.triggered.connect(lambda _c=False: self.open_dialog())
        sub.addSeparator()
        clear = sub.addAction(self.tr("Clear the forwarding number"))
        clear.setObjectName("forwardClear")
        clear.triggered.connect(lambda _c=False: spawn(self.forward.clear()))
        menu.addMenu(sub)
        self.submenu = sub
        self.update_menu()

    def update_menu(self) -> None:
        f = self.forward
        default = f.default
        cf = f.ctx.session.callflow
        statuses = f.forward_statuses()
        for param in f.forwarding:
            info = self.infos.get(param.name)
            if info is None:
                continue
            number = menu_text(param.value) if param.value else self.tr("no number")
            label = menu_text(param.friendly_name or param.name)
            if param is default and statuses:
                label = menu_text(cf.translated(statuses[0]) if cf is not None else statuses[0])
            info.setText(self.tr("{what} → {number}").format(what=label, number=number))
        if self.submenu is not None:
            self.submenu.setEnabled(not f.busy)

    def tooltip(self) -> str:
        f = self.forward
        cf = f.ctx.session.callflow
        default = f.default
        if cf is None or default is None or not default.value:
            return ""
        if cf.current_status not in f.forward_statuses():
            return ""
        return self.tr("Forwarded to {number}").format(number=default.value)

    # -- actions -------------------------------------------------------------------------------
    def choose(self, number: str) -> None:
        spawn(self.forward.forward_to(number))

    def status_chosen(self, name: str) -> bool:
        """A click on a forwarding status asks for the number first (then sets both)."""
        f = self.forward
        if name not in f.forward_statuses() or f.default is None:
            return False
        self.open_dialog(status=name)
        return True

    def suggestions(self) -> list[tuple[str, str]]:
        f = self.forward
        found = (
            [(self.tr("My mobile ({number})").format(number=f.mobile), f.mobile)]
            if f.mobile
            else []
        )
        return found + [(number, number) for number in f.recent if number != f.mobile]

    def open_dialog(self, status: str | None = None) -> ForwardDialog:
        if self.dialog is not None:
            self.dialog.close()
        directory = self.forward.ctx.services.directory
        if not self.forward.directory_started:
            directory.start()  # the dial box's local copy; stopped with the session
            self.forward.directory_started = True
        default = self.forward.default
        dialog = ForwardDialog(directory, self.suggestions(), default.value if default else "")
        dialog.chosen.connect(lambda number: spawn(self.forward.forward_to(number, status)))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def _menu_opens(self) -> None:
        self.forward.refresh_soon()

    def _unhook(self) -> None:
        if self._hooked is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._hooked.aboutToShow.disconnect(self._menu_opens)
            self._hooked = None

    def close(self) -> None:
        self._unhook()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.menu_cleared()
