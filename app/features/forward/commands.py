"""``sop-companion forward show [--json] | set NUMBER [--parameter NAME] | clear``, and the
forwarding line of ``status``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.core.cli_command import CliCommand, Request


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="forward_action", required=True)
    show = actions.add_parser("show", help="the forwarding parameters and their numbers")
    show.add_argument("--json", action="store_true", help="one JSON list")
    put = actions.add_parser("set", help="set the forwarding number (does not change the status)")
    put.add_argument("number", metavar="NUMBER")
    put.add_argument("--parameter", metavar="NAME", help="e.g. CFU.Number (default: the "
                     "callflow's forwarding number)")  # fmt: skip
    clear = actions.add_parser("clear", help="clear the forwarding number")
    clear.add_argument("--parameter", metavar="NAME")


def _request(args: argparse.Namespace) -> Request | None:
    action = args.forward_action
    request: Request = {"cmd": f"forward-{action}"}
    if action == "show":
        request["json"] = bool(args.json)
        return request
    if action == "set":
        if not args.number.strip():
            print("Give a number.", file=sys.stderr)
            return None
        request["number"] = args.number
    if getattr(args, "parameter", None):
        request["parameter"] = args.parameter
    return request


def _status_lines(state: dict[str, Any]) -> list[str]:
    forward = state.get("forward")
    if not isinstance(forward, dict):
        return []
    return [f"Forward:   {forward.get('number') or '(no number)'} ({forward.get('parameter')})"]


COMMAND = CliCommand(
    "forward",
    "call forwarding: show, set or clear the forwarding number",
    _arguments,
    _request,
    status_lines=_status_lines,
)
