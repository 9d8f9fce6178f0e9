"""A callflow with 5,000 statuses: the app stays responsive, the menu lists a bounded number.

Before, every status became a menu item (and a button in the no-tray window): the app froze
for minutes and took hundreds of megabytes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer

from app.sim import DEMO_EXT
from app.sim.catalog import PROFILES
from app.ui.controller import Controller

MAX_MENU_STATUSES = 25  # the menu lists at most this many statuses (and the current one)

COUNT = 5_000


async def until(predicate: Callable[[], object], within: float = 30) -> None:
    async with asyncio.timeout(within):
        while not predicate():  # noqa: ASYNC110 - polls widget state
            await asyncio.sleep(0.01)


class StallMeter:
    """The longest gap between two ticks of a 5 ms timer: how long the loop was frozen."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.monotonic()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def test_5000_statuses_leave_the_app_responsive(qapp, qloop, sim, cfg_dir, monkeypatch):
    profile_name = sim.call(lambda s: s.state.people[DEMO_EXT].profile)
    profile = PROFILES[profile_name]
    many = (*profile.statuses, *(f"Extra{i:04d}" for i in range(COUNT - len(profile.statuses))))
    monkeypatch.setitem(PROFILES, profile_name, dataclasses.replace(profile, statuses=many))
    last = many[-1]
    result: dict[str, object] = {}

    async def body() -> None:
        controller = Controller(
            cfg_dir,
            overrides={
                "server_url": sim.http_url,
                "user": DEMO_EXT,
                "events_port": sim.events_port,
                "language": "en",
                "dial_hotkey": "",
            },
            persist_overrides=False,
        )
        meter = StallMeter()
        meter.timer.start()
        started = time.monotonic()
        await controller.start()
        try:
            menu = controller.tray_menu
            await until(lambda: len(menu.status_actions) > 0)
            result["shown after"] = time.monotonic() - started
            status_json = controller.snapshot()  # what `status --json` answers
            result["available"] = len(status_json["status"]["available"])
            result["listed"] = len(menu.status_actions)
            result["actions"] = len(menu.menu.actions())
            result["more"] = [a.text() for a in menu.menu.actions() if "more statuses" in a.text()]
            # Choosing a status beyond the listed ones (from the command line) shows it checked.
            await controller.set_status_from_ui(last)
            await until(lambda: last in menu.status_actions)
            result["last checked"] = menu.status_actions[last].isChecked()
            window = controller.tray.window
            result["buttons"] = len(window._buttons) if window is not None else 0
            await asyncio.sleep(0.2)
            result["stall"] = meter.longest
        finally:
            meter.timer.stop()
            await controller.shutdown()

    qloop.run(body(), timeout=120)
    assert result["available"] == COUNT  # nothing is lost: `status --json` knows them all
    assert result["listed"] <= MAX_MENU_STATUSES + 1
    assert result["more"] and "4975 more statuses" in str(result["more"][0])
    assert result["actions"] < 60
    assert result["buttons"] < 60
    assert result["last checked"] is True
    assert result["shown after"] < 5.0
    assert result["stall"] < 1.0, result
