"""The last known SOP state on disk, so the tray shows the user and statuses at once on start.

Written atomically after every successful refresh; a missing or corrupt file is simply no cache.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from pathlib import Path
from typing import Any

from app.core.atomic import write_atomic
from app.sop.models import Callflow, DirectoryEntry, StatusOption


def cache_key(server_url: str, user: str, lang: str) -> str:
    """What the cached state belongs to: another server, user or language is another cache."""
    return f"{server_url}|{user}|{lang}"


class StateCache:
    def __init__(self, cfg_dir: Path) -> None:
        self.path = cfg_dir / "state-cache.json"

    def load(self, key: str) -> tuple[DirectoryEntry | None, Callflow | None]:
        """The cached user and callflow for ``key`` (server + user), or (None, None)."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
            if data.get("key") != key:
                return None, None
            user = DirectoryEntry(**data["user"]) if data.get("user") else None
            cf = data.get("callflow")
            callflow = None
            if cf:
                callflow = Callflow(
                    current_profile=cf["current_profile"],
                    current_status=cf["current_status"],
                    statuses=tuple(StatusOption(**s) for s in cf["statuses"]),
                )
            return user, callflow
        except (OSError, ValueError, KeyError, TypeError):
            return None, None

    def save(self, key: str, user: DirectoryEntry | None, callflow: Callflow | None) -> None:
        data: dict[str, Any] = {
            "key": key,
            "user": dataclasses.asdict(user) if user else None,
            "callflow": dataclasses.asdict(callflow) if callflow else None,
        }
        # A cache that cannot be written costs only start-up speed.
        with contextlib.suppress(OSError):
            write_atomic(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
