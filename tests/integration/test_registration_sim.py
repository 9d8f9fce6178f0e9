"""The phone-registration warning through the real app against the simulator: a desk phone that
is not registered is said in the tray's tooltip and in one notification; registered again, the
warning goes."""

from __future__ import annotations

import pytest

from app.features.registration.model import RegistrationFeature
from app.sim import DEMO_EXT, presence
from app.ui.controller import Controller
from tests.helpers.waiting import until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

WARNING = "Your desk phone SDP20001 is not registered: click-to-dial would ring nothing."


def test_an_unregistered_desk_phone_is_said_once(qapp, qloop, sim, cfg_dir) -> None:
    sim.call(lambda s: presence.set_registered(s.state.devices["SDP20001"], False))
    c = Controller(
        cfg_dir,
        overrides={"server_url": sim.http_url, "user": DEMO_EXT, "events_port": sim.events_port,
                   "dial_hotkey": ""},
        persist_overrides=False,
    )  # fmt: skip

    async def main() -> None:
        try:
            await c.start()
            await until(lambda: WARNING in c.tray.tooltip, what="the tooltip")
            assert c.tray.last_message == ("SOP Companion", WARNING)
            feature = next(f for f in c.features if isinstance(f, RegistrationFeature))
            assert c.snapshot()["registration"] == {"phone": "SDP20001", "registered": False}
            c.tray.last_message = None
            assert await feature.check() is False
            assert c.tray.last_message is None  # said once, not at every check
            sim.call(lambda s: presence.set_registered(s.state.devices["SDP20001"], True))
            assert await feature.check() is True
            await until(lambda: WARNING not in c.tray.tooltip, what="the warning to go")
            asked = [n for n, _ in sim.call(lambda s: list(s.state.request_log))
                     if n == "dbGetRegistration"]  # fmt: skip
            assert len(asked) == 3  # at start, then the two checks above: nothing else
        finally:
            await c.shutdown()

    qloop.run(main(), timeout=60)
