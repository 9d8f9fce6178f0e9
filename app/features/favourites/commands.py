"""``sop-companion favourite add EXT | remove EXT | call EXT | list``."""

from __future__ import annotations

import argparse

from app.core.cli_command import CliCommand, Request


def _arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="favourite_action", required=True)
    for name, text in (("add", "pin a colleague"), ("remove", "unpin a colleague"),
                       ("call", "call a favourite")):  # fmt: skip
        actions.add_parser(name, help=text).add_argument("ext", help="the colleague's extension")
    actions.add_parser("list", help="the favourites and their status")


def _request(args: argparse.Namespace) -> Request:
    request: Request = {"cmd": "favourite", "action": args.favourite_action}
    if getattr(args, "ext", None) is not None:
        request["ext"] = args.ext
    return request


COMMAND = CliCommand("favourite", "favourite colleagues: add, remove, call, list", _arguments,
                     _request)  # fmt: skip
