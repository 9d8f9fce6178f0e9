"""Incoming-call benchmark: the event parser's throughput, and incoming-call popup latency.

Run on purpose (not collected by pytest): ``python tests/bench/events.py``.

1. Parser: ``EventParser.feed`` on a stream of evNewOrigChannel documents in 4 KiB chunks,
   against ``lxml.etree.fromstring`` on the same events one by one (see
   bench_events_parser.py, whose helpers are reused). Target: >= 100,000 events/s.
2. Popup latency: the real app path (Controller, EventLink, the incoming-call feature and its
   popups, offscreen) against the simulator in a child process (its own GIL, as a real SOP),
   which floods the socket with ``--flood`` events/s about other extensions and rings the demo
   user ``--calls`` times. Latency = from the moment the evNewOrigChannel's last byte was
   handed to the socket (child) to the popup's first paint (app), both on CLOCK_MONOTONIC.
   Target: p99 <= 50 ms under a 2,000 events/s flood.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PARSER_TARGET = 100_000
P99_TARGET_MS = 50.0
WARMUP_CALLS = 5


# -- 1. parser -----------------------------------------------------------------------------------
def bench_parser(count: int, chunk: int, repeat: int) -> float:
    from bench_events_parser import best_rate, documents
    from lxml import etree

    from app.sop.events import EventParser, NewOrigChannel

    docs = documents(count)
    stream = b"".join(docs)
    chunks = [stream[i : i + chunk] for i in range(0, len(stream), chunk)]
    hardened = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

    def ours() -> int:
        parser = EventParser()
        n = sum(len(parser.feed(c)) for c in chunks)
        assert n == count, n
        return n

    def lxml_one_by_one() -> int:
        for doc in docs:
            root = etree.fromstring(doc, hardened)
            fields = {child.tag: (child.text or "").strip() for child in root}
            NewOrigChannel(
                fields.get("Channel", ""), fields.get("CallerId", ""), fields.get("Extension", "")
            )
        return len(docs)

    rate = best_rate(ours, repeat)
    lxml_rate = best_rate(lxml_one_by_one, repeat)
    verdict = "OK" if rate >= PARSER_TARGET else "BELOW TARGET"
    print(f"parser: {count:,} events, {len(stream):,} bytes, {chunk}-byte chunks, best of {repeat}")
    print(f"  EventParser.feed:                    {rate:12,.0f} events/s  [{verdict}]")
    print(f"  lxml.etree.fromstring one by one:    {lxml_rate:12,.0f} events/s")
    print(f"  ratio EventParser / lxml:            {rate / lxml_rate:12.2f}")
    return rate


# -- 2. popup latency: the simulator side (child process) ----------------------------------------
def sim_child(flood: float, calls: int, interval_s: float) -> None:
    """Run the simulator; on "go" ring the demo user ``calls`` times, printing when each
    event's last byte went to the socket."""
    from app.sim import DEMO_EXT, SimConfig, SopSimulator

    async def main() -> None:
        sim = SopSimulator(SimConfig(flood_events_per_s=flood))
        await sim.start()
        print(f"READY {sim.http_url} {sim.events_port}", flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.readline)  # "go"
        rng = random.Random(5)
        flood_start, sent_start = time.monotonic(), sim.hub.sent
        for _ in range(calls):
            await asyncio.sleep(interval_s * rng.uniform(0.5, 1.5))
            channel = await sim.emit_incoming_call(DEMO_EXT)
            # broadcast() wrote the whole document to every client's transport just now
            print(f"CALL {channel} {time.monotonic():.6f}", flush=True)
        rate = (sim.hub.sent - sent_start) / (time.monotonic() - flood_start)
        print(f"DONE {rate:.0f}", flush=True)
        await loop.run_in_executor(None, sys.stdin.readline)  # the parent is done
        await sim.stop()

    asyncio.run(main())


# -- 2. popup latency: the app side --------------------------------------------------------------
def bench_latency(flood: float, calls: int, interval_s: float, timeout_s: float) -> float | None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.core.qobject.connect=false;qt.qpa.*=false")
    import qasync
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from app.core.qt_workarounds import guard_immortals
    from app.features.incoming.menu import IncomingUi
    from app.features.incoming.model import IncomingCalls
    from app.sim import DEMO_EXT
    from app.ui.controller import Controller

    guard_immortals()
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    child = subprocess.Popen(
        [sys.executable, __file__, "--sim-child", "--flood", str(flood), "--calls", str(calls),
         "--interval", str(interval_s)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert child.stdin is not None and child.stdout is not None
    ready = child.stdout.readline().split()
    assert ready and ready[0] == "READY", ready
    http_url, events_port = ready[1], int(ready[2])
    sent_at: dict[str, float] = {}
    done: list[float] = []

    def read_child() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            parts = line.split()
            if parts and parts[0] == "CALL":
                sent_at[parts[1]] = float(parts[2])
            elif parts and parts[0] == "DONE":
                done.append(float(parts[1]))

    threading.Thread(target=read_child, daemon=True).start()

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    painted_at: dict[str, float] = {}
    received = [0]

    class FirstPaint(QObject):
        def __init__(self, channel: str) -> None:
            super().__init__()
            self.channel = channel

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.channel not in painted_at:
                painted_at[self.channel] = time.monotonic()
            return False

    filters: list[FirstPaint] = []

    async def main() -> None:
        cfg = Path(tempfile.mkdtemp(prefix="sop-bench-"))
        controller = Controller(
            cfg,
            overrides={"server_url": http_url, "user": DEMO_EXT, "events_port": events_port,
                       "dial_hotkey": "", "incoming_timeout_s": 0},
            persist_overrides=False,
        )  # fmt: skip
        await controller.start()
        feature = next(f for f in controller.features if isinstance(f, IncomingCalls))
        ui = next(u for u in controller.feature_uis if isinstance(u, IncomingUi))
        original = feature.on_event

        def counting(event: object) -> None:
            received[0] += 1
            original(event)

        feature.on_event = counting  # type: ignore[method-assign]

        def on_added(channel: str) -> None:  # runs after the popup's own slot showed it
            popup = ui.popups.get(channel)
            if popup is not None:
                watcher = FirstPaint(channel)
                filters.append(watcher)
                popup.installEventFilter(watcher)

        feature.call_added.connect(on_added)
        deadline = time.monotonic() + 20
        while not (controller.session and controller.session.connected and feature.cache.fresh):
            if time.monotonic() > deadline:
                raise SystemExit("the app did not connect / load the directory in time")
            await asyncio.sleep(0.05)
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
        deadline = time.monotonic() + timeout_s
        while not done or not set(sent_at) <= set(painted_at):
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(0.05)
        await controller.shutdown()

    started = time.monotonic()
    try:
        loop.run_until_complete(main())
        loop.close()  # joins the default executor's threads (the directory copy's worker)
    finally:
        if child.stdin is not None:
            child.stdin.write("bye\n")
            child.stdin.close()
        child.wait(10)
    elapsed = time.monotonic() - started
    order = sorted(sent_at, key=sent_at.__getitem__)
    measured = order[WARMUP_CALLS:]
    lat = [(painted_at[c] - sent_at[c]) * 1000 for c in measured if c in painted_at]
    warm = [(painted_at[c] - sent_at[c]) * 1000 for c in order[:WARMUP_CALLS] if c in painted_at]
    missing = [c for c in order if c not in painted_at]
    print(f"popup latency: {calls} calls for the user, flood {flood:,.0f} events/s requested, "
          f"{(done or [0])[0]:,.0f} events/s sent; the app received {received[0]:,} events "
          f"in {elapsed:.1f} s")  # fmt: skip
    if missing:
        print(f"  NO POPUP for {len(missing)} calls: {missing[:5]}")
    if len(lat) < 2:
        print("  not enough measurements")
        return None
    q = statistics.quantiles(lat, n=100, method="inclusive")
    p50, p99 = statistics.median(lat), q[98]
    verdict = "OK" if p99 <= P99_TARGET_MS and not missing else "BELOW TARGET"
    print(f"  last byte sent -> popup painted, {len(lat)} calls after {len(warm)} warm-up:")
    print(f"  p50 {p50:6.1f} ms   p99 {p99:6.1f} ms   max {max(lat):6.1f} ms  [{verdict}]")
    if warm:
        print(f"  warm-up calls (first widgets built): max {max(warm):.1f} ms")
    return p99


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--events", type=int, default=100_000, help="parser: events in the stream")
    args.add_argument("--chunk", type=int, default=4096, help="parser: bytes per feed()")
    args.add_argument("--repeat", type=int, default=5, help="parser: best of N runs")
    args.add_argument("--calls", type=int, default=205, help="latency: calls to the user")
    args.add_argument("--flood", type=float, default=2000.0, help="latency: events/s for others")
    args.add_argument("--interval", type=float, default=0.05, help="latency: mean s between calls")
    args.add_argument("--timeout", type=float, default=120.0, help="latency: give up after N s")
    args.add_argument("--only", choices=("parser", "latency"), help="run one part only")
    args.add_argument("--sim-child", action="store_true", help=argparse.SUPPRESS)
    opts = args.parse_args()
    if opts.sim_child:
        sim_child(opts.flood, opts.calls, opts.interval)
        return
    if opts.only != "latency":
        bench_parser(opts.events, opts.chunk, opts.repeat)
    if opts.only != "parser":
        bench_latency(opts.flood, opts.calls, opts.interval, opts.timeout)


if __name__ == "__main__":
    main()
