"""Missed calls and call history: fetch, merge, keep, count what is unseen.

The local store is read first (the history is there at once after a restart), then the SOP is
asked: the last 30 days on the first fetch, later from the newest record known minus an overlap
(app.features.history.call_log explains the windows). Polls run every 30 s, and a few times
right after an ``evNewOrigChannel`` that involves the user, because the CDR exists only once
the call ended; a call to the user is then looked for every few seconds until its record
exists (at most three minutes), so a missed call is announced when the caller gave up. All
sqlite work and the merge of large answers run on one worker thread (the store's), never on the
Qt thread.

Unseen: a missed call (dispositions 1xx) stored for the first time and at most 7 days old
counts as unseen until the history window is opened; voicemail (300) is listed, not counted.
A missed call that arrives while the app runs raises a notification naming the caller.

Signals (besides Feature's): calls_changed() (the list of calls changed), loading_changed(bool),
names_changed() (the company directory was refreshed: names from it may read differently).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.core.commands import EXIT_FAILED, EXIT_INVALID, reply
from app.core.feature import Dialler, Feature, FeatureContext, Reply
from app.core.messages import describe
from app.core.tasks import spawn
from app.core.time_format import clock_text
from app.features.history.call_log import (
    BadRecord,
    Call,
    fetch_start,
    from_record,
    merge,
    newest_stamp,
    unseen_cutoff,
)
from app.features.history.store import HistoryStore
from app.sop.errors import SopError, SopProtocolError
from app.sop.events import Event, NewOrigChannel
from app.sop.models import CallRecord

log = logging.getLogger(__name__)
T = TypeVar("T")

FIRST_LIMIT = 2_000
POLL_LIMIT = 200
MAX_LIMIT = 10_000
WIDE_EVERY = 20  # every 20th poll (about 10 minutes) looks back WIDE_OVERLAP
POLL_INTERVAL_S = 30.0
AFTER_CALL_S = (1.5, 8.0, 20.0)  # polls after an evNewOrigChannel of the user (from the event)
# A call to the user whose record is not there yet (it still rings: a SOP writes the record
# when the call ends) is looked for every RINGING_POLL_S after those, for at most RINGING_MAX_S
# after it rang: a missed call is announced within seconds of the caller giving up, not at the
# next 30-s poll, which may fall on the next call's ringing and read as a call missed already.
RINGING_POLL_S = 4.0
RINGING_MAX_S = 180.0
AWAITED_MAX = 20  # calls looked for at once (a flood of calls to the user stays bounded)


class CallHistory(QObject):
    """The translation context of the history's plural texts: pyside6-lupdate (6.11) marks a
    text as plural only in a ``tr()`` call when the count is not a literal number."""

    def missed_calls(self, n: int) -> str:
        return self.tr("%n missed calls", "", n)


class HistoryFeature(Feature):
    calls_changed = Signal()
    loading_changed = Signal(bool)
    names_changed = Signal()
    name = "history"

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        store: HistoryStore | None = None,
        now: Callable[[], datetime] = datetime.now,
        poll_interval_s: float = POLL_INTERVAL_S,
        after_call_s: Sequence[float] = AFTER_CALL_S,
    ) -> None:
        super().__init__(ctx, parent)
        self.store = store or HistoryStore(ctx.cfg_dir / "call-history.sqlite3")
        self._now = now
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="call-history")
        self.account = ""
        self.calls: list[Call] = []  # newest first
        self.unseen: set[str] = set()  # keys of missed calls not seen yet
        self.loaded = False  # the store was read for ``account``
        self.loading = False  # a fetch is running
        self.error = ""  # why the last fetch failed ("" when it worked)
        self.updated: datetime | None = None
        self._endings = ctx.services.call_endings  # tells other features which calls ended
        # Set by the widget side: the dial feature (call back) and a directory name lookup.
        self.dialer_lookup: Callable[[], Dialler | None] | None = None
        self.name_lookup: Callable[[str], str] | None = None
        ctx.services.directory.updated.connect(self.names_changed)
        self._task: asyncio.Task[None] | None = None
        self._again = False
        self._again_wide = False
        self._polls = 0
        self._stopped = False
        self._after_call = [b - a for a, b in zip((0.0, *after_call_s), after_call_s, strict=False)]
        self._after_left: list[float] = []
        self._awaited: dict[str, float] = {}  # channel of a call to the user -> give up at
        self._ringing_shot = False  # the after-call timer runs for an awaited record
        self._timer = QTimer(self)
        self._timer.setInterval(int(poll_interval_s * 1000))
        self._timer.timeout.connect(self.refresh_soon)
        self._after_timer = QTimer(self)
        self._after_timer.setSingleShot(True)
        self._after_timer.timeout.connect(self._after_call_poll)

    # -- Feature -------------------------------------------------------------------------------
    def start(self) -> None:
        self._timer.start()
        self.refresh_soon()

    async def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        self._after_timer.stop()
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await self._in_worker(self.store.close)
        self._worker.shutdown(wait=False)

    def snapshot(self) -> dict[str, Any]:
        return {
            "missed_unseen": self.unseen_count if self.loaded else None,
            "history": {
                "calls": len(self.calls),
                "loading": self.loading,
                "updated": self.updated.isoformat(timespec="seconds") if self.updated else None,
                "error": self.error or None,
            },
        }

    def on_event(self, event: Event) -> None:
        if not isinstance(event, NewOrigChannel):
            return
        ext = self.own_ext
        caller = event.caller_id.rpartition("[")[2].rstrip("]").strip()
        if ext and ext in (event.extension, caller):
            if event.extension == ext and event.channel:
                self._awaited[event.channel] = time.monotonic() + RINGING_MAX_S
                while len(self._awaited) > AWAITED_MAX:
                    del self._awaited[next(iter(self._awaited))]
            # The CDR is written when the call ends: look a few times, from soon to later,
            # then every RINGING_POLL_S until the call to the user has its record.
            self._after_left = list(self._after_call)
            self._after_call_poll(first=True)

    def on_connected(self, connected: bool) -> None:
        if connected and self.loaded:
            self.refresh_soon()  # calls may have ended while the event link was down

    # -- what is known -------------------------------------------------------------------------
    @property
    def own_ext(self) -> str:
        user = self.ctx.session.user
        return user.ext if user is not None else ""

    @property
    def unseen_count(self) -> int:
        return len(self.unseen)

    def not_taken(self, limit: int) -> list[Call]:
        """The latest ``limit`` missed or voicemail calls (the tray's section)."""
        found: list[Call] = []
        for call in self.calls:
            if call.not_taken:
                found.append(call)
                if len(found) >= limit:
                    break
        return found

    def party(self, call: Call) -> tuple[str, str]:
        """(name, number) of the other end: the record's name, else the directory's."""
        name, number = call.party(self.own_ext)
        if not name and number and self.name_lookup is not None:
            name = self.name_lookup(number) or ""
        return name, number

    def who(self, call: Call) -> str:
        name, number = self.party(call)
        if name and number:
            return f"{name} ({number})"
        return name or number or QCoreApplication.translate("CallHistory", "Unknown caller")

    # -- fetching ------------------------------------------------------------------------------
    def refresh_soon(self, *, wide: bool = False) -> None:
        """Poll now, or right after the poll that is running."""
        if self._stopped:
            return
        if self._task is not None and not self._task.done():
            self._again = True
            self._again_wide = self._again_wide or wide
            return
        self._task = spawn(self._poll_loop(wide))

    async def _poll_loop(self, wide: bool) -> None:
        while True:
            await self.poll(wide=wide)
            if not self._again:
                return
            wide, self._again, self._again_wide = self._again_wide, False, False

    def _after_call_poll(self, first: bool = False) -> None:
        if not first and not (self._ringing_shot and not self._still_awaited()):
            self.refresh_soon()
        self._ringing_shot = not self._after_left
        if self._after_left:
            self._after_timer.start(int(self._after_left.pop(0) * 1000))
        elif self._still_awaited():
            self._after_timer.start(int(RINGING_POLL_S * 1000))

    def _still_awaited(self) -> bool:
        """Whether a call to the user still waits for its record (forgotten after a while)."""
        now = time.monotonic()
        for channel in [c for c, give_up in self._awaited.items() if give_up < now]:
            del self._awaited[channel]
        return bool(self._awaited)

    async def poll(self, *, wide: bool = False) -> bool:
        """One fetch and merge; False when it failed (the reason is in ``error``)."""
        user = self.ctx.session.user
        if user is None:
            return False
        account = f"{self.ctx.settings.server_url}|{user.ext}"
        if account != self.account or not self.loaded:
            await self.load(account)
        first_fill = not self.calls
        self._polls += 1
        wide = wide or self._polls == 1 or self._polls % WIDE_EVERY == 0
        now = self._now()
        start = fetch_start(newest_stamp(self.calls), now, wide=wide)
        self._set_loading(True)
        try:
            records = await self._fetch(user.ext, start, FIRST_LIMIT if first_fill else POLL_LIMIT)
        except SopError as exc:
            self.error = describe(exc)
            log.warning("call history: fetch failed: %s", self.error)
            self.changed.emit()
            return False
        finally:
            self._set_loading(False)
        known = self.calls
        merged, added, unseen, db_error = await self._in_worker(
            _merge_and_store, self.store, account, known, records, unseen_cutoff(now)
        )
        if account != self.account:
            return False  # the account changed while the store worked
        self.calls = merged
        self.unseen |= unseen
        self.updated, self.error = now, db_error
        if merged is not known:
            self.calls_changed.emit()
        self.changed.emit()
        if added:
            for call in added:
                self._awaited.pop(call.origchannel, None)
                self._awaited.pop(call.dstchannel, None)
            self._endings.records_added.emit(list(added))
        if not first_fill:
            self._announce([c for c in added if c.key in unseen])
        return True

    async def _fetch(self, ext: str, start: datetime, limit: int) -> list[CallRecord]:
        """Records since ``start``, newest first, in whatever order the SOP lists them and
        whichever ones its ``limit`` keeps (the reference says neither).

        A full page is asked again with a bigger ``limit`` (the SOP may keep the newest); if it
        is still full, the next page starts at the newest timestamp seen (the SOP may keep the
        oldest), until a page brings nothing new.
        """
        found: dict[tuple[str, datetime | None], CallRecord] = {}
        while True:
            page, full = await self._fetch_page(ext, start, limit)
            fresh = [r for r in page if (r.uniqueid, r.timestamp) not in found]
            for record in fresh:
                found[(record.uniqueid, record.timestamp)] = record
            stamps = [r.timestamp for r in page if r.timestamp is not None]
            if not full or not fresh or not stamps or max(stamps) <= start:
                break
            start = max(stamps)
        return sorted(found.values(), key=_newest_first)

    async def _fetch_page(
        self, ext: str, start: datetime, limit: int
    ) -> tuple[list[CallRecord], bool]:
        """One page since ``start`` and whether it was full. The API has no upper bound to page
        with, so a full page is asked again with a bigger ``limit``; if that answer is refused
        (larger than the client accepts), half of it is tried."""
        records: list[CallRecord] | None = None
        refused = False
        while True:
            try:
                page = await self.ctx.client.get_call_history(ext, limit=limit, start_date=start)
            except SopProtocolError:
                if records is None:
                    raise
                refused, limit = True, limit // 2
                if limit <= len(records):
                    log.warning("call history: only %d records fetched at once", len(records))
                    return records, True
                continue
            records = page
            if len(page) < limit:
                return records, False
            if limit >= MAX_LIMIT or refused:
                return records, True
            limit = min(limit * 5, MAX_LIMIT)

    async def load(self, account: str) -> None:
        """Read ``account``'s calls from the store (an unusable store starts anew)."""
        self.account, self.loaded = account, False
        try:
            calls, unseen = await self._in_worker(self.store.load, account)
        except sqlite3.Error as exc:
            await self._in_worker(self.store.discard, exc)
            calls, unseen = [], set()
        if account != self.account:
            return
        self.calls, self.unseen, self.loaded = calls, unseen, True
        self.calls_changed.emit()
        self.changed.emit()

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.loading_changed.emit(loading)

    async def _in_worker(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, partial(fn, *args))

    # -- seen, notifications -------------------------------------------------------------------
    def mark_seen(self) -> None:
        """The user looked at the history: nothing is unseen any more (persisted)."""
        if not self.unseen:
            return
        keys = sorted(self.unseen)
        self.unseen = set()
        self.changed.emit()
        if self._stopped:
            return
        # Straight to the worker (no coroutine): the write is queued behind any running merge.
        done = self._worker.submit(self.store.mark_seen, self.account, keys)
        done.add_done_callback(_log_failure)

    def _announce(self, missed: list[Call]) -> None:
        if not missed:
            return
        latest = missed[0]
        when = latest.when
        time = clock_text(when) if when else "?"  # the UI locale's clock, as in the menu
        if len(missed) == 1:
            title = QCoreApplication.translate("CallHistory", "Missed call")
            text = QCoreApplication.translate("CallHistory", "{who} called at {time}.").format(
                who=self.who(latest), time=time
            )
        else:
            title = CallHistory().missed_calls(len(missed))
            text = QCoreApplication.translate(
                "CallHistory", "The latest from {who} at {time}."
            ).format(who=self.who(latest), time=time)
        self.notify.emit(title, text)

    # -- call back -----------------------------------------------------------------------------
    async def call_back(self, call: Call) -> Reply:
        """Dial the other end of ``call`` through the dial feature (ccOriginate)."""
        name, number = self.party(call)
        if not number:
            return reply(
                EXIT_INVALID,
                QCoreApplication.translate("CallHistory", "This call has no number to call back."),
            )
        dialler = self.dialer_lookup() if self.dialer_lookup is not None else None
        if dialler is None:
            message = QCoreApplication.translate("CallHistory", "Calling back is not available.")
            self.notify.emit(QCoreApplication.translate("CallHistory", "Call history"), message)
            return reply(EXIT_FAILED, message)
        return await dialler.dial(number, name=name)


def _newest_first(record: CallRecord) -> tuple[bool, float]:
    stamp = record.timestamp
    return (stamp is None, -stamp.timestamp() if stamp is not None else 0.0)


def _log_failure(future: Future[None]) -> None:
    exc = future.exception()
    if exc is not None:
        log.warning("call history: could not store the seen mark: %s", exc)


def _merge_and_store(
    store: HistoryStore,
    account: str,
    known: list[Call],
    records: list[CallRecord],
    cutoff: str,
) -> tuple[list[Call], list[Call], set[str], str]:
    """On the worker thread: decode, merge, persist. Returns merged, added, unseen, db error."""
    fetched: list[Call] = []
    skipped = 0
    for record in records:
        try:
            fetched.append(from_record(record))
        except BadRecord as exc:  # one bad record never costs the rest of the answer
            skipped += 1
            log.warning("call history: record skipped: %s", exc)
    report = (
        QCoreApplication.translate(
            "CallHistory", "Call records from the SOP that could not be read were skipped: {n}."
        ).format(n=skipped)
        if skipped
        else ""
    )
    merged, added = merge(known, fetched)
    unseen = {c.key for c in added if c.counts_as_missed and c.stamp >= cutoff}
    if merged is known:
        return merged, added, unseen, report
    try:
        store.upsert(account, fetched, unseen)
    except (sqlite3.Error, OverflowError, ValueError) as exc:
        log.warning("call history: could not store the calls: %s", exc)
        return (
            merged,
            added,
            unseen,
            QCoreApplication.translate(
                "CallHistory", "The call history could not be saved: {error}"
            ).format(error=exc),
        )
    return merged, added, unseen, report
