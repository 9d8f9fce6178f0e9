"""Fault knobs: validation, precedence, clearing, and the events-mode listener."""

from __future__ import annotations

import pytest

from app.sim.faults import Faults


def test_call_mode_wins_over_star() -> None:
    faults = Faults()
    faults.set_mode("*", "http500")
    faults.set_mode("ccPing", "garbage")
    assert faults.mode_for("ccPing") == "garbage"
    assert faults.mode_for("dbGetCallflow") == "http500"
    faults.set_mode("*", None)
    assert faults.mode_for("dbGetCallflow") is None


def test_bad_values_are_refused() -> None:
    faults = Faults()
    with pytest.raises(ValueError):
        faults.set_mode("*", "explode")
    with pytest.raises(ValueError):
        faults.events_mode = "loud"
    with pytest.raises(ValueError):
        faults.apply({"latency": 1})
    with pytest.raises(ValueError):
        faults.apply({"modes": {"ccPing": "nope"}, "latency_s": 3})
    assert faults.latency_s == 0  # nothing changed by a refused apply


def test_apply_and_clear() -> None:
    seen: list[str] = []
    faults = Faults(basic_auth=("u", "p"), latency_s=0.25)
    faults.on_events_mode(seen.append)
    faults.apply(
        {
            "latency_s": 1.5,
            "call": "dbSetProfile",
            "mode": "truncated",
            "results": {"dbSetProfile": 5},
            "events_mode": "drop",
            "withhold_pong": True,
            "basic_auth": None,
        }
    )
    assert faults.snapshot() == {
        "latency_s": 1.5,
        "modes": {"dbSetProfile": "truncated"},
        "results": {"dbSetProfile": 5},
        "events_mode": "drop",
        "withhold_pong": True,
        "basic_auth": None,
    }
    assert seen == ["drop"]
    faults.apply({"clear": True})
    assert faults.snapshot()["latency_s"] == 0.25
    assert faults.basic_auth == ("u", "p")
    assert faults.result_for("dbSetProfile") is None
    assert seen == ["drop", "normal"]
