"""The statuses read at start-up before the HTTP stack is imported (app.ui.first_look), against
the simulator: the real answer, a hanging SOP within the deadline, and no second request."""

from __future__ import annotations

import time

from app.core.settings import Settings
from app.sim import DEMO_EXT
from app.sop.models import DirectoryEntry
from app.ui import first_look
from app.ui.controller import Controller
from tests.helpers.waiting import until

USER = DirectoryEntry(ext=DEMO_EXT, fn="Camille", ln="Peeters")


def settings_for(sim, **kw) -> Settings:
    return Settings(server_url=sim.http_url, user=DEMO_EXT, events_port=sim.events_port, **kw)


def sent(sim, call: str) -> int:
    return sum(c == call for c, _ in sim.call(lambda s: list(s.state.request_log)))


def test_the_statuses_are_read_with_qt_network_before_the_http_stack(qapp, sim) -> None:
    settings = settings_for(sim)
    assert first_look.usable(settings, USER)
    callflow = first_look.read_callflow(settings, USER, "fr")
    assert callflow is not None
    wanted = sim.call(lambda s: s.state.current_status(DEMO_EXT))
    assert callflow.current_status == wanted
    assert "Office" in [o.name for o in callflow.statuses]
    assert sent(sim, "dbGetCallflow") == 1


def test_a_hanging_sop_costs_the_deadline_at_most(qapp, sim) -> None:
    sim.call(lambda s: s.faults.set_mode(call="dbGetCallflow", mode="hang"))
    began = time.monotonic()
    assert first_look.read_callflow(settings_for(sim), USER, "en") is None
    assert time.monotonic() - began < first_look.DEADLINE_S + 0.5


def test_it_is_not_tried_where_the_full_client_is_needed(qapp, sim) -> None:
    assert not first_look.usable(settings_for(sim), None)  # the user is not known yet
    assert not first_look.usable(settings_for(sim, http_username="me"), USER)  # keyring
    assert not first_look.usable(settings_for(sim, ca_file="/etc/ca.pem"), USER)
    assert not first_look.usable(settings_for(sim, response_format="xml"), USER)


def test_the_controller_starts_from_them_without_asking_again(qapp, qloop, sim, cfg_dir) -> None:
    fresh = first_look.read_callflow(settings_for(sim), USER, "en")
    assert fresh is not None and sent(sim, "dbGetCallflow") == 1

    async def body() -> None:
        controller = Controller(
            cfg_dir,
            overrides={"server_url": sim.http_url, "user": DEMO_EXT,
                       "events_port": sim.events_port, "language": "en", "dial_hotkey": ""},
            persist_overrides=False,
            fresh_callflow=fresh,
        )  # fmt: skip
        controller.cache.save(controller._cache_key(), USER, None)  # a warm start
        await controller.start()
        try:
            assert controller.session is not None
            await until(lambda: controller.events is not None, what="the features started")
            assert controller.session.callflow is fresh
            assert sent(sim, "dbGetCallflow") == 1  # not asked a second time
        finally:
            await controller.shutdown()

    qloop.run(body(), timeout=60)
