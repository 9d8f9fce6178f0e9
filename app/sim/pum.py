"""The SOP's own PUM rule: at least 90 seconds between pumLogin/pumLogout calls per extension.

Reference (PUM XML, requirements): "The time between pumLogin or pumLogout API calls for one
extension should be at least 90 seconds. Otherwise, pumLogin and pumLogout will return an error."
Only accepted calls start the 90 seconds; a refused call does not push the next window further,
otherwise a client retrying every 30 s would be locked out for ever. The clock is injected
(``time.monotonic`` by default) so tests move time instead of sleeping.
"""

from __future__ import annotations

import math
from collections.abc import Callable

PUM_INTERVAL_S = 90.0


class PumThrottle:
    """Remembers when each extension last logged in or out through PUM."""

    def __init__(self, clock: Callable[[], float], interval_s: float = PUM_INTERVAL_S) -> None:
        self._clock = clock
        self._interval_s = interval_s
        self._last: dict[str, float] = {}

    def remaining_s(self, ext: str) -> float:
        """Seconds ``ext`` must still wait before its next PUM call; 0 when it may go now."""
        last = self._last.get(ext)
        if last is None:
            return 0.0
        return max(0.0, self._interval_s - (self._clock() - last))

    def accept(self, ext: str) -> None:
        """Record an accepted PUM call for ``ext`` now."""
        self._last[ext] = self._clock()

    def refusal(self, ext: str) -> str | None:
        """The SOP-style error text when ``ext`` is too early, else None."""
        wait = self.remaining_s(ext)
        if wait <= 0:
            return None
        return (
            f"Too many PUM requests for extension {ext}: wait {math.ceil(wait)} more seconds "
            f"({int(self._interval_s)} seconds between pumLogin/pumLogout)."
        )
