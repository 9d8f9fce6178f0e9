"""How a simulator instance is set up (ports, seed, size of the company, scripted traffic)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SimConfig:
    """Settings of one simulator.

    Port 0 picks a free port (tests, the embedded demo); the standalone CLI defaults to the
    SOP's usual event port 5050. ``latency_s`` and ``basic_auth`` are the initial values of the
    matching fault knobs, which ``reset`` restores. ``incoming_call_every_s`` scripts a call to
    the demo user every N seconds; ``flood_events_per_s`` sends background events about other
    extensions (0 = off). ``profile`` is how the SOP reads the reference where it is silent
    (``default`` or ``reference``, see ``app.sim.profiles``).
    """

    seed: int = 2026
    directory_size: int = 240
    host: str = "127.0.0.1"
    http_port: int = 0
    events_port: int = 0
    latency_s: float = 0.0
    incoming_call_every_s: float | None = None
    basic_auth: tuple[str, str] | None = None
    flood_events_per_s: float = 0.0
    profile: str = "default"
    #: every N seconds a few colleagues change status (None: statuses only change on request)
    presence_every_s: float | None = None
