"""Who this app last logged in at a desk through PUM, kept on disk across restarts.

The SOP offers no call to ask whether an extension is logged in on a phone, so the app's
knowledge is what it last did: unknown until its first action, then persisted (atomically)
after every accepted pumLogin/pumLogout, for the server it was done on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from app.core.atomic import write_atomic


@dataclass(frozen=True, slots=True)
class DeskState:
    """The outcome of the last accepted PUM action. ``logged_in`` None: nothing known yet."""

    logged_in: bool | None = None
    ext: str = ""
    phone: str = ""
    virtual: str = ""
    status_text: str = ""


class DeskStateStore:
    """Loads and saves one :class:`DeskState` per server in a JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, server: str) -> DeskState:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            if data.get("server") != server:
                return DeskState()
            raw = data["state"]
            logged_in = raw.get("logged_in")
            if logged_in is not None and not isinstance(logged_in, bool):
                return DeskState()
            return DeskState(
                logged_in=logged_in,
                ext=str(raw.get("ext", "")),
                phone=str(raw.get("phone", "")),
                virtual=str(raw.get("virtual", "")),
                status_text=str(raw.get("status_text", "")),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return DeskState()

    def save(self, server: str, state: DeskState) -> None:
        data = {"server": server, "state": dataclasses.asdict(state)}
        # Not being able to write costs only what the menu shows after a restart.
        with contextlib.suppress(OSError):
            write_atomic(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
