"""Favourite colleagues, the core part: which ones, their status, calling them.

The user pins colleagues (from the dial box, or ``sop-companion favourite add EXT``); the list
is kept in ``favourites.json`` of the configuration folder. Their names and statuses come at
once from the shared directory copy, then from one dbGetDirectoryInfo request for all of them
every minute while the app runs: the request asks for an extension pattern that covers every
favourite (``1__`` for 102, 145 and 187, with ``wildcards=strict``; a SOP that ignores
``wildcards`` matches substrings, a superset) and keeps only the favourites from the answer.
The minute is jittered by a tenth, so the desktops of a company do not ask at the same instant.
A failed refresh keeps the statuses shown and tries again at the next minute.

Signals (besides Feature's): favourites_changed(): the list or a status changed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.core.atomic import write_atomic
from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, reply
from app.core.feature import CommandFn, Feature, FeatureContext, Reply
from app.core.tasks import spawn
from app.sop.errors import SopError
from app.sop.models import DirectoryEntry

log = logging.getLogger(__name__)

MAX_FAVOURITES = 20
REFRESH_S = 60.0


def covering_pattern(exts: list[str]) -> str:
    """One SQL LIKE pattern matching every extension of ``exts`` (and as few others as a
    single pattern can): per position the common character or ``_`` when they have one length,
    else their common prefix and ``%``."""
    if not exts:
        return ""
    escaped = [e.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for e in exts]
    if len({len(e) for e in exts}) == 1 and escaped == exts:
        return "".join(
            chars[0] if len(set(chars)) == 1 else "_" for chars in zip(*exts, strict=True)
        )
    prefix = ""
    for chars in zip(*exts, strict=False):
        if len(set(chars)) != 1 or chars[0] in "\\%_":
            break
        prefix += chars[0]
    return prefix + "%"


def jittered(seconds: float, rng: Callable[[], float] = random.random) -> float:
    """``seconds`` give or take a tenth."""
    return seconds * (0.9 + 0.2 * rng())


class FavouritesFeature(Feature):
    favourites_changed = Signal()
    name = "favourites"

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        refresh_s: float = REFRESH_S,
        rng: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(ctx, parent)
        self.cache = ctx.services.directory
        self.path = ctx.cfg_dir / "favourites.json"
        self.refresh_s = refresh_s
        self._rng = rng
        self.exts: list[str] = self._load()
        self.entries: dict[str, DirectoryEntry] = {}
        self.refreshed = 0  # successful refreshes (status --json, tests)
        self._task: asyncio.Task[Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._refresh_soon)
        self.cache.updated.connect(self._from_copy)
        ctx.services.favourites = self
        self._from_copy()

    # -- the list ---------------------------------------------------------------------------------
    def _load(self) -> list[str]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return []
        exts = data.get("favourites") if isinstance(data, dict) else None
        if not isinstance(exts, list):
            return []
        return [e for e in exts if isinstance(e, str) and e.strip()][:MAX_FAVOURITES]

    def _save(self) -> None:
        data = json.dumps({"favourites": self.exts}, ensure_ascii=False).encode("utf-8")
        with contextlib.suppress(OSError):  # the list stays for this run
            write_atomic(self.path, data)

    def is_pinned(self, ext: str) -> bool:
        return ext in self.exts

    def pin(self, ext: str) -> None:
        ext = ext.strip()
        if not ext or ext in self.exts or len(self.exts) >= MAX_FAVOURITES:
            return
        self.exts.append(ext)
        self._save()
        self._from_copy()
        self._refresh_soon()

    def unpin(self, ext: str) -> None:
        if ext in self.exts:
            self.exts.remove(ext)
            self.entries.pop(ext, None)
            self._save()
            self._changed()

    def shown(self) -> list[tuple[str, DirectoryEntry | None]]:
        """Each favourite with what is known of it (None before the first answer)."""
        return [(ext, self.entries.get(ext)) for ext in self.exts]

    # -- Feature ----------------------------------------------------------------------------------
    def start(self) -> None:
        self.cache.start()
        if self.exts:
            self._refresh_soon()

    async def stop(self) -> None:
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self.cache.stop()

    def snapshot(self) -> dict[str, Any]:
        return {
            "favourites": [
                {"ext": ext, "name": e.name if e else "", "status": e.status if e else ""}
                for ext, e in self.shown()
            ]
        }

    def commands(self) -> dict[str, CommandFn]:
        return {"favourite": self._cmd}

    # -- statuses ---------------------------------------------------------------------------------
    def _from_copy(self) -> None:
        found = False
        for ext in self.exts:
            entry = self.cache.index.lookup(ext)
            if entry is not None and ext not in self.entries:
                self.entries[ext] = entry
                found = True
        if found:
            self._changed()

    @property
    def refreshing(self) -> bool:
        return self._task is not None and not self._task.done()

    def _refresh_soon(self) -> None:
        if self._task is None or self._task.done():
            self._task = spawn(self._refresh_then_wait())

    async def _refresh_then_wait(self) -> None:
        try:
            await self.refresh()
        finally:
            if self.exts:
                self._timer.start(int(jittered(self.refresh_s, self._rng) * 1000))

    async def refresh(self) -> bool:
        """One dbGetDirectoryInfo for every favourite; False when it failed (statuses kept)."""
        exts = list(self.exts)
        if not exts:
            return True
        try:
            rows = await self.ctx.client.get_directory_info(
                ext=covering_pattern(exts), wildcards="strict"
            )
        except SopError as exc:
            log.info("favourites refresh failed, statuses kept: %s", exc)
            return False
        wanted = set(exts)
        changed = False
        for entry in rows:
            if entry.ext in wanted and self.entries.get(entry.ext) != entry:
                self.entries[entry.ext] = entry
                changed = True
        self.refreshed += 1
        if changed:
            self._changed()
        return True

    def _changed(self) -> None:
        self.favourites_changed.emit()
        self.changed.emit()

    # -- calling ----------------------------------------------------------------------------------
    async def call(self, ext: str) -> Reply:
        dialer = self.ctx.services.dialer
        if dialer is None:
            return reply(
                EXIT_FAILED,
                QCoreApplication.translate("Favourites", "Dialling is not available."),
            )
        entry = self.entries.get(ext)
        return await dialer.dial(ext, name=entry.name if entry else "")

    # -- command line -----------------------------------------------------------------------------
    async def _cmd(self, request: dict[str, Any]) -> Reply:
        action, ext = request.get("action"), str(request.get("ext") or "").strip()
        if action == "list":
            return reply(EXIT_OK, "\n".join(self._line(e, x) for e, x in self.shown()),
                         self.snapshot()["favourites"])  # fmt: skip
        if not ext.isdigit():
            return reply(
                EXIT_INVALID,
                QCoreApplication.translate("Favourites", "Give a colleague's extension."),
            )
        if action == "add":
            if len(self.exts) >= MAX_FAVOURITES and ext not in self.exts:
                return reply(
                    EXIT_FAILED,
                    QCoreApplication.translate("Favourites", "At most {n} favourites.").format(
                        n=MAX_FAVOURITES
                    ),
                )
            self.pin(ext)
            return reply(EXIT_OK)
        if action == "remove":
            self.unpin(ext)
            return reply(EXIT_OK)
        if action == "call":
            return await self.call(ext)
        return reply(EXIT_INVALID, QCoreApplication.translate("Favourites", "Unknown action."))

    @staticmethod
    def _line(ext: str, entry: DirectoryEntry | None) -> str:
        if entry is None:
            return ext
        return f"{entry.name} ({ext}): {entry.status}" if entry.status else f"{entry.name} ({ext})"
