"""``sop-companion queue ...``: the request each form sends, the refusals before anything is
sent, and the queue line of ``status``."""

from __future__ import annotations

import argparse

import pytest

from app.features.queues.commands import COMMAND


def request(*argv: str):
    parser = argparse.ArgumentParser()
    COMMAND.add_arguments(parser)
    return COMMAND.request(parser.parse_args(list(argv)))


@pytest.mark.parametrize(
    ("argv", "sent"),
    [
        (["list"], {"cmd": "queue-list", "json": False}),
        (["list", "--json"], {"cmd": "queue-list", "json": True}),
        (["join", "Sales"], {"cmd": "queue-join", "queue": "Sales"}),
        (["leave", " AQA00002 "], {"cmd": "queue-leave", "queue": "AQA00002"}),
        (["pause", "Sales"], {"cmd": "queue-pause", "queue": "Sales"}),
        (["pause", "--all"], {"cmd": "queue-pause", "all": True}),
        (["unpause", "--all"], {"cmd": "queue-unpause", "all": True}),
        (["unpause", "Billing"], {"cmd": "queue-unpause", "queue": "Billing"}),
    ],
)
def test_requests(argv, sent) -> None:
    assert request(*argv) == sent


@pytest.mark.parametrize("argv", [["pause"], ["unpause", " "], ["pause", "Sales", "--all"]])
def test_refused_before_sending(argv, capsys) -> None:
    assert request(*argv) is None
    assert "Give a queue" in capsys.readouterr().err


def test_status_line_names_my_queues() -> None:
    state = {
        "queues": [
            {"name": "Sales", "member": True, "waiting": 2, "paused": True},
            {"name": "Billing", "member": False, "waiting": 5, "paused": False},
            {"name": "Support-FR", "member": True, "waiting": None, "paused": False},
        ]
    }
    assert COMMAND.status_lines is not None
    assert COMMAND.status_lines(state) == [
        "Queues:    Sales (2 waiting, paused), Support-FR (? waiting)"
    ]
    assert COMMAND.status_lines({"queues": None}) == []
    assert COMMAND.status_lines({"queues": [state["queues"][1]]}) == []
