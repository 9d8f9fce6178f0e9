"""``sop-companion park list [--json] | park pickup SLOT``, and the parked line of ``status``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.core.cli_command import CliCommand, Request


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="park_action", required=True)
    listing = actions.add_parser("list", help="the calls waiting in park slots")
    listing.add_argument("--json", action="store_true", help="one JSON list")
    pickup = actions.add_parser("pickup", help="bring the call parked in SLOT to your phone")
    pickup.add_argument("slot", metavar="SLOT")


def _request(args: argparse.Namespace) -> Request | None:
    if args.park_action == "list":
        return {"cmd": "park-list", "json": bool(args.json)}
    if not args.slot.strip():
        print("Give a park slot.", file=sys.stderr)
        return None
    return {"cmd": "park-pickup", "slot": args.slot.strip()}


def _status_lines(state: dict[str, Any]) -> list[str]:
    parked = state.get("parked")
    if not isinstance(parked, list) or not parked:
        return []
    slots = ", ".join(
        f"{c.get('slot')} ({c.get('caller_name') or c.get('caller_id') or '?'})"
        for c in parked
        if isinstance(c, dict)
    )
    return [f"Parked:    {slots}"]


COMMAND = CliCommand(
    "park",
    "parked calls: list them, pick one up",
    _arguments,
    _request,
    status_lines=_status_lines,
)
