"""What the HTTP endpoint and the control routes need from a running simulator.

``http_api`` and ``control`` depend on this small interface instead of on ``server``, which
builds them: the simulator's modules import one way only (server -> http_api/control -> host).
"""

from __future__ import annotations

import random
from typing import Any, Protocol

from app.sim.events import EventHub
from app.sim.faults import Faults
from app.sim.state import SimState


class SimHost(Protocol):
    """The running simulator as its HTTP routes see it."""

    state: SimState
    faults: Faults
    hub: EventHub
    rng: random.Random
    incoming_call_every_s: float | None
    flood_events_per_s: float

    async def pause(self, seconds: float | None) -> None: ...
    def describe(self) -> dict[str, Any]: ...
    def reset(self) -> None: ...
    def set_incoming_every(self, seconds: float | None) -> None: ...
    def set_flood(self, per_second: float) -> None: ...
    def establish_call(self, ext: str, other: str, *, age_s: float = 0.0) -> str | None: ...
    def answer_call(self, channel_id: str) -> str | None: ...
    async def emit_incoming_call(
        self, ext: str, caller_id: str | None = None, *, answered: bool = False
    ) -> str: ...
