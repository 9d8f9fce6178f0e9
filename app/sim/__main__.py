"""Standalone simulator: ``python -m app.sim --http-port 8080 --events-port 5050``.

Prints its URLs, serves until Ctrl+C, then shuts down cleanly.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence

from app.sim.config import SimConfig
from app.sim.data import DEMO_EXT, DEMO_LOGIN
from app.sim.profiles import NAMES
from app.sim.server import SopSimulator

DESCRIPTION = (
    "A simulated Escaux Fusion SOP: the HTTP API and the event socket, with a demo company. "
    "Prints its addresses, serves until Ctrl+C, then stops cleanly. "
    "Example: python -m app.sim --http-port 8080 --events-port 5050"
)


def parse_args(argv: Sequence[str] | None = None) -> SimConfig:
    parser = argparse.ArgumentParser(prog="python -m app.sim", description=DESCRIPTION)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    parser.add_argument(
        "--http-port", metavar="N", type=int, default=8080, help="HTTP API port (8080; 0: any)"
    )
    parser.add_argument(
        "--events-port", metavar="N", type=int, default=5050, help="event socket port (5050)"
    )
    parser.add_argument(
        "--latency", metavar="S", type=float, default=0.0, help="seconds added to every answer"
    )
    parser.add_argument(
        "--incoming-every",
        metavar="S",
        type=float,
        default=None,
        help="ring the demo user every S seconds",
    )
    parser.add_argument(
        "--flood", metavar="N", type=float, default=0.0, help="background events per second"
    )
    parser.add_argument(
        "--seed", metavar="N", type=int, default=2026, help="seed of the generated company (2026)"
    )
    parser.add_argument(
        "--directory-size", metavar="N", type=int, default=240, help="people in the directory"
    )
    parser.add_argument(
        "--basic-auth", metavar="USER:PASSWORD", default=None, help="require this HTTP login"
    )
    parser.add_argument(
        "--presence-every",
        metavar="S",
        type=float,
        default=None,
        help="colleagues change status every S seconds",
    )
    parser.add_argument(
        "--replay", metavar="FILE", default=None, help="serve a wire capture back (see --wire-log)"
    )
    parser.add_argument(
        "--profile",
        choices=NAMES,
        default="default",
        help="how the SOP reads the API reference where it is silent: the friendly reading "
        "(default) or the other one (reference)",
    )
    args = parser.parse_args(argv)
    auth = None
    if args.basic_auth:
        user, sep, password = args.basic_auth.partition(":")
        if not sep:
            parser.error("--basic-auth takes USER:PASSWORD")
        auth = (user, password)
    return SimConfig(
        seed=args.seed,
        directory_size=args.directory_size,
        host=args.host,
        http_port=args.http_port,
        events_port=args.events_port,
        latency_s=args.latency,
        incoming_call_every_s=args.incoming_every,
        presence_every_s=args.presence_every,
        basic_auth=auth,
        flood_events_per_s=args.flood,
        profile=args.profile,
    )


async def serve(config: SimConfig) -> None:
    sim = SopSimulator(config)
    await sim.start()
    try:
        print(f"SOP simulator: API {sim.http_url}/xml/  (control: {sim.http_url}/_sim/state)")
        print(f"Profile: {sim.profile.name}")
        print(f"Event socket: {sim.config.host}:{sim.events_port}")
        print(f"Demo user: extension {DEMO_EXT}, login {DEMO_LOGIN}. Ctrl+C stops.", flush=True)
        await asyncio.Event().wait()
    finally:
        await sim.stop()


def main(argv: Sequence[str] | None = None) -> int:
    config = parse_args(argv)
    replay = argparse.ArgumentParser(add_help=False)
    replay.add_argument("--replay", default=None)
    capture = replay.parse_known_args(argv)[0].replay
    if capture is not None:
        from app.sim import replay as replay_server

        try:
            replay_server.Capture.load(capture)  # a bad file is a message, not a traceback
        except (OSError, ValueError) as exc:
            print(f"Cannot replay {capture}: {exc}", file=sys.stderr)
            return 2
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(
                replay_server.serve(capture, config.host, config.http_port, config.events_port)
            )
        print("SOP replay stopped.", file=sys.stderr)
        return 0
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(config))
    print("SOP simulator stopped.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
