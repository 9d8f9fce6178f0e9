"""Search as you type: local answers at once, SOP lookups only when needed, never stale."""

from __future__ import annotations

import asyncio

import pytest

from app.core.directory_cache import DirectoryCache
from app.core.directory_index import DirectoryIndex, fold
from app.features.dial.search import DialSearch
from app.sop.models import DirectoryEntry
from tests.helpers.dial_fakes import BRAM, INES, DialClient


def test_fold_strips_accents_and_punctuation() -> None:
    assert fold("Inès VAN DAMME") == "ines van damme"
    assert fold("D'Hondt-Müller") == "d hondt muller"
    assert fold("Straße") == "strasse"


def test_index_ranks_extension_then_name_prefix_then_word_prefix() -> None:
    people = [
        DirectoryEntry(ext="300", fn="Anna", ln="Damme"),
        DirectoryEntry(ext="301", fn="Dam", ln="Sels"),
        DirectoryEntry(ext="302", fn="Inès", ln="Van Damme", mobile="+32 475 12 34 56"),
        DirectoryEntry(ext="303", fn="Adam", ln="Smith"),
        DirectoryEntry(ext="3", fn="Zed", ln="Three"),
    ]
    index = DirectoryIndex(people)
    assert [e.ext for e in index.search("dam")] == ["301", "300", "302", "303"]
    assert [e.ext for e in index.search("ines vandam")] == ["302"]
    assert [e.ext for e in index.search("VAN dämme")] == ["302"]
    assert [e.ext for e in index.search("3")][:1] == ["3"]  # the extension itself first
    assert [e.ext for e in index.search("475123")] == ["302"]  # mobile digits
    assert index.search("") == [] and index.search("zzz") == []
    assert index.lookup("+32475123456") is people[2]


def test_index_of_5000_is_searched_within_a_frame() -> None:
    import time

    people = [
        DirectoryEntry(ext=str(1000 + i), fn=f"Prénom{i}", ln=f"Nom{i % 97}", login=f"u{i}@x.be")
        for i in range(5000)
    ]
    index = DirectoryIndex(people)
    start = time.perf_counter()
    for query in ("p", "pr", "pre", "pren", "nom4", "nom42 pre"):
        index.search(query)
    assert (time.perf_counter() - start) / 6 < 0.016


@pytest.fixture
def client() -> DialClient:
    return DialClient()


@pytest.fixture
def cache(qapp, client, tmp_path) -> DirectoryCache:
    return DirectoryCache(client, tmp_path / "dir.json", "http://sop.test")


def record(search: DialSearch) -> list[tuple[str, list[str], bool]]:
    seen: list[tuple[str, list[str], bool]] = []
    search.results.connect(lambda q, entries, pending: seen.append((q, [e.ext for e in entries],
                                                                     pending)))  # fmt: skip
    return seen


def test_fresh_copy_answers_locally_without_asking_the_sop(cache, client, qloop) -> None:
    assert qloop.run(cache.refresh())
    search = DialSearch(cache, debounce_ms=0)
    seen = record(search)
    lookups = client.count("get_directory_info")
    assert [e.ext for e in search.search("ines")] == [INES.ext]
    qloop.run(asyncio.sleep(0))
    assert seen == [("ines", [INES.ext], False)]
    assert search.remote_lookups == 0 and client.count("get_directory_info") == lookups


def test_cold_copy_asks_the_sop_after_a_pause(cache, client, qloop) -> None:
    search = DialSearch(cache, debounce_ms=0)
    seen = record(search)
    search.search("Bram")
    qloop.until(lambda: len(seen) == 2)
    assert seen == [("Bram", [], True), ("Bram", [BRAM.ext], False)]
    fields = {k for name, kw in client.calls if name == "get_directory_info" for k in kw}
    assert fields == {"fn", "ln", "ext", "login"}


def test_stale_lookup_is_cancelled_and_never_shown(cache, client, qloop) -> None:
    search = DialSearch(cache, debounce_ms=0)
    seen = record(search)
    gate = asyncio.Event()
    client.gates["fn"] = gate  # the first lookup hangs in the SOP
    search.search("Inès")
    qloop.until(lambda: search.remote_lookups == 1 and client.count("get_directory_info") >= 4)
    first = search._remote
    del client.gates["fn"]
    search.search("Bram")  # a newer keystroke
    qloop.until(lambda: seen[-1] == ("Bram", [BRAM.ext], False))
    assert first is not None and first.cancelled()
    gate.set()
    newer = seen.index(("Bram", [], True))
    assert all(q == "Bram" for q, _e, _p in seen[newer:])
    assert not any(q == "Inès" and entries for q, entries, _p in seen)


def test_late_answer_for_an_old_query_is_dropped_even_if_not_cancelled(cache, qloop) -> None:
    search = DialSearch(cache, debounce_ms=0)
    seen = record(search)
    search.query = "newer"
    qloop.run(search._lookup("Bram"))  # an old lookup finishing after the user typed on
    assert seen == []


def test_cache_update_refreshes_current_results(cache, qloop) -> None:
    search = DialSearch(cache, debounce_ms=10_000)
    seen = record(search)
    search.search("peeters")
    search.cancel()
    assert qloop.run(cache.refresh())
    assert seen[-1] == ("peeters", [BRAM.ext], False)


def test_failed_refresh_keeps_the_old_copy(cache, client, qloop) -> None:
    from app.sop.errors import SopUnreachable

    assert qloop.run(cache.refresh())
    client.fail_next["get_directory_info"] = SopUnreachable("down", call="dbGetDirectoryInfo")
    assert not qloop.run(cache.refresh())
    assert len(cache.index) == 4


def test_a_restart_with_a_young_saved_copy_asks_the_sop_nothing(client, tmp_path, qapp,
                                                                 qloop) -> None:  # fmt: skip
    from tests.helpers.fake_clock import FakeClock

    path, timers = tmp_path / "dir.json", FakeClock()
    first = DirectoryCache(client, path, "http://sop.test", timers=timers)
    first.start()
    qloop.until(lambda: first._task is not None and first._task.done())
    pages = len(client.calls)
    assert pages == 10 and path.exists()  # one page per first digit of the extension
    qloop.run(first.stop())
    second = DirectoryCache(client, path, "http://sop.test", timers=timers)  # an hour later
    second._wall_clock = lambda: path.stat().st_mtime + 3600
    second.start()
    qloop.until(lambda: second._task is not None and second._task.done())
    assert len(client.calls) == pages and len(second.index) == 4 and second.fresh
    timers.advance(23 * 3600 - 1)  # the copy is a day old then
    assert len(client.calls) == pages
    timers.advance(2)
    qloop.until(lambda: second._task is not None and second._task.done())
    assert len(client.calls) == 2 * pages
    qloop.run(second.stop())
