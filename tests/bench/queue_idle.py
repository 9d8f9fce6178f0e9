"""Benchmark: requests per idle hour, with and without queue memberships.

Run on purpose (not collected by pytest):
``python tests/bench/queue_idle.py [--minutes 20] [--profile default|reference]``.

Two simulators run in this process; the real app (``python -m app``, offscreen) runs against
each, signed in as the demo user: once a member of two queues (the demo company's Sales and
Support-FR), once a member of none. After a minute of start-up the simulators' request logs are
read for ``--minutes`` while nobody touches the app (menu closed), and the requests are printed
per call and per hour. Nothing but the app's own timers sends anything in that time.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.sim import DEMO_EXT, SimConfig, SimThread  # noqa: E402

DEMO_DP = "SDP20001"
WARM_UP_S = 60.0


def start_app(sim: SimThread, cfg: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "SOP_COMPANION_CONFIG_DIR": str(cfg), "QT_QPA_PLATFORM": "offscreen"}
    args = ["--server", sim.http_url, "--user", DEMO_EXT, "--events-port", str(sim.events_port)]
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args, "--lang", "en"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )


def queues_loaded(cfg: Path) -> bool:
    env = {**os.environ, "SOP_COMPANION_CONFIG_DIR": str(cfg)}
    done = subprocess.run([sys.executable, "-m", "app", "status", "--json"], env=env,
                          capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    return done.returncode == 0 and isinstance(json.loads(done.stdout).get("queues"), list)


def counts(sim: SimThread, start: int) -> collections.Counter[str]:
    log = sim.call(lambda s: list(s.state.request_log))
    return collections.Counter(name for name, _ in log[start:])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--profile", default="default")
    args = parser.parse_args()
    sims = {
        "member": SimThread(SimConfig(profile=args.profile)),
        "not a member": SimThread(SimConfig(profile=args.profile)),
    }
    apps: list[subprocess.Popen[str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        try:
            for label, sim in sims.items():
                sim.start()
                if label == "not a member":
                    sim.call(lambda s: s.state.members.__setitem__(
                        slice(None), [m for m in s.state.members if m.phone != DEMO_DP]))  # fmt: skip
                cfg = Path(tmp) / label.replace(" ", "-")
                apps.append(start_app(sim, cfg))
                deadline = time.monotonic() + 60
                while not queues_loaded(cfg):
                    if time.monotonic() > deadline:
                        raise SystemExit(f"{label}: the app did not load its queues")
                    time.sleep(0.5)
            time.sleep(WARM_UP_S)
            marks = {label: len(sim.call(lambda s: list(s.state.request_log)))
                     for label, sim in sims.items()}  # fmt: skip
            time.sleep(args.minutes * 60)
            per_hour = 60.0 / args.minutes
            for label, sim in sims.items():
                seen = counts(sim, marks[label])
                total = sum(seen.values())
                queue = sum(n for call, n in seen.items() if "Queue" in call)
                print(f"{args.profile}, {label}: {total * per_hour:.0f} requests/hour "
                      f"({queue * per_hour:.0f} for queues) over {args.minutes:g} min")  # fmt: skip
                for call, n in sorted(seen.items()):
                    print(f"    {call}: {n} ({n * per_hour:.0f}/h)")
        finally:
            for app in apps:
                app.terminate()
                app.wait(10)
            for sim in sims.values():
                sim.stop()


if __name__ == "__main__":
    main()
