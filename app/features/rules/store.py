"""The rules' memory across restarts (the timed status, the user's base status, what the app
last did), saved atomically after every change for the server and user it belongs to."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from app.core.atomic import write_atomic
from app.features.rules.engine import RulesState


class RulesStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, owner: str) -> RulesState:
        """The state saved for ``owner`` (server and user); a fresh one otherwise."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
            if not isinstance(data, dict) or data.get("owner") != owner:
                return RulesState()
            return RulesState.from_json(data.get("state"))
        except (OSError, ValueError):
            return RulesState()

    def save(self, owner: str, state: RulesState) -> None:
        data = {"owner": owner, "state": state.to_json()}
        # Not being able to write costs only a timed status that does not survive a restart.
        with contextlib.suppress(OSError):
            write_atomic(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
