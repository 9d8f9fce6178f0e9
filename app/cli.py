"""Command line: starts the tray, or talks to the running instance.

Kept free of QtWidgets and the HTTP stack so subcommands answer fast; the GUI is imported only
when the tray is started.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.core.cli_command import CliCommand
from app.core.paths import config_dir, instance_name
from app.features import cli_commands

SHELL_COMMANDS = ("status", "set-status", "health")
LINK_SCHEMES = ("tel:", "callto:")  # `sop-companion tel:+32...` is `sop-companion dial tel:...`
EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
# Longer arguments are refused before anything starts (no number, URL or name is this long)
MAX_ARG_CHARS = 4096


def subcommands() -> tuple[str, ...]:
    return (*SHELL_COMMANDS, *(command.name for command in cli_commands()))


def feature_command(name: str) -> CliCommand | None:
    return next((c for c in cli_commands() if c.name == name), None)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's, without breaking words at hyphens ("set-status", "--demo-ports")."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(
            " ".join(text.split()), width, break_on_hyphens=False, break_long_words=False
        )

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        return textwrap.fill(
            " ".join(text.split()),
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
            break_long_words=False,
        )


def demo_ports(text: str) -> tuple[int, int]:
    """``--demo-ports HTTP,EVENTS``: two port numbers (argparse turns the error into a message)."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != 2 or not all(part.isdigit() for part in parts):
        raise argparse.ArgumentTypeError(
            f"give two port numbers, HTTP,EVENTS (e.g. 8080,5050), not {text!r}"
        )
    http, events = (int(part) for part in parts)
    if not (0 < http < 65536 and 0 < events < 65536) or http == events:
        raise argparse.ArgumentTypeError(f"two different ports between 1 and 65535, not {text!r}")
    return http, events


def gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sop-companion",
        formatter_class=HelpFormatter,
        description="Tray companion for Escaux Fusion SOP phone systems. "
        f"Subcommands: {', '.join((*subcommands(), 'doctor'))} "
        "(sop-companion SUBCOMMAND --help says more).",
    )
    p.add_argument("--server", metavar="URL", help="SOP base URL, e.g. https://sop.example.com")
    p.add_argument("--user", metavar="LOGIN_OR_EXT", help="login e-mail or extension")
    p.add_argument("--events-port", metavar="N", type=int, help="SOP event socket port (5050)")
    p.add_argument("--lang", metavar="CODE", help="UI and status language: en, fr, nl, de")
    p.add_argument("--desk-phone", metavar="ID", help="this desk's phone id, e.g. SDP80002")
    p.add_argument("--demo", action="store_true", help="start an embedded SOP simulator and use it")
    p.add_argument(
        "--sim-profile",
        choices=("default", "reference"),
        default="default",
        help="with --demo: how the simulated SOP reads the API reference where it is silent",
    )
    p.add_argument(
        "--demo-ports",
        metavar="HTTP,EVENTS",
        type=demo_ports,
        help="with --demo: the simulated SOP's HTTP and event ports (else free ones)",
    )
    p.add_argument("--config-dir", metavar="DIR", help=argparse.SUPPRESS)
    p.add_argument(
        "--wire-log",
        metavar="FILE",
        help="record every SOP request, answer and event byte in FILE (JSON lines, no secrets)",
    )
    p.add_argument(
        "--register-handlers",
        action="store_true",
        help="make this app open tel: and callto: links (Linux; the Windows and macOS "
        "installers do it)",
    )
    p.add_argument(
        "--install-desktop",
        action="store_true",
        help="add this app and its icon to the applications menu (Linux)",
    )
    return p


def sub_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sop-companion", formatter_class=HelpFormatter)
    p.add_argument("--config-dir", metavar="DIR", help=argparse.SUPPRESS)
    subs = p.add_subparsers(dest="cmd", required=True)
    st = subs.add_parser("status", help="print the running instance's state")
    st.add_argument("--json", action="store_true", help="one JSON object")
    health = subs.add_parser(
        "health", help="the running instance's memory, open files, threads and tasks (support)"
    )
    health.add_argument("--json", action="store_true", help="one JSON object")
    ss = subs.add_parser("set-status", help="set the callflow status")
    ss.add_argument("name", help="status name, untranslated or translated")
    when = ss.add_mutually_exclusive_group()
    when.add_argument(
        "--for", dest="for_", metavar="DURATION", help="for a while, then back: 30m, 1h, 1h30"
    )
    when.add_argument(
        "--until", metavar="HH:MM|ISO", help="until a time today or a date-time, then back"
    )
    ss.add_argument("--then", metavar="NAME", help="with --for/--until: the status afterwards")
    for command in cli_commands():
        command.add_arguments(subs.add_parser(command.name, help=command.help))
    return p


OPTION_OF = {
    "server_url": "--server",
    "user": "--user",
    "events_port": "--events-port",
    "language": "--lang",
    "desk_phone": "--desk-phone",
}


def locked_options(overrides: dict[str, Any]) -> str | None:
    """Why options for settings the administrator locked are refused, or None."""
    from app.platform.company_defaults import read_company_defaults

    defaults = read_company_defaults()
    refused = [OPTION_OF[name] for name in OPTION_OF if name in overrides.keys() & defaults.locked]
    if not refused:
        return None
    return (
        f"{', '.join(refused)}: locked by your administrator ({defaults.source}); "
        "nothing was started or changed."
    )


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
    if status.get("until"):
        print(f"Until:     {status['until']} ({status.get('reason')})")
    print(f"Connected: {'yes' if state.get('connected') else 'no'}")
    for command in cli_commands():
        for line in command.status_lines(state) if command.status_lines else ():
            print(line)
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
        if args.for_ is not None:
            request["for"] = args.for_
        if args.until is not None:
            request["until"] = args.until
        if args.then is not None:
            if args.for_ is None and args.until is None:
                print("--then needs --for or --until.", file=sys.stderr)
                return EXIT_INVALID
            request["then"] = args.then
    command = feature_command(args.cmd)
    if command is not None:
        feature_request = command.request(args)
        if feature_request is None:
            return EXIT_INVALID
        request = feature_request
    try:
        if command is not None and command.starts_app:
            from app.platform.launcher import request_with_autostart

            answer = request_with_autostart(name, request, config_dir=args.config_dir)
        else:
            answer = send_request(name, request)
    except NoInstance:
        if getattr(args, "json", False):
            print(json.dumps({"running": False}))  # a script reads JSON on every path
        print("SOP Companion is not running.", file=sys.stderr)
        return EXIT_FAILED
    except (TimeoutError, ValueError) as exc:
        print(f"No answer from SOP Companion: {exc}", file=sys.stderr)
        return EXIT_FAILED
    code = int(answer.get("exit", EXIT_FAILED))
    if args.cmd in ("status", "health") and code == EXIT_OK:
        result = answer.get("result") or {}
        if args.json:
            if args.cmd == "status":
                result = {"running": True, **result}
            print(json.dumps(result, ensure_ascii=False))
        elif args.cmd == "health":
            for key, value in result.items():
                print(f"{key}: {value}")
        else:
            _print_status(result)
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


def doctor_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sop-companion doctor",
        formatter_class=HelpFormatter,
        description="Check the connection to the SOP (read-only calls only); defaults come from "
        "the saved settings. Exit status 0 when every check passes, 1 otherwise.",
    )
    p.add_argument("--config-dir", metavar="DIR", help=argparse.SUPPRESS)
    p.add_argument("--server", metavar="URL", help="SOP base URL, e.g. https://sop.example.com")
    p.add_argument("--user", metavar="LOGIN_OR_EXT", help="login e-mail or extension")
    p.add_argument("--events-port", metavar="N", type=int, help="SOP event socket port (5050)")
    p.add_argument("--desk-phone", metavar="ID", help="desk phone id to look for")
    p.add_argument("--report", metavar="FILE", help="write a redacted report for support")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--keep-personal-data",
        action="store_true",
        help="keep names and phone numbers in the report",
    )
    p.add_argument("--wire-log", metavar="FILE", help="record every exchange in FILE")
    return p


def run_doctor(argv: list[str]) -> int:
    """``doctor``: runs here, without the GUI or a running instance."""
    from app.core.secrets import SecretStore
    from app.core.settings import SettingsStore
    from app.doctor.command import run
    from app.doctor.model import DoctorConfig
    from app.sop.transport import normalise_base_url

    args = doctor_parser().parse_args(argv)
    saved = SettingsStore(config_dir(args.config_dir)).load()
    server = (args.server or saved.server_url).strip()
    if not server:
        print("No server: give --server URL or save one in the settings.", file=sys.stderr)
        return EXIT_INVALID
    try:
        normalise_base_url(server)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_INVALID
    port = args.events_port if args.events_port is not None else saved.events_port
    if not 0 < port < 65536:
        print(f"The event port must be between 1 and 65535, not {port}.", file=sys.stderr)
        return EXIT_INVALID
    auth = None
    if saved.http_username and server.rstrip("/") == saved.server_url.rstrip("/"):
        password = SecretStore().get_password(saved.server_url, saved.http_username) or ""
        auth = (saved.http_username, password)
    wire = None
    if args.wire_log:
        from app.sop.wire_log import WireLog

        try:
            wire = WireLog(args.wire_log)
        except OSError as exc:
            print(f"Cannot write {args.wire_log}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_INVALID
    config = DoctorConfig(
        server_url=server,
        user=(args.user if args.user is not None else saved.user).strip(),
        events_port=port,
        auth=auth,
        verify=saved.ca_file or True,
        fmt=saved.response_format,
        desk_phone=args.desk_phone if args.desk_phone is not None else saved.desk_phone,
        wire_log=wire,
    )
    try:
        return run(
            config,
            as_json=args.json,
            report_path=args.report,
            keep_personal_data=args.keep_personal_data,
        )
    finally:
        if wire is not None:
            wire.close()


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
    if first == "doctor":
        argv.remove("doctor")
        return run_doctor(argv)
    if first in subcommands():
        return run_subcommand(argv)
    args = gui_parser().parse_args(argv)
    if args.register_handlers:
        from app.platform.url_handlers import register_from_cli

        return register_from_cli()
    if args.install_desktop:
        from app.platform.desktop_install import install_from_cli

        return install_from_cli()
    if args.demo_ports is not None and not args.demo:
        print("--demo-ports goes with --demo.", file=sys.stderr)
        return EXIT_INVALID
    overrides = settings_from_args(args)
    refused = locked_options(overrides) if overrides else None
    if refused:
        print(refused, file=sys.stderr)
        return EXIT_INVALID
    from app.ui.application import run_gui

    return run_gui(args, overrides)
