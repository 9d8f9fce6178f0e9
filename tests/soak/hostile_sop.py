"""A hostile SOP: a proxy in front of the simulator that breaks answers and the event socket.

The app talks to the proxy as to its SOP. In ``good`` mode every HTTP request goes to the real
simulator and every event byte comes back unchanged; each other mode spoils one thing, the way a
real SOP, proxy or network can:

HTTP: ``html`` (an error page with status 200), ``garbage``, ``truncated``, ``http500``, ``hang``
(no answer until the mode changes), ``reset`` (connection closed before any answer),
``broken_gzip`` (``Content-Encoding: gzip`` over bytes that are not gzip), ``huge_chunked``
(a 6 MB chunked body without Content-Length), ``slow`` (4 s per answer), and rewrites of good
answers: ``huge_callflow`` (5,000 statuses), ``future_cdr`` (a call record stamped 2099),
``huge_number`` (a duration of 1e30), ``long_name`` (60 KB names in the directory).
Events: ``silent`` (connected, nothing either way: a black hole, with ``hang`` for HTTP),
``drop`` (every event connection closed, new ones closed at once), ``garbage_events``,
``long_caller`` (an incoming call whose caller id is 60 KB), ``flood`` (the simulator's own).
``outage``: nothing listens on either port (connection refused).

No Qt; runs its own asyncio loop in a thread (:class:`HostileSop`). Loopback only.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import re
import threading
import time
from collections import Counter
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

HTTP_MODES = (
    "html", "garbage", "truncated", "http500", "hang", "reset", "broken_gzip", "huge_chunked",
    "slow", "huge_callflow", "future_cdr", "huge_number", "long_name",
)  # fmt: skip
EVENT_MODES = ("silent", "drop", "garbage_events", "long_caller")
OTHER_MODES = ("outage", "black_hole", "flood")
ALL_MODES = HTTP_MODES + EVENT_MODES + OTHER_MODES

HTML_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


def _rewrite_json(call: str, mode: str, data: Any) -> Any:
    if mode == "huge_callflow" and call == "dbGetCallflow" and isinstance(data, dict):
        statuses = [f"Status {i:04d}" for i in range(5000)]
        data["Status"] = statuses
        data["TranslatedStatus"] = statuses
    elif mode in ("future_cdr", "huge_number") and call == "dbGetCallHistory":
        calls = data.get("CallHistory") if isinstance(data, dict) else None
        if isinstance(calls, list) and calls and isinstance(calls[0], dict):
            record = dict(calls[0])
            if mode == "future_cdr":
                for key in record:
                    if "date" in key.lower() or "time" in key.lower():
                        record[key] = "2099-01-01 12:00:00"
            else:
                for key in ("duration", "billsec"):
                    record[key] = "1" + "0" * 30
            record["uniqueid"] = f"hostile-{mode}-{time.time():.0f}"
            calls.insert(0, record)
    elif mode == "long_name" and call == "dbGetDirectoryInfo":
        entries = data if isinstance(data, list) else [data]
        for entry in entries:
            if isinstance(entry, dict):
                for key in ("fn", "ln", "FirstName", "LastName"):
                    if key in entry:
                        entry[key] = "N" * 60_000
    return data


def _rewrite_xml(call: str, mode: str, body: bytes) -> bytes:
    if mode == "huge_callflow" and call == "dbGetCallflow":
        statuses = b"".join(b"<Status>Status %04d</Status>" % i for i in range(5000))
        return re.sub(rb"(<Status>)", statuses + rb"\1", body, count=1)
    if mode == "huge_number" and call == "dbGetCallHistory":
        return re.sub(
            rb"<duration>\d+</duration>", b"<duration>1" + b"0" * 30 + b"</duration>", body
        )
    if mode == "future_cdr" and call == "dbGetCallHistory":
        return re.sub(rb"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", b"2099-01-01 12:00:00", body, count=1)
    return body


class HostileSop:
    """The proxy; ``set_mode`` switches what it spoils, from any thread."""

    def __init__(self, sim_http: str, sim_events_port: int, seed: int = 7) -> None:
        self.sim_http = sim_http
        self.sim_events_port = sim_events_port
        self.mode = "good"
        self.http_port = 0
        self.events_port = 0
        self.served: Counter[str] = Counter()
        self.good_answers = 0
        self._rng = random.Random(seed)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._mode_changed: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._events_server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()
        self._session: ClientSession | None = None

    # -- life ------------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(30)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def set_mode(self, mode: str) -> None:
        asyncio.run_coroutine_threadsafe(self._set_mode(mode), self._loop).result(30)

    async def _start(self) -> None:
        self._mode_changed = asyncio.Event()
        self._session = ClientSession(timeout=ClientTimeout(total=30), auto_decompress=False)
        app = web.Application(client_max_size=1 << 20)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        await self._listen(first=True)

    async def _listen(self, first: bool = False) -> None:
        """Listen on both ports (again, after an outage). A client's socket may hold one of them
        for an instant (a loopback connect to a closed ephemeral port can bind to it), so a
        busy port is tried again for up to 10 s before the proxy gives up."""
        assert self._runner is not None
        for attempt in range(100):
            try:
                await self._bind(first)
                return
            except OSError:
                if attempt == 99:
                    raise
                await self._unlisten()
                await asyncio.sleep(0.1)

    async def _bind(self, first: bool) -> None:
        assert self._runner is not None
        self._site = web.TCPSite(self._runner, "127.0.0.1", self.http_port, reuse_address=True)
        await self._site.start()
        if first:
            server = self._site._server
            assert isinstance(server, asyncio.Server)
            self.http_port = server.sockets[0].getsockname()[1]
        self._events_server = await asyncio.start_server(
            self._accept_events, "127.0.0.1", self.events_port, reuse_address=True
        )
        self.events_port = self._events_server.sockets[0].getsockname()[1]

    async def _unlisten(self) -> None:
        if self._site is not None:
            await self._site.stop()
            self._site = None
        if self._events_server is not None:
            self._events_server.close()
            self._events_server = None
        await self._close_pipes()

    async def _stop(self) -> None:
        await self._set_mode("good")
        await self._unlisten()
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _close_pipes(self) -> None:
        for task in list(self._pipes):
            task.cancel()
        for task in list(self._pipes):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _set_mode(self, mode: str) -> None:
        if mode != "good" and mode not in ALL_MODES:
            raise ValueError(f"unknown mode {mode!r}")
        old, self.mode = self.mode, mode
        assert self._mode_changed is not None
        self._mode_changed.set()  # wakes every hanging answer
        self._mode_changed = asyncio.Event()
        if old == "outage" and mode != "outage":
            await self._listen()
        if mode == "outage":
            await self._unlisten()
        if mode in ("drop", "silent", "black_hole") or old in ("silent", "black_hole"):
            await self._close_pipes()  # silent pipes were kept open doing nothing
        if mode == "flood" or old == "flood":
            await self._sim_faults({"flood_events_per_s": 3000 if mode == "flood" else 0})

    async def _sim_faults(self, knobs: dict[str, Any]) -> None:
        assert self._session is not None
        async with self._session.post(f"{self.sim_http}/_sim/faults", json=knobs) as answer:
            await answer.read()

    # -- HTTP ------------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        mode = self.mode
        call = request.path.rsplit("/", 1)[-1].split(".", 1)[0]
        self.served[f"{mode}:{call}"] += 1
        if mode in ("hang", "black_hole"):
            assert self._mode_changed is not None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._mode_changed.wait(), 120)
            raise web.HTTPServiceUnavailable()
        if mode == "reset":
            assert request.transport is not None
            request.transport.close()
            raise web.HTTPServiceUnavailable()
        if mode == "html":
            return web.Response(body=HTML_PAGE, content_type="text/html")
        if mode == "http500":
            return web.Response(status=500, text="Internal Server Error")
        if mode == "garbage":
            return web.Response(body=os.urandom(self._rng.randint(1, 4096)))
        if mode == "broken_gzip":
            return web.Response(
                body=b"\x1f\x8b\x08\x00this is not gzip" + os.urandom(2000),
                headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
            )
        if mode == "huge_chunked":
            answer = web.StreamResponse(headers={"Content-Type": "text/xml"})
            answer.enable_chunked_encoding()
            await answer.prepare(request)
            chunk = b"<x>" + b"y" * 65_530 + b"</x>"
            with contextlib.suppress(ConnectionError):
                for _ in range(96):  # 6 MB
                    await answer.write(chunk)
                await answer.write_eof()
            return answer
        if mode == "slow":
            await asyncio.sleep(4)
        status, headers, body = await self._forward(request)
        if mode == "truncated":
            body = body[: len(body) // 2]
        elif mode in ("huge_callflow", "future_cdr", "huge_number", "long_name"):
            body = self._rewrite(call, mode, headers, body)
        else:
            self.good_answers += status == 200
        return web.Response(status=status, body=body, headers=headers)

    async def _forward(self, request: web.Request) -> tuple[int, dict[str, str], bytes]:
        assert self._session is not None
        url = f"{self.sim_http}{request.path_qs}"
        headers = {k: v for k, v in request.headers.items() if k.lower() == "authorization"}
        async with self._session.request(request.method, url, headers=headers) as answer:
            body = await answer.read()
            keep = {"Content-Type": answer.headers.get("Content-Type", "text/xml")}
            return answer.status, keep, body

    def _rewrite(self, call: str, mode: str, headers: dict[str, str], body: bytes) -> bytes:
        if "json" in headers.get("Content-Type", ""):
            try:
                data = json.loads(body)
            except ValueError:
                return body
            return json.dumps(_rewrite_json(call, mode, data)).encode()
        return _rewrite_xml(call, mode, body)

    # -- events ----------------------------------------------------------------------------------

    async def _accept_events(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._pipes.add(task)
        try:
            if self.mode in ("drop", "outage"):
                return
            if self.mode in ("silent", "black_hole"):
                await asyncio.Event().wait()  # until cancelled by the next mode change
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.sim_events_port)
            try:
                await asyncio.gather(
                    self._pipe(reader, up_writer, downstream=False),
                    self._pipe(up_reader, writer, downstream=True),
                )
            finally:
                up_writer.close()
        except (ConnectionError, OSError):
            pass
        except asyncio.CancelledError:
            pass  # a mode change closes the pipe; ending quietly keeps asyncio from logging it
        finally:
            self._pipes.discard(task)
            writer.close()

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, downstream: bool
    ) -> None:
        while True:
            data = await reader.read(65536)
            if not data:
                return
            mode = self.mode
            if mode in ("silent", "black_hole"):
                continue
            if downstream and mode == "garbage_events":
                data = os.urandom(self._rng.randint(1, 512)) + data
            if downstream and mode == "long_caller":
                data += (
                    b'<?xml version="1.0"?><evNewOrigChannel><Channel>SIP/hostile-'
                    + str(self._rng.randint(0, 1 << 30)).encode()
                    + b"</Channel><CallerId>"
                    + b"9" * 60_000
                    + b"</CallerId><Extension>201</Extension></evNewOrigChannel>\n"
                )
            writer.write(data)
            await writer.drain()
