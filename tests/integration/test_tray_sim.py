"""The tray against the real simulator: a click in the menu changes the SOP's state, and bad
answers leave the app running with the error shown.

Each scenario is one coroutine from start to shutdown: the controller's background tasks (event
socket, heartbeat) must not outlive a ``run_until_complete`` of the qasync loop.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from app.sim import DEMO_EXT
from app.ui.controller import Controller
from tests.helpers.waiting import until


def run_with_controller(qloop, sim, cfg_dir, scenario: Callable[[Controller], Awaitable[None]]):
    async def body() -> None:
        controller = Controller(
            cfg_dir,
            overrides={
                "server_url": sim.http_url,
                "user": DEMO_EXT,
                "events_port": sim.events_port,
                "language": "nl",
                "dial_hotkey": "",
            },
            persist_overrides=False,
        )
        await controller.start()
        try:
            await scenario(controller)
        finally:
            await controller.shutdown()

    qloop.run(body(), timeout=60)


def sim_status(sim) -> str:
    return sim.call(lambda s: s.state.current_status(DEMO_EXT))


def test_menu_shows_translated_statuses_and_a_click_sets_the_status(qapp, qloop, sim, cfg_dir):
    async def scenario(controller: Controller) -> None:
        actions = controller.tray_menu.status_actions
        current = sim_status(sim)
        assert actions[current].isChecked()
        assert actions["Telework"].text() == "Thuiswerk"  # dbGetCallflow with lang=nl
        target = next(name for name in actions if name != current)
        actions[target].trigger()
        await until(lambda: sim_status(sim) == target, within=15)
        await until(lambda: controller.tray_menu.status_actions[target].isChecked(), within=15)
        sent = [p for c, p in sim.call(lambda s: list(s.state.request_log)) if c == "dbSetProfile"]
        assert [(p["ext"], p["status"]) for p in sent] == [(DEMO_EXT, target)]
        assert controller.snapshot()["status"]["current"] == target

    run_with_controller(qloop, sim, cfg_dir, scenario)


@pytest.mark.parametrize("mode", ["garbage", "html", "http500", "truncated"])
def test_bad_answers_are_shown_and_the_app_keeps_its_state(qapp, qloop, sim, cfg_dir, mode):
    async def scenario(controller: Controller) -> None:
        session = controller.session
        assert session is not None and session.callflow is not None
        before = session.callflow.current_status
        sim.call(lambda s: s.faults.set_mode(call="dbGetCallflow", mode=mode))
        assert await session.refresh() is False
        assert session.errors, "the failure is reported"
        assert controller.tray.last_message is not None
        assert session.errors[-1] in controller.tray.last_message[1]
        assert session.callflow is not None and session.callflow.current_status == before
        sim.call(lambda s: s.faults.set_mode(call="dbGetCallflow", mode=None))
        assert await session.refresh() is True  # the SOP is back: so is the app

    run_with_controller(qloop, sim, cfg_dir, scenario)


def test_refused_status_is_notified_with_its_decoded_code(qapp, qloop, sim, cfg_dir):
    async def scenario(controller: Controller) -> None:
        session = controller.session
        assert session is not None
        before = sim_status(sim)
        sim.call(lambda s: s.faults.set_result("dbSetProfile", 5))
        target = next(n for n in controller.tray_menu.status_actions if n != before)
        controller.tray_menu.status_actions[target].trigger()
        await until(lambda: bool(session.errors), within=15)
        assert "5" in session.errors[-1]
        await until(lambda: session.pending_status is None, within=15)
        assert controller.tray_menu.status_actions[before].isChecked()  # the SOP's truth
        assert sim_status(sim) == before

    run_with_controller(qloop, sim, cfg_dir, scenario)


def test_settings_check_finds_exactly_the_user_asked(qapp, qloop, sim, cfg_dir) -> None:
    from app.sim.data import DEMO_LOGIN

    async def scenario(controller: Controller) -> None:
        settings = controller.settings
        assert await controller.check_settings(settings.replace(user=DEMO_EXT), "") is None
        assert await controller.check_settings(settings.replace(user=DEMO_LOGIN), "") is None
        # Only a substring of someone's extension (the reference profile's decoy is 1201;
        # the default profile has nobody with 20 at all): no user, never a guess.
        missing = await controller.check_settings(settings.replace(user="20"), "")
        assert missing is not None and "20" in missing

    run_with_controller(qloop, sim, cfg_dir, scenario)
