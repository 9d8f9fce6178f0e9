"""What ``--help`` and a script see: whole words, no repository jargon, JSON on every path."""

from __future__ import annotations

import json

import pytest

from app import cli
from app.sim import __main__ as sim_main


@pytest.mark.parametrize("columns", ["50", "60", "70", "80", "100"])
def test_help_never_breaks_a_command_name(columns, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    for parser in (cli.gui_parser(), cli.sub_parser(), cli.doctor_parser()):
        text = parser.format_help()
        assert not any(
            line.rstrip().endswith(("set-", "--demo-", "--sim-")) for line in text.splitlines()
        )
    text = cli.gui_parser().format_help()
    assert "set-status" in text
    assert "packaging/" not in text and "elsewhere" not in text and "`" not in text
    assert "--install-desktop" in text


def test_the_simulators_help_has_no_markup(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        sim_main.parse_args(["--help"])
    text = capsys.readouterr().out
    assert "`" not in text and ".py" not in text
    assert "--http-port N" in text and "HTTP_PORT" not in text


def test_status_json_without_a_running_instance_is_json(cfg_dir, capsys) -> None:
    assert cli.main(["status", "--json"]) == cli.EXIT_FAILED
    out = capsys.readouterr()
    assert json.loads(out.out) == {"running": False}
    assert "not running" in out.err


@pytest.mark.parametrize(
    ("value", "why"),
    [("8080", "two port numbers"), ("8080,x", "two port numbers"), ("0,5050", "between"),
     ("5050,5050", "different"), ("8080,70000", "between")],
)  # fmt: skip
def test_demo_ports_are_checked(value, why, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.gui_parser().parse_args(["--demo", "--demo-ports", value])
    assert exited.value.code == 2
    assert why in capsys.readouterr().err


def test_demo_ports_need_the_demo(cfg_dir, capsys) -> None:
    assert cli.main(["--demo-ports", "8080,5050"]) == cli.EXIT_INVALID
    assert "--demo" in capsys.readouterr().err
