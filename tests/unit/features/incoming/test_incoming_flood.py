"""A flood of calls to the user's extension: caller lookups stay bounded (one request in flight
per number, a few numbers at once, failures and misses remembered), nothing piles up."""

from __future__ import annotations

import asyncio
import time

import pytest

from app.features.incoming.model import MAX_OPEN, IncomingCalls
from app.sop.errors import SopTimeout
from tests.helpers.incoming_fakes import CallClient, incoming_context, ring

AT = "2026-11-05T10:00:00+01:00"


class SlowDirectory(CallClient):
    """dbGetDirectoryInfo for one extension waits for ``gate`` (a SOP answering in seconds);
    ``fail`` makes it time out instead. Counts the questions and the most asked at once."""

    def __init__(self) -> None:
        super().__init__()
        self.gate: asyncio.Event | None = None
        self.fail = False
        self.asked = 0
        self.in_flight = 0
        self.peak = 0

    async def get_directory_info(self, **filters: str):
        if filters.get("ext", "").endswith("%"):
            return await super().get_directory_info(**filters)
        self.asked += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            if self.gate is not None:
                await self.gate.wait()
            if self.fail:
                raise SopTimeout("The SOP did not answer within 4 s.")
            return await super().get_directory_info(**filters)
        finally:
            self.in_flight -= 1


@pytest.fixture
def client() -> SlowDirectory:
    return SlowDirectory()


@pytest.fixture
def feature(qapp, qloop, client, cfg_dir):
    f = IncomingCalls(incoming_context(client, cfg_dir), now=lambda: AT)
    assert qloop.run(f.cache.refresh())
    yield f
    qloop.run(f.stop())


def flood(qloop, feature: IncomingCalls, numbers: list[str], per_s: float = 50.0) -> None:
    """Ring ``numbers`` one by one at ``per_s`` calls a second, on the running loop."""

    async def run() -> None:
        for i, number in enumerate(numbers):
            feature.on_event(ring(f"SIP/flood-{i}", number))
            await asyncio.sleep(1 / per_s)

    qloop.run(run(), timeout=60)


def test_a_flood_with_a_slow_sop_keeps_lookups_and_tasks_bounded(feature, client, qloop) -> None:
    client.gate = asyncio.Event()  # the SOP does not answer during the flood
    numbers = [str(3000 + i % 150) for i in range(250)]  # 5 s at 50 calls/s, 150 extensions
    flood(qloop, feature, numbers)
    assert len(feature.calls) <= MAX_OPEN
    assert client.peak <= 4
    assert len(feature._tasks) <= MAX_OPEN + 1
    snapshot = feature.snapshot()  # what `status --json` reads: still answers at once
    assert len(snapshot["incoming"]["open"]) <= MAX_OPEN
    client.gate.set()
    started = time.monotonic()
    qloop.run(feature.stop())
    assert time.monotonic() - started < 1.0


def test_the_same_unknown_number_is_asked_once_under_a_flood(feature, client, qloop) -> None:
    flood(qloop, feature, ["778"] * 200, per_s=200.0)  # nobody has 778: a negative answer
    qloop.until(lambda: client.in_flight == 0)
    assert client.asked == 1


def test_a_failed_lookup_is_not_repeated_at_once(feature, client, qloop) -> None:
    client.fail = True
    flood(qloop, feature, ["779"] * 100, per_s=200.0)
    qloop.until(lambda: client.in_flight == 0)
    assert client.asked == 1


def test_a_60_kb_caller_name_is_cut_for_the_popup(feature, qloop) -> None:
    name = "N" * 60_000
    flood(qloop, feature, [f'"{name}" [0475123456]'])
    call = next(iter(feature.calls.values()))
    assert call.number == "0475123456"
    assert 0 < len(call.name) <= 100
    assert len(call.caller_id) <= 256
