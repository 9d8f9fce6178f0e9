"""`sop-companion set-status NAME --for D | --until T`: the request sent to the running instance,
the exit codes it passes on, and the `Until:` line of `status`."""

from __future__ import annotations

from typing import Any

import pytest

import app.platform.single_instance as single_instance
from app import cli
from app.core.commands import EXIT_FAILED, CommandHandler
from tests.helpers.stubs import FakeClient


@pytest.fixture
def sent(monkeypatch) -> list[dict[str, Any]]:
    requests: list[dict[str, Any]] = []

    def fake_send(_name: str, request: dict[str, Any], timeout_s: float = 30.0) -> dict[str, Any]:
        requests.append(request)
        if request["cmd"] == "status":
            status = {"current_translated": "Occupé", "until": "2026-06-10T14:00:00+02:00"}
            return {"exit": 0, "result": {"status": status | {"reason": "timer"}}}
        if request.get("until") == "08:00":
            return {"exit": 2, "message": "08:00 is already past."}
        return {"exit": 0, "message": "Occupé until 14:00"}

    monkeypatch.setattr(single_instance, "send_request", fake_send)
    return requests


def test_for_and_until_go_to_the_instance_as_written(sent, capsys) -> None:
    assert cli.main(["set-status", "Busy", "--for", "1h30"]) == 0
    assert cli.main(["set-status", "Busy", "--until", "14:00"]) == 0
    assert sent == [
        {"cmd": "set-status", "name": "Busy", "for": "1h30"},
        {"cmd": "set-status", "name": "Busy", "until": "14:00"},
    ]
    assert "Occupé until 14:00" in capsys.readouterr().out


def test_then_names_the_status_afterwards(sent, capsys) -> None:
    assert cli.main(["set-status", "Busy", "--for", "1h", "--then", "Telework"]) == 0
    assert sent == [{"cmd": "set-status", "name": "Busy", "for": "1h", "then": "Telework"}]
    assert cli.main(["set-status", "Busy", "--then", "Telework"]) == 2  # needs a deadline
    assert "--then needs --for or --until" in capsys.readouterr().err
    assert len(sent) == 1


def test_a_past_time_exits_2_with_the_reason(sent, capsys) -> None:
    assert cli.main(["set-status", "Busy", "--until", "08:00"]) == 2
    assert "already past" in capsys.readouterr().err


def test_for_and_until_together_are_refused_before_sending(sent, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["set-status", "Busy", "--for", "1h", "--until", "14:00"])
    assert exit_info.value.code == 2
    assert sent == []


def test_status_shows_until_when(sent, capsys) -> None:
    assert cli.main(["status"]) == 0
    assert "Until:     2026-06-10T14:00:00+02:00 (timer)" in capsys.readouterr().out


def test_without_the_rules_feature_a_timed_status_fails_clearly(qapp, qloop) -> None:
    from app.core.session import Session

    session = Session(FakeClient(), "201", "en")
    qloop.run(session.refresh())

    async def no_show(_s: object) -> None:
        return None

    handler = CommandHandler(lambda: session, no_show, extra=dict)
    answer = qloop.run(handler({"cmd": "set-status", "name": "Busy", "for": "1h"}))
    assert answer["exit"] == EXIT_FAILED and "not available" in answer["message"]
    assert session.callflow is not None and session.callflow.current_status == "Office"
