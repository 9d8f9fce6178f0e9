"""The "Forwarding" section of the real tray menu against the simulator: the number beside the
forwarding status, and "Forward calls to…" (the mobile, a colleague picked in the chooser)."""

from __future__ import annotations

import pytest

from app.features.forward.menu import ForwardUi
from app.sim import DEMO_EXT
from app.ui.controller import Controller
from tests.helpers.waiting import until
from tests.integration.test_queues_tray_sim import find_action
from tests.integration.test_tray_sim import run_with_controller

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen


def forward_ui(controller: Controller) -> ForwardUi:
    return next(ui for ui in controller.feature_uis if isinstance(ui, ForwardUi))


def sim_param(sim, name: str = "CFU.Number") -> str:
    return sim.call(lambda s: s.state.person(DEMO_EXT).params[name])


def test_forward_section_sets_the_number_then_the_status(qapp, qloop, sim, cfg_dir) -> None:
    async def scenario(controller: Controller) -> None:
        menu = controller.tray_menu.menu
        await until(lambda: find_action(menu, "forwardMobile"), within=15)
        ui = forward_ui(controller)
        mobile = ui.forward.mobile
        info = find_action(menu, "forwardInfo:CFU.Number")
        # Beside it, the status that uses it, as the SOP names it in the UI's language (nl).
        assert info is not None and info.text() == "Doorschakelen → no number"
        mobile_item = find_action(menu, "forwardMobile")
        assert mobile_item is not None
        mobile_item.trigger()
        await until(lambda: sim.call(lambda s: s.state.current_status(DEMO_EXT)) == "Forward")
        assert sim_param(sim) == mobile.replace(" ", "")
        await until(lambda: find_action(menu, "forwardRecent0") is not None, within=15)
        info = find_action(menu, "forwardInfo:CFU.Number")
        assert info is not None
        await until(lambda: mobile.replace(" ", "") in info.text())
        assert info.text().startswith("Doorschakelen →")
        await until(lambda: ui.tooltip().endswith(mobile.replace(" ", "")))
        # A colleague picked in the chooser: their extension.
        dialog = ui.open_dialog()
        await until(lambda: len(ui.forward.ctx.services.directory.index) > 100, within=15)
        dialog.edit.setText("Sofie Van Damme")
        assert dialog.matches.count() >= 1
        dialog.accept()
        await until(lambda: sim_param(sim) == "150", within=15)

    run_with_controller(qloop, sim, cfg_dir, scenario)


def test_a_click_on_the_forward_status_asks_for_the_number_first(qapp, qloop, sim, cfg_dir):
    async def scenario(controller: Controller) -> None:
        menu = controller.tray_menu.menu
        await until(lambda: find_action(menu, "forwardMobile"), within=15)
        ui = forward_ui(controller)
        controller.tray_menu.status_actions["Forward"].trigger()
        await until(lambda: ui.dialog is not None)
        dialog = ui.dialog
        assert dialog is not None
        # Offered first: the mobile (no number is set yet, so the field is empty).
        assert dialog.edit.text() == ""
        assert dialog.matches.item(0).text().startswith("My mobile (")
        log = sim.call(lambda s: [n for n, _ in s.state.request_log if n.startswith("dbSet")])
        assert log == []  # nothing set before the number is chosen
        dialog.edit.setText("0475 11 22 33")
        dialog.accept()
        await until(lambda: sim.call(lambda s: s.state.current_status(DEMO_EXT)) == "Forward")
        assert sim_param(sim) == "0475112233"
        log = sim.call(lambda s: [n for n, _ in s.state.request_log if n.startswith("dbSet")])
        assert log == ["dbSetProfileParameters", "dbSetProfile"]
        # Another status is set at once, as before.
        await until(lambda: controller.tray_menu.status_actions["Office"].isEnabled())
        controller.tray_menu.status_actions["Office"].trigger()
        await until(lambda: sim.call(lambda s: s.state.current_status(DEMO_EXT)) == "Office")

    run_with_controller(qloop, sim, cfg_dir, scenario)
