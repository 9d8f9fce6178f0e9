"""Search-as-you-type for the dial box: the local index at once, the SOP when it cannot answer.

Each keystroke calls :meth:`DialSearch.search`. The local index answers synchronously. When the
local copy is not loaded or not fresh, or finds nothing, the SOP is asked too, after a short
pause in the typing (``debounce_ms``). A newer search cancels the pending SOP lookup, and an
answer is shown only if its query is still the current one: a stale result never replaces a
newer one.

Signals:
    results(str, list, bool): the query, its DirectoryEntry results (best first), and whether
        an SOP lookup is still pending for it.
"""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.directory_cache import DirectoryCache
from app.core.directory_index import fold
from app.sop.errors import SopError
from app.sop.models import DirectoryEntry

#: every match is listed (the list lays its rows out in batches, so thousands cost no stall)
ALL_MATCHES = 100_000


class DialSearch(QObject):
    results = Signal(str, object, bool)  # object: a list of 500 entries is passed, not copied

    def __init__(
        self,
        cache: DirectoryCache,
        *,
        limit: int = ALL_MATCHES,
        debounce_ms: int = 250,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.limit = limit
        self.query = ""
        self.remote_lookups = 0  # how many SOP lookups were started (tests, benchmark)
        self.total = 0  # how many entries of the local copy match the query (the "N more")
        self._local: list[DirectoryEntry] = []
        self._remote: asyncio.Task[None] | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._start_remote)
        cache.updated.connect(self._on_cache_updated)

    def search(self, query: str) -> list[DirectoryEntry]:
        """Show local results for ``query`` now; schedule an SOP lookup if needed."""
        self.cancel()
        self.query = query
        self._local, self.total = self.cache.index.search_counted(query, self.limit)
        remote = self._wants_remote(query)
        if remote:
            self._debounce.start()
        self.results.emit(query, list(self._local), remote)
        return self._local

    def cancel(self) -> None:
        """Forget the pending SOP lookup (a newer search, or the dial box closed)."""
        self._debounce.stop()
        if self._remote is not None and not self._remote.done():
            self._remote.cancel()
        self._remote = None

    @property
    def pending(self) -> bool:
        return self._debounce.isActive() or (self._remote is not None and not self._remote.done())

    def _wants_remote(self, query: str) -> bool:
        if len(fold(query).replace(" ", "")) < 2:
            return False
        return not self.cache.fresh or not self._local

    def _start_remote(self) -> None:
        self.remote_lookups += 1
        self._remote = asyncio.ensure_future(self._lookup(self.query))

    async def _lookup(self, query: str) -> None:
        found: list[DirectoryEntry] = []
        with contextlib.suppress(SopError):  # the local results stay; the SOP's health is
            found = await self.cache.search_remote(query, self.limit)  # shown elsewhere
        if query != self.query:
            return  # a newer search started meanwhile: never show this one
        merged = list(self._local)
        known = {e.ext for e in merged}
        merged += [e for e in found if e.ext not in known]
        self._local = merged[: self.limit]
        self.total = max(self.total, len(self._local))
        self.results.emit(query, list(self._local), False)

    def _on_cache_updated(self) -> None:
        if self.query and not self.pending:
            self._local, self.total = self.cache.index.search_counted(self.query, self.limit)
            self.results.emit(self.query, list(self._local), False)
