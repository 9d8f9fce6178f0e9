"""What the running process looks like from inside: ``sop-companion health`` prints it.

For support and for the soak runs that watch the app for hours: memory, open files, threads,
asyncio tasks, and the reference counts of ``None``/``True``/``False``, which a leaking Qt binding
drains (app/core/qt_workarounds.py). Reading it costs a few system calls; nothing here talks to
the SOP.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
import time
from typing import Any

from app.core.qt_workarounds import IMMORTALS, guard_immortals

_STARTED = time.monotonic()


def _uptime_s() -> float:
    """Seconds since the process started (Linux: from /proc; elsewhere: since this import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # Field 22 (starttime, in clock ticks since boot) follows the ")" ending the name.
            start_ticks = int(stat.read().rpartition(")")[2].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            since_boot = float(uptime.read().split()[0])
        return since_boot - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _STARTED


def _proc_status() -> dict[str, str]:
    """/proc/self/status as a dict (Linux); empty elsewhere."""
    fields: dict[str, str] = {}
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def _rss_kib(status: dict[str, str]) -> int | None:
    if "VmRSS" in status:
        return int(status["VmRSS"].split()[0])
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # peak, not current: best effort


def _open_fds() -> int | None:
    for folder in ("/proc/self/fd", "/dev/fd"):
        with contextlib.suppress(OSError):
            return len(os.listdir(folder)) - 1  # minus the one listdir itself opened
    return None


def _tasks() -> int | None:
    try:
        return len(asyncio.all_tasks())
    except RuntimeError:  # no running loop
        return None


def _python_heap(lines: int = 300) -> dict[str, Any] | None:
    """Where Python's memory sits, by source line; only when tracing was asked for.

    Started with ``PYTHONTRACEMALLOC=1`` (or ``-X tracemalloc``), a soak run can tell Python
    objects piling up (a line whose size keeps growing) from memory the C++ side holds. Taking a
    snapshot costs tens of milliseconds: it is never done otherwise.
    """
    import tracemalloc

    if not tracemalloc.is_tracing():
        return None
    snapshot = tracemalloc.take_snapshot().filter_traces(
        (tracemalloc.Filter(False, tracemalloc.__file__),)
    )
    current, peak = tracemalloc.get_traced_memory()
    top = []
    for stat in snapshot.statistics("lineno")[:lines]:
        frame = stat.traceback[0]
        top.append(
            {
                "where": f"{frame.filename}:{frame.lineno}",
                "kib": stat.size / 1024,
                "count": stat.count,
            }
        )
    return {"traced_kib": current // 1024, "peak_kib": peak // 1024, "top": top}


def process_health() -> dict[str, Any]:
    """One JSON-ready snapshot of the process."""
    status = _proc_status()
    threads = int(status["Threads"]) if "Threads" in status else threading.active_count()
    return {
        "pid": os.getpid(),
        "uptime_s": round(_uptime_s(), 1),
        "rss_kib": _rss_kib(status),
        "open_fds": _open_fds(),
        "threads": threads,
        "asyncio_tasks": _tasks(),
        "refcounts": {name: sys.getrefcount(value) for name, value in IMMORTALS.items()},
        "guarded": sorted(guard_immortals()),
        "python_heap": _python_heap(),
    }
