"""``sop-companion dial NUMBER | tel:... | callto:... | dial --selection``."""

from __future__ import annotations

import argparse
import sys

from app.core.cli_command import CliCommand, Request


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", nargs="?", help="a number, or a tel: / callto: link")
    parser.add_argument(
        "--selection", action="store_true", help="dial the selected text (else the clipboard)"
    )


def _request(args: argparse.Namespace) -> Request | None:
    """The dial request, or None (message printed) when the number is refused at once."""
    from app.core.numbers import InvalidNumber, canonical

    if args.selection == bool(args.number):
        print("Give a number or --selection.", file=sys.stderr)
        return None
    if args.selection:
        return {"cmd": "dial", "selection": True}
    try:
        canonical(args.number)  # refused here: no instance is started for nothing
    except InvalidNumber as exc:
        print(exc, file=sys.stderr)
        return None
    return {"cmd": "dial", "number": args.number}


COMMAND = CliCommand(
    "dial",
    "call a number from your desk phone (starts the app)",
    _arguments,
    _request,
    starts_app=True,
)
