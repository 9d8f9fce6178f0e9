"""Waiting on conditions, the one way tests wait: poll a predicate, fail with what was awaited.

``until`` runs on the event loop (inside a coroutine: the loop keeps serving the app while it
waits); ``wait_until`` blocks the calling thread (tests that drive a subprocess or a simulator
thread). Neither sleeps longer than it must: both return as soon as the predicate is true.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any


async def until(
    predicate: Callable[[], Any], within: float = 10.0, what: str = "", interval: float = 0.005
) -> Any:
    """Poll ``predicate`` on the running loop until it is truthy (its value is returned);
    raise AssertionError after ``within`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        value = predicate()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await asyncio.sleep(interval)


def wait_until(
    predicate: Callable[[], Any], within: float = 10.0, what: str = "", interval: float = 0.01
) -> Any:
    """Poll ``predicate`` from this thread until it is truthy (its value is returned); raise
    AssertionError after ``within`` seconds."""
    deadline = time.monotonic() + within
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        time.sleep(interval)
