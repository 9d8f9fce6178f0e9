"""The "Queues" section of the real tray menu against the simulator: what it shows, and what a
click on its items changes in the SOP; the icon's tooltip counts the callers waiting."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.features.queues.menu import QueuesUi
from app.ui.controller import Controller
from tests.helpers.waiting import until
from tests.integration.test_tray_sim import run_with_controller

DEMO_DP = "SDP20001"


def queues_ui(controller: Controller) -> QueuesUi:
    return next(ui for ui in controller.feature_uis if isinstance(ui, QueuesUi))


def find_action(menu: QMenu, name: str) -> QAction | None:
    for action in menu.actions():
        if action.objectName() == name:
            return action
        sub = action.menu()
        if isinstance(sub, QMenu):
            found = find_action(sub, name)
            if found is not None:
                return found
    return None


def titles(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.menu() is not None]


def memberships(sim) -> dict[str, bool]:
    return sim.call(lambda s: {m.queue: m.paused for m in s.state.members if m.phone == DEMO_DP})


def test_queue_section_shows_and_acts(qapp, qloop, sim, cfg_dir) -> None:
    sim.call(lambda s: s.state.queue_calls.update({"Sales": 2, "Support-FR": 1}))

    async def scenario(controller: Controller) -> None:
        menu = controller.tray_menu.menu
        await until(lambda: find_action(menu, "queuePauseAll"), within=15)
        ui = queues_ui(controller)
        # The section's title counts the callers waiting in the user's queues (2 + 1).
        assert ui.title is not None and ui.title.text() == "Queues — 3 waiting"
        sales = next(t for t in titles(menu) if t.startswith("Sales"))
        assert "2" in sales
        assert ui.tooltip() and "3" in ui.tooltip()
        # Pause in Sales from its submenu.
        pause = find_action(menu, "queuePause:Sales")
        assert pause is not None
        pause.trigger()
        await until(lambda: memberships(sim).get("Sales") is True, within=15)
        await until(lambda: "(" in next(t for t in titles(menu) if t.startswith("Sales")))
        # Join Billing from "Join a queue".
        join = find_action(menu, "queueJoin:Billing")
        assert join is not None
        join.trigger()
        await until(lambda: "Billing" in memberships(sim), within=15)
        await until(lambda: find_action(menu, "queueLeave:Billing") is not None, within=15)
        # Resume everywhere, then leave Billing.
        resume = find_action(menu, "queueResumeAll")
        assert resume is not None
        resume.trigger()
        await until(lambda: not any(memberships(sim).values()), within=15)
        leave = find_action(menu, "queueLeave:Billing")
        assert leave is not None
        await until(leave.isEnabled)  # disabled while "Resume all" reads the queues again
        leave.trigger()
        await until(lambda: "Billing" not in memberships(sim), within=15)
        await until(lambda: find_action(menu, "queueJoin:Billing") is not None, within=15)

    run_with_controller(qloop, sim, cfg_dir, scenario)
