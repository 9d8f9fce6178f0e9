"""The SOP event socket as an asyncio task: connect, feed EventParser, heartbeat, reconnect.

One task owns the connection. While connected, a reader feeds ``EventParser`` and hands every
event to ``on_event``; a heartbeat awaits the injected ``ping`` (the app passes SopClient.ping, the
HTTP ccPing) every ``heartbeat_s`` and then expects an ``evPong`` within ``pong_timeout_s``: the
reference (ccPing) says a longer delay means the socket is not healthy, however open it looks.
The pong deadline starts when ``ping`` returns, so HTTP latency is not blamed on the socket.
After a drop, a dead heartbeat or a failed connect the task waits ``backoff_delay(attempt)``
(exponential from ``backoff_initial_s``, capped at ``backoff_max_s``, with jitter) and tries again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random as _random
from collections.abc import Awaitable, Callable

from app.sop.events import Event, EventParser, Pong

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
        heartbeat_s: float = 30.0,
        pong_timeout_s: float = 1.0,
        ping_timeout_s: float = 10.0,
        connect_timeout_s: float = 10.0,
        backoff_initial_s: float = 0.5,
        backoff_max_s: float = 30.0,
        backoff_jitter: float = 0.5,
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
        self._pong_timeout_s = pong_timeout_s
        self._ping_timeout_s = ping_timeout_s
        self._connect_timeout_s = connect_timeout_s
        self._backoff_initial_s = backoff_initial_s
        self._backoff_max_s = backoff_max_s
        self._backoff_jitter = backoff_jitter
        self._random = random
        self._sleep = sleep
        self._parser_factory = parser_factory
        self._read_size = read_size
        self._on_bytes = on_bytes  # every chunk as received (the wire log)
        self._task: asyncio.Task[None] | None = None
        self._pong = asyncio.Event()
        self._connected = False
        self._received = False  # the current connection has carried data
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
        while True:
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(self.host, self.port), self._connect_timeout_s
                )
            except (OSError, TimeoutError) as exc:
                self._fail(f"cannot connect to {self.host}:{self.port}: {_describe(exc)}")
            else:
                self._connected = True
                self._received = False
                if self._ping is None:
                    self._report(True, f"connected to {self.host}:{self.port}")
                # With a heartbeat, "connected" is reported once the first evPong proves the
                # stream works: a socket that accepts and then drops or stays silent never
                # flickers to connected.
                began = loop.time()
                try:
                    reason = await self._session(reader, writer)
                finally:
                    self._connected = False
                # Only a connection that carried data or lasted restarts the backoff, so a server
                # that accepts and hangs up at once is not hammered every backoff_initial_s.
                if self._received or loop.time() - began >= self._backoff_max_s:
                    attempt = 0
                self._fail(reason)
            delay = backoff_delay(
                attempt,
                initial_s=self._backoff_initial_s,
                max_s=self._backoff_max_s,
                jitter=self._backoff_jitter,
                random=self._random,
            )
            attempt += 1
            await self._sleep(delay)

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> str:
        """Run one connection until it fails; return why."""
        tasks = [asyncio.create_task(self._read(reader), name="sop-events-read")]
        if self._ping is not None:
            tasks.append(asyncio.create_task(self._heartbeat(), name="sop-events-heartbeat"))
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
            if self._on_bytes is not None:
                try:
                    self._on_bytes(data)
                except Exception:
                    log.exception("on_bytes failed")
            for event in parser.feed(data):
                if isinstance(event, Pong):
                    self._pong.set()
                try:
                    self._on_event(event)
                except Exception:
                    log.exception("on_event failed for %r", event)

    async def _heartbeat(self) -> str:
        assert self._ping is not None
        ping_failed = False
        confirmed = False
        while True:
            if confirmed or ping_failed:
                await asyncio.sleep(self._heartbeat_s)
            self._pong.clear()
            try:
                await asyncio.wait_for(self._ping(), self._ping_timeout_s)
            except Exception as exc:
                # HTTP trouble says nothing about the socket: report it, keep reading events.
                ping_failed = True
                self.last_error = f"ping failed: {_describe(exc)}"
                self._report(True, self.last_error)
                continue
            try:
                await asyncio.wait_for(self._pong.wait(), self._pong_timeout_s)
            except TimeoutError:
                return f"no evPong within {self._pong_timeout_s:g} s"
            if ping_failed or not confirmed:
                ping_failed = False
                confirmed = True
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
