"""Helpers for the simulator's integration tests: a raw event-socket reader, bounded waits,
a movable clock and XML parsing. Fixtures live in each test module (tests/conftest.py is shared).
"""

from __future__ import annotations

import socket
import time

from lxml import etree

from app.sim import SimThread
from tests.helpers.waiting import wait_until

DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>'


class FakeClock:
    """A monotonic clock the test moves by hand (read from the simulator's thread)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def parse_xml(body: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(body, parser)


class EventReader:
    """A raw TCP client of the event socket that splits the stream into event elements."""

    def __init__(self, port: int, timeout_s: float = 5.0) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout_s)
        self.buffer = b""
        self.closed = False

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> EventReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _take(self) -> etree._Element | None:
        """The first complete event in the buffer, removed from it; None if none is complete."""
        start = self.buffer.find(DECLARATION)
        if start < 0:
            return None
        body_start = start + len(DECLARATION)
        end = self.buffer.find(DECLARATION, body_start)
        chunk = self.buffer[body_start : end if end >= 0 else len(self.buffer)]
        if end < 0 and not chunk.endswith(b"\n"):
            return None
        try:
            element = parse_xml(chunk.strip())
        except etree.XMLSyntaxError:
            if end < 0:
                return None
            raise
        self.buffer = self.buffer[body_start + len(chunk) :]
        return element

    def next_event(self, timeout_s: float = 3.0) -> etree._Element:
        """The next event; AssertionError if none comes within ``timeout_s`` or on EOF."""
        deadline = time.monotonic() + timeout_s
        while True:
            event = self._take()
            if event is not None:
                return event
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("no event arrived in time")
            self.sock.settimeout(remaining)
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            if not data:
                self.closed = True
                raise AssertionError("event socket closed")
            self.buffer += data

    def expect(self, tag: str, timeout_s: float = 3.0) -> etree._Element:
        """The next event named ``tag``, skipping others."""
        deadline = time.monotonic() + timeout_s
        while True:
            event = self.next_event(max(0.01, deadline - time.monotonic()))
            if event.tag == tag:
                return event

    def wait_closed(self, timeout_s: float = 3.0) -> bool:
        """True once the server closed the connection (data before EOF is discarded)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            except ConnectionError:
                return True
            if not data:
                return True
        return False


def connect_events(thread: SimThread) -> EventReader:
    """An event-socket client, returned once the simulator has registered it."""
    before = thread.call(lambda sim: sim.connected_event_clients)
    reader = EventReader(thread.events_port)
    wait_until(
        lambda: thread.call(lambda sim: sim.connected_event_clients) > before,
        what="the event client to be registered",
    )
    return reader


def child_texts(element: etree._Element) -> dict[str, str]:
    return {child.tag: (child.text or "") for child in element}
