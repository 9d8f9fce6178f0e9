"""The SOP event socket (reference chapter 5, TCP port 5050): XML events to every client.

Each event goes out as its own small XML document, declaration included, followed by a newline
(the reference shows no framing; a newline is what a line-reading client expects). Clients
only listen; whatever they send is read and discarded.
``Faults.events_mode`` decides what happens: ``normal`` sends, ``silent`` keeps connections open
and sends nothing, ``drop`` closes every connection and refuses new ones. A client that stops
reading is disconnected once its send buffer passes a bound, so memory stays bounded.
"""

from __future__ import annotations

import asyncio
import contextlib

from app.sim.faults import Faults
from app.sim.render import element, to_xml

MAX_CLIENT_BUFFER = 1024 * 1024


def event_doc(tag: str, **fields: str) -> bytes:
    """One event document, e.g. ``event_doc("evParked", ParkSlot="701", Channel="SIP/...")``."""
    root = element(tag, None, *(element(name, value) for name, value in fields.items()))
    return to_xml(root, pretty=False) + b"\n"


def new_orig_channel(channel: str, caller_id: str, extension: str) -> bytes:
    return event_doc("evNewOrigChannel", Channel=channel, CallerId=caller_id, Extension=extension)


def parked(park_slot: str, channel: str) -> bytes:
    return event_doc("evParked", ParkSlot=park_slot, Channel=channel)


def pong(*, with_child: bool = False) -> bytes:
    """``<evPong/>``; the reference does not show its form, so a SOP may well add a field."""
    if with_child:
        return event_doc("evPong", Result="0")
    return event_doc("evPong")


class EventHub:
    """The TCP server of the event socket and the set of connected clients."""

    def __init__(self, faults: Faults) -> None:
        self._faults = faults
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self.sent = 0

    @property
    def client_count(self) -> int:
        return len(self._writers)

    async def start(self, host: str, port: int) -> int:
        """Listen on ``host:port`` (0 picks a free port); returns the port."""
        self._server = await asyncio.start_server(self._accept, host, port)
        return int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        """Stop listening and close every connection, waiting until they are closed."""
        if self._server is not None:
            self._server.close()
        self.drop_all()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    def broadcast(self, document: bytes) -> None:
        """Send one event document to every client (unless the socket is silent or dropped)."""
        if self._faults.events_mode != "normal":
            return
        for writer in list(self._writers):
            transport = writer.transport
            if writer.is_closing():
                continue
            if transport.get_write_buffer_size() > MAX_CLIENT_BUFFER:
                writer.close()  # a client that stopped reading: cut it loose
                continue
            writer.write(document)
        self.sent += 1

    def drop_all(self) -> None:
        """Close every event connection (the reader tasks then finish on their own)."""
        for writer in list(self._writers):
            writer.close()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            if self._faults.events_mode == "drop":
                return
            self._writers.add(writer)
            # Clients only listen; read (and ignore) until they or we close the connection.
            with contextlib.suppress(ConnectionError):
                while await reader.read(4096):
                    pass
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
            self._tasks.discard(task)
