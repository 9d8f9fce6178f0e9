"""An asyncio loop whose clock runs ``speed`` times faster than the wall clock.

Every timer, sleep and timeout on it (``call_later``, ``asyncio.sleep``, ``wait_for``) takes
``1 / speed`` of its length in real time, while sockets stay real: the app's own schedules
(heartbeat, periodic refreshes, backoff) run at their real values against a real simulator,
an hour in ``3600 / speed`` seconds. Give real-time budgets (HTTP timeouts) ``speed`` times
their length so they still mean the same in real time.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any


class ScaledTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self, speed: float) -> None:
        super().__init__()
        self.speed = speed
        self._t0 = time.monotonic()
        self._base = self._t0
        select = self._selector.select  # type: ignore[attr-defined]

        def scaled_select(timeout: float | None = None) -> Any:
            return select(None if timeout is None else timeout / self.speed)

        self._selector.select = scaled_select  # type: ignore[attr-defined]

    def time(self) -> float:
        return self._base + (time.monotonic() - self._t0) * self.speed

    def set_speed(self, speed: float) -> None:
        """From now on run ``speed`` times faster (timers already set keep their due time)."""
        self._base, self._t0 = self.time(), time.monotonic()
        self.speed = speed


def run_scaled(coro: Any, speed: float) -> Any:
    """``asyncio.run`` on a :class:`ScaledTimeLoop`."""
    with asyncio.Runner(loop_factory=lambda: ScaledTimeLoop(speed)) as runner:
        return runner.run(coro)
