"""A subcommand a feature adds to the command line (``sop-companion pum login``...): its
arguments, the request it sends to the running instance, and its lines of ``status``.

No widgets here nor in a feature's ``commands.py`` (QtCore at most, for translated messages):
the command line answers fast, and only starting the tray imports the GUI.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Request = dict[str, Any]


@dataclass(frozen=True)
class CliCommand:
    name: str
    help: str
    #: adds the subcommand's arguments to its parser
    add_arguments: Callable[[argparse.ArgumentParser], None]
    #: the request for the running instance, or None when the input is refused at once (the
    #: reason printed on stderr; exit 2, nothing sent)
    request: Callable[[argparse.Namespace], Request | None]
    #: start the app when no instance runs (dial from a link), instead of failing
    starts_app: bool = False
    #: this feature's lines of the plain ``status`` output, from ``status --json``'s object
    status_lines: Callable[[dict[str, Any]], list[str]] | None = None
