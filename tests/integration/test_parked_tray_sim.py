"""The "Parked calls" section of the real tray menu against the simulator: every occupied slot,
and a click that brings the call to the user."""

from __future__ import annotations

from app.features.parked.menu import ParkedUi
from app.sim import DEMO_EXT
from app.ui.controller import Controller
from tests.helpers.waiting import until
from tests.integration.test_queues_tray_sim import find_action
from tests.integration.test_tray_sim import run_with_controller


def test_parked_section_lists_slots_and_picks_up(qapp, qloop, sim, cfg_dir) -> None:
    slots = sim.call(lambda s: {c.park_slot: c.id for c in s.state.channels.parked()})

    async def scenario(controller: Controller) -> None:
        menu = controller.tray_menu.menu
        await until(lambda: find_action(menu, "parked:702"), within=15)
        ui = next(u for u in controller.feature_uis if isinstance(u, ParkedUi))
        first = find_action(menu, "parked:701")
        assert first is not None and first.text().startswith("701: ")
        assert "(pick up)" in first.text()
        menu.aboutToShow.emit()  # the menu opens: read every few seconds while it is
        assert ui.parked.open_timer.isActive()
        menu.aboutToHide.emit()
        assert not ui.parked.open_timer.isActive()
        first.trigger()
        await until(lambda: find_action(menu, "parked:701") is None, within=15)
        moved = sim.call(lambda s: s.state.channels.get(slots["701"]))
        assert (moved.park_slot, moved.extension) == ("", DEMO_EXT)

    run_with_controller(qloop, sim, cfg_dir, scenario)
