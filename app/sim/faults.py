"""Fault knobs: how the simulated SOP misbehaves on purpose.

Tests and the standalone control API (``POST /_sim/faults``) set these; ``clear`` puts every knob
back. Attributes are plain values so a test thread may set them while the simulator's loop reads
them; the one knob with an immediate effect (``events_mode = "drop"`` closes every event
connection) notifies the simulator through a listener it registers.

Response modes, per call name or ``"*"`` for every call (a call's own mode wins):
``garbage``  random bytes instead of the answer (the call is still carried out);
``html``     an HTML error page with status 200, as a portal or proxy sends (call not carried out);
``truncated`` the first half of the real answer (call carried out);
``empty``    an empty 200 body (call carried out);
``http500``  status 500 (call not carried out);
``http404``  status 404, as a SOP without this call answers (call not carried out);
``hang``     no answer until the simulator stops or resets (call not carried out).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

MODES = frozenset({"garbage", "html", "truncated", "empty", "http500", "http404", "hang"})
EVENTS_MODES = frozenset({"normal", "silent", "drop"})


class Faults:
    """The current fault settings of one simulator."""

    def __init__(self, basic_auth: tuple[str, str] | None = None, latency_s: float = 0.0) -> None:
        self._initial_auth = basic_auth
        self._initial_latency_s = latency_s
        self._listeners: list[Callable[[str], None]] = []
        self._events_mode = "normal"
        self.latency_s = latency_s
        self.modes: dict[str, str] = {}
        self.results: dict[str, int] = {}
        self.withhold_pong = False
        self.basic_auth = basic_auth

    def clear(self) -> None:
        """Every knob back to normal (latency and basic auth back to the configured values)."""
        self.latency_s = self._initial_latency_s
        self.modes = {}
        self.results = {}
        self.withhold_pong = False
        self.basic_auth = self._initial_auth
        self.events_mode = "normal"

    # -- response modes ----------------------------------------------------------------------

    def set_mode(self, call: str = "*", mode: str | None = None) -> None:
        """Answer ``call`` (or every call for ``"*"``) in ``mode``; None restores normal answers."""
        if mode is None:
            self.modes.pop(call, None)
            return
        if mode not in MODES:
            raise ValueError(f"unknown fault mode {mode!r}; expected one of {sorted(MODES)}")
        self.modes[call] = mode

    def mode_for(self, call: str) -> str | None:
        return self.modes.get(call) or self.modes.get("*")

    # -- forced result codes -----------------------------------------------------------------

    def set_result(self, call: str, code: int | None) -> None:
        """Make ``call`` answer result ``code`` without doing anything (e.g. dbSetProfile 5)."""
        if code is None:
            self.results.pop(call, None)
        else:
            self.results[call] = int(code)

    def result_for(self, call: str) -> int | None:
        return self.results.get(call)

    # -- event socket ------------------------------------------------------------------------

    @property
    def events_mode(self) -> str:
        """``normal`` sends events, ``silent`` keeps connections open but sends nothing,
        ``drop`` closes every event connection and refuses new ones."""
        return self._events_mode

    @events_mode.setter
    def events_mode(self, mode: str) -> None:
        if mode not in EVENTS_MODES:
            raise ValueError(
                f"unknown events mode {mode!r}; expected one of {sorted(EVENTS_MODES)}"
            )
        self._events_mode = mode
        for listener in list(self._listeners):
            listener(mode)

    def on_events_mode(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    # -- control API -------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        return {
            "latency_s": self.latency_s,
            "modes": dict(self.modes),
            "results": dict(self.results),
            "events_mode": self.events_mode,
            "withhold_pong": self.withhold_pong,
            "basic_auth": list(self.basic_auth) if self.basic_auth else None,
        }

    def apply(self, knobs: Mapping[str, Any]) -> None:
        """Set knobs from a JSON object: latency_s, mode + call, modes, results, events_mode,
        withhold_pong, basic_auth ([user, password] or null), clear (true first clears all).

        Raises ValueError (nothing changed) for an unknown field or a bad value.
        """
        unknown = set(knobs) - {
            "clear", "latency_s", "call", "mode", "modes", "results", "events_mode",
            "withhold_pong", "basic_auth",
        }  # fmt: skip
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        clear = bool(knobs.get("clear"))
        latency = float(
            knobs.get("latency_s", self._initial_latency_s if clear else self.latency_s)
        )
        if latency < 0:
            raise ValueError("latency_s must be >= 0")
        modes = dict(knobs.get("modes") or {})
        if "mode" in knobs:
            modes[str(knobs.get("call") or "*")] = knobs["mode"]
        for mode in modes.values():
            if mode is not None and mode not in MODES:
                raise ValueError(f"unknown fault mode {mode!r}")
        results = {
            str(k): (None if v is None else int(v)) for k, v in (knobs.get("results") or {}).items()
        }
        events_mode = knobs.get("events_mode", None)
        if events_mode is not None and events_mode not in EVENTS_MODES:
            raise ValueError(f"unknown events mode {events_mode!r}")
        auth = knobs.get("basic_auth", self._initial_auth if clear else self.basic_auth)
        if auth is not None and (len(auth) != 2 or not all(isinstance(a, str) for a in auth)):
            raise ValueError("basic_auth must be [user, password] or null")
        if clear:
            self.clear()
        self.latency_s = latency
        for call, mode in modes.items():
            self.set_mode(call, mode)
        for call, code in results.items():
            self.set_result(call, code)
        if "withhold_pong" in knobs:
            self.withhold_pong = bool(knobs["withhold_pong"])
        self.basic_auth = (auth[0], auth[1]) if auth else None
        if events_mode is not None:
            self.events_mode = events_mode
