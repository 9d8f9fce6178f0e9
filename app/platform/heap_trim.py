"""Give the C heap's free pages back to the system, where the C library can (glibc).

A long-running tray app parses answers of every size: a 6 MB body, 5,000 statuses, a 60 KB
caller name. Once freed, that memory stays in glibc's heap and arenas, and the resident size
creeps up with each one even though nothing is kept (a hostile-SOP soak: +0.3 to +0.7 MiB a
minute). ``malloc_trim(0)`` returns the free pages at the top of the heap and inside it. It costs
a few milliseconds; the app calls it every few minutes while idle. A no-op elsewhere.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
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
