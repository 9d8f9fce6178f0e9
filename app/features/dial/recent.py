"""The numbers the user dialled last, newest first, kept in the config folder.

Only calls the SOP accepted are remembered; a missing or corrupt file is an empty list.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from app.core.atomic import write_atomic


@dataclass(frozen=True, slots=True)
class RecentNumber:
    number: str  # canonical form (app.core.numbers.canonical)
    name: str = ""


class RecentNumbers:
    def __init__(self, path: Path, limit: int = 10) -> None:
        self.path = path
        self.limit = limit
        self.items: list[RecentNumber] = self._load()

    def _load(self) -> list[RecentNumber]:
        try:
            rows = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return []
        items = []
        if isinstance(rows, list):
            for row in rows:
                if isinstance(row, dict) and isinstance(row.get("number"), str):
                    name = row.get("name")
                    items.append(RecentNumber(row["number"], name if isinstance(name, str) else ""))
        return items[: self.limit]

    def add(self, number: str, name: str = "") -> None:
        self.items = [RecentNumber(number, name)] + [i for i in self.items if i.number != number]
        del self.items[self.limit :]
        data = [{"number": i.number, "name": i.name} for i in self.items]
        with contextlib.suppress(OSError):  # losing the list costs only convenience
            write_atomic(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
