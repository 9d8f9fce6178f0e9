"""One user's call log in memory: records, their merge, and the windows to fetch.

Theory of operation
-------------------
dbGetCallHistory takes a lower bound only (``start_date``, the SOP's local wall time without a
zone) and a ``limit``, and answers newest first. The first fetch asks for the last
:data:`FIRST_WINDOW`; every later one asks from the newest record known minus an overlap, and the
answer is merged by ``uniqueid``: a record seen twice is one record (its fields are refreshed), a
record never seen is added, nothing known is ever dropped. The overlap exists because the
timestamps have no zone (a clock change repeats an hour) and because a CDR is written when a call
ends but stamped with its start: a long call shows up after shorter, newer ones. A short overlap
serves the frequent polls; a wide one (:data:`WIDE_OVERLAP`) is used now and then.

Timestamps are kept as the SOP's own text (``yyyy-mm-dd hh:mm:ss``), which sorts like time; all
the arithmetic is done on naive datetimes, so midnight and month ends are ordinary.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.features.history.dispositions import Category, Disposition, decode
from app.sop.models import CallRecord

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
FIRST_WINDOW = timedelta(days=30)
UNSEEN_WINDOW = timedelta(days=7)  # missed calls newer than this, never seen, count as unseen
OVERLAP = timedelta(minutes=5)
WIDE_OVERLAP = timedelta(hours=2)
MAX_CALL_SECONDS = 10**9  # 31 years: anything larger is not a duration (and overflows SQLite)
MAX_NAME_CHARS = 200  # a caller name is shown in a menu line; longer is cut
MAX_NUMBER_CHARS = 64
MAX_FIELD_CHARS = 256


class BadRecord(ValueError):
    """A CDR the app cannot keep (a duration out of range): skipped and reported."""


@dataclass(frozen=True, slots=True)
class Call:
    """One CDR as the app keeps it. ``key`` is the ``uniqueid`` (or a digest when it is empty)."""

    key: str
    stamp: str  # "yyyy-mm-dd hh:mm:ss" ("" when the SOP sent none or garbage)
    caller_name: str = ""
    caller_number: str = ""
    called_number: str = ""
    disposition: str = ""
    last_action: str = ""
    last_application: str = ""
    context: str = ""
    origchannel: str = ""
    dstchannel: str = ""
    duration: int = 0
    billsec: int = 0

    @property
    def disp(self) -> Disposition:
        return decode(self.disposition)

    @property
    def when(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.stamp) if self.stamp else None
        except ValueError:
            return None

    @property
    def counts_as_missed(self) -> bool:
        return self.disp.counts_as_missed

    @property
    def not_taken(self) -> bool:
        """Missed or sent to voicemail: what the tray's "Missed calls" section lists."""
        return self.disp.category in (Category.MISSED, Category.VOICEMAIL)

    def outgoing(self, own_ext: str) -> bool:
        """Placed by the user (for unknown codes: the user's extension is the caller)."""
        category = self.disp.category
        if category is Category.UNKNOWN:
            return bool(own_ext) and self.caller_number == own_ext
        return category is Category.PLACED

    def party(self, own_ext: str) -> tuple[str, str]:
        """(name, number) of the other end; the name only when the record carries one."""
        if self.outgoing(own_ext):
            return "", self.called_number
        name = self.caller_name.strip()
        return ("" if name == self.caller_number else name), self.caller_number


FIELDS = tuple(Call.__dataclass_fields__)  # column order of the store


def stamp_of(when: datetime | None) -> str:
    return when.strftime(TIME_FORMAT) if when is not None else ""


def record_key(record: CallRecord) -> str:
    """``uniqueid``; records without one get a digest of what identifies a call."""
    if record.uniqueid.strip():
        return record.uniqueid.strip()
    ident = "\x1f".join(
        (stamp_of(record.timestamp), record.caller_number, record.called_number,
         record.disposition, record.origchannel, record.dstchannel)
    )  # fmt: skip
    return "~" + hashlib.sha1(ident.encode("utf-8"), usedforsecurity=False).hexdigest()[:20]


def _seconds(value: object, name: str) -> int:
    if not isinstance(value, int) or not 0 <= value <= MAX_CALL_SECONDS:
        raise BadRecord(f"{name} out of range: {str(value)[:40]}")
    return value


def from_record(record: CallRecord) -> Call:
    """The call to keep for ``record``; long texts are cut, a bad number raises BadRecord."""
    return Call(
        key=record_key(record)[:MAX_FIELD_CHARS],
        stamp=stamp_of(record.timestamp),
        caller_name=record.caller_name[:MAX_NAME_CHARS],
        caller_number=record.caller_number[:MAX_NUMBER_CHARS],
        called_number=record.called_number[:MAX_NUMBER_CHARS],
        disposition=record.disposition[:MAX_NUMBER_CHARS],
        last_action=record.last_action[:MAX_FIELD_CHARS],
        last_application=record.last_application[:MAX_FIELD_CHARS],
        context=record.context[:MAX_FIELD_CHARS],
        origchannel=record.origchannel[:MAX_FIELD_CHARS],
        dstchannel=record.dstchannel[:MAX_FIELD_CHARS],
        duration=_seconds(record.duration, "duration"),
        billsec=_seconds(record.billsec, "billsec"),
    )


def _order(call: Call) -> tuple[str, str]:
    return call.stamp, call.key


def merge(known: list[Call], fetched: Iterable[Call]) -> tuple[list[Call], list[Call]]:
    """``known`` (newest first) with ``fetched`` merged in: (the new list, the calls added).

    A key already known takes the fetched fields (the SOP may complete a CDR); duplicates within
    ``fetched`` count once; nothing known is dropped. The result is newest first; when nothing
    changed it is ``known`` itself (callers test ``is`` to skip work).
    """
    by_key = {call.key: call for call in known}
    added: dict[str, Call] = {}
    changed = False
    for call in fetched:
        old = by_key.get(call.key)
        if old is None:
            added[call.key] = call
        elif old != call:
            changed = True
        by_key[call.key] = call
    if not added and not changed:
        return known, []
    merged = sorted(by_key.values(), key=_order, reverse=True)
    return merged, sorted(added.values(), key=_order, reverse=True)


def newest_stamp(calls: Sequence[Call]) -> datetime | None:
    """The newest timestamp among ``calls`` (they are kept newest first; "" sorts last)."""
    for call in calls:
        when = call.when
        if when is not None:
            return when
    return None


def fetch_start(newest: datetime | None, now: datetime, *, wide: bool = False) -> datetime:
    """``start_date`` of the next fetch: the first window, or the newest known minus an overlap.

    Never earlier than the first window: after a long pause the app fetches a sensible window,
    and the store keeps whatever it had from before. Never later than ``now`` minus the
    overlap either: one record stamped in the future (2099) would otherwise hide every real
    call from then on.
    """
    floor = now - FIRST_WINDOW
    if newest is None:
        return floor
    newest = min(newest, now)
    start = newest - (WIDE_OVERLAP if wide else OVERLAP)
    return max(start, floor)


def unseen_cutoff(now: datetime) -> str:
    """Missed calls stamped at or after this, when first stored, count as unseen."""
    return stamp_of(now - UNSEEN_WINDOW)
