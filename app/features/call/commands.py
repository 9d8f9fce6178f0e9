"""``sop-companion call show [--json] | hangup | transfer NUMBER | park | record start|stop |
hold | resume``, and the call line of ``status``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.core.cli_command import CliCommand, Request

ACTIONS = ("show", "hangup", "transfer", "park", "record", "hold", "resume")


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="call_action", required=True)
    show = actions.add_parser("show", help="the call in progress")
    show.add_argument("--json", action="store_true", help="one JSON object, or null")
    actions.add_parser("hangup", help="hang up the call")
    transfer = actions.add_parser("transfer", help="transfer the other party to a number")
    transfer.add_argument("number", help="an extension or a number")
    actions.add_parser("park", help="park the other party (the slot is printed)")
    record = actions.add_parser("record", help="record into your voicemail box")
    record.add_argument("what", choices=("start", "stop"))
    actions.add_parser("hold", help="put the other party on hold")
    actions.add_parser("resume", help="take the held call back")


def _request(args: argparse.Namespace) -> Request | None:
    action = args.call_action
    if action == "record":
        return {"cmd": "call", "action": f"record-{args.what}"}
    request: Request = {"cmd": "call", "action": action}
    if action == "show":
        request["json"] = bool(args.json)
    if action == "transfer":
        from app.core.numbers import InvalidNumber, canonical

        try:
            canonical(args.number)
        except InvalidNumber as exc:
            print(exc, file=sys.stderr)
            return None
        request["number"] = args.number
    return request


def _status_lines(state: dict[str, Any]) -> list[str]:
    call = state.get("current_call")
    if not isinstance(call, dict):
        return []
    who = call.get("other_name") or call.get("other_number") or "?"
    flags = [f for f, on in (("on hold", call.get("on_hold")), ("recording", call.get("recording")))
             if on]  # fmt: skip
    extra = f" ({', '.join(flags)})" if flags else ""
    return [f"Call:      with {who} since {call.get('since')}{extra}"]


COMMAND = CliCommand(
    "call",
    "the call in progress: show, hang up, transfer, park, record, hold, resume",
    _arguments,
    _request,
    status_lines=_status_lines,
)
