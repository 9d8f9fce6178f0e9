"""EventStream against the simulator's event socket, heartbeat through the real HTTP ccPing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx

from app.sim import DEMO_EXT, SimThread
from app.sop.event_stream import EventStream
from app.sop.events import Event, NewOrigChannel, Pong
from tests.helpers.waiting import until

HEARTBEAT_S = 0.2
PONG_TIMEOUT_S = 0.5
PING_TIMEOUT_S = 0.5


async def on_sim(sim: SimThread, fn: Callable[[Any], Any]) -> Any:
    """``sim.call`` blocks; run it off this test's loop."""
    return await asyncio.to_thread(sim.call, fn)


class Link:
    """An EventStream to the simulator with recorded events and states."""

    def __init__(self, sim: SimThread, http: httpx.AsyncClient) -> None:
        self.events: list[Event] = []
        self.states: list[tuple[bool, str]] = []

        async def ping() -> None:
            response = await http.get(f"{sim.http_url}/xml/ccPing.php")
            response.raise_for_status()

        self.stream = EventStream(
            sim.sim.config.host,
            sim.events_port,
            on_event=self.events.append,
            on_state=lambda up, why: self.states.append((up, why)),
            ping=ping,
            heartbeat_s=HEARTBEAT_S,
            heartbeat_jitter=0.0,  # each quiet period exactly HEARTBEAT_S
            pong_timeout_s=PONG_TIMEOUT_S,
            ping_timeout_s=PING_TIMEOUT_S,
            backoff_initial_s=0.05,
            backoff_max_s=0.2,
        )

    def pongs(self) -> int:
        return sum(isinstance(e, Pong) for e in self.events)

    def calls(self) -> list[NewOrigChannel]:
        return [e for e in self.events if isinstance(e, NewOrigChannel)]


def run(sim: SimThread, scenario: Callable[[Link], Any]) -> None:
    async def main() -> None:
        async with httpx.AsyncClient(timeout=5.0) as http:
            link = Link(sim, http)
            link.stream.start()
            try:
                await until(lambda: link.stream.connected, what="connection")
                await until_registered(sim)
                await asyncio.wait_for(scenario(link), 30)
            finally:
                await link.stream.stop()

    asyncio.run(main())


async def until_registered(sim: SimThread, count: int = 1) -> None:
    """The sim adds a client when its accept callback runs, a moment after our connect."""
    await until(
        lambda: sim.call(lambda s: s.connected_event_clients) >= count,
        within=5,
        what="the simulator to see the event connection",
    )


def test_incoming_call_and_pongs_arrive(sim: SimThread):
    async def scenario(link: Link) -> None:
        channel = await on_sim(sim, lambda s: s.emit_incoming_call(DEMO_EXT, caller_id="104"))
        await until(lambda: [c.channel for c in link.calls()] == [channel], what="evNewOrigChannel")
        call = link.calls()[0]
        assert call.extension == DEMO_EXT
        assert "104" in call.caller_id
        await until(lambda: link.pongs() >= 3, what="three heartbeats answered")
        assert link.stream.connected
        assert [up for up, _ in link.states] == [True]

    run(sim, scenario)


def test_dropped_socket_reconnects(sim: SimThread):
    async def scenario(link: Link) -> None:
        await on_sim(sim, lambda s: setattr(s.faults, "events_mode", "drop"))
        await until(lambda: not link.stream.connected, what="drop noticed")
        assert (False, "connection closed by the SOP") in link.states
        await on_sim(sim, lambda s: setattr(s.faults, "events_mode", "normal"))
        await until(lambda: link.stream.connected, what="reconnect")
        await until_registered(sim)
        channel = await on_sim(sim, lambda s: s.emit_incoming_call(DEMO_EXT))
        await until(
            lambda: channel in [c.channel for c in link.calls()], what="call after reconnect"
        )

    run(sim, scenario)


def test_withheld_pong_means_a_dead_link(sim: SimThread):
    async def scenario(link: Link) -> None:
        await until(lambda: link.pongs() >= 1, what="a first pong")
        await on_sim(sim, lambda s: setattr(s.faults, "withhold_pong", True))
        dead = (False, f"no evPong within {PONG_TIMEOUT_S:g} s")
        await until(lambda: dead in link.states, what="dead link noticed")
        assert link.stream.last_error == dead[1]
        await on_sim(sim, lambda s: setattr(s.faults, "withhold_pong", False))
        pongs = link.pongs()
        await until(lambda: link.stream.connected and link.pongs() > pongs, what="healthy again")

    run(sim, scenario)


def test_a_black_hole_sop_is_noticed_and_left_when_it_answers_again(sim: SimThread):
    """The socket stays open but silent and ccPing hangs: not connected, with the reason."""

    async def scenario(link: Link) -> None:
        await until(lambda: link.pongs() >= 1, what="a first pong")

        def black_hole(s: Any) -> None:
            s.faults.events_mode = "silent"
            s.faults.set_mode("ccPing", "hang")

        await on_sim(sim, black_hole)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await until(lambda: link.states[-1][0] is False, what="black hole noticed")
        limit = HEARTBEAT_S + PING_TIMEOUT_S + PONG_TIMEOUT_S + 1.0
        assert loop.time() - started < limit
        assert "ccPing failed" in link.states[-1][1]
        await on_sim(sim, lambda s: s.faults.clear())
        pongs = link.pongs()
        await until(lambda: link.states[-1][0] and link.pongs() > pongs, what="healthy again")

    run(sim, scenario)
