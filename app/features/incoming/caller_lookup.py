"""Who is calling: the local directory copy at once, the SOP for an unknown extension.

The popup must show before any SOP call, so :meth:`CallerLookup.local` answers from
the shared directory copy (app.core.directory_cache: extensions and mobiles, in canonical form)
and from earlier answers of the SOP. Only an extension-shaped number missing there is asked
again, with an exact dbGetDirectoryInfo ``ext`` filter; outside numbers are matched locally
only, because the SOP compares raw text and stores numbers as people typed them
(``+32 487 62 72 78``). Answers, misses included, are kept for ``ttl_s``; a new directory copy
forgets them. Bounded under a flood of calls: one request in flight per number (later askers
share it), at most ``max_in_flight`` numbers asked at once (others are shown by number only), and
a failed request is not repeated for ``failure_ttl_s``. No Qt here.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from app.core.directory_index import DirectoryIndex
from app.core.numbers import number_key
from app.sop.errors import SopError
from app.sop.models import DirectoryEntry

log = logging.getLogger(__name__)


class _Index(Protocol):
    index: DirectoryIndex


class _Client(Protocol):
    async def get_directory_info(self, **filters: str) -> list[DirectoryEntry]: ...


class CallerLookup:
    def __init__(
        self,
        directory: _Index,
        client: _Client,
        *,
        extension_max_len: int = 6,
        ttl_s: float = 600.0,
        max_entries: int = 500,
        max_in_flight: int = 4,
        failure_ttl_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._directory = directory
        self._client = client
        self.extension_max_len = extension_max_len
        self._ttl_s = ttl_s
        self._max_entries = max_entries
        self._clock = clock
        self._max_in_flight = max_in_flight
        self._failure_ttl_s = failure_ttl_s
        self._failed: OrderedDict[str, float] = OrderedDict()  # number -> when the SOP failed
        # canonical number -> (when, entry or None for "the SOP does not know it")
        self._answers: OrderedDict[str, tuple[float, DirectoryEntry | None]] = OrderedDict()
        self._asking: dict[str, asyncio.Future[DirectoryEntry | None]] = {}
        self.remote_calls = 0

    def clear(self) -> None:
        """Forget the SOP's earlier answers (a new directory copy is in place)."""
        self._answers.clear()
        self._failed.clear()

    def _failed_recently(self, key: str) -> bool:
        when = self._failed.get(key)
        if when is None:
            return False
        if self._clock() - when >= self._failure_ttl_s:
            del self._failed[key]
            return False
        return True

    def _answer(self, key: str) -> tuple[bool, DirectoryEntry | None]:
        hit = self._answers.get(key)
        if hit is None:
            return False, None
        when, entry = hit
        if self._clock() - when >= self._ttl_s:
            del self._answers[key]
            return False, None
        return True, entry

    def local(self, number: str) -> DirectoryEntry | None:
        """The entry for ``number`` without asking the SOP (None: unknown so far)."""
        key = number_key(number)
        if not key:
            return None
        entry = self._directory.index.lookup(key)
        if entry is None:
            entry = self._answer(key)[1]
        return entry

    def should_ask(self, number: str) -> bool:
        """True when :meth:`remote` would ask the SOP about ``number``."""
        key = number_key(number)
        return (
            key.isdigit()
            and len(key) <= self.extension_max_len
            and self._directory.index.lookup(key) is None
            and not self._answer(key)[0]
            and not self._failed_recently(key)
            and (key in self._asking or len(self._asking) < self._max_in_flight)
        )

    async def remote(self, number: str) -> DirectoryEntry | None:
        """The entry for an extension, asking the SOP when needed; None when unknown, when the
        SOP could not answer (not asked again for ``failure_ttl_s``) or when too many numbers
        are being asked already."""
        if not self.should_ask(number):
            return self.local(number)
        key = number_key(number)
        pending = self._asking.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[DirectoryEntry | None] = asyncio.get_running_loop().create_future()
        self._asking[key] = future
        entry: DirectoryEntry | None = None
        try:
            self.remote_calls += 1
            entries = await self._client.get_directory_info(ext=key, wildcards="strict")
            entry = next((e for e in entries if e.ext == key), None)
            self._remember(key, entry)
        except SopError as exc:
            log.info("caller lookup for %s failed: %s", key, exc)
            self._failed[key] = self._clock()
            self._failed.move_to_end(key)
            while len(self._failed) > self._max_entries:
                self._failed.popitem(last=False)
        finally:
            del self._asking[key]
            future.set_result(entry)
        return entry

    def _remember(self, key: str, entry: DirectoryEntry | None) -> None:
        self._answers[key] = (self._clock(), entry)
        self._answers.move_to_end(key)
        while len(self._answers) > self._max_entries:
            self._answers.popitem(last=False)
