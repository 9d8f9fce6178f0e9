"""Timed status with the real client and session against the simulator: `set-status Busy --for
1m` sends dbSetProfile(Busy), then, when the wake-up timer fires at the deadline,
dbSetProfile back to the status before, and nothing else that changes state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from app.core.commands import EXIT_INVALID, EXIT_OK, CommandHandler
from app.core.session import Session
from app.core.settings import Settings
from app.features.rules.model import StatusRules
from app.sim import DEMO_EXT
from app.sop.client import SopClient
from tests.helpers.rules_fakes import WallClock, make_rules
from tests.helpers.waiting import until


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def rules(sim, clock, cfg_dir, qapp, qloop) -> Iterator[StatusRules]:
    client = SopClient(sim.http_url)
    settings = Settings(server_url=sim.http_url, user=DEMO_EXT)
    session = Session(client, DEMO_EXT, "en")
    feature = make_rules(cfg_dir, client, clock, settings=settings, session=session)  # type: ignore[arg-type]
    assert qloop.run(session.refresh())
    feature.start()
    yield feature
    qloop.run(feature.stop())
    qloop.run(client.aclose())


def writes(sim) -> list[tuple[str, str]]:
    log = sim.call(lambda s: list(s.state.request_log))
    return [
        (name, params.get("status", "")) for name, params in log if not name.startswith("dbGet")
    ]


def sop_status(sim) -> str:
    return sim.call(lambda s: s.state.current_status(DEMO_EXT))


def test_set_status_for_one_minute_then_back(rules, sim, clock, qloop) -> None:
    before = rules.ctx.session.callflow.current_status
    assert before != "Busy"
    handler = CommandHandler(lambda: rules.ctx.session, _no_show, extra=rules.commands)

    async def scenario() -> None:  # one coroutine: the timer's task runs on the live loop
        answer = await handler({"cmd": "set-status", "name": "Busy", "for": "1m"})
        assert answer["exit"] == EXIT_OK, answer
        assert writes(sim) == [("dbSetProfile", "Busy")]
        assert sop_status(sim) == "Busy"
        # 59.8 s later the app looks at its clock (as its wake-up timer does) and sleeps until
        # the deadline; the real timer then fires and restores the status.
        clock.advance(seconds=59.8)
        rules.evaluate()
        assert 0 < rules.wake.remainingTime() <= 250  # a coarse timer: within 5 %
        assert writes(sim) == [("dbSetProfile", "Busy")]
        clock.advance(seconds=0.2)  # the wall clock reaches the deadline as the timer fires
        await until(lambda: len(writes(sim)) == 2, within=5)
        assert writes(sim) == [("dbSetProfile", "Busy"), ("dbSetProfile", before)]
        await until(lambda: rules.ctx.session.callflow.current_status == before)
        clock.advance(minutes=10)
        rules.evaluate()
        await until(lambda: not rules.engine.state.timer)
        assert len(writes(sim)) == 2

    qloop.run(scenario())


def test_past_or_unreadable_deadlines_send_nothing(rules, sim, qloop) -> None:
    handler = CommandHandler(lambda: rules.ctx.session, _no_show, extra=rules.commands)
    for bad in ({"until": "08:59"}, {"for": "a while"}, {"until": "2026-02-30T10:00"}):
        answer = qloop.run(handler({"cmd": "set-status", "name": "Busy", **bad}))
        assert answer["exit"] == EXIT_INVALID, (bad, answer)
    assert writes(sim) == []


async def _no_show(_settings: object) -> None:
    return None


def test_the_deadline_survives_a_restart(rules, sim, clock, cfg_dir, qloop) -> None:
    before = rules.ctx.session.callflow.current_status
    qloop.run(rules.set_timed("Busy", clock.now + timedelta(minutes=5)))
    qloop.run(rules.stop())
    clock.advance(minutes=20)  # the app was not running at the deadline
    client = SopClient(sim.http_url)
    settings = Settings(server_url=sim.http_url, user=DEMO_EXT)
    session = Session(client, DEMO_EXT, "en")
    again = make_rules(cfg_dir, client, clock, settings=settings, session=session)  # type: ignore[arg-type]
    told: list[str] = []
    again.notify.connect(lambda _title, text: told.append(text))

    async def scenario() -> None:  # one coroutine: the restore runs on the live loop
        assert await session.refresh()
        again.start()
        await until(lambda: len(writes(sim)) == 2)
        assert writes(sim) == [("dbSetProfile", "Busy"), ("dbSetProfile", before)]
        await until(lambda: told)
        await again.stop()
        await client.aclose()

    qloop.run(scenario())
    assert "while the app was not running" in told[0]
