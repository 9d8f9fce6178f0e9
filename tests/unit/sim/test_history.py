"""Generated call history: every disposition, recent, unique ids, newest first."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.sim.data import build_company
from app.sim.history import KNOWN_CODES, UNKNOWN_CODES, generate, parse_start_date, select

ANCHOR = datetime(2026, 3, 4, 15, 30, 0)


def _history(ext_index: int = 0) -> list[dict[str, str]]:
    people = build_company(2026, 240).people
    return generate(2026, people[ext_index], people, ANCHOR)


def test_deterministic() -> None:
    assert _history() == _history()
    assert _history(0) != _history(1)


def test_every_code_in_the_last_week() -> None:
    week_ago = (ANCHOR - timedelta(days=7)).strftime("%Y-%m-%d %H:%M:%S")
    recent = {r["disposition"] for r in _history() if r["timestamp"] >= week_ago}
    assert set(KNOWN_CODES) | set(UNKNOWN_CODES) <= recent


def test_shape() -> None:
    records = _history()
    stamps = [r["timestamp"] for r in records]
    assert stamps == sorted(stamps, reverse=True)
    assert all(s < ANCHOR.strftime("%Y-%m-%d %H:%M:%S") for s in stamps)
    assert len({r["uniqueid"] for r in records}) == len(records)
    for record in records:
        assert record["duration"].isdigit() and record["billsec"].isdigit()
        assert int(record["billsec"]) <= int(record["duration"])
        if record["disposition"].startswith("1"):
            assert record["billsec"] == "0"


def test_select() -> None:
    records = _history()
    start = parse_start_date(records[9]["timestamp"])
    assert start is not None
    assert select(records, start=start, limit=100) == [
        r for r in records if r["timestamp"] >= records[9]["timestamp"]
    ]
    assert select(records, start=start, limit=3) == records[:3]
    assert select(records, start=ANCHOR, limit=10) == []


def test_parse_start_date() -> None:
    assert parse_start_date("2026-01-02 03:04:05") == datetime(2026, 1, 2, 3, 4, 5)
    assert parse_start_date("2026-01-02") == datetime(2026, 1, 2)
    assert parse_start_date("yesterday") is None
    assert parse_start_date("2026-13-01 00:00:00") is None
