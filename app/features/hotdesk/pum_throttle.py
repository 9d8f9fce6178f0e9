"""The SOP's 90-second PUM rule, enforced by the app before anything is sent.

Reference (PUM XML, requirements): "The time between pumLogin or pumLogout API calls for one
extension should be at least 90 seconds. Otherwise, pumLogin and pumLogout will return an error."

Theory of operation: within one run, the countdown uses a monotonic clock, so changing the
system time never shortens or stretches it. Across restarts, the wall-clock time of each
extension's last action is persisted (atomically) and turned back into a monotonic deadline on
load: the elapsed time is ``wall_now - last``; when the wall clock went backwards that is
negative and is treated as 0, so a clock jump locks an extension out for at most the 90 s,
never for the size of the jump. No Qt here: the clocks and the file come in through the
constructor.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from app.core.atomic import write_atomic

PUM_INTERVAL_S = 90.0


class Throttled(Exception):
    """A PUM call for ``ext`` would break the 90-second rule; nothing was sent."""

    def __init__(self, ext: str, seconds_left: int) -> None:
        super().__init__(f"PUM for {ext} available in {seconds_left} s")
        self.ext = ext
        self.seconds_left = seconds_left


class PumThrottle:
    """Per-extension time of the last PUM action: what is left of the 90 s, persisted."""

    def __init__(
        self,
        path: Path | None,
        *,
        interval_s: float = PUM_INTERVAL_S,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.interval_s = interval_s
        self._monotonic = monotonic
        self._wall = wall
        self._deadline: dict[str, float] = {}  # ext -> monotonic time the window reopens
        self._last_wall: dict[str, float] = {}  # ext -> wall time of the last action (persisted)
        self._load()

    # -- queries -----------------------------------------------------------------------------
    def remaining_s(self, ext: str) -> float:
        """Seconds before ``ext`` may send pumLogin/pumLogout again (0.0: now)."""
        deadline = self._deadline.get(ext)
        if deadline is None:
            return 0.0
        return min(self.interval_s, max(0.0, deadline - self._monotonic()))

    def seconds_left(self, ext: str) -> int:
        """:meth:`remaining_s` rounded up to whole seconds, as shown to the user."""
        return math.ceil(self.remaining_s(ext))

    def check(self, ext: str) -> None:
        """Raise :class:`Throttled` when ``ext`` must still wait."""
        left = self.seconds_left(ext)
        if left > 0:
            raise Throttled(ext, left)

    def any_active(self) -> bool:
        return any(self.remaining_s(ext) > 0 for ext in self._deadline)

    # -- changes -----------------------------------------------------------------------------
    def record(self, ext: str) -> None:
        """A PUM call for ``ext`` was (or may have been) handled by the SOP just now."""
        self._deadline[ext] = self._monotonic() + self.interval_s
        self._last_wall[ext] = self._wall()
        self._save()

    # -- persistence -------------------------------------------------------------------------
    def _load(self) -> None:
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text("utf-8"))
            entries = data["last_action"]
            if not isinstance(entries, dict):
                return
        except (OSError, ValueError, KeyError, TypeError):
            return  # no file or a damaged one: nothing is throttled
        wall_now, mono_now = self._wall(), self._monotonic()
        for ext, last in entries.items():
            if not isinstance(ext, str) or not isinstance(last, int | float):
                continue
            if not math.isfinite(last):
                continue
            # A wall clock set back makes the elapsed time negative: count it as 0, so the
            # window is at most one full interval from now.
            elapsed = max(0.0, wall_now - float(last))
            left = self.interval_s - elapsed
            if left > 0:
                self._deadline[ext] = mono_now + left
                self._last_wall[ext] = wall_now - elapsed  # never later than now

    def _save(self) -> None:
        if self.path is None:
            return
        live = {ext: last for ext, last in self._last_wall.items() if self.remaining_s(ext) > 0}
        data = {"version": 1, "last_action": live}
        # Losing this file costs only the app-side check: the SOP still enforces its own rule.
        with contextlib.suppress(OSError):
            write_atomic(self.path, json.dumps(data).encode("utf-8"))
