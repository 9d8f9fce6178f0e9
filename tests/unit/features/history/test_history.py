"""The history feature: first load, incremental merge, the local store, unseen across restarts."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from datetime import datetime, timedelta

import pytest

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from app.features.history.call_log import from_record
from app.features.history.model import FIRST_LIMIT, MAX_LIMIT, POLL_LIMIT
from app.features.history.store import HistoryStore
from app.sop.errors import SopUnreachable
from tests.helpers.history_fakes import NOW, OWN, FakeDialler, HistoryClient, WallClock, cdr
from tests.helpers.history_fakes import make_history as _make

ACCOUNT = f"http://sop.test|{OWN}"


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


def week_of_calls() -> list:
    return [
        cdr("m1", NOW - timedelta(hours=1), "101", name="Bob Martin", number="0471"),
        cdr("v1", NOW - timedelta(hours=2), "300", name="Eve", number="0472"),
        cdr("a1", NOW - timedelta(hours=3), "201", name="Carl", number="0473"),
        cdr("p1", NOW - timedelta(hours=4), "001", number="0474"),
        cdr("m2", NOW - timedelta(days=6, hours=23), "103", number="0475"),
        cdr("m3", NOW - timedelta(days=7, hours=1), "100", number="0476"),  # older than 7 days
        cdr("x1", NOW - timedelta(days=1), "999", number="0477"),
    ]


@pytest.fixture
def client() -> HistoryClient:
    return HistoryClient(week_of_calls())


def make(cfg_dir, client, clock, **kw):
    feature = _make(cfg_dir, client, clock, **kw)
    return feature


def run_poll(qloop, feature) -> bool:
    async def go() -> bool:
        await feature.ctx.session.refresh()
        return await feature.poll()

    return qloop.run(go())


def test_first_start_counts_missed_calls_of_the_last_seven_days(cfg_dir, client, clock, qapp,
                                                                 qloop) -> None:  # fmt: skip
    feature = make(cfg_dir, client, clock)
    notes: list[tuple[str, str]] = []
    feature.notify.connect(lambda t, s: notes.append((t, s)))
    assert feature.snapshot()["missed_unseen"] is None  # nothing known yet
    assert run_poll(qloop, feature)
    first = client.history_calls[0]
    assert first == {"ext": OWN, "limit": FIRST_LIMIT, "start_date": NOW - timedelta(days=30)}
    assert [c.key for c in feature.calls] == ["m1", "v1", "a1", "p1", "x1", "m2", "m3"]
    assert feature.unseen == {"m1", "m2"}  # not 300, not older than 7 days, not unknown
    assert feature.snapshot()["missed_unseen"] == 2
    assert notes == []  # the first fill is shown by the badge, not by a notification
    qloop.run(feature.stop())


def test_incremental_poll_overlaps_and_notifies_the_new_missed_call(cfg_dir, client, clock, qapp,
                                                                    qloop) -> None:  # fmt: skip
    feature = make(cfg_dir, client, clock)
    notes: list[tuple[str, str]] = []
    feature.notify.connect(lambda t, s: notes.append((t, s)))
    assert run_poll(qloop, feature)
    clock.advance(minutes=10)
    client.records.append(cdr("m9", NOW + timedelta(minutes=9), "102", name="Dana", number="0479"))
    assert qloop.run(feature.poll())
    second = client.history_calls[-1]
    newest = NOW - timedelta(hours=1)
    # The first poll of a session is wide (2 h), the next one overlaps by 5 minutes.
    assert second["limit"] == POLL_LIMIT
    assert second["start_date"] == newest - timedelta(minutes=5)
    assert feature.calls[0].key == "m9" and len(feature.calls) == 8
    assert feature.unseen == {"m1", "m2", "m9"}
    assert notes == [("Missed call", "Dana (0479) called at 10:09.")]
    qloop.run(feature.stop())


def test_several_new_missed_calls_make_one_notification(cfg_dir, client, clock, qapp, qloop):
    feature = make(cfg_dir, client, clock)
    notes: list[tuple[str, str]] = []
    feature.notify.connect(lambda t, s: notes.append((t, s)))
    assert run_poll(qloop, feature)
    client.records += [cdr("n1", NOW + timedelta(minutes=1), "101", number="0481"),
                       cdr("n2", NOW + timedelta(minutes=2), "101", name="Fay", number="0482"),
                       cdr("n3", NOW + timedelta(minutes=3), "201", number="0483")]  # fmt: skip
    assert qloop.run(feature.poll())
    assert notes == [("2 missed calls", "The latest from Fay (0482) at 10:02.")]
    qloop.run(feature.stop())


def test_midnight_poll_asks_from_yesterday_and_merges(cfg_dir, clock, qapp, qloop) -> None:
    clock.now = datetime(2026, 11, 21, 0, 3, 0)
    client = HistoryClient([cdr("late", "2026-11-20 23:58:00", "201")])
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    client.records += [cdr("mid1", "2026-11-20 23:59:30", "101"),
                       cdr("mid2", "2026-11-21 00:01:00", "101")]  # fmt: skip
    assert qloop.run(feature.poll())
    assert client.history_calls[-1]["start_date"] == datetime(2026, 11, 20, 23, 53, 0)
    assert [c.key for c in feature.calls] == ["mid2", "mid1", "late"]
    assert feature.unseen == {"mid1", "mid2"}
    qloop.run(feature.stop())


def test_unseen_survives_a_restart_and_opening_clears_it(cfg_dir, client, clock, qapp, qloop):
    first = make(cfg_dir, client, clock)
    assert run_poll(qloop, first)
    assert first.unseen_count == 2
    qloop.run(first.stop())

    # Restart with the SOP down: the store alone gives the list and the count.
    client.fail_next["get_call_history"] = SopUnreachable("down")
    second = make(cfg_dir, client, clock)
    assert not run_poll(qloop, second)
    assert second.error and second.unseen == {"m1", "m2"} and len(second.calls) == 7
    second.mark_seen()
    assert second.unseen_count == 0 and second.snapshot()["missed_unseen"] == 0
    qloop.run(second.stop())  # the seen mark is written before the store closes

    third = make(cfg_dir, client, clock)
    qloop.run(third.load(ACCOUNT))
    assert third.unseen_count == 0 and len(third.calls) == 7
    # A missed call arriving later is unseen again, and only that one.
    clock.advance(minutes=5)
    client.records.append(cdr("m7", NOW + timedelta(minutes=4), "101"))
    assert run_poll(qloop, third)
    assert third.unseen == {"m7"}
    qloop.run(third.stop())


def test_the_store_keeps_calls_the_server_no_longer_returns(cfg_dir, client, clock, qapp, qloop):
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    qloop.run(feature.stop())
    client.records = []  # past the SOP's retention
    clock.advance(days=40)
    again = make(cfg_dir, client, clock)
    assert run_poll(qloop, again)
    assert len(again.calls) == 7
    qloop.run(again.stop())


def test_a_full_page_asks_again_for_more(cfg_dir, clock, qapp, qloop) -> None:
    many = [cdr(f"r{i}", NOW - timedelta(minutes=i), "201") for i in range(FIRST_LIMIT + 10)]
    client = HistoryClient(many)
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    assert [c["limit"] for c in client.history_calls] == [FIRST_LIMIT, MAX_LIMIT]
    assert len(feature.calls) == FIRST_LIMIT + 10
    qloop.run(feature.stop())


def test_a_refused_bigger_page_keeps_the_newest(cfg_dir, clock, qapp, qloop) -> None:
    many = [cdr(f"r{i}", NOW - timedelta(minutes=i), "201") for i in range(FIRST_LIMIT + 10)]
    client = HistoryClient(many)
    client.max_page = FIRST_LIMIT
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    assert len(feature.calls) == FIRST_LIMIT and feature.calls[0].key == "r0"
    limits = [c["limit"] for c in client.history_calls]
    # ...then one page from the newest record seen, which brings nothing new.
    assert limits == [FIRST_LIMIT, MAX_LIMIT, MAX_LIMIT // 2, MAX_LIMIT // 4, FIRST_LIMIT]
    assert client.history_calls[-1]["start_date"] == NOW
    qloop.run(feature.stop())


def test_a_sop_that_lists_and_keeps_the_oldest_is_paged_by_start_date(
    cfg_dir, clock, qapp, qloop
) -> None:
    many = [cdr(f"r{i}", NOW - timedelta(minutes=i), "201") for i in range(FIRST_LIMIT + 10)]
    client = HistoryClient(many)
    client.oldest_first = True  # the other reading of the reference: limit keeps the oldest
    client.max_page = FIRST_LIMIT  # and a bigger page is refused
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    assert len(feature.calls) == FIRST_LIMIT + 10
    assert feature.calls[0].key == "r0"  # newest first, whatever order the SOP used
    stamps = [c.when for c in feature.calls]
    assert stamps == sorted(stamps, reverse=True)
    qloop.run(feature.stop())


def test_a_refused_page_is_halved_until_accepted(cfg_dir, clock, qapp, qloop) -> None:
    many = [cdr(f"r{i}", NOW - timedelta(seconds=i), "201") for i in range(MAX_LIMIT + 10)]
    client = HistoryClient(many)
    client.max_page = 6000  # the client refuses answers larger than ~6,000 records
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    limits = [c["limit"] for c in client.history_calls]
    assert limits == [
        FIRST_LIMIT,
        MAX_LIMIT,
        MAX_LIMIT // 2,
        FIRST_LIMIT,
    ]  # + the page from the newest
    assert len(feature.calls) == MAX_LIMIT // 2 and feature.calls[0].key == "r0"
    qloop.run(feature.stop())


def test_fetch_error_is_reported_and_nothing_is_lost(cfg_dir, client, clock, qapp, qloop) -> None:
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    client.fail_next["get_call_history"] = SopUnreachable("down")
    assert not qloop.run(feature.poll())
    assert "cannot be reached" in feature.snapshot()["history"]["error"]
    assert len(feature.calls) == 7 and not feature.loading
    assert qloop.run(feature.poll()) and feature.error == ""
    qloop.run(feature.stop())


def test_an_unusable_store_file_is_set_aside(cfg_dir, client, clock, qapp, qloop) -> None:
    path = cfg_dir / "call-history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    assert len(feature.calls) == 7
    assert (cfg_dir / "call-history.sqlite3.corrupt").exists()
    qloop.run(feature.stop())


def test_store_writes_are_all_or_nothing(tmp_path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    good = [from_record(cdr(f"g{i}", NOW - timedelta(minutes=i))) for i in range(5)]
    store.upsert(ACCOUNT, good, {"g0"})
    bad = [from_record(cdr("n1", NOW)), from_record(cdr("n2", NOW))]
    object.__setattr__(bad[1], "duration", object())  # not bindable: fails mid-batch
    with pytest.raises(sqlite3.Error):
        store.upsert(ACCOUNT, bad, set())
    calls, unseen = store.load(ACCOUNT)
    assert [c.key for c in calls] == [f"g{i}" for i in range(5)] and unseen == {"g0"}
    store.close()


def test_store_prunes_the_oldest_beyond_its_cap(tmp_path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3", max_per_account=3)
    store.upsert(ACCOUNT, [from_record(cdr(f"k{i}", NOW - timedelta(hours=i))) for i in range(5)],
                 set())  # fmt: skip
    store.upsert("other|1", [from_record(cdr("o", NOW - timedelta(days=99)))], set())
    assert [c.key for c in store.load(ACCOUNT)[0]] == ["k0", "k1", "k2"]
    assert store.count("other|1") == 1  # accounts are kept apart
    store.close()


def test_polls_requested_while_one_runs_are_merged(cfg_dir, client, clock, qapp, qloop) -> None:
    feature = make(cfg_dir, client, clock)
    qloop.run(feature.ctx.session.refresh())
    client.gate = asyncio.Event()
    feature.refresh_soon()
    qloop.until(lambda: len(client.history_calls) == 1)
    assert feature.loading
    for _ in range(5):
        feature.refresh_soon()
    client.gate.set()
    qloop.until(lambda: feature._task is not None and feature._task.done())
    assert len(client.history_calls) == 2  # the running one, then one more for all five
    qloop.run(feature.stop())


def test_call_back_dials_the_other_end(cfg_dir, client, clock, qapp, qloop) -> None:
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    by_key = {c.key: c for c in feature.calls}
    assert qloop.run(feature.call_back(by_key["m1"]))["exit"] == EXIT_FAILED  # no dialler yet
    dialler = FakeDialler()
    feature.dialer_lookup = lambda: dialler
    feature.name_lookup = {"0474": "Pat Placed"}.get  # type: ignore[assignment]
    assert qloop.run(feature.call_back(by_key["m1"]))["exit"] == EXIT_OK
    assert qloop.run(feature.call_back(by_key["p1"]))["exit"] == EXIT_OK
    assert dialler.dialled == [("0471", "Bob Martin"), ("0474", "Pat Placed")]
    nobody = from_record(cdr("z", NOW, "101", number=""))
    assert qloop.run(feature.call_back(nobody))["exit"] == EXIT_INVALID
    qloop.run(feature.stop())


def test_a_future_dated_record_does_not_stop_the_sync_even_after_a_restart(
    cfg_dir, client, clock, qapp, qloop
) -> None:
    client.records.append(cdr("future", "2099-01-01 00:00:00", "101", number="0499"))
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    clock.advance(minutes=10)
    client.records.append(cdr("m9", NOW + timedelta(minutes=9), "102", number="0479"))
    assert qloop.run(feature.poll())
    assert client.history_calls[-1]["start_date"] <= clock.now
    assert "m9" in {c.key for c in feature.calls}
    qloop.run(feature.stop())

    clock.advance(minutes=10)  # a restart: the future record comes back from the store
    client.records.append(cdr("m10", NOW + timedelta(minutes=19), "102", number="0478"))
    again = make(cfg_dir, client, clock)
    assert run_poll(qloop, again)
    assert client.history_calls[-1]["start_date"] <= clock.now
    assert {"m9", "m10", "future"} <= {c.key for c in again.calls}
    qloop.run(again.stop())


def test_an_oversized_duration_skips_that_record_only_and_says_so(
    cfg_dir, client, clock, qapp, qloop
) -> None:
    huge = cdr("huge", NOW - timedelta(minutes=30), "101", number="0470")
    client.records.append(dataclasses.replace(huge, duration=10**30))  # as "duration": 1e30 parses
    feature = make(cfg_dir, client, clock)
    assert run_poll(qloop, feature)
    keys = {c.key for c in feature.calls}
    assert keys == {"m1", "v1", "a1", "p1", "x1", "m2", "m3"}
    error = feature.snapshot()["history"]["error"]
    assert error and "skipped: 1" in error
    qloop.run(feature.stop())
    assert HistoryStore(cfg_dir / "call-history.sqlite3").count(ACCOUNT) == 7
