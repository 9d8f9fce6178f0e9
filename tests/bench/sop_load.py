"""Benchmark of the load the app puts on its SOP: run on purpose with
``python tests/bench/sop_load.py [--desktops 300]``.

Each desktop is the app's own core without windows: the real ``SopClient`` (HTTP to the
simulator), ``Session`` (status), ``HistoryFeature`` (call history, sqlite store),
``DirectoryCache`` and ``EventStream`` (event socket, heartbeat, reconnects), wired as the
controller wires them. The simulator counts every request it serves.

Two runs, each with the app's defaults and with the baseline (today's behaviour before push
first: status every 60 s, history every 30 s, ccPing after 30 s of silence and at every connect,
directory every 15 minutes, no jitter, no spread), measured in the same run:

1. idle: one desktop per profile, each against its own simulator, no calls: requests per call
   and per idle hour (start-up excluded: the first minute). Target <= 60 an hour.
2. fleet: ``--desktops`` desktops in this one process against one simulator, started over a
   minute; the steady rate in requests/s once every periodic timer has turned, then a SOP
   restart (the simulator stopped, ``--outage`` seconds, started again on the same ports) and
   the peak over one-second windows during the first 30 s after it. Target: peak <= 5x steady.

Time is accelerated: the desktops run on an asyncio loop whose clock goes ``--speed`` times
faster than the wall clock (``tests/helpers/scaled_time.py``), so the app's own intervals run
at their real values; the restart and its 30 s are measured at real speed (the simulator,
which runs in real time in its own thread, must not be what spreads the burst). Deadlines
meant in real time (HTTP timeout, connect, pong) are given ``--speed`` times their length.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from app.core.feature import FeatureContext  # noqa: E402
from app.core.session import Session  # noqa: E402
from app.core.settings import Settings  # noqa: E402
from app.features.history.model import HistoryFeature  # noqa: E402
from app.features.history.store import HistoryStore  # noqa: E402
from app.sim import SimConfig, SimThread  # noqa: E402
from app.sop.client import SopClient  # noqa: E402
from app.sop.event_stream import EventStream  # noqa: E402
from tests.helpers.scaled_time import ScaledTimeLoop  # noqa: E402


@dataclass(frozen=True)
class Profile:
    name: str
    session: dict[str, Any] = field(default_factory=dict)
    history: dict[str, Any] = field(default_factory=dict)
    stream: dict[str, Any] = field(default_factory=dict)
    directory_s: float | None = None
    jitter: bool = True


PUSH = Profile("push first (the app's defaults)")
BASELINE = Profile(
    "baseline (before push first)",
    session={"refresh_interval_s": 60.0},
    history={"idle_poll_s": 30.0, "reconnect_spread_s": 0.0},
    stream={
        "heartbeat_s": 30.0,
        "heartbeat_jitter": 0.0,
        "settle_s": 0.0,
        "proof_spread_s": 0.0,  # a ccPing at every connect
        "reconnect_spread_s": 0.0,
    },
    directory_s=15 * 60.0,
    jitter=False,
)


class Desktop:
    """One desktop's core: what the controller builds for a session, without widgets."""

    def __init__(
        self, sim: SimThread, ext: str, cfg_dir: Path, profile: Profile, speed: float
    ) -> None:
        self.client = SopClient(sim.http_url, timeout_s=5.0 * speed)
        settings = Settings(server_url=sim.http_url, user=ext, events_port=sim.events_port)
        self.session = Session(self.client, ext, "en", **profile.session)
        ctx = FeatureContext(
            settings=settings, session=self.session, client=self.client, cfg_dir=cfg_dir, lang="en"
        )
        store = HistoryStore(cfg_dir / "call-history.sqlite3")
        self.history = HistoryFeature(ctx, store=store, **profile.history)
        self.directory = ctx.services.directory
        if profile.directory_s is not None:
            self.directory.refresh_interval_s = profile.directory_s
        if not profile.jitter:
            self.session._timer._jitter = 0.0
            self.history._timer._jitter = 0.0
        real_time = {
            "ping_timeout_s": 5.0 * speed,
            "pong_timeout_s": 1.0 * speed,
            "connect_timeout_s": 10.0 * speed,
            "probe_timeout_s": 1.0 * speed,
        }
        self.stream = EventStream(
            "127.0.0.1",
            sim.events_port,
            on_event=self.history.on_event,
            on_state=self._on_state,
            ping=self.client.ping,
            **(real_time | profile.stream),
        )
        self._up: bool | None = None

    def _on_state(self, connected: bool, reason: str) -> None:
        self.session.set_connected(connected, "" if connected else reason)
        if connected != self._up:
            self._up = connected
            self.history.on_connected(connected)

    async def start(self) -> None:
        await self.session.refresh()
        self.session.start_polling()
        self.history.start()
        self.directory.start()
        self.stream.start()

    async def stop(self) -> None:
        await self.stream.stop()
        self.session.stop_polling()
        await self.history.stop()
        await self.directory.stop()
        await self.client.aclose()


class Counter:
    """Requests the simulators served, sampled on the bench's (virtual) clock."""

    def __init__(self) -> None:
        self.done: list[tuple[str, dict[str, str]]] = []  # stopped simulators' requests
        self.sim: SimThread | None = None

    def log(self) -> list[tuple[str, dict[str, str]]]:
        live = list(self.sim.sim.state.request_log) if self.sim is not None else []
        return self.done + live

    def total(self) -> int:
        return len(self.done) + (len(self.sim.sim.state.request_log) if self.sim else 0)

    def retire(self) -> None:
        if self.sim is not None:
            self.done += list(self.sim.sim.state.request_log)
            self.sim = None


def people(sim: SimThread, n: int) -> list[str]:
    exts = sorted(sim.call(lambda s: [p.ext for p in s.state.people.values() if p.dp or p.sp]))
    return [exts[i % len(exts)] for i in range(n)]


# -- idle --------------------------------------------------------------------------------------


async def idle(profile: Profile, minutes: float, speed: float, tmp: Path) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    sim = await asyncio.to_thread(SimThread(SimConfig()).start)
    counter = Counter()
    counter.sim = sim
    ext = people(sim, 1)[0]
    cfg = tmp / f"idle-{id(profile)}"
    cfg.mkdir()
    desktop = Desktop(sim, ext, cfg, profile, speed)
    t0 = loop.time()
    await desktop.start()
    await asyncio.sleep(60.0 - (loop.time() - t0))  # start-up, not counted as idle
    start_log = len(counter.log())
    began = loop.time()
    await asyncio.sleep(minutes * 60.0)
    hours = (loop.time() - began) / 3600.0
    log = counter.log()
    await desktop.stop()
    await asyncio.to_thread(sim.stop)
    per_call = collections.Counter(name for name, _ in log[start_log:])
    return {
        "start": collections.Counter(name for name, _ in log[:start_log]),
        "per_call": per_call,
        "per_hour": sum(per_call.values()) / hours,
        "hours": hours,
    }


def print_idle(results: dict[str, dict[str, Any]]) -> None:
    names = sorted({n for r in results.values() for n in r["per_call"]} | set())
    print("\nidle desktop (no calls), requests per idle hour (start-up excluded)")
    head = "".join(f"{label[:26]:>28s}" for label in results)
    print(f"  {'call':24s}{head}")
    for name in names:
        row = "".join(f"{r['per_call'].get(name, 0) / r['hours']:28.1f}" for r in results.values())
        print(f"  {name:24s}{row}")
    row = "".join(f"{r['per_hour']:28.1f}" for r in results.values())
    print(f"  {'total per hour':24s}{row}   (target <= 60)")
    for label, r in results.items():
        start = ", ".join(f"{n} {c}" for n, c in sorted(r["start"].items()))
        print(f"  start-up of {label}: {sum(r['start'].values())} requests ({start})")


# -- fleet ---------------------------------------------------------------------------------------


async def fleet(
    profile: Profile, n: int, speed: float, warmup_min: float, steady_min: float,
    outage_s: float, tmp: Path,
) -> dict[str, Any]:  # fmt: skip
    loop = asyncio.get_running_loop()
    assert isinstance(loop, ScaledTimeLoop)
    loop.set_speed(speed)
    sim = await asyncio.to_thread(SimThread(SimConfig()).start)
    ports = (sim.sim.config.host, sim.sim.http_port, sim.events_port)
    counter = Counter()
    counter.sim = sim
    exts = people(sim, n)
    rng = random.Random(7)
    desktops: list[Desktop] = []
    for i, ext in enumerate(exts):
        cfg = tmp / f"fleet-{id(profile)}-{i}"
        cfg.mkdir()
        desktops.append(Desktop(sim, ext, cfg, profile, speed))

    async def start_later(desktop: Desktop) -> None:
        await asyncio.sleep(rng.uniform(0, 60.0))  # desktops started over a minute
        await desktop.start()

    starting = [asyncio.ensure_future(start_later(d)) for d in desktops]
    await asyncio.sleep(warmup_min * 60.0)
    before, began = counter.total(), loop.time()
    steady_samples = await sample(counter, steady_min * 60.0)
    steady = (counter.total() - before) / (loop.time() - began)
    connected = sum(d.stream.connected for d in desktops)

    # The restart, at real speed.
    loop.set_speed(1.0)
    await asyncio.to_thread(sim.stop)
    counter.retire()
    await asyncio.sleep(outage_s)
    host, http_port, events_port = ports
    config = SimConfig(host=host, http_port=http_port, events_port=events_port)
    sim = await asyncio.to_thread(SimThread(config).start)
    counter.sim = sim
    samples = await sample(counter, 30.0)
    recovered = sum(d.stream.connected for d in desktops)
    for task in starting:
        task.cancel()
    await asyncio.gather(*starting, return_exceptions=True)
    await asyncio.gather(*(d.stop() for d in desktops), return_exceptions=True)
    await asyncio.to_thread(sim.stop)
    return {
        "steady": steady,
        "steady_peak": peak_second(steady_samples),
        "peak": peak_second(samples),
        "first30": samples[-1][1],
        "connected": connected,
        "recovered": recovered,
    }


async def sample(counter: Counter, seconds: float) -> list[tuple[float, int]]:
    """(time, requests so far) every 0.1 s for ``seconds``, from (0, 0)."""
    loop = asyncio.get_running_loop()
    began, base = loop.time(), counter.total()
    samples: list[tuple[float, int]] = [(0.0, 0)]
    while loop.time() - began < seconds:
        await asyncio.sleep(0.1)
        samples.append((loop.time() - began, counter.total() - base))
    return samples


def peak_second(samples: list[tuple[float, int]]) -> int:
    """The most requests in any one-second window of ``samples``."""
    peak, j = 0, 0
    for t1, c1 in samples:
        while samples[j][0] < t1 - 1.0:
            j += 1
        peak = max(peak, c1 - samples[j][1])
    return peak


def print_fleet(n: int, results: dict[str, dict[str, Any]]) -> None:
    print(f"\nfleet of {n} desktops against one simulator")
    for label, r in results.items():
        ratio = r["peak"] / r["steady"] if r["steady"] else float("inf")
        print(
            f"  {label}: steady {r['steady']:.1f} requests/s "
            f"({r['steady'] * 3600 / n:.0f} per desktop-hour, busiest second "
            f"{r['steady_peak']}, {r['connected']}/{n} connected); "
            f"after a SOP restart: peak {r['peak']} requests in one second ({ratio:.1f}x steady, "
            f"target <= 5x), {r['first30']} in the first 30 s, {r['recovered']}/{n} connected"
        )


# -- main ----------------------------------------------------------------------------------------


async def main(args: argparse.Namespace, tmp: Path) -> None:
    loop = asyncio.get_running_loop()
    assert isinstance(loop, ScaledTimeLoop)
    profiles = [PUSH, BASELINE]
    if args.idle_minutes > 0:
        loop.set_speed(args.speed)
        began = time.monotonic()
        runs = await asyncio.gather(
            *(idle(p, args.idle_minutes, args.speed, tmp) for p in profiles)
        )
        print_idle({p.name: r for p, r in zip(profiles, runs, strict=True)})
        print(f"  ({args.idle_minutes:g} idle minutes at {args.speed:g}x: "
              f"{time.monotonic() - began:.0f} s of wall time)")  # fmt: skip
    if args.desktops > 0:
        results = {}
        for p in profiles:
            results[p.name] = await fleet(
                p, args.desktops, args.fleet_speed, args.warmup_minutes, args.steady_minutes,
                args.outage, tmp,
            )  # fmt: skip
            print_fleet(args.desktops, {p.name: results[p.name]})
        print_fleet(args.desktops, results)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--idle-minutes", type=float, default=600.0, help="0: skip the idle run")
    ap.add_argument("--speed", type=float, default=150.0, help="clock speed of the idle run")
    ap.add_argument("--desktops", type=int, default=300, help="0: skip the fleet run")
    ap.add_argument("--fleet-speed", type=float, default=10.0)
    ap.add_argument("--warmup-minutes", type=float, default=12.0)
    ap.add_argument("--steady-minutes", type=float, default=10.0)
    ap.add_argument("--outage", type=float, default=5.0, help="seconds the SOP is down")
    cli = ap.parse_args()
    app = QCoreApplication(sys.argv[:1])
    tmp_dir = Path(tempfile.mkdtemp(prefix="sop-load-"))
    try:
        with asyncio.Runner(loop_factory=lambda: ScaledTimeLoop(1.0)) as runner:
            runner.run(main(cli, tmp_dir))
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
