"""Missed calls and call history: fetch, merge, keep, count what is unseen.

The local store is read first (the history is there at once after a restart), then the SOP is
asked: the last 30 days on the first fetch, later from the newest record known minus an overlap
(app.features.history.call_log explains the windows). The SOP is asked only when something may
have changed: at start; while a call of the user may still ring (after an ``evNewOrigChannel``
that involves the user, every ``ring_poll_s`` until the call's record is in or ``ring_watch_s``
passed: the CDR exists only once the call ended, so a missed call shows within 10 s of the end
of its ringing); when the menu or the window opens (unless a fetch ran in the last
``OPEN_GAP_S``); a while after the event socket came back (spread over ``RECONNECT_SPREAD_S``,
so a SOP restart does not bring every desktop's fetch in the same second); and otherwise every
``idle_poll_s`` (10 minutes, jittered shorter). All sqlite work and the merge of large answers
run on one worker thread (the store's), never on the Qt thread.

Unseen: a missed call (dispositions 1xx) stored for the first time and at most 7 days old
counts as unseen until the history window is opened; voicemail (300) is listed, not counted.
A missed call that arrives while the app runs raises a notification naming the caller.

Signals (besides Feature's): calls_changed() (the list of calls changed), loading_changed(bool),
names_changed() (the company directory was refreshed: names from it may read differently).
"""

from __future__ import annotations

import asyncio
import logging
import random as _random
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core.commands import EXIT_FAILED, EXIT_INVALID, reply
from app.core.feature import Dialler, Feature, FeatureContext, Reply
from app.core.messages import describe
from app.core.schedule import Clock, Handle, LoopClock, Periodic, shortened
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
WIDE_EVERY = 6  # every 6th poll (an hour when idle) looks back WIDE_OVERLAP
IDLE_POLL_S = 600.0  # with nothing happening, the history is read at least this often
RING_POLL_S = 8.0  # while a call of the user may ring (jittered shorter): shown within 10 s
RING_WATCH_S = 60.0  # a call still without its record after this is left to the idle poll
OPEN_GAP_S = 20.0  # opening the menu or the window fetches unless a fetch ran this recently
RECONNECT_SPREAD_S = 300.0  # the fetch after the event socket came back: random delay up to this


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
        idle_poll_s: float = IDLE_POLL_S,
        ring_poll_s: float = RING_POLL_S,
        ring_watch_s: float = RING_WATCH_S,
        reconnect_spread_s: float = RECONNECT_SPREAD_S,
        timers: Clock | None = None,
        random: Callable[[], float] = _random.random,
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
        self._clock: Clock = timers or LoopClock()
        self._random = random
        self._ring_poll_s = ring_poll_s
        self._ring_watch_s = ring_watch_s
        self._reconnect_spread_s = reconnect_spread_s
        self._ringing: dict[str, float] = {}  # channel -> clock time its watch ends
        self._ring_handle: Handle | None = None
        self._reconnect_handle: Handle | None = None
        self._last_fetch: float | None = None  # clock time the last fetch started
        self._timer = Periodic(idle_poll_s, self.refresh_soon, clock=self._clock, random=random)
        self._started = False
        self._link_seen = False  # the event link was up once

    # -- Feature -------------------------------------------------------------------------------
    def start(self) -> None:
        self._started = True
        self.refresh_soon()

    async def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        for handle in (self._ring_handle, self._reconnect_handle):
            if handle is not None:
                handle.cancel()
        self._ring_handle = self._reconnect_handle = None
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
        if ext and ext in (event.extension, caller) and not self._stopped:
            # The CDR is written when the call ends: look every few seconds until it is in.
            self._ringing[event.channel] = self._clock.time() + self._ring_watch_s
            if self._ring_handle is None:
                self._schedule_ring_poll()

    def on_connected(self, connected: bool) -> None:
        first, self._link_seen = not self._link_seen, self._link_seen or connected
        if first:
            return  # the link's first connection: the fetch at start covers it
        if connected and self.loaded and self._reconnect_handle is None and not self._stopped:
            # Calls may have ended while the event link was down; after a SOP restart every
            # desktop comes back at once, so the fetch is spread.
            delay = self._reconnect_spread_s * self._random()
            self._reconnect_handle = self._clock.call_later(delay, self._after_reconnect)

    def _after_reconnect(self) -> None:
        self._reconnect_handle = None
        self.refresh_soon()

    def opened(self) -> None:
        """The menu or the history window opened: fetch unless one ran a moment ago."""
        last = self._last_fetch
        if last is None or self._clock.time() - last >= OPEN_GAP_S:
            self.refresh_soon()

    # -- while a call may ring -----------------------------------------------------------------
    def _schedule_ring_poll(self) -> None:
        delay = shortened(self._ring_poll_s, 0.2, self._random)
        self._ring_handle = self._clock.call_later(delay, self._ring_poll)

    def _ring_poll(self) -> None:
        self._ring_handle = None
        if self._stopped:
            return
        now = self._clock.time()
        recorded = {c.origchannel for c in self.calls[:POLL_LIMIT]}
        recorded |= {c.dstchannel for c in self.calls[:POLL_LIMIT]}
        self._ringing = {
            ch: until for ch, until in self._ringing.items() if until > now and ch not in recorded
        }
        if self._ringing:
            self.refresh_soon()
            self._schedule_ring_poll()

    @property
    def watching(self) -> list[str]:
        """Channels of the user's calls whose record is awaited (for tests and benches)."""
        return list(self._ringing)

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
        if self._started:
            self._timer.reset()  # the idle poll is due a full period after any fetch
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

    async def poll(self, *, wide: bool = False) -> bool:
        """One fetch and merge; False when it failed (the reason is in ``error``)."""
        user = self.ctx.session.user
        if user is None:
            return False
        account = f"{self.ctx.settings.server_url}|{user.ext}"
        if account != self.account or not self.loaded:
            await self.load(account)
        first_fill = not self.calls
        self._last_fetch = self._clock.time()
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
