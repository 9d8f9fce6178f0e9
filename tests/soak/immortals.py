"""Soak: the tray app idle, then under an event flood, must not drain None's reference count.

Run on purpose (about 70 minutes with the defaults):

    .venv/bin/python tests/soak/immortals.py [--idle-min 60] [--flood-min 10] [--flood 3000]

The real app runs in the tray of an Xvfb display with trayer as the tray host, configured for a
healthy simulator (``python -m app.sim``), nobody touching anything; then the simulator floods
the event socket with ``--flood`` events a second. ``sop-companion health --json`` is read every
``--every`` seconds: None/True/False reference counts, RSS, open files. A leaking Qt binding
drained None by about 450 references a minute idle and aborted the app after 44 minutes.
Exit 0 when the app is alive at the end and None's count does not trend down.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.soak.common import sample_for, simulator, summarise, tray_app

# A count that only moves with caches and garbage wanders by a few references either way; the
# leak this run guards against lost hundreds a minute idle and thousands a second under a flood.
MAX_DRAIN_PER_MIN = 5.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--idle-min", type=float, default=60.0)
    parser.add_argument("--flood-min", type=float, default=10.0)
    parser.add_argument("--flood", type=float, default=3000.0, help="events per second")
    parser.add_argument("--every", type=float, default=60.0, help="seconds between samples")
    args = parser.parse_args()
    every = min(args.every, max(5.0, args.idle_min * 60 / 10))
    verdicts: list[str] = []
    with simulator() as sim, tray_app(sim.http_url, sim.events_port) as app:
        t0 = time.monotonic()
        idle = sample_for(app, args.idle_min * 60, every, "idle", t0)
        if app.alive():
            idle_fig = summarise("idle", idle, warmup_s=min(120.0, args.idle_min * 30))
            if idle_fig["none_per_min"] < -MAX_DRAIN_PER_MIN:
                verdicts.append(f"idle: None drains {idle_fig['none_per_min']:.1f}/min")
            sim.control("faults", {"flood_events_per_s": args.flood})
            t1 = time.monotonic()
            flood = sample_for(app, args.flood_min * 60, min(every, 30.0), "flood", t1)
            sim.control("faults", {"flood_events_per_s": 0})
            if app.alive():
                flood_fig = summarise("flood", flood, warmup_s=0)
                if flood_fig["none_per_min"] < -MAX_DRAIN_PER_MIN:
                    verdicts.append(f"flood: None drains {flood_fig['none_per_min']:.1f}/min")
        if not app.alive():
            verdicts.append(f"the app died after {time.monotonic() - t0:.0f} s")
    print("RESULT:", "; ".join(verdicts) if verdicts else "alive, None's count not draining")
    return 1 if verdicts else 0


if __name__ == "__main__":
    raise SystemExit(main())
