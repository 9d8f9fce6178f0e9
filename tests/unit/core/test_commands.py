from __future__ import annotations

import pytest

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, CommandHandler
from app.core.session import Session
from app.sop.errors import SetProfileError
from tests.helpers.stubs import FakeClient


@pytest.fixture
def setup(qapp, qloop):
    client = FakeClient()
    session = Session(client, "201", "fr")
    qloop.run(session.refresh())
    shown: list[dict] = []

    async def on_show(settings: dict) -> None:
        shown.append(settings)

    return client, session, CommandHandler(lambda: session, on_show), shown


def test_status_reports_snapshot(setup, qloop) -> None:
    _, _session, handler, _ = setup
    answer = qloop.run(handler({"cmd": "status"}))
    assert answer["exit"] == EXIT_OK
    assert answer["result"]["status"]["current_translated"] == "Bureau"


def test_set_status_paths(setup, qloop) -> None:
    client, session, handler, _ = setup
    assert qloop.run(handler({"cmd": "set-status", "name": "Occupé"}))["exit"] == EXIT_OK
    assert session.callflow.current_status == "Busy"
    bad = qloop.run(handler({"cmd": "set-status", "name": "Nope"}))
    assert bad["exit"] == EXIT_INVALID and "Nope" in bad["message"]
    assert qloop.run(handler({"cmd": "set-status", "name": ""}))["exit"] == EXIT_INVALID
    client.fail_next["set_profile"] = SetProfileError("x", code=5, call="dbSetProfile")
    failed = qloop.run(handler({"cmd": "set-status", "name": "Office"}))
    assert failed["exit"] == EXIT_FAILED and "code 5" in failed["message"]
    assert session.snapshot()["errors"][-1] == failed["message"]


def test_unknown_command_and_show(setup, qloop) -> None:
    _, _, handler, shown = setup
    assert qloop.run(handler({"cmd": "fly"}))["exit"] == EXIT_INVALID
    assert qloop.run(handler({"cmd": "show", "settings": {"user": "7"}}))["exit"] == EXIT_OK
    assert shown == [{"user": "7"}]


def test_not_configured(qapp, qloop) -> None:
    async def on_show(settings: dict) -> None:
        return None

    handler = CommandHandler(lambda: None, on_show)
    assert qloop.run(handler({"cmd": "status"}))["exit"] == EXIT_FAILED
