"""Network probes below the SOP API: name resolution, TCP, TLS and the event socket's ccPing.

Each probe is a small coroutine that either returns what it measured or raises
:class:`ProbeFailed` with a sentence and a hint. Nothing here changes anything on the SOP: the
only SOP call is ccPing (read-only), and the event socket is only read.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from app.sop.events import EventParser, Pong


class ProbeFailed(Exception):
    """A probe failed: ``message`` says what, ``hint`` what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def _describe(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, TimeoutError) and not text:
        return "timed out"
    return text or type(exc).__name__


async def resolve(host: str, port: int, timeout_s: float = 5.0) -> list[str]:
    """The addresses ``host`` resolves to (DNS, hosts file...)."""
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout_s
        )
    except (OSError, TimeoutError) as exc:
        raise ProbeFailed(
            f"{host} does not resolve: {_describe(exc)}",
            "Check the server address for typos, and the DNS or VPN of this computer.",
        ) from exc
    return sorted({str(info[4][0]) for info in infos})


async def tcp_connect(host: str, port: int, timeout_s: float = 5.0) -> float:
    """Seconds to open (and close) a TCP connection to ``host:port``."""
    started = time.perf_counter()
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout_s)
    except (OSError, TimeoutError) as exc:
        refused = isinstance(exc, ConnectionRefusedError)
        raise ProbeFailed(
            f"no TCP connection to {host}:{port}: {_describe(exc)}",
            "Nothing listens on that port: check the port number."
            if refused
            else "A firewall or the network drops the connection: check the address and route.",
        ) from exc
    elapsed = time.perf_counter() - started
    writer.close()
    with contextlib.suppress(OSError, TimeoutError):
        await asyncio.wait_for(writer.wait_closed(), 1.0)
    return elapsed


@dataclass(frozen=True, slots=True)
class TlsInfo:
    version: str
    subject: str
    not_after: str


async def tls_handshake(
    host: str, port: int, context: ssl.SSLContext, timeout_s: float = 5.0
) -> TlsInfo:
    """Handshake with certificate and host name verification; what the certificate says."""
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=context, server_hostname=host), timeout_s
        )
    except ssl.SSLCertVerificationError as exc:
        raise ProbeFailed(
            f"the certificate of {host} is not trusted: {exc.verify_message or _describe(exc)}",
            "Install the SOP's CA certificate on this computer, or give its CA file in the "
            "settings (ca_file).",
        ) from exc
    except (OSError, TimeoutError, ssl.SSLError) as exc:
        raise ProbeFailed(
            f"no TLS connection to {host}:{port}: {_describe(exc)}",
            "Check that the SOP serves https on this port, or use http:// if it does not.",
        ) from exc
    ssl_object = writer.get_extra_info("ssl_object")
    cert = ssl_object.getpeercert() if ssl_object is not None else None
    version = ssl_object.version() if ssl_object is not None else "?"
    writer.close()
    with contextlib.suppress(OSError, TimeoutError, ssl.SSLError):
        await asyncio.wait_for(writer.wait_closed(), 1.0)
    subject = ""
    not_after = ""
    if isinstance(cert, dict):
        for rdn in cert.get("subject", ()):
            for key, value in rdn:
                if key == "commonName":
                    subject = str(value)
        not_after = str(cert.get("notAfter", ""))
    return TlsInfo(str(version), subject, not_after)


@dataclass(slots=True)
class PingTimes:
    """ccPing -> evPong round trips in milliseconds (None: no evPong in time)."""

    times_ms: list[float | None] = field(default_factory=list)

    @property
    def answered(self) -> list[float]:
        return [t for t in self.times_ms if t is not None]

    @property
    def all_answered(self) -> bool:
        return bool(self.times_ms) and len(self.answered) == len(self.times_ms)


class EventSocketProbe:
    """One connection to the event socket, read (never written) while ccPing is sent over HTTP.

    ``on_bytes`` sees every chunk received (the wire log). Use ``async with``.
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        connect_timeout_s: float = 5.0,
        on_bytes: Callable[[bytes], None] | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self._connect_timeout_s = connect_timeout_s
        self._on_bytes = on_bytes
        self._pong = asyncio.Event()
        self._writer: asyncio.StreamWriter | None = None
        self._reader_task: asyncio.Task[None] | None = None
        self.closed_reason = ""
        self.received = 0

    async def __aenter__(self) -> EventSocketProbe:
        try:
            reader, self._writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port), self._connect_timeout_s
            )
        except (OSError, TimeoutError) as exc:
            refused = isinstance(exc, ConnectionRefusedError)
            raise ProbeFailed(
                f"cannot connect to the event socket {self.host}:{self.port}: {_describe(exc)}",
                "Check the event port (5050 unless the SOP administrator changed it)"
                + (": nothing listens there." if refused else " and the firewall."),
            ) from exc
        self._reader_task = asyncio.create_task(self._read(reader), name="doctor-events")
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._reader_task is not None:
            self._reader_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader_task
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError, TimeoutError):
                await asyncio.wait_for(self._writer.wait_closed(), 1.0)

    async def _read(self, reader: asyncio.StreamReader) -> None:
        parser = EventParser()
        while True:
            try:
                data = await reader.read(64 * 1024)
            except OSError as exc:
                self.closed_reason = f"connection lost: {_describe(exc)}"
                return
            if not data:
                self.closed_reason = "the SOP closed the event connection"
                return
            self.received += len(data)
            if self._on_bytes is not None:
                self._on_bytes(data)
            if any(isinstance(event, Pong) for event in parser.feed(data)):
                self._pong.set()

    async def ping_once(
        self, ping: Callable[[], Awaitable[object]], pong_timeout_s: float = 1.0
    ) -> float | None:
        """Send ccPing (HTTP), wait for evPong; ms from sending to evPong, or None.

        The wait starts when the HTTP answer is in, as the app's heartbeat does, so a slow
        HTTP side is not blamed on the socket; the time reported runs from the request.
        """
        self._pong.clear()
        started = time.perf_counter()
        await ping()
        try:
            await asyncio.wait_for(self._pong.wait(), pong_timeout_s)
        except TimeoutError:
            return None
        return (time.perf_counter() - started) * 1000

    async def warm_up(
        self, ping: Callable[[], Awaitable[object]], tries: int = 3, pong_timeout_s: float = 1.0
    ) -> int:
        """Ping until a first evPong arrives; how many pings that took (0: none came).

        A SOP, like the simulator, may register a new event client a moment after accepting
        it, and sends that client no evPong for a ccPing handled in between: that first
        exchange says nothing about the link's health, so it is not measured.
        """
        for attempt in range(1, tries + 1):
            if await self.ping_once(ping, pong_timeout_s) is not None:
                return attempt
        return 0

    async def ping_times(
        self,
        ping: Callable[[], Awaitable[object]],
        count: int = 5,
        pong_timeout_s: float = 1.0,
    ) -> PingTimes:
        times = PingTimes()
        for _ in range(count):
            times.times_ms.append(await self.ping_once(ping, pong_timeout_s))
        return times


async def event_ping(
    host: str,
    port: int,
    ping: Callable[[], Awaitable[object]],
    *,
    count: int = 1,
    pong_timeout_s: float = 1.0,
    connect_timeout_s: float = 5.0,
    on_bytes: Callable[[bytes], None] | None = None,
) -> PingTimes:
    """Connect to the event socket and measure ``count`` ccPing -> evPong round trips after a
    warm-up (see :meth:`EventSocketProbe.warm_up`)."""
    async with EventSocketProbe(
        host, port, connect_timeout_s=connect_timeout_s, on_bytes=on_bytes
    ) as probe:
        if not await probe.warm_up(ping, pong_timeout_s=pong_timeout_s):
            return PingTimes([None] * count)
        return await probe.ping_times(ping, count, pong_timeout_s)
