"""``SopSimulator``: the simulated SOP's HTTP API and event socket on one asyncio loop.

Everything runs on the loop that called ``start``; from another thread use ``SimThread.call``.
Scripted traffic (an incoming call for the demo user every N seconds, a background flood of
events about other extensions) runs as tasks that ``stop`` cancels.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from aiohttp import web

from app.sim import events, live_calls, presence
from app.sim.config import SimConfig
from app.sim.control import add_control_routes
from app.sim.data import DEMO_EXT
from app.sim.events import EventHub
from app.sim.faults import Faults
from app.sim.http_api import ApiEndpoint
from app.sim.names import EXTERNAL_CALLERS
from app.sim.profiles import get as get_profile
from app.sim.state import SimState

SCRIPTED_RING_S = 20.0  # a scripted caller (incoming_call_every_s) gives up after this
SCRIPTED_TALK_S = 60.0  # and hangs up this long after a scripted answer


class SopSimulator:
    """A stateful, deterministic stand-in for an Escaux Fusion SOP."""

    def __init__(
        self,
        config: SimConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.config = config or SimConfig()
        self.profile = get_profile(self.config.profile)
        self._clock = clock
        self._now = now
        self.faults = Faults(self.config.basic_auth, self.config.latency_s)
        self.faults.on_events_mode(self._events_mode_changed)
        self.state = self._new_state()
        self.hub = EventHub(self.faults)
        self.rng = random.Random(f"{self.config.seed}:faults")
        self.http_port = 0
        self.events_port = 0
        self.incoming_call_every_s = self.config.incoming_call_every_s
        self.flood_events_per_s = self.config.flood_events_per_s
        self.scripted_ring_s = SCRIPTED_RING_S
        self.scripted_talk_s = SCRIPTED_TALK_S
        self._presence_task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._release: asyncio.Event | None = None
        self._incoming_task: asyncio.Task[None] | None = None
        self._flood_task: asyncio.Task[None] | None = None

    def _new_state(self) -> SimState:
        return SimState(
            seed=self.config.seed,
            directory_size=self.config.directory_size,
            clock=self._clock,
            now=self._now,
            profile=self.profile,
        )

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def http_url(self) -> str:
        host = self.config.host
        host = "127.0.0.1" if host in ("", "0.0.0.0") else host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.http_port}"

    @property
    def connected_event_clients(self) -> int:
        return self.hub.client_count

    async def start(self) -> None:
        """Listen for HTTP and event connections; returns once both accept connections."""
        self._loop = asyncio.get_running_loop()
        self._release = asyncio.Event()
        app = web.Application()
        app.router.add_get("/xml/{name}", ApiEndpoint(self).handle)
        add_control_routes(app, self)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.config.host, self.config.http_port)
        try:
            await site.start()
            self.http_port = int(self._runner.addresses[0][1])
            self.events_port = await self.hub.start(self.config.host, self.config.events_port)
        except BaseException:
            await self.stop()
            raise
        self.set_incoming_every(self.incoming_call_every_s)
        self.set_flood(self.flood_events_per_s)
        every = self.config.presence_every_s
        self._presence_task = self._restart(None, self._presence_loop, every)

    async def stop(self) -> None:
        """Release hung requests, stop scripted traffic, close every connection. Idempotent."""
        if self._release is not None:
            self._release.set()
        for task in (self._incoming_task, self._flood_task, self._presence_task):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._incoming_task = self._flood_task = self._presence_task = None
        await self.hub.stop()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    def reset(self) -> None:
        """Back to the initial company and no faults (ports kept). Call on the loop thread."""
        self.faults.clear()
        self.state = self._new_state()
        self.incoming_call_every_s = self.config.incoming_call_every_s
        self.flood_events_per_s = self.config.flood_events_per_s
        if self._loop is not None and self._runner is not None:
            self._wake_waiters()
            self.set_incoming_every(self.incoming_call_every_s)
            self.set_flood(self.flood_events_per_s)

    def describe(self) -> dict[str, Any]:
        return {
            "profile": self.profile.name,
            "http_url": self.http_url,
            "events_port": self.events_port,
            "connected_event_clients": self.connected_event_clients,
            "incoming_call_every_s": self.incoming_call_every_s,
            "flood_events_per_s": self.flood_events_per_s,
            "faults": self.faults.snapshot(),
            **self.state.summary(),
        }

    # -- waiting (latency, hang) -------------------------------------------------------------

    async def pause(self, seconds: float | None) -> None:
        """Wait ``seconds`` (None: for ever), cut short by ``stop`` or ``reset``."""
        release = self._release
        if release is None:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(release.wait(), seconds)

    def _wake_waiters(self) -> None:
        if self._release is not None:
            self._release.set()
        self._release = asyncio.Event()

    def _events_mode_changed(self, mode: str) -> None:
        # May be called from any thread (tests set knobs directly): hop onto the loop.
        if mode == "drop" and self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.hub.drop_all)

    # -- events and scripted traffic ---------------------------------------------------------

    async def emit_incoming_call(
        self, ext: str, caller_id: str | None = None, *, answered: bool = False
    ) -> str:
        """Ring extension ``ext`` (from ``caller_id`` or a realistic caller); returns the channel.

        Opens a ringing channel (established at once with ``answered``), emits evNewOrigChannel,
        and writes the call's CDR (missed, 101/100, or with ``answered`` 201/200) once the call
        no longer rings: the history shows a call only after it ended, as a real SOP's does.
        """
        state = self.state
        if caller_id is None:
            caller = state.random_caller(exclude=ext)
        else:
            known = state.person(caller_id)
            # An outside number of the demo's callers keeps its name (ccGetChannels shows it).
            outside = next((name for name, n in EXTERNAL_CALLERS if n == caller_id), "")
            caller = (outside, caller_id, "")
            if known is not None:
                caller = (known.name, known.ext, known.dp or known.sp)
        channel = state.open_incoming(ext, caller)
        callee = state.person(ext)
        code = ("2" if answered else "1") + ("01" if callee and callee.dp else "00")
        if answered:  # picked up at once: established, its CDR follows
            self._bridge(ext, caller, channel)
        state.record_when_ended(channel.id, ext, code, caller)
        self.hub.broadcast(events.new_orig_channel(channel.id, caller[1], ext))
        return channel.id

    def _bridge(self, ext: str, caller: tuple[str, str, str], channel: Any) -> None:
        callee = self.state.person(ext)
        if callee is None or not (callee.dp or callee.sp):
            channel.state = "Up"
            return
        live_calls.establish(self.state.channels, callee, caller, far_channel=channel)

    def answer_call(self, channel_id: str) -> str | None:
        """The phone a ringing call rings picks up: the call is established between its
        extension and the caller. Returns the answering phone's channel, None if not ringing."""
        state = self.state
        channel = state.channels.get(channel_id)
        callee = state.person(channel.extension) if channel is not None else None
        if channel is None or channel.state != "Ring" or callee is None:
            return None
        number = channel.caller_id.rpartition("[")[2].rstrip("]")
        known = state.person(number)
        name = channel.caller_id.partition('"')[2].partition('"')[0]
        device = live_calls.device_of(channel.id)
        caller = (known.name, known.ext, device) if known else (name, number, device)
        self._bridge(callee.ext, caller, channel)
        return channel.link or channel.id

    def establish_call(self, ext: str, other: str, *, age_s: float = 0.0) -> str | None:
        """An established call between extension ``ext`` and ``other`` (an extension or an
        outside number), as if one had called the other and been answered. Returns the channel
        on ``ext``'s phone, None for an extension without a phone."""
        state = self.state
        person = state.person(ext)
        if person is None or not (person.dp or person.sp):
            return None
        known = state.person(other)
        outside = next((name for name, n in EXTERNAL_CALLERS if n == other), "")
        far = (known.name, known.ext, known.dp or known.sp) if known else (outside, other, "")
        near, _ = live_calls.establish(state.channels, person, far, age_s=age_s)
        return near.id

    def set_incoming_every(self, seconds: float | None) -> None:
        """Script an incoming call for the demo user every ``seconds`` (None/0: stop)."""
        self.incoming_call_every_s = seconds or None
        self._incoming_task = self._restart(self._incoming_task, self._incoming_loop, seconds)

    def set_flood(self, per_second: float) -> None:
        """Send ``per_second`` background events about other extensions (0: stop)."""
        self.flood_events_per_s = max(0.0, per_second)
        self._flood_task = self._restart(self._flood_task, self._flood_loop, per_second)

    def _restart(
        self,
        task: asyncio.Task[None] | None,
        factory: Callable[[float], Coroutine[Any, Any, None]],
        value: float | None,
    ) -> asyncio.Task[None] | None:
        if task is not None:
            task.cancel()
        if not value or value <= 0 or self._loop is None or self._runner is None:
            return None
        return self._loop.create_task(factory(value))

    async def _incoming_loop(self, every_s: float) -> None:
        count = 0
        while True:
            await asyncio.sleep(every_s)
            count += 1  # every third scripted call is answered, the others are missed
            channel = await self.emit_incoming_call(DEMO_EXT, answered=count % 3 == 0)
            self._give_up_later(channel, DEMO_EXT)
            if count % 3 == 0:
                self._end_later(channel)

    def _end_later(self, channel_id: str) -> None:
        """A scripted answered call ends after ``scripted_talk_s`` (the caller hangs up)."""

        def end() -> None:
            live_calls.hangup(self.state.channels, channel_id)

        if self._loop is not None:
            self._loop.call_later(self.scripted_talk_s, end)

    async def _presence_loop(self, every_s: float) -> None:
        rng = random.Random(f"{self.config.seed}:presence")
        while True:
            await asyncio.sleep(every_s)
            presence.drift(self.state.people.values(), rng)

    def _give_up_later(self, channel_id: str, ext: str) -> None:
        """A scripted caller hangs up after ``scripted_ring_s`` if the call still rings ``ext``
        (not parked, redirected or hung up), so the demo's calls end as real ones do."""

        def give_up() -> None:
            channel = self.state.channels.get(channel_id)
            if channel is not None and channel.state == "Ring" and channel.extension == ext:
                self.state.channels.hangup(channel_id)

        if self._loop is not None:
            self._loop.call_later(self.scripted_ring_s, give_up)

    async def _flood_loop(self, per_second: float) -> None:
        rng = random.Random(f"{self.config.seed}:flood")
        others = [p for p in self.state.people.values() if p.ext != DEMO_EXT]
        loop = asyncio.get_running_loop()
        started, sent = loop.time(), 0
        while True:
            # One sleep per event cannot go beyond ~1,000 events/s (timer granularity): sleep in
            # ticks of at least 5 ms and send what the rate owes (at most a second's worth).
            await asyncio.sleep(max(0.005, 1.0 / per_second))
            due = int((loop.time() - started) * per_second)
            sent = max(sent, due - int(per_second) - 1)
            for _ in range(due - sent):
                sent += 1
                self._flood_one(rng, others)

    def _flood_one(self, rng: random.Random, others: list[Any]) -> None:
        if others:
            person = rng.choice(others)
            if rng.random() < 0.2:
                # Event types the client does not know must be skipped (NOTES.md).
                doc = events.event_doc("evPhoneState", Phone=person.dp or person.sp, State="Idle")
            else:
                channel = f"SIP/{person.dp or 'SDX00000'}-{rng.getrandbits(32):08x}"
                doc = events.new_orig_channel(channel, str(rng.randint(100, 999)), person.ext)
            self.hub.broadcast(doc)
