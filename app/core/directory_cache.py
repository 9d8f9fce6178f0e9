"""The company directory kept locally, so the dial box answers as fast as the user types.

Theory of operation: on start the last saved copy is read from disk (in a worker thread) and
searchable at once; then the SOP is asked for the whole directory, one page per first digit of
the extension (``ext=N%``, reference: dbGetDirectoryInfo wildcards), so no single answer is big
enough to stall the Qt loop while it is parsed. The new index is built in a worker thread and
swapped in whole: a search never sees half a refresh. The refresh repeats every
``refresh_interval_s`` (a day, jittered shorter: ten requests each time, for names that rarely
change; a search the copy cannot answer asks the SOP anyway); a saved copy younger than that is
not fetched again at start; a failed refresh keeps the old copy and tries again sooner.

Signals:
    updated(): a new index is in place (re-run the current search).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from app.core.atomic import write_atomic
from app.core.directory_index import DirectoryIndex, entry_from_dict, entry_to_dict, fold
from app.core.schedule import Clock, Handle, LoopClock, shortened
from app.sop.errors import SopError
from app.sop.models import DirectoryEntry

log = logging.getLogger(__name__)

PAGES = tuple("0123456789")
REMOTE_FIELDS = ("fn", "ln", "ext", "login")


class DirectoryClient(Protocol):
    async def get_directory_info(self, **filters: str) -> list[DirectoryEntry]: ...


class DirectoryCache(QObject):
    updated = Signal()

    def __init__(
        self,
        client: DirectoryClient,
        path: Path,
        server: str,
        *,
        refresh_interval_s: float = 24 * 3600,
        retry_interval_s: float = 60,
        clock: Callable[[], float] = time.monotonic,
        timers: Clock | None = None,
        wall_clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self.path = path
        self._server = server
        self._clock = clock
        self.refresh_interval_s = refresh_interval_s
        self.retry_interval_s = retry_interval_s
        self.index = DirectoryIndex()
        self.refreshed_at: float | None = None  # last successful SOP refresh (clock time)
        self._task: asyncio.Task[None] | None = None
        self._timers = timers or LoopClock()
        self._wall_clock = wall_clock
        self._next: Handle | None = None

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> None:
        """Load the saved copy, then refresh from the SOP (in the background)."""
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._load_then_refresh())

    async def stop(self) -> None:
        self._schedule(None)
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def settled(self, timeout_s: float) -> None:
        """Wait, at most ``timeout_s``, for a load or refresh under way to end (it goes on)."""
        task = self._task
        if task is None or task.done():
            return
        with contextlib.suppress(TimeoutError, asyncio.CancelledError):
            await asyncio.wait_for(asyncio.shield(task), timeout_s)

    def refresh_soon(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._refresh_and_schedule())

    @property
    def fresh(self) -> bool:
        """The SOP's directory was read within the refresh interval."""
        return (
            self.refreshed_at is not None
            and self._clock() - self.refreshed_at < self.refresh_interval_s
        )

    async def _load_then_refresh(self) -> None:
        if await self.load_file():
            age = await asyncio.to_thread(self._file_age)
            if age is not None and 0 <= age < self.refresh_interval_s:
                self.refreshed_at = self._clock() - age  # a restart does not fetch it again
                self._schedule(self.refresh_interval_s - age)
                return
        await self._refresh_and_schedule()

    async def _refresh_and_schedule(self) -> None:
        ok = await self.refresh()
        if ok:
            self._schedule(shortened(self.refresh_interval_s, 0.1, random.random))
        else:
            self._schedule(self.retry_interval_s)

    def _schedule(self, delay: float | None) -> None:
        if self._next is not None:
            self._next.cancel()
        self._next = None if delay is None else self._timers.call_later(delay, self.refresh_soon)

    def _file_age(self) -> float | None:
        try:
            return self._wall_clock() - self.path.stat().st_mtime
        except OSError:
            return None

    # -- disk -----------------------------------------------------------------------------------
    async def load_file(self) -> bool:
        """Adopt the saved copy if it is for this server; False when there is none."""
        index = await asyncio.to_thread(self._read_file)
        if index is None or len(self.index):
            return False
        self._adopt(index)
        return True

    def _read_file(self) -> DirectoryIndex | None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("server") != self._server:
            return None
        rows = data.get("entries")
        if not isinstance(rows, list):
            return None
        return DirectoryIndex(e for e in map(entry_from_dict, rows) if e is not None)

    def _write_file(self, entries: list[DirectoryEntry]) -> None:
        data = {"server": self._server, "entries": [entry_to_dict(e) for e in entries]}
        # Only costs start-up speed when it cannot be written.
        with contextlib.suppress(OSError):
            write_atomic(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    # -- SOP --------------------------------------------------------------------------------------
    async def refresh(self) -> bool:
        """Read the whole directory page by page; the old copy stays until all pages arrived."""
        entries: list[DirectoryEntry] = []
        try:
            for page in PAGES:
                entries.extend(
                    await self._client.get_directory_info(ext=f"{page}%", wildcards="strict")
                )
                await asyncio.sleep(0)  # let a keystroke in between two pages
        except SopError as exc:
            log.warning("directory refresh failed: %s", exc)
            return False
        index = await asyncio.to_thread(DirectoryIndex, entries)
        self._adopt(index)
        self.refreshed_at = self._clock()
        await asyncio.to_thread(self._write_file, index.entries)
        return True

    def _adopt(self, index: DirectoryIndex) -> None:
        self.index = index
        self.updated.emit()

    async def search_remote(self, query: str, limit: int = 8) -> list[DirectoryEntry]:
        """Ask the SOP (name, extension, login contain the query's longest word); raises
        SopError. Used when the local copy cannot answer: not loaded yet, or no match."""
        words = fold(query).split()
        if not words:
            return []
        # The SOP compares raw text: send the word as typed when the query is one word, so
        # accents match; several words are matched locally on what comes back.
        raw_words = query.split()
        word = raw_words[0] if len(raw_words) == 1 else max(raw_words, key=len)
        answers = await asyncio.gather(
            *(self._client.get_directory_info(**{field: word}) for field in REMOTE_FIELDS)
        )
        found = DirectoryIndex(e for answer in answers for e in answer)
        return found.search(query, limit)
