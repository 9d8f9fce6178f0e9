"""Fire-and-forget coroutines started from Qt signals, kept referenced until done.

An exception that escapes such a task is logged and reported through ``on_error``: it never
disappears silently and never crashes the loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)
_running: set[asyncio.Task[Any]] = set()


def spawn(
    coro: Coroutine[Any, Any, Any], on_error: Callable[[BaseException], None] | None = None
) -> asyncio.Task[Any]:
    task = asyncio.ensure_future(coro)
    _running.add(task)

    def done(t: asyncio.Task[Any]) -> None:
        _running.discard(t)
        if t.cancelled():
            return
        exc = t.exception()
        if exc is not None:
            log.error("background task failed", exc_info=exc)
            if on_error is not None:
                on_error(exc)

    task.add_done_callback(done)
    return task


async def cancel_all() -> None:
    """Cancel every spawned task and wait for them (used at quit and in tests)."""
    tasks = [t for t in _running if not t.done()]
    for t in tasks:
        t.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)
