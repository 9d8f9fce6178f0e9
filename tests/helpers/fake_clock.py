"""A clock for ``app.core.schedule`` that the test moves by hand: nothing fires until
``advance``, which runs every callback that fell due, in order, at its due time."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable


class _Handle:
    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self._queue: list[tuple[float, int, _Handle, Callable[[], None]]] = []
        self._order = itertools.count()

    def time(self) -> float:
        return self.now

    def call_later(self, delay: float, callback: Callable[[], None]) -> _Handle:
        handle = _Handle()
        due = self.now + max(0.0, delay)
        heapq.heappush(self._queue, (due, next(self._order), handle, callback))
        return handle

    def pending(self) -> list[float]:
        """Due times of the callbacks still waiting (seconds from now)."""
        return sorted(due - self.now for due, _, h, _ in self._queue if not h.cancelled)

    def advance(self, seconds: float) -> None:
        end = self.now + seconds
        while self._queue and self._queue[0][0] <= end:
            due, _, handle, callback = heapq.heappop(self._queue)
            if handle.cancelled:
                continue
            self.now = due
            callback()
        self.now = end
