"""Merging fetched CDRs by uniqueid and choosing the next fetch window
(app.features.history.call_log)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.features.history.call_log import (
    FIRST_WINDOW,
    Call,
    fetch_start,
    from_record,
    merge,
    newest_stamp,
    record_key,
)
from tests.helpers.history_fakes import cdr


def calls(*records) -> list[Call]:
    return [from_record(r) for r in records]


def keys(items: list[Call]) -> list[str]:
    return [c.key for c in items]


def test_overlapping_poll_adds_only_the_new_and_drops_nothing() -> None:
    known = calls(cdr("c3", "2026-11-20 09:58:00"), cdr("c2", "2026-11-20 09:50:00"),
                  cdr("c1", "2026-11-19 17:00:00"))  # fmt: skip
    # The poll overlaps: c3 and c2 again, and two new ones around them.
    fetched = calls(cdr("c5", "2026-11-20 10:01:00"), cdr("c3", "2026-11-20 09:58:00"),
                    cdr("c4", "2026-11-20 09:55:00"), cdr("c2", "2026-11-20 09:50:00"))  # fmt: skip
    merged, added = merge(known, fetched)
    assert keys(merged) == ["c5", "c3", "c4", "c2", "c1"]
    assert keys(added) == ["c5", "c4"]


def test_duplicates_within_one_answer_count_once() -> None:
    fetched = calls(cdr("d", "2026-11-20 09:00:00"), cdr("d", "2026-11-20 09:00:00"))
    merged, added = merge([], fetched)
    assert keys(merged) == ["d"] and keys(added) == ["d"]


def test_unchanged_poll_returns_the_same_list() -> None:
    known = calls(cdr("a", "2026-11-20 09:00:00"))
    merged, added = merge(known, calls(cdr("a", "2026-11-20 09:00:00")))
    assert merged is known and added == []


def test_known_record_takes_the_fetched_fields() -> None:
    known = calls(cdr("a", "2026-11-20 09:00:00", "201", billsec=0))
    merged, added = merge(known, calls(cdr("a", "2026-11-20 09:00:00", "201", billsec=42)))
    assert added == [] and merged is not known and merged[0].billsec == 42


def test_records_without_uniqueid_get_a_stable_digest() -> None:
    a = record_key(cdr("", "2026-11-20 09:00:00", number="0470"))
    b = record_key(cdr("", "2026-11-20 09:00:00", number="0471"))
    assert a.startswith("~") and a != b
    assert a == record_key(cdr(" ", "2026-11-20 09:00:00", number="0470"))


def test_missing_timestamp_sorts_last_and_is_kept() -> None:
    undated = replace(from_record(cdr("u", "2026-11-20 09:00:00")), stamp="")
    merged, _ = merge(calls(cdr("a", "2026-11-19 09:00:00")), [undated])
    assert keys(merged) == ["a", "u"]
    assert undated.when is None and newest_stamp([undated]) is None


def test_window_at_midnight_reaches_back_into_yesterday() -> None:
    now = datetime(2026, 11, 21, 0, 3, 0)
    newest = datetime(2026, 11, 21, 0, 2, 0)
    assert fetch_start(newest, now) == datetime(2026, 11, 20, 23, 57, 0)
    assert fetch_start(newest, now, wide=True) == datetime(2026, 11, 20, 22, 2, 0)
    # New year: the overlap crosses the year boundary as plain datetime arithmetic.
    assert fetch_start(datetime(2027, 1, 1, 0, 0, 30), now.replace(year=2027, month=1, day=1)) == (
        datetime(2026, 12, 31, 23, 55, 30)
    )


def test_first_window_and_its_floor() -> None:
    now = datetime(2026, 11, 20, 10, 0, 0)
    assert fetch_start(None, now) == now - FIRST_WINDOW
    # After a long pause: a sensible window, not the whole gap.
    assert fetch_start(datetime(2026, 1, 1), now) == now - FIRST_WINDOW


def test_party_is_the_other_end() -> None:
    placed = from_record(cdr("p", "2026-11-20 09:00:00", "001", number="0470"))
    assert placed.party("201") == ("", "0470") and placed.outgoing("201")
    missed = from_record(cdr("m", "2026-11-20 09:00:00", "101", name="Bob", number="0471"))
    assert missed.party("201") == ("Bob", "0471")
    same = from_record(cdr("s", "2026-11-20 09:00:00", "101", name="0472", number="0472"))
    assert same.party("201") == ("", "0472")  # a name that is only the number is no name
    unknown_out = from_record(cdr("x", "2026-11-20 09:00:00", "999", number="0473"))
    unknown_out = replace(unknown_out, caller_number="201", called_number="0473")
    assert unknown_out.party("201") == ("", "0473")
