"""Command line: starts the tray, or talks to the running instance.

Kept free of QtWidgets and the HTTP stack so subcommands answer fast; the GUI is imported only
when the tray is started.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.core.paths import config_dir, instance_name

SUBCOMMANDS = ("status", "set-status", "pum", "dial")
LINK_SCHEMES = ("tel:", "callto:")  # `sop-companion tel:+32...` is `sop-companion dial tel:...`
EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
# Longer arguments are refused before anything starts (no number, URL or name is this long)
MAX_ARG_CHARS = 4096


def gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sop-companion",
        description="Tray companion for Escaux Fusion SOP phone systems. "
        f"Subcommands: {', '.join(SUBCOMMANDS)} (see `sop-companion SUBCOMMAND --help`).",
    )
    p.add_argument("--server", metavar="URL", help="SOP base URL, e.g. https://sop.example.com")
    p.add_argument("--user", metavar="LOGIN_OR_EXT", help="login e-mail or extension")
    p.add_argument("--events-port", metavar="N", type=int, help="SOP event socket port (5050)")
    p.add_argument("--lang", metavar="CODE", help="UI and status language: en, fr, nl, de")
    p.add_argument("--desk-phone", metavar="ID", help="this desk's phone id, e.g. SDP80002")
    p.add_argument("--demo", action="store_true", help="start an embedded SOP simulator and use it")
    p.add_argument("--config-dir", metavar="DIR", help=argparse.SUPPRESS)
    p.add_argument(
        "--register-handlers",
        action="store_true",
        help="make this app open tel: and callto: links (Linux; see packaging/ elsewhere)",
    )
    p.add_argument(
        "--install-desktop",
        action="store_true",
        help="add this app and its icon to the applications menu (Linux)",
    )
    return p


def sub_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sop-companion")
    p.add_argument("--config-dir", metavar="DIR", help=argparse.SUPPRESS)
    subs = p.add_subparsers(dest="cmd", required=True)
    st = subs.add_parser("status", help="print the running instance's state")
    st.add_argument("--json", action="store_true", help="one JSON object")
    ss = subs.add_parser("set-status", help="set the callflow status")
    ss.add_argument("name", help="status name, untranslated or translated")
    pum = subs.add_parser("pum", help="hot-desk: log in or out at a desk phone (90 s rule)")
    pum_subs = pum.add_subparsers(dest="pum_action", required=True)
    pum_in = pum_subs.add_parser("login", help="log in at this desk's phone (or --phone)")
    pum_in.add_argument("--phone", metavar="ID", help="the phone id, e.g. SDP80002")
    pum_subs.add_parser("logout", help="log out from the desk phone")
    dl = subs.add_parser("dial", help="call a number from your desk phone (starts the app)")
    dl.add_argument("number", nargs="?", help="a number, or a tel: / callto: link")
    dl.add_argument(
        "--selection", action="store_true", help="dial the selected text (else the clipboard)"
    )
    return p


def _dial_request(args: argparse.Namespace) -> dict[str, Any] | None:
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


def settings_from_args(args: argparse.Namespace) -> dict[str, Any]:
    given = {
        "server_url": args.server,
        "user": args.user,
        "events_port": args.events_port,
        "language": args.lang,
        "desk_phone": args.desk_phone,
    }
    return {k: v for k, v in given.items() if v is not None}


def _print_status(state: dict[str, Any]) -> None:
    user = state.get("user") or {}
    status = state.get("status") or {}
    print(f"User:      {user.get('name', '?')} ({user.get('ext', '?')})")
    print(f"Status:    {status.get('current_translated', '?')}")
    print(f"Connected: {'yes' if state.get('connected') else 'no'}")
    pum = state.get("pum")
    if isinstance(pum, dict) and pum.get("phone"):
        known = pum.get("logged_in")
        where = "desk" if known is None else "logged in at" if known else "logged out from"
        wait = f" (available in {pum['retry_after_s']} s)" if pum.get("retry_after_s") else ""
        print(f"Hot desk:  {where} {pum['phone']}{wait}")
    for err in state.get("errors") or []:
        print(f"Error:     {err}")


def run_subcommand(argv: list[str]) -> int:
    from app.platform.single_instance import NoInstance, send_request

    args = sub_parser().parse_args(argv)
    name = instance_name(config_dir(args.config_dir))
    request: dict[str, Any] = {"cmd": args.cmd}
    if args.cmd == "set-status":
        if not args.name.strip():
            print("Give a status name.", file=sys.stderr)
            return EXIT_INVALID
        request["name"] = args.name
    if args.cmd == "pum":
        request = {"cmd": f"pum-{args.pum_action}"}
        if getattr(args, "phone", None) is not None:
            request["phone"] = args.phone
    if args.cmd == "dial":
        dial = _dial_request(args)
        if dial is None:
            return EXIT_INVALID
        request = dial
    try:
        if args.cmd == "dial":
            from app.platform.launcher import request_with_autostart

            answer = request_with_autostart(name, request, config_dir=args.config_dir)
        else:
            answer = send_request(name, request)
    except NoInstance:
        print("SOP Companion is not running.", file=sys.stderr)
        return EXIT_FAILED
    except (TimeoutError, ValueError) as exc:
        print(f"No answer from SOP Companion: {exc}", file=sys.stderr)
        return EXIT_FAILED
    code = int(answer.get("exit", EXIT_FAILED))
    if args.cmd == "status" and code == EXIT_OK:
        if args.json:
            print(json.dumps(answer.get("result"), ensure_ascii=False))
        else:
            _print_status(answer.get("result") or {})
    elif answer.get("message"):
        print(answer["message"], file=sys.stderr if code else sys.stdout)
    return code


def _first_word(argv: list[str]) -> str:
    """The first argument that is not ``--config-dir DIR`` (the only option before a verb)."""
    i = 0
    while i < len(argv):
        if argv[i] == "--config-dir":
            i += 2
        elif argv[i].startswith("--config-dir="):
            i += 1
        else:
            return argv[i]
    return ""


def main(argv: list[str] | None = None) -> int:
    from app.core.qt_workarounds import guard_immortals

    guard_immortals()  # before any other Qt call: see app/core/qt_workarounds.py
    argv = list(sys.argv[1:] if argv is None else argv)
    if any(len(arg) > MAX_ARG_CHARS for arg in argv):
        print(
            f"An argument is longer than {MAX_ARG_CHARS} characters; refused, nothing started.",
            file=sys.stderr,
        )
        return EXIT_INVALID
    first = _first_word(argv)
    if first.lower().startswith(LINK_SCHEMES):
        argv.insert(argv.index(first), "dial")
        first = "dial"
    if first in SUBCOMMANDS:
        return run_subcommand(argv)
    args = gui_parser().parse_args(argv)
    if args.register_handlers:
        from app.platform.url_handlers import register_from_cli

        return register_from_cli()
    if args.install_desktop:
        from app.platform.desktop_install import install_from_cli

        return install_from_cli()
    from app.ui.application import run_gui

    return run_gui(args, settings_from_args(args))
