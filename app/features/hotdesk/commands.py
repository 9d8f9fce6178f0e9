"""``sop-companion pum login [--phone ID] | pum logout``, and the hot-desk line of ``status``."""

from __future__ import annotations

import argparse
from typing import Any

from app.core.cli_command import CliCommand, Request


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="pum_action", required=True)
    login = actions.add_parser("login", help="log in at this desk's phone (or --phone)")
    login.add_argument("--phone", metavar="ID", help="the phone id, e.g. SDP80002")
    actions.add_parser("logout", help="log out from the desk phone")


def _request(args: argparse.Namespace) -> Request:
    request: Request = {"cmd": f"pum-{args.pum_action}"}
    if getattr(args, "phone", None) is not None:
        request["phone"] = args.phone
    return request


def _status_lines(state: dict[str, Any]) -> list[str]:
    pum = state.get("pum")
    if not isinstance(pum, dict) or not pum.get("phone"):
        return []
    known = pum.get("logged_in")
    where = "desk" if known is None else "logged in at" if known else "logged out from"
    wait = f" (available in {pum['retry_after_s']} s)" if pum.get("retry_after_s") else ""
    return [f"Hot desk:  {where} {pum['phone']}{wait}"]


COMMAND = CliCommand(
    "pum",
    "hot-desk: log in or out at a desk phone (90 s rule)",
    _arguments,
    _request,
    status_lines=_status_lines,
)
