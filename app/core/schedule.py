"""When the app next asks the SOP: jittered deadlines on an injectable clock.

The app asks the SOP when something may have changed (a menu opened, a call rang) and otherwise
rarely; what stays periodic is jittered, so desktops started together (a company at 09:00, or a
SOP restart) do not ask in the same second. Deadlines run on the asyncio loop (qasync in the app),
through a :class:`Clock` that tests replace with a fake one they advance by hand.
"""

from __future__ import annotations

import asyncio
import random as _random
from collections.abc import Callable
from typing import Protocol


class Handle(Protocol):
    def cancel(self) -> None: ...


class Clock(Protocol):
    """Monotonic seconds and one-shot callbacks (``asyncio`` loop semantics)."""

    def time(self) -> float: ...

    def call_later(self, delay: float, callback: Callable[[], None]) -> Handle: ...


class LoopClock:
    """The running asyncio loop's clock (qasync's in the app)."""

    def time(self) -> float:
        return asyncio.get_event_loop().time()

    def call_later(self, delay: float, callback: Callable[[], None]) -> Handle:
        return asyncio.get_event_loop().call_later(max(0.0, delay), callback)


def shortened(period_s: float, jitter: float, random: Callable[[], float]) -> float:
    """``period_s`` shortened by up to ``jitter`` (a fraction): never longer than the period, so
    a promise such as "at most 5 minutes old" holds."""
    return period_s * (1.0 - jitter * random())


class Periodic:
    """Calls ``callback`` when ``period_s`` (jittered down by up to ``jitter``) has passed since
    the last :meth:`reset`; re-armed after each call. Work done for another reason (a menu
    opened) calls :meth:`reset`, so the periodic request is only the fallback."""

    def __init__(
        self,
        period_s: float,
        callback: Callable[[], None],
        *,
        jitter: float = 0.1,
        clock: Clock | None = None,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.period_s = period_s
        self._callback = callback
        self._jitter = jitter
        self._clock = clock or LoopClock()
        self._random = random
        self._handle: Handle | None = None
        self.due: float | None = None  # clock time of the next call, None when stopped

    @property
    def active(self) -> bool:
        return self._handle is not None

    def reset(self) -> None:
        """(Re)start the wait from now."""
        self.stop()
        delay = shortened(self.period_s, self._jitter, self._random)
        self.due = self._clock.time() + delay
        self._handle = self._clock.call_later(delay, self._fire)

    start = reset

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle, self.due = None, None

    def _fire(self) -> None:
        self._handle = None
        self.reset()
        self._callback()
