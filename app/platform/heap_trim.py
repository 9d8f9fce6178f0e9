"""Give the C heap's free pages back to the system, where the C library can (glibc).

A long-running tray app parses answers of every size: a 6 MB body, 5,000 statuses, a 60 KB
caller name. Once freed, that memory stays in glibc's heap and arenas, and the resident size
creeps up with each one even though nothing is kept (a hostile-SOP soak: +0.3 to +0.7 MiB a
minute). ``malloc_trim(0)`` returns the free pages at the top of the heap and inside it. It costs
a few milliseconds; the app calls it every few minutes while idle, and a moment after each big
answer (:func:`trim_soon`), once it has been parsed and dropped. A no-op elsewhere.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import sys
import weakref
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # glibc only (musl has none)
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def available() -> bool:
    return _malloc_trim() is not None


def trim_heap() -> bool:
    """Return the C heap's free memory to the system; True when some was released."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


#: after a big answer, long enough for its parse to finish and its bytes to be dropped
TRIM_DELAY_S = 3.0
_pending: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.TimerHandle] = (
    weakref.WeakKeyDictionary()
)


def trim_soon(_size: int = 0, delay_s: float = TRIM_DELAY_S) -> None:
    """Trim ``delay_s`` from now on the running loop; calls within that time share one trim.

    The client's ``on_big_body`` hook: the peak a 4 MB answer leaves goes back to the system in
    seconds, not at the next periodic trim minutes later. Without a running loop, nothing.
    """
    if not available():
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    handle = _pending.get(loop)
    if handle is not None and not handle.cancelled():
        return

    def run() -> None:
        _pending.pop(loop, None)
        trim_heap()

    _pending[loop] = loop.call_later(delay_s, run)
