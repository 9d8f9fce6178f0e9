"""`sop-companion pum login|logout`: the request sent to the running instance and the exit codes."""

from __future__ import annotations

from typing import Any

import pytest

import app.platform.single_instance as single_instance
from app import cli


@pytest.fixture
def sent(monkeypatch) -> list[dict[str, Any]]:
    requests: list[dict[str, Any]] = []
    answers = {
        "pum-login": {"exit": 0, "message": "Logged in at SDP80002 (virtual phone SVE20001)."},
        "pum-logout": {
            "exit": 3,
            "message": "Refused: … Available in 73 s; nothing was sent.",
            "result": {"retry_after_s": 73},
        },
    }

    def fake_send(_name: str, request: dict[str, Any], timeout_s: float = 30.0) -> dict[str, Any]:
        requests.append(request)
        return answers[request["cmd"]]

    monkeypatch.setattr(single_instance, "send_request", fake_send)
    return requests


def test_login_default_phone(sent, capsys) -> None:
    assert cli.main(["pum", "login"]) == 0
    assert sent == [{"cmd": "pum-login"}]
    assert "SVE20001" in capsys.readouterr().out


def test_login_with_phone(sent) -> None:
    assert cli.main(["pum", "login", "--phone", "SDPH0100"]) == 0
    assert sent == [{"cmd": "pum-login", "phone": "SDPH0100"}]


def test_throttled_logout_exits_3_with_seconds_left(sent, capsys) -> None:
    assert cli.main(["pum", "logout"]) == 3
    assert sent == [{"cmd": "pum-logout"}]
    assert "73 s" in capsys.readouterr().err


def test_pum_needs_an_action(sent, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["pum"])
    assert info.value.code == 2 and sent == []


def test_no_running_instance_exits_1(monkeypatch, capsys) -> None:
    def none_running(*_args: object, **_kw: object) -> dict[str, Any]:
        raise single_instance.NoInstance("nobody")

    monkeypatch.setattr(single_instance, "send_request", none_running)
    assert cli.main(["pum", "logout"]) == 1
    assert "not running" in capsys.readouterr().err
