"""The real controller's menu under socket flaps: updated in place, no leaked actions, no
deleted-object errors (hot desk with login at start and a desk phone, the no-tray window)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.sim import DEMO_EXT
from app.ui.controller import Controller

DESK_PHONE = "SDPH0100"  # a free, registered hot-desk phone of the simulated company


async def until(predicate: Callable[[], object]) -> None:
    async with asyncio.timeout(15):
        while not predicate():  # noqa: ASYNC110 - polls widget and feature state
            await asyncio.sleep(0.01)


def test_100_socket_flaps_leave_the_menu_with_the_actions_in_use(qapp, qloop, sim, cfg_dir):
    counts: dict[str, int] = {}

    async def body() -> None:
        controller = Controller(
            cfg_dir,
            overrides={
                "server_url": sim.http_url,
                "user": DEMO_EXT,
                "events_port": sim.events_port,
                "language": "en",
                "dial_hotkey": "",
                "desk_phone": DESK_PHONE,
                "pum_login_at_start": 1,
            },
            persist_overrides=False,
        )
        await controller.start()
        try:
            menu = controller.tray_menu.menu
            await until(lambda: menu.findChild(QAction, "pumInfo") is not None)  # logged in
            await until(lambda: controller.session is not None and controller.session.connected)
            session = controller.session
            assert session is not None
            for i in range(100):
                up = i % 2 == 1
                session.set_connected(up, "" if up else "connection closed by the SOP")
                await asyncio.sleep(0)
            await asyncio.sleep(0.05)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            counts["in use"] = len(menu.actions())
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            owned = set(menu.findChildren(QAction, options=direct)) - {menu.menuAction()}
            # a submenu's entry is the submenu's own action, counted with the submenus
            counts["children"] = len(owned) + sum(1 for a in menu.actions() if a.menu())
            counts["submenus"] = len(menu.findChildren(QMenu, options=direct))
            counts["submenus in use"] = sum(1 for a in menu.actions() if a.menu())
            if controller.tray.window is not None:
                counts["window buttons"] = len(controller.tray.window._buttons)
        finally:
            await controller.shutdown()

    qloop.run(body(), timeout=60)
    # Every action the menu owns is one it shows (before: about 20 more after each rebuild).
    assert counts["children"] == counts["in use"], counts
    assert counts["submenus"] == counts["submenus in use"], counts
    assert counts.get("window buttons", 0) <= counts["in use"]
