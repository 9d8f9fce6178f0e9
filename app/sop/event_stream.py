"""The SOP event socket as an asyncio task: connect, feed EventParser, heartbeat, reconnect.

One task owns the connection. While connected, a reader feeds ``EventParser`` and hands every
event to ``on_event``. Liveness comes from data: any bytes received prove the socket alive (the
first bytes, or the first ``evPong``, report it connected). Only after a quiet period without
any byte (``heartbeat_s``, drawn anew each time up to ``heartbeat_s * (1 + heartbeat_jitter)``,
so a SOP's desktops do not ping in step) does the heartbeat probe it: it awaits the injected
``ping`` (the app passes SopClient.ping, the HTTP ccPing) for at most ``ping_timeout_s``, then
expects an ``evPong``, or any other byte, within ``pong_timeout_s``: the reference (ccPing) says
a longer delay means the socket is not healthy, however open it looks. Both legs have deadlines,
so a black hole (socket open but silent, ccPing hanging) is declared dead within the longest
quiet period plus ``ping_timeout_s + pong_timeout_s``. A failing ccPing while bytes still arrive
is reported, not fatal. The pong deadline starts when ``ping`` returns, so HTTP latency is not
blamed on the socket. TCP keepalive is on (``keepalive_s``), so a peer that vanished (a crashed
host, a NAT that forgot the connection) is noticed by the kernel without any request.

The first connection is proved by a ccPing at once. A connection made again after the SOP
dropped the socket or could not be reached (a SOP restart brings every desktop back together)
is reported connected once it stayed open ``settle_s``, and proved by its first ccPing after a
random delay up to ``proof_spread_s`` (sooner if bytes arrive): the fleet's pings are spread
instead of landing in the same second. After a connection the heartbeat found dead the proof
is at once again, so a black hole never shows as connected for long.

After a drop or a dead heartbeat the task waits ``backoff_delay(attempt)`` (exponential from
``backoff_initial_s``, capped at ``backoff_max_s``, with jitter) and tries again. While the SOP
cannot be reached at all (connect refused or timed out), the wait is cut short by a cheap TCP
connect probe every ``probe_interval_s`` (jittered), followed by a random pause up to
``reconnect_spread_s``, so the link is back within a few seconds of the SOP's return, however
long the outage, and a fleet's reconnects are spread over those seconds; a SOP that accepts
and hangs up at once gets the plain backoff, never the probe. On a connection that has carried
nothing yet, a ccPing answered over HTTP whose evPong does not come is asked again (up to
``fresh_ping_tries`` in all) before the connection is given up: the SOP, or a proxy in front of
it, may not have attached the socket when it sent that pong. A connection the heartbeat found
dead is retried after at most ``dead_retry_s`` (the probe itself took a ping and a pong
deadline), so a black hole that starts answering again is left within seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random as _random
import socket
from collections.abc import Awaitable, Callable

from app.sop.events import Event, EventParser

log = logging.getLogger(__name__)

DEFAULT_PORT = 5050  # reference, "Check the API connection: ccPing"


def backoff_delay(
    attempt: int, *, initial_s: float, max_s: float, jitter: float, random: Callable[[], float]
) -> float:
    """Delay before reconnect ``attempt`` (0-based): ``initial_s * 2**attempt`` capped at
    ``max_s``, then shortened by up to ``jitter`` (a fraction) so clients do not reconnect in step.
    """
    raw = min(max_s, initial_s * 2.0 ** min(attempt, 32))
    return raw * (1.0 - jitter * random())


def enable_keepalive(writer: asyncio.StreamWriter, idle_s: float) -> None:
    """TCP keepalive on the writer's socket: first probe after ``idle_s`` of silence, then
    every ``idle_s / 6``, dead after 3 unanswered (about ``1.5 * idle_s``). Best effort."""
    sock = writer.get_extra_info("socket")
    if sock is None or idle_s <= 0:
        return
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        interval = max(1, int(idle_s / 6))
        options = (("TCP_KEEPIDLE", int(idle_s)), ("TCP_KEEPINTVL", interval), ("TCP_KEEPCNT", 3))
        for name, value in options:
            if hasattr(socket, name):  # Linux, recent macOS and Windows
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)
    except OSError as exc:
        log.debug("TCP keepalive not set: %s", exc)


def _refuse_self_connection(writer: asyncio.StreamWriter) -> None:
    """Raise ConnectionRefusedError for a socket connected to itself.

    With nothing listening on a loopback port of the ephemeral range, Linux may give the
    connecting socket that very port as its own and "connect" it to itself (TCP simultaneous
    open): a silent socket that looks like a SOP that never answers.
    """
    sockname = writer.get_extra_info("sockname")
    if sockname is not None and sockname == writer.get_extra_info("peername"):
        writer.close()
        raise ConnectionRefusedError("connected to itself: nothing listens on the port")


class EventStream:
    """Keeps an event-socket connection to ``host:port`` alive until ``stop()``.

    ``on_event(event)`` gets every parsed event (ParseError included) in stream order.
    ``on_state(connected, reason)`` reports each change of the link (and, while connected, a
    failing or recovering ``ping``); identical consecutive reports are dropped. Callbacks run on
    the event loop and must not block; an exception in one is logged, never fatal.
    ``sleep`` and ``random`` drive the reconnect backoff only, so tests can record the delays.
    ``on_bytes(data)``, when given, sees every chunk read, before parsing (the wire log).
    """

    def __init__(
        self,
        host: str,
        port: int = DEFAULT_PORT,
        *,
        on_event: Callable[[Event], None],
        on_state: Callable[[bool, str], None] | None = None,
        ping: Callable[[], Awaitable[object]] | None = None,
        # A ccPing only after 60 to 120 s without a byte: a SOP serves hundreds of desktops;
        # TCP keepalive notices a vanished peer, the ping a black hole (within 126 s).
        heartbeat_s: float = 60.0,
        heartbeat_jitter: float = 1.0,
        keepalive_s: float = 60.0,
        settle_s: float = 0.2,
        proof_spread_s: float = 30.0,
        reconnect_spread_s: float = 1.5,
        pong_timeout_s: float = 1.0,
        ping_timeout_s: float = 5.0,
        connect_timeout_s: float = 10.0,
        backoff_initial_s: float = 0.5,
        # At most 3 s between attempts: a SOP that drops every connection for a while is back
        # within 5 s of working again (the wait, a connect, a ping whose pong may be lost once:
        # a longer cap carried its backoff into the good time), and the jitter still spreads a
        # fleet's attempts over 1.5-3 s.
        backoff_max_s: float = 3.0,
        backoff_jitter: float = 0.5,
        probe_interval_s: float = 0.5,
        probe_timeout_s: float = 1.0,
        dead_retry_s: float = 2.0,
        # A brand-new connection may not be attached yet when the SOP (or a proxy in front of
        # it) answers the first ccPing: its evPong goes to nobody. Pinging again is a read.
        fresh_ping_tries: int = 3,
        random: Callable[[], float] = _random.random,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        parser_factory: Callable[[], EventParser] = EventParser,
        read_size: int = 64 * 1024,
        on_bytes: Callable[[bytes], None] | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self._on_event = on_event
        self._on_state = on_state
        self._ping = ping
        self._heartbeat_s = heartbeat_s
        self._heartbeat_jitter = heartbeat_jitter
        self._keepalive_s = keepalive_s
        self._settle_s = settle_s
        self._proof_spread_s = proof_spread_s
        self._reconnect_spread_s = reconnect_spread_s
        self._pong_timeout_s = pong_timeout_s
        self._ping_timeout_s = ping_timeout_s
        self._connect_timeout_s = connect_timeout_s
        self._backoff_initial_s = backoff_initial_s
        self._backoff_max_s = backoff_max_s
        self._backoff_jitter = backoff_jitter
        self._probe_interval_s = probe_interval_s
        self._probe_timeout_s = probe_timeout_s
        self._dead_retry_s = dead_retry_s
        self._fresh_ping_tries = max(1, fresh_ping_tries)
        self._random = random
        self._sleep = sleep
        self._parser_factory = parser_factory
        self._read_size = read_size
        self._on_bytes = on_bytes  # every chunk as received (the wire log)
        self._task: asyncio.Task[None] | None = None
        self._alive = asyncio.Event()  # set by any byte received since the probe began
        self._connected = False
        self._confirmed = False  # the current connection has proved itself (bytes or evPong)
        self._received = False  # the current connection has carried data
        self._rx_count = 0  # reads that carried data, on any connection
        self._last_rx = 0.0  # loop time of the last byte received (or of the connect)
        self._reported: tuple[bool, str] | None = None
        self.last_error = ""
        """The most recent reason the link failed or a ping failed; "" before any failure."""

    @property
    def connected(self) -> bool:
        return self._connected

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        """Start connecting on the running event loop (no-op when already running)."""
        if not self.running:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="sop-events")

    async def stop(self) -> None:
        """Close the connection and end the task; safe to call twice or before start()."""
        task, self._task = self._task, None
        was_connected = self._connected
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._connected = False
        if was_connected:
            self._report(False, "stopped")

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        attempt = 0
        prove_at_once = True  # the first connection, and the one after a dead heartbeat
        while True:
            unreachable = False
            probed_dead = False  # the heartbeat, not the SOP, ended the connection
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(self.host, self.port), self._connect_timeout_s
                )
                _refuse_self_connection(writer)
            except (OSError, TimeoutError) as exc:
                unreachable = True
                self._fail(f"cannot connect to {self.host}:{self.port}: {_describe(exc)}")
            else:
                enable_keepalive(writer, self._keepalive_s)
                self._connected = True
                self._confirmed = False
                self._received = False
                self._last_rx = loop.time()
                if self._ping is None:
                    self._report(True, f"connected to {self.host}:{self.port}")
                # With a heartbeat, "connected" is reported once the first evPong proves the
                # stream works (a socket that accepts and then drops or stays silent never
                # flickers to connected), or, back after a drop, once it stayed open settle_s
                # (its proof follows within proof_spread_s).
                began = loop.time()
                try:
                    reason = await self._session(reader, writer, prove_at_once)
                finally:
                    self._connected = False
                # Only a connection that carried data or lasted restarts the backoff, so a server
                # that accepts and hangs up at once is not hammered every backoff_initial_s.
                if self._received or loop.time() - began >= self._backoff_max_s:
                    attempt = 0
                probed_dead = reason.startswith("no ")
                prove_at_once = probed_dead
                self._fail(reason)
            delay = backoff_delay(
                attempt,
                initial_s=self._backoff_initial_s,
                max_s=self._backoff_max_s,
                jitter=self._backoff_jitter,
                random=self._random,
            )
            if probed_dead:
                # Each such attempt already waited for a ping and a pong: retry soon, so the
                # link is back within seconds once a black-holed SOP answers again, and do not
                # grow the backoff, which the first drop after the black hole would inherit.
                delay = min(delay, self._dead_retry_s)
            else:
                attempt += 1
            if unreachable and self._probe_interval_s > 0:
                if await self._wait_or_probe(delay):
                    # Back: every desktop's probe saw it within a second; spread the connects.
                    await self._sleep(self._reconnect_spread_s * self._random())
            else:
                await self._sleep(delay)

    async def _wait_or_probe(self, delay: float) -> bool:
        """Wait ``delay``, but return as soon as a TCP connect to the port succeeds (True)."""
        sleeper = asyncio.ensure_future(self._sleep(delay))
        try:
            while not sleeper.done():
                pause = self._probe_interval_s * (0.5 + self._random())  # jittered
                await asyncio.wait({sleeper}, timeout=pause)
                if sleeper.done():
                    return False
                if await self._probe():
                    return True
            return False
        finally:
            sleeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sleeper

    async def _probe(self) -> bool:
        """True when something accepts a TCP connection on the port (closed at once)."""
        try:
            _reader, writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port), self._probe_timeout_s
            )
            _refuse_self_connection(writer)
        except (OSError, TimeoutError):
            return False
        writer.close()
        with contextlib.suppress(OSError, TimeoutError):
            await asyncio.wait_for(writer.wait_closed(), self._probe_timeout_s)
        return True

    async def _session(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, prove_at_once: bool
    ) -> str:
        """Run one connection until it fails; return why."""
        tasks = [asyncio.create_task(self._read(reader), name="sop-events-read")]
        if self._ping is not None:
            tasks.append(
                asyncio.create_task(self._heartbeat(prove_at_once), name="sop-events-heartbeat")
            )
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            try:
                return next(iter(done)).result()
            except Exception as exc:  # a bug, not the network: log it, reconnect all the same
                log.exception("SOP event socket reader failed")
                return f"internal error: {_describe(exc)}"
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            writer.close()
            with contextlib.suppress(OSError, TimeoutError):
                await asyncio.wait_for(writer.wait_closed(), 1.0)

    async def _read(self, reader: asyncio.StreamReader) -> str:
        parser = self._parser_factory()
        while True:
            try:
                data = await reader.read(self._read_size)
            except OSError as exc:
                return f"connection lost: {_describe(exc)}"
            if not data:
                return "connection closed by the SOP"
            self._received = True
            self._rx_count += 1
            self._last_rx = asyncio.get_running_loop().time()
            self._alive.set()
            if not self._confirmed and self._ping is not None:
                self._confirm()  # any bytes prove the socket alive
            if self._on_bytes is not None:
                try:
                    self._on_bytes(data)
                except Exception:
                    log.exception("on_bytes failed")
            for event in parser.feed(data):
                try:
                    self._on_event(event)
                except Exception:
                    log.exception("on_event failed for %r", event)

    async def _heartbeat(self, prove_at_once: bool = True) -> str:
        """Probe the socket after each quiet period; return why it is dead."""
        assert self._ping is not None
        loop = asyncio.get_running_loop()
        ping_failed = False
        first = True
        if not prove_at_once:
            # Back after a drop or an outage: it stayed open, so say so, and prove it a little
            # later (at once when no byte came), each desktop at its own moment.
            received = self._rx_count
            await asyncio.sleep(self._settle_s)
            if not self._confirmed:
                self._confirm()
            await asyncio.sleep(self._proof_spread_s * self._random())
            first = self._rx_count == received
        fresh_tries = self._fresh_ping_tries
        while True:
            if not first:  # the first probe is at once: it proves a new connection
                # A deadline that moves with every byte received, not an event to wait for.
                limit = self._heartbeat_s * (1.0 + self._heartbeat_jitter * self._random())
                while (quiet := loop.time() - self._last_rx) < limit:  # noqa: ASYNC110
                    await asyncio.sleep(limit - quiet)
            first = False
            self._alive.clear()
            error = ""
            try:
                await asyncio.wait_for(self._ping(), self._ping_timeout_s)
            except Exception as exc:  # HTTP trouble: the socket may still prove itself
                error = _describe(exc)
            try:
                await asyncio.wait_for(self._alive.wait(), self._pong_timeout_s)
            except TimeoutError:
                if not self._received and not error and fresh_tries > 1:
                    # Nothing has come on this connection yet and HTTP answered: the pong may
                    # have gone out before the SOP attached the socket. Ask again at once.
                    fresh_tries -= 1
                    first = True
                    continue
                if error:
                    return f"no answer: ccPing failed ({error}) and the event socket is silent"
                return f"no evPong within {self._pong_timeout_s:g} s"
            if error:
                ping_failed = True
                self.last_error = f"ping failed: {error}"
                self._report(True, self.last_error)
            elif ping_failed or not self._confirmed:
                ping_failed = False
                self._confirm()

    def _confirm(self) -> None:
        self._confirmed = True
        self._report(True, f"connected to {self.host}:{self.port}")

    def _fail(self, reason: str) -> None:
        self.last_error = reason
        self._report(False, reason)

    def _report(self, connected: bool, reason: str) -> None:
        if self._reported == (connected, reason):
            return
        self._reported = (connected, reason)
        log.info("SOP event socket %s: %s", "up" if connected else "down", reason)
        if self._on_state is not None:
            try:
                self._on_state(connected, reason)
            except Exception:
                log.exception("on_state failed")


def _describe(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, TimeoutError) and not text:
        return "timed out"
    return text or type(exc).__name__
