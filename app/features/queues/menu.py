"""The tray's "Queues" section: the user's queues with their waiting callers, membership and
pause state, join/leave and pause/resume, "Pause all" and "Resume all"; and the tooltip line
with the callers waiting in the user's queues.

Opening the tray menu refreshes the queues (at most every few seconds); labels are updated in
place, and the section is rebuilt only when the queues or memberships change.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.core.tasks import spawn
from app.features.queues.codes import member_status_text, membership_text
from app.features.queues.model import QueueRow, QueuesFeature
from app.ui.feature_ui import FeatureUi, Shell

if TYPE_CHECKING:
    from app.core.feature import Feature


def menu_text(text: str) -> str:
    """SOP-provided text for a QAction: '&' would otherwise become a mnemonic."""
    return text.replace("&", "&&")


class QueueItems:
    """The actions of one queue the user is a member of."""

    def __init__(self, menu: QMenu, info: QAction, pause: QAction, leave: QAction) -> None:
        self.menu = menu
        self.info = info
        self.pause = pause
        self.leave = leave


class QueuesUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, QueuesFeature)
        self.queues = feature
        self.title: QAction | None = None
        self.items: dict[str, QueueItems] = {}
        self.join_menu: QMenu | None = None
        self.join_items: dict[str, QAction] = {}
        self.pause_all: QAction | None = None
        self.resume_all: QAction | None = None
        self._hooked: QMenu | None = None

    # -- menu ----------------------------------------------------------------------------------
    def shape(self) -> tuple[Any, ...]:
        rows = tuple((r.name, r.member, r.membership) for r in self.queues.rows())
        return ("queues", self.queues.loaded, rows)

    def menu_cleared(self) -> None:
        self.title = self.join_menu = self.pause_all = self.resume_all = None
        self.items = {}
        self.join_items = {}

    def build_menu(self, menu: QMenu) -> None:
        self.menu_cleared()
        if self._hooked is not menu:
            self._unhook()
            menu.aboutToShow.connect(self._menu_opens)
            self._hooked = menu
        rows = self.queues.rows()
        if not self.queues.loaded or not rows:
            return
        self.title = menu.addSection(self.tr("Queues"))
        for row in rows:
            if row.member:
                self._build_member(menu, row)
        others = [row for row in rows if not row.member]
        if others:
            join = QMenu(self.tr("&Join a queue"), menu)
            join.setObjectName("queueJoinMenu")
            for row in others:
                action = join.addAction("")
                action.setObjectName(f"queueJoin:{row.name}")
                action.triggered.connect(lambda _c=False, n=row.name: self._act_join(n))
                self.join_items[row.name] = action
            menu.addMenu(join)
            self.join_menu = join
        if any(row.member for row in rows):
            self.pause_all = menu.addAction(self.tr("Pause &all queues"))
            self.pause_all.setObjectName("queuePauseAll")
            self.pause_all.triggered.connect(lambda _c=False: self._act_pause_all(True))
            self.resume_all = menu.addAction(self.tr("&Resume all queues"))
            self.resume_all.setObjectName("queueResumeAll")
            self.resume_all.triggered.connect(lambda _c=False: self._act_pause_all(False))
        self.update_menu()

    def _build_member(self, menu: QMenu, row: QueueRow) -> None:
        sub = QMenu(menu_text(row.name), menu)
        sub.setObjectName(f"queueMenu:{row.name}")
        info = sub.addAction("")
        info.setEnabled(False)
        pause = sub.addAction("")
        pause.setObjectName(f"queuePause:{row.name}")
        pause.triggered.connect(lambda _c=False, n=row.name: self._act_toggle_pause(n))
        if row.membership == "static":
            leave = sub.addAction(self.tr("Static member: cannot leave"))
            leave.setEnabled(False)
        else:
            leave = sub.addAction(self.tr("Leave this queue"))
            leave.setObjectName(f"queueLeave:{row.name}")
            leave.triggered.connect(lambda _c=False, n=row.name: self._act_leave(n))
        menu.addMenu(sub)
        self.items[row.name] = QueueItems(sub, info, pause, leave)

    def waiting_text(self, row: QueueRow) -> str:
        if row.waiting is None:
            return self.tr("waiting: ?")
        return self.tr("%n waiting", "", row.waiting)

    def update_menu(self) -> None:
        q = self.queues
        if self.title is not None:
            total = q.waiting_in_my_queues()
            title = self.tr("Queues")
            if total:
                title = self.tr("Queues — %n waiting", "", total)
            self.title.setText(title)
        busy_all = "*" in q.busy
        for row in q.rows():
            items = self.items.get(row.name)
            if items is not None:
                label = f"{menu_text(row.name)} — {self.waiting_text(row)}"
                if row.paused:
                    label = self.tr("{queue} (paused)").format(queue=label)
                items.menu.setTitle(label)
                items.info.setText(
                    self.tr("Member on {phone} ({membership}) — {status}").format(
                        membership=membership_text(row.membership),
                        phone=menu_text(row.phone),
                        status=member_status_text(row.member_status),
                    )
                )
                resume, pause = self.tr("Resume in this queue"), self.tr("Pause in this queue")
                items.pause.setText(resume if row.paused else pause)
                busy = busy_all or row.name in q.busy
                items.pause.setEnabled(not busy)
                if row.membership != "static":
                    items.leave.setEnabled(not busy)
            join = self.join_items.get(row.name)
            if join is not None:
                join.setText(f"{menu_text(row.name)} — {self.waiting_text(row)}")
                join.setEnabled(row.name not in q.busy and not busy_all)
        for action in (self.pause_all, self.resume_all):
            if action is not None:
                action.setEnabled(not q.busy)

    def tooltip(self) -> str:
        if not self.queues.is_member:
            return ""
        total = self.queues.waiting_in_my_queues()
        if not total:
            return self.tr("Queues: nobody waiting")
        return self.tr("Queues: %n caller(s) waiting", "", total)

    # -- actions -------------------------------------------------------------------------------
    def _menu_opens(self) -> None:
        self.queues.refresh_soon()

    def _act_join(self, name: str) -> None:
        spawn(self.queues.act(self.queues.join(name)))

    def _act_leave(self, name: str) -> None:
        spawn(self.queues.act(self.queues.leave(name)))

    def _act_toggle_pause(self, name: str) -> None:
        member = self.queues.members.get(name)
        if member is not None:
            spawn(self.queues.act(self.queues.pause(name, not member.paused)))

    def _act_pause_all(self, paused: bool) -> None:
        spawn(self.queues.act(self.queues.pause_all(paused)))

    def _unhook(self) -> None:
        if self._hooked is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone
                self._hooked.aboutToShow.disconnect(self._menu_opens)
            self._hooked = None

    def close(self) -> None:
        self._unhook()
        self.menu_cleared()
