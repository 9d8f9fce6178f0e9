from __future__ import annotations

from pathlib import Path

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


def test_health_answers_even_before_the_app_is_configured(qapp, qloop) -> None:
    """`sop-companion health`: what support and soak runs read from the running process."""

    async def on_show(settings: dict) -> None:
        return None

    handler = CommandHandler(lambda: None, on_show)
    answer = qloop.run(handler({"cmd": "health"}))
    assert answer["exit"] == EXIT_OK
    health = answer["result"]
    assert health["rss_kib"] > 10_000  # a Qt process holds more than 10 MiB
    assert health["open_fds"] > 2 and health["threads"] >= 1
    assert health["asyncio_tasks"] >= 1  # this very request runs as a task on the loop
    assert health["refcounts"]["None"] > 1000 and health["refcounts"]["True"] > 10
    assert health["uptime_s"] >= 0 and health["guarded"] == []


def test_health_shows_where_python_memory_sits_only_when_tracing(qapp, qloop) -> None:
    """With tracemalloc on (a soak run's PYTHONTRACEMALLOC), `health` names the lines that hold
    memory, so growth can be traced to a line; otherwise it takes no snapshot at all."""
    import tracemalloc

    async def on_show(settings: dict) -> None:
        return None

    handler = CommandHandler(lambda: None, on_show)
    assert qloop.run(handler({"cmd": "health"}))["result"]["python_heap"] is None
    tracemalloc.start()
    try:
        hoard = [bytes(1000) for _ in range(2000)]  # about 2 MB held on the next line's left
        heap = qloop.run(handler({"cmd": "health"}))["result"]["python_heap"]
    finally:
        tracemalloc.stop()
    assert heap["traced_kib"] >= 1900
    biggest = heap["top"][0]
    assert biggest["where"].endswith(f"test_commands.py:{_line_of('hoard = [bytes')}")
    assert biggest["kib"] >= 1900 and biggest["count"] >= 2000
    assert len(hoard) == 2000


def _line_of(text: str) -> int:
    lines = Path(__file__).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line and "_line_of" not in line)
