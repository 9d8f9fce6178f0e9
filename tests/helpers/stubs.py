"""Fakes for unit tests of app/core: a scripted SOP client that records what it was asked."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from app.sop.errors import SetProfileError, SopError
from app.sop.models import Callflow, DirectoryEntry, StatusOption

ALICE = DirectoryEntry(ext="201", login="alice@example.be", fn="Alice", ln="Dupont", dp="SDP1")
STATUSES = (
    StatusOption("Office", "Bureau"),
    StatusOption("Telework", "Télétravail"),
    StatusOption("Busy", "Occupé"),
)


class FakeClient:
    def __init__(self) -> None:
        self.directory = [ALICE]
        self.callflow = Callflow("Template-User", "Office", STATUSES)
        self.calls: list[tuple[str, dict[str, object]]] = []
        self.fail_next: dict[str, BaseException] = {}
        self.gate: asyncio.Event | None = None  # when set, calls wait for it
        self.closed = False
        self.substrings = False  # answer as a SOP before API 2.33.3: no wildcards, substrings

    async def _enter(self, name: str, **kw: object) -> None:
        self.calls.append((name, kw))
        if self.gate is not None:
            await self.gate.wait()
        exc = self.fail_next.pop(name, None)
        if exc is not None:
            raise exc

    async def get_directory_info(self, **filters: str) -> list[DirectoryEntry]:
        await self._enter("get_directory_info", **filters)
        key, value = next((k, v) for k, v in filters.items() if k != "wildcards")
        if self.substrings:
            plain = value.replace("\\_", "_").replace("\\%", "%").replace("\\\\", "\\")
            return [e for e in self.directory if plain.lower() in getattr(e, key).lower()]
        return [e for e in self.directory if getattr(e, key) == value]

    async def get_callflow(self, ext: str, lang: str | None = None) -> Callflow:
        await self._enter("get_callflow", ext=ext, lang=lang)
        return self.callflow

    async def set_profile(
        self, ext: str, *, status: str | None = None, profile_name: str | None = None
    ) -> None:
        await self._enter("set_profile", ext=ext, status=status)
        if status not in {o.name for o in self.callflow.statuses}:
            raise SetProfileError("profile_name does not exist", code=3, call="dbSetProfile")
        self.callflow = replace(self.callflow, current_status=status or "")

    async def aclose(self) -> None:
        self.closed = True

    def count(self, name: str) -> int:
        return sum(1 for n, _ in self.calls if n == name)


__all__ = ["ALICE", "STATUSES", "FakeClient", "SopError"]
