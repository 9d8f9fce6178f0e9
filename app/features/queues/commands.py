"""``sop-companion queue list|join|leave|pause|unpause``, and the queue line of ``status``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.core.cli_command import CliCommand, Request


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="queue_action", required=True)
    listing = actions.add_parser("list", help="the queues, your memberships and waiting callers")
    listing.add_argument("--json", action="store_true", help="one JSON list")
    for verb, text in (("join", "join a queue"), ("leave", "leave a queue (dynamic members)")):
        sub = actions.add_parser(verb, help=text)
        sub.add_argument("queue", metavar="QUEUE", help="the queue's name or id")
    for verb, text in (("pause", "pause in a queue"), ("unpause", "resume in a queue")):
        sub = actions.add_parser(verb, help=f"{text}, or in all of them with --all")
        sub.add_argument("queue", metavar="QUEUE", nargs="?", help="the queue's name or id")
        sub.add_argument("--all", action="store_true", help="every queue you are a member of")


def _request(args: argparse.Namespace) -> Request | None:
    action = args.queue_action
    request: Request = {"cmd": f"queue-{action}"}
    if action == "list":
        request["json"] = bool(args.json)
        return request
    queue = (getattr(args, "queue", None) or "").strip()
    if getattr(args, "all", False):
        if queue:
            print("Give a queue or --all, not both.", file=sys.stderr)
            return None
        request["all"] = True
        return request
    if not queue:
        print("Give a queue name." if action in ("join", "leave") else "Give a queue or --all.",
              file=sys.stderr)  # fmt: skip
        return None
    request["queue"] = queue
    return request


def _status_lines(state: dict[str, Any]) -> list[str]:
    queues = state.get("queues")
    if not isinstance(queues, list):
        return []
    mine = [q for q in queues if isinstance(q, dict) and q.get("member")]
    if not mine:
        return []
    parts = []
    for queue in mine:
        waiting = queue.get("waiting")
        text = f"{queue.get('name')} ({'?' if waiting is None else waiting} waiting"
        parts.append(text + (", paused)" if queue.get("paused") else ")"))
    return [f"Queues:    {', '.join(parts)}"]


COMMAND = CliCommand(
    "queue",
    "call queues: list, join, leave, pause, unpause",
    _arguments,
    _request,
    status_lines=_status_lines,
)
