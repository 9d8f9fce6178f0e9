"""Freed C heap memory goes back to the system when the app trims (glibc)."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from pathlib import Path

import pytest

from app.platform.heap_trim import available, trim_heap


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_memory_freed_in_the_c_heap_is_returned() -> None:
    assert available()
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
    # 60 MB in blocks below the mmap threshold (as parsed answers are), touched, then freed
    # except the last one, which pins the heap's top: free() alone cannot shrink it.
    blocks = [libc.malloc(4000) for _ in range(15_000)]
    for block in blocks:
        libc.memset(block, 1, 4000)
    for block in blocks[:-1]:
        libc.free(block)
    held = _rss_kib()
    assert trim_heap()
    released = held - _rss_kib()
    libc.free(blocks[-1])
    assert released > 40_000, f"only {released} KiB returned"


def test_trim_soon_runs_one_trim_after_a_burst_of_big_answers(monkeypatch) -> None:
    import asyncio

    from app.platform import heap_trim

    trims: list[float] = []
    monkeypatch.setattr(heap_trim, "available", lambda: True)
    monkeypatch.setattr(
        heap_trim, "trim_heap", lambda: trims.append(asyncio.get_running_loop().time()) or True
    )

    async def go() -> float:
        start = asyncio.get_running_loop().time()
        for _ in range(5):
            heap_trim.trim_soon(5_000_000, delay_s=0.05)
        await asyncio.sleep(0.2)
        heap_trim.trim_soon(5_000_000, delay_s=0.05)  # a later big answer gets its own trim
        await asyncio.sleep(0.2)
        return start

    start = asyncio.run(go())
    assert len(trims) == 2
    assert trims[0] - start >= 0.05


def test_trim_soon_without_a_running_loop_does_nothing(monkeypatch) -> None:
    from app.platform import heap_trim

    trims: list[int] = []
    monkeypatch.setattr(heap_trim, "trim_heap", lambda: trims.append(1) or True)
    heap_trim.trim_soon(5_000_000)
    assert trims == []
