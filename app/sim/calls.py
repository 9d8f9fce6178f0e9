"""What a call handler receives and how calls are declared.

A handler is a plain function ``(CallRequest) -> Reply``: no I/O, no asyncio, so each one is a
small, directly testable piece of SOP behaviour. Which URL forms exist for a call comes from the
call catalogue (``app.sop.catalogue``) through the simulator's profile (``app.sim.profiles``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.sim.faults import Faults
from app.sim.render import Reply
from app.sim.state import SimState


@dataclass
class CallRequest:
    """One API call: its name, the answer format, the query parameters and the simulator."""

    name: str
    fmt: str  # "xml" or "json"
    params: Mapping[str, str]  # first value of each query parameter, decoded by aiohttp
    state: SimState
    faults: Faults
    all_params: Mapping[str, list[str]] | None = None  # every value, for repeated parameters

    def get(self, key: str, default: str = "") -> str:
        return self.params.get(key, default)

    def has(self, key: str) -> bool:
        return key in self.params

    def values(self, key: str) -> list[str]:
        if self.all_params is not None:
            return list(self.all_params.get(key, []))
        return [self.params[key]] if key in self.params else []

    def forced_result(self) -> int | None:
        """The result code a fault knob forces on this call, if any."""
        return self.faults.result_for(self.name)


Handler = Callable[[CallRequest], Reply]


@dataclass(frozen=True)
class CallSpec:
    name: str
    handler: Handler
    aliases: tuple[str, ...] = ()
    deprecated: bool = False


def truthy(value: str) -> bool | None:
    """``true``/``1``/``yes`` -> True, ``false``/``0``/``no`` -> False, else None."""
    lowered = value.strip().lower()
    if lowered in ("true", "1", "yes", "on"):
        return True
    if lowered in ("false", "0", "no", "off"):
        return False
    return None
