"""Benchmark: how long after the SOP's event socket comes back is the link ``connected`` again?

Run on purpose (not collected by pytest): ``python tests/bench/reconnect.py [--outage 60]``.

The simulator runs in a thread; a small TCP relay in front of its event socket plays the
outage: for ``--outage`` seconds it refuses connections (and drops the open one), then accepts
again. The real ``EventStream`` with the app's default knobs (backoff 0.5 s doubling to 30 s,
jitter, TCP probe) and the real ``SopClient.ping`` (HTTP ccPing, then evPong on the socket)
is watched through its ``on_state`` reports. Printed per round and as median / max: the time
from the relay accepting again to ``connected``. Target: under 3 s (the probe finds the SOP
within 0.75 s, then a random pause of up to 1.5 s spreads a fleet's reconnects).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.sim import SimConfig, SimThread  # noqa: E402
from app.sop.client import SopClient  # noqa: E402
from app.sop.event_stream import EventStream  # noqa: E402


class Relay:
    """127.0.0.1:port -> the simulator's event socket; ``down()`` closes it like a dead SOP."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = 0
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.StreamWriter] = set()
        self._handlers: set[asyncio.Task[None]] = set()

    async def up(self) -> None:
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def down(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._pipes):
            writer.close()
        await self._server.wait_closed()
        self._server = None

    async def close(self) -> None:
        if self._server is not None:
            await self.down()
        await asyncio.gather(*self._handlers, return_exceptions=True)

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        task.add_done_callback(self._handlers.discard)
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        self._pipes |= {writer, up_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except OSError:
                pass
            finally:
                dst.close()
                self._pipes.discard(dst)

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def measure(sim: SimThread, outage_s: float, rounds: int) -> list[float]:
    relay = Relay(sim.events_port)
    await relay.up()
    client = SopClient(sim.http_url)
    state: list[tuple[float, bool, str]] = []
    stream = EventStream(
        "127.0.0.1",
        relay.port,
        on_event=lambda _e: None,
        on_state=lambda up, why: state.append((time.monotonic(), up, why)),
        ping=client.ping,
    )
    results: list[float] = []

    async def until_connected(after: float) -> float:
        while True:
            hits = [t for t, up, _ in state if up and t >= after]
            if hits:
                return hits[0]
            await asyncio.sleep(0.005)

    stream.start()
    try:
        await asyncio.wait_for(until_connected(0.0), 10)
        for n in range(rounds):
            await relay.down()
            await asyncio.sleep(outage_s)
            back = time.monotonic()
            await relay.up()
            connected = await asyncio.wait_for(until_connected(back), outage_s + 60)
            results.append(connected - back)
            print(f"round {n + 1}: outage {outage_s:g} s, connected {results[-1]:.3f} s after")
    finally:
        await stream.stop()
        await client.aclose()
        await relay.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outage", type=float, default=20.0, help="seconds the SOP is away")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sim = SimThread(SimConfig())
    sim.start()
    try:
        results = asyncio.run(measure(sim, args.outage, args.rounds))
    finally:
        sim.stop()
    print(
        f"SOP back -> connected: median {statistics.median(results):.3f} s, "
        f"max {max(results):.3f} s over {len(results)} outages of {args.outage:g} s "
        f"(target 3 s)"
    )
    return 0 if max(results) < 3.0 else 1


if __name__ == "__main__":
    sys.exit(main())
