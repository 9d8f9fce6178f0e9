"""``sop-companion park ...``: the requests, and the parked line of ``status``."""

from __future__ import annotations

import argparse

from app.features.parked.commands import COMMAND
from app.features.parked.model import duration_text


def request(*argv: str):
    parser = argparse.ArgumentParser()
    COMMAND.add_arguments(parser)
    return COMMAND.request(parser.parse_args(list(argv)))


def test_requests(capsys) -> None:
    assert request("list") == {"cmd": "park-list", "json": False}
    assert request("list", "--json") == {"cmd": "park-list", "json": True}
    assert request("pickup", " 701 ") == {"cmd": "park-pickup", "slot": "701"}
    assert request("pickup", " ") is None
    assert "Give a park slot" in capsys.readouterr().err


def test_status_line() -> None:
    assert COMMAND.status_lines is not None
    state = {"parked": [{"slot": "701", "caller_name": "Mia", "caller_id": "+3247"},
                        {"slot": "702", "caller_name": "", "caller_id": "+3202"}]}  # fmt: skip
    assert COMMAND.status_lines(state) == ["Parked:    701 (Mia), 702 (+3202)"]
    assert COMMAND.status_lines({"parked": []}) == []


def test_durations() -> None:
    assert [duration_text(s) for s in (None, 0, 75, 3725)] == ["?", "0:00", "1:15", "1:02:05"]
