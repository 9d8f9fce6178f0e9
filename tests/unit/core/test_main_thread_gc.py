"""Cycles that hold Qt objects are collected on the Qt thread, never in a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QObject

from app.core.main_thread_gc import MainThreadCollector

_refs: set[weakref.ref[QObject]] = set()


class Cycle(QObject):
    """A Qt object only the cycle collector can free (as a window and its connected lambda);
    ``died_in`` gets the thread that freed it (its C++ object goes with the wrapper)."""

    def __init__(self, died_in: list[int]) -> None:
        super().__init__()
        self.me = self

        def freed(ref: weakref.ref[QObject]) -> None:
            died_in.append(threading.get_ident())
            _refs.discard(ref)

        _refs.add(weakref.ref(self, freed))


def allocate_in_a_worker() -> None:
    """What the simulator's thread or a decoding worker does: allocate a lot of containers."""

    def work() -> None:
        for _ in range(50):
            junk = [{"row": i} for i in range(2_000)]
            del junk

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()


@pytest.fixture
def automatic_gc():
    """The interpreter's own collection, as a process without the collector has it."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_without_it_a_worker_thread_destroys_qt_objects(qapp, automatic_gc) -> None:
    """The hazard itself: the interpreter collects in whichever thread allocates."""
    gc.collect()  # the counts start from zero: the next collection is the worker's
    gc.disable()
    died_in: list[int] = []
    for _ in range(20):
        Cycle(died_in)
    gc.enable()
    allocate_in_a_worker()
    gc.collect()
    assert died_in, "the cycles were never collected"
    assert any(ident != threading.get_ident() for ident in died_in)


def test_with_it_they_die_on_the_qt_thread_at_its_next_check(qapp, qtbot) -> None:
    collector = MainThreadCollector(interval_ms=50)
    try:
        assert not gc.isenabled()
        died_in: list[int] = []
        count = gc.get_threshold()[0]  # enough garbage for a collection to be due
        for _ in range(count):
            Cycle(died_in)
        allocate_in_a_worker()
        assert died_in == []  # the worker allocated past every threshold and collected nothing
        qtbot.waitUntil(lambda: len(died_in) == count, timeout=5000)
        assert set(died_in) == {threading.get_ident()}
    finally:
        collector.stop()


def test_a_check_collects_only_the_generations_due(qapp) -> None:
    collector = MainThreadCollector(interval_ms=60_000)
    try:
        gc.collect()
        assert collector.check() is None  # nothing allocated since
        threshold0 = gc.get_threshold()[0]
        keep = [[i] for i in range(threshold0 + 10)]
        assert collector.check() == 0
        assert collector.check() is None
        del keep
    finally:
        collector.stop()


def test_stop_gives_collection_back_to_the_interpreter(qapp, automatic_gc) -> None:
    collector = MainThreadCollector()
    assert not gc.isenabled()
    collector.stop(automatic=True)
    assert gc.isenabled()


def test_stop_leaves_automatic_collection_off_by_default(qapp, automatic_gc) -> None:
    """At shutdown an automatic collection would start inside Qt destructors."""
    collector = MainThreadCollector()
    collector.stop()
    assert not gc.isenabled()
