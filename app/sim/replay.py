"""Serve a wire capture back: ``python -m app.sim --replay FILE``.

A capture (``--wire-log``, or hand-made from documented payloads) is a list of HTTP exchanges
and event-socket chunks. The replay server answers each request with the recorded answer of the
same path and parameters (a recorded ``<redacted>`` value matches any value); when nothing
matches exactly, with a recorded answer of the same path; else HTTP 404. Identical requests get
the recorded answers in order, the last one again once they run out.

Event chunks recorded before the first HTTP exchange are sent to every client as it connects;
a chunk recorded after an exchange is sent to the connected clients right after that exchange
is served again, so ccPing -> evPong and ccPark -> evParked replay in their order.
Lines whose ``kind`` is neither ``http`` nor ``events`` (notes, expectations) are ignored.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from app.sop.wire_log import REDACTED, record_bytes

Params = tuple[tuple[str, str], ...]


@dataclass
class Exchange:
    path: str
    params: Params
    status: int
    content_type: str
    body: bytes
    events_after: list[bytes] = field(default_factory=list)


def _params(raw: Any) -> Params:
    return tuple(sorted((str(k), str(v)) for k, v in raw or ()))


def _same_params(recorded: Params, asked: Params) -> bool:
    if len(recorded) != len(asked):
        return False
    return all(
        rk == ak and rv in (av, REDACTED)
        for (rk, rv), (ak, av) in zip(recorded, asked, strict=True)
    )


class Capture:
    """The exchanges and event chunks of one capture file."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.exchanges: list[Exchange] = []
        self.initial_events: list[bytes] = []
        # by time, as lines are written when complete (an answer after the event it caused)
        timed = sorted(records, key=lambda r: float(r.get("t", 0.0)))
        for record in timed:
            kind = record.get("kind")
            if kind == "http":
                self.exchanges.append(
                    Exchange(
                        path=str(record["path"]),
                        params=_params(record.get("params")),
                        status=int(record.get("status", 200)),
                        content_type=str(record.get("content_type") or "text/xml"),
                        body=record_bytes(record, "body"),
                    )
                )
            elif kind == "events":
                data = record_bytes(record, "data")
                target = self.exchanges[-1].events_after if self.exchanges else self.initial_events
                target.append(data)
        self._served: dict[int, int] = {}

    @classmethod
    def load(cls, path: str | Path) -> Capture:
        """Read a capture; ValueError naming the line when one is not a JSON object."""
        records = []
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: not a JSON object")
            records.append(record)
        return cls(records)

    def answer(self, path: str, params: Params) -> Exchange | None:
        """The recorded exchange for a request, in recorded order (see the module doc)."""
        exact = [
            i
            for i, e in enumerate(self.exchanges)
            if e.path == path and _same_params(e.params, params)
        ]
        candidates = exact or [i for i, e in enumerate(self.exchanges) if e.path == path]
        if not candidates:
            return None
        key = candidates[0]
        count = self._served.get(key, 0)
        self._served[key] = count + 1
        return self.exchanges[candidates[min(count, len(candidates) - 1)]]


class ReplayServer:
    """HTTP and event socket serving one :class:`Capture`."""

    def __init__(self, capture: Capture) -> None:
        self.capture = capture
        self.http_port = 0
        self.events_port = 0
        self.requests: list[tuple[str, Params]] = []
        self._runner: web.AppRunner | None = None
        self._events: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(
        self, host: str = "127.0.0.1", http_port: int = 0, events_port: int = 0
    ) -> None:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, http_port)
        await site.start()
        self.http_port = int(self._runner.addresses[0][1])
        self._events = await asyncio.start_server(self._accept, host, events_port)
        self.events_port = int(self._events.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        for writer in list(self._writers):
            writer.close()
        if self._events is not None:
            self._events.close()
            await self._events.wait_closed()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        params = _params(request.query.items())
        self.requests.append((request.path, params))
        exchange = self.capture.answer(request.path, params)
        if exchange is None:
            return web.Response(status=404, text=f"{request.path} is not in the capture")
        response = web.Response(
            body=exchange.body,
            status=exchange.status,
            headers={"Content-Type": exchange.content_type},
        )
        if exchange.events_after:
            await response.prepare(request)
            await response.write_eof()
            for chunk in exchange.events_after:
                self._broadcast(chunk)
        return response

    def _broadcast(self, chunk: bytes) -> None:
        for writer in list(self._writers):
            if not writer.is_closing():
                writer.write(chunk)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            for chunk in self.capture.initial_events:
                writer.write(chunk)
            with contextlib.suppress(ConnectionError):
                await writer.drain()
                while await reader.read(4096):
                    pass
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()


async def serve(path: str, host: str, http_port: int, events_port: int) -> None:
    server = ReplayServer(Capture.load(path))
    await server.start(host, http_port, events_port)
    try:
        print(f"Replaying {path}: API http://{host}:{server.http_port}/xml/")
        print(f"Event socket: {host}:{server.events_port}. Ctrl+C stops.", flush=True)
        await asyncio.Event().wait()
    finally:
        await server.stop()
