"""Soak: the real tray app against a hostile SOP for a long time; prints what a user would suffer.

Run on purpose (30 minutes by default; the test command runs a 60-second slice):

    .venv/bin/python tests/soak/hostile.py [--minutes 30] [--seed 1]

The app talks to :class:`~tests.soak.hostile_sop.HostileSop`, a proxy in front of the simulator,
which alternates a fault phase (one of every mode it knows, in a shuffled cycle: broken answers,
gzip and size bombs, hangs, resets, 5,000 statuses, a call record from 2099, a 1e30 duration,
60 KB names, black holes, dropped and garbage event streams, floods, outages) with good answers.
The driver watches the real app all along:
- aborts (the process died) and hangs (no answer to ``status`` within 5 s over its local socket);
- ``status`` latency over the local socket (p50, p99);
- recovery: after each fault, seconds from good answers to the app connected again (``status``
  says ``connected``) and a status change going through (``set-status``: a dbSetProfile answered);
- RSS and open files (``health``) after every fault, their slopes after warm-up;
- tracebacks, "Exception ignored" and fatal errors on stderr.
Exit 0 when there was no abort, no hang, no traceback, every recovery within 5 s, RSS and fds
within 10 % after warm-up (their level, see :func:`judge_level`; a peak right after a big
answer must be gone by the next sample), and the status p99 under 500 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.soak.common import Sample as HealthSample
from tests.soak.common import TrayApp, simulator, summarise, tray_app
from tests.soak.hostile_sop import ALL_MODES, HostileSop

RECOVERY_LIMIT_S = 5.0
HANG_S = 5.0


class Watch:
    """What the driver saw: status latencies, hangs, recoveries, health samples."""

    def __init__(self, app: TrayApp) -> None:
        self.app = app
        self.t0 = time.monotonic()
        self.latencies: list[float] = []
        self.hangs = 0
        self.recoveries: list[tuple[str, float | None]] = []
        self.health: list[HealthSample] = []
        self.sampled_after: list[str] = []  # the fault each health sample followed
        self.last_status: dict[str, Any] = {}
        self.connected_after: float | None = None  # of the last recovery: the event link back
        self.last_refusal = ""  # of the last recovery: why set-status failed, if it did
        self.known_statuses: list[str] = []  # real statuses seen last

    def status(self) -> dict[str, Any] | None:
        start = time.monotonic()
        answer = self.app.request("status", timeout=HANG_S)
        if answer is None:
            if self.app.alive():
                self.hangs += 1
            return None
        self.latencies.append(time.monotonic() - start)
        result = answer.get("result")
        if isinstance(result, dict):
            self.last_status = result
            return result
        return None

    def sample_health(self, after: str = "") -> None:
        health = self.app.request("health", timeout=HANG_S)
        if health and isinstance(health.get("result"), dict):
            self.health.append(HealthSample(time.monotonic() - self.t0, health["result"]))
            self.sampled_after.append(after)

    def watch_for(self, seconds: float) -> None:
        """Poll ``status`` every 0.5 s for ``seconds`` (fault phases)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end and self.app.alive():
            self.status()
            time.sleep(0.5)


def real_statuses(status: dict[str, Any]) -> list[str]:
    available = [s.get("name", "") for s in (status.get("status") or {}).get("available") or []]
    return [name for name in available if name and not name.startswith("Status ")][:2]


def recover(watch: Watch, flip: int) -> float | None:
    """Seconds until connected and a status change goes through; None when not in 20 s."""
    start = time.monotonic()
    connected = False
    while time.monotonic() - start < 20 and watch.app.alive():
        status = watch.status()
        if not connected and status and status.get("connected"):
            connected = True
            watch.connected_after = time.monotonic() - start
        if connected and status is not None:
            # The statuses the app lists may still be the fault's (5,000 made-up ones): a user
            # then asks for one they know, which the app reads again before refusing.
            names = real_statuses(status) or watch.known_statuses
            watch.known_statuses = names or watch.known_statuses
            if names:
                answer = watch.app.request(
                    "set-status", timeout=HANG_S, name=names[flip % len(names)]
                )
                if answer is not None and answer.get("exit") == 0:
                    return time.monotonic() - start
                watch.last_refusal = "no answer" if answer is None else str(answer.get("message"))
        time.sleep(0.2)
    return None


def run(
    minutes: float,
    seed: int,
    fault_s: tuple[float, float],
    limit_s: float = RECOVERY_LIMIT_S,
    modes: tuple[str, ...] = ALL_MODES,
) -> int:
    rng = random.Random(seed)
    verdicts: list[str] = []
    with simulator() as sim:
        proxy = HostileSop(sim.http_url, sim.events_port, seed=seed)
        proxy.start()
        try:
            with tray_app(f"http://127.0.0.1:{proxy.http_port}", proxy.events_port) as app:
                watch = Watch(app)
                end = watch.t0 + minutes * 60
                cycle: list[str] = []
                flip = 0
                while time.monotonic() < end and app.alive():
                    if not cycle:
                        cycle = list(modes)
                        rng.shuffle(cycle)
                    mode = cycle.pop()
                    proxy.set_mode(mode)
                    watch.watch_for(min(rng.uniform(*fault_s), max(0.0, end - time.monotonic())))
                    proxy.set_mode("good")
                    flip += 1
                    watch.connected_after = None
                    took = recover(watch, flip)
                    watch.recoveries.append((mode, took))
                    shown = (
                        "NOT RECOVERED in 20 s" if took is None else f"recovered in {took:.2f} s"
                    )
                    if took is None and watch.last_refusal:
                        shown += f" (set-status: {watch.last_refusal[:120]})"
                    watch.last_refusal = ""
                    if watch.connected_after is not None:
                        shown += f" (event link back after {watch.connected_after:.2f} s)"
                    watch.sample_health(after=mode)
                    if watch.health:
                        last = watch.health[-1].health
                        shown += f"; RSS {last['rss_kib'] / 1024:.1f} MiB"
                        shown += f", {last['open_fds']} open files"
                    print(f"t={time.monotonic() - watch.t0:6.0f}s  {mode:15s} {shown}", flush=True)
                    watch.watch_for(1.0)
                alive = app.alive()
            stderr = app.stderr_text()
        finally:
            proxy.stop()
    verdicts += report(watch, alive, stderr, minutes, limit_s)
    print(
        "RESULT:", "; ".join(verdicts) if verdicts else "no abort, hang, traceback or slow recovery"
    )
    return 1 if verdicts else 0


def report(
    watch: Watch, alive: bool, stderr: str, minutes: float, limit_s: float = RECOVERY_LIMIT_S
) -> list[str]:
    verdicts: list[str] = []
    lat = sorted(watch.latencies)
    p50 = statistics.median(lat) * 1000 if lat else 0.0
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else 0.0
    slow = [(m, t) for m, t in watch.recoveries if t is None or t > limit_s]
    times = [t for _, t in watch.recoveries if t is not None]
    tracebacks = stderr.count("Traceback (most recent call last)")
    ignored = stderr.count("Exception ignored")
    fatal = stderr.count("Fatal Python error")
    print(
        f"faults: {len(watch.recoveries)}; recovery max {max(times, default=0):.2f} s, "
        f"median {statistics.median(times) if times else 0:.2f} s; slow or never: {slow}"
    )
    print(
        f"status over the local socket: {len(lat)} answers, p50 {p50:.1f} ms, p99 {p99:.1f} ms;"
        f" hangs (no answer in {HANG_S:.0f} s): {watch.hangs}"
    )
    print(f"stderr: {tracebacks} tracebacks, {ignored} 'Exception ignored', {fatal} fatal errors")
    if tracebacks or ignored or fatal:
        print(stderr[-4000:])
    if not alive:
        verdicts.append("the app died")
    if watch.hangs:
        verdicts.append(f"{watch.hangs} hangs")
    if tracebacks or ignored or fatal:
        verdicts.append(f"{tracebacks + ignored + fatal} tracebacks or errors on stderr")
    if slow:
        verdicts.append(f"{len(slow)} slow recoveries")
    if p99 > 500:
        verdicts.append(f"status p99 {p99:.0f} ms")
    if len(watch.health) >= 4:
        warmup = min(300.0, minutes * 60 / 3)
        summarise("hostile", watch.health, warmup_s=warmup)
        kept = [(s, a) for s, a in zip(watch.health, watch.sampled_after, strict=True)]
        warm_kept = [(s, a) for s, a in kept if s.t >= warmup] or kept
        warm = [s for s, _ in warm_kept]
        rss = [s.health["rss_kib"] / 1024 for s in warm]
        fds = [s.health["open_fds"] for s in warm]
        after = [a for _, a in warm_kept]
        rss_verdict = judge_level("RSS", rss, after, unit=" MiB")
        fds_verdict = judge_level("open files", [float(n) for n in fds], after, slack=3.0)
        # Judged on runs long enough for a warm-up (a short slice still prints the figures).
        verdicts += [v for v in (rss_verdict, fds_verdict) if v and minutes >= 10]
        print_heap_growth(warm[0].health, warm[-1].health)
    return verdicts


def judge_level(
    what: str,
    values: list[float],
    after: list[str],
    *,
    unit: str = "",
    limit: float = 1.10,
    slack: float = 0.0,
) -> str:
    """Whether ``values`` (RSS, open files) grew after warm-up: "" when flat, else why not.

    Flat is judged on the level, not on single samples: the median of the last third of the
    samples against the median of the first third, within ``limit`` (or ``slack`` above it,
    for small counts). A sample is taken right after each fault; one taken while a 6 MB answer
    is still in memory (before the trim that follows it), or while the fault's connections are
    still closing, is a peak, not growth. Peaks are printed with the fault they followed, and
    one that has not come back down by the next sample counts as growth.
    """
    if not values:
        return ""
    third = max(1, len(values) // 3)
    early, late = statistics.median(values[:third]), statistics.median(values[-third:])
    ceiling = max(early * limit, early + slack)
    peaks = [(i, value) for i, value in enumerate(values) if value > ceiling]
    print(
        f"{what} after warm-up: level {early:.1f} -> {late:.1f}{unit} (median of the first and "
        f"last third of {len(values)} samples), lowest {min(values):.1f}, highest "
        f"{max(values):.1f}{unit}"
    )
    for i, value in peaks:
        back = values[i + 1] if i + 1 < len(values) else None
        shown = "end of run" if back is None else f"{back:.1f}{unit} at the next sample"
        print(f"  peak {value:.1f}{unit} right after '{after[i]}'; {shown}")
    if late > ceiling:
        return f"{what} grew {early:.0f} -> {late:.0f}{unit}"
    stuck = [i for i, _ in peaks if i + 1 < len(values) and values[i + 1] > ceiling]
    if stuck:
        return f"{what} stayed above {ceiling:.0f}{unit} after '{after[stuck[0]]}'"
    return ""


def print_heap_growth(first: dict[str, Any], last: dict[str, Any], lines: int = 15) -> None:
    """With ``PYTHONTRACEMALLOC`` set: the source lines whose memory grew most after warm-up."""
    before, after = first.get("python_heap"), last.get("python_heap")
    if not before or not after:
        return
    was = {row["where"]: row["kib"] for row in before["top"]}
    growth = sorted(
        ((row["kib"] - was.get(row["where"], 0.0), row) for row in after["top"]),
        key=lambda pair: -pair[0],
    )
    print(f"python heap: {before['traced_kib']} -> {after['traced_kib']} KiB traced; grew most:")
    for grew, row in growth[:lines]:
        print(f"  {grew:+9.1f} KiB  {row['kib']:9.1f} KiB  {row['count']:7d}  {row['where']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fault-min-s", type=float, default=4.0)
    parser.add_argument("--fault-max-s", type=float, default=12.0)
    parser.add_argument(
        "--recovery-limit-s", type=float, default=RECOVERY_LIMIT_S, help="a slower one fails"
    )
    parser.add_argument(
        "--modes",
        default=",".join(ALL_MODES),
        help="comma-separated fault modes to cycle through (default: all of them)",
    )
    args = parser.parse_args()
    modes = tuple(m for m in args.modes.split(",") if m)
    unknown = sorted(set(modes) - set(ALL_MODES))
    if unknown or not modes:
        parser.error(f"unknown modes {unknown}; known: {', '.join(ALL_MODES)}")
    return run(
        args.minutes,
        args.seed,
        (args.fault_min_s, args.fault_max_s),
        args.recovery_limit_s,
        modes,
    )


if __name__ == "__main__":
    raise SystemExit(main())
