"""The server address as typed: completed when the scheme is missing, a space named as such."""

from __future__ import annotations

import pytest

from app import cli
from app.core.server_address import SPACES, complete_url, url_problem


@pytest.mark.parametrize(
    ("typed", "completed"),
    [
        ("sop.mycompany.be", "https://sop.mycompany.be"),
        (" sop.mycompany.be:8443/sop ", "https://sop.mycompany.be:8443/sop"),
        ("10.0.0.5", "https://10.0.0.5"),
        ("http://sop.mycompany.be", "http://sop.mycompany.be"),  # a scheme given is kept
        ("localhost", "localhost"),  # no dot: not guessed
        ("sop .mycompany.be", "sop .mycompany.be"),
        ("", ""),
    ],
)
def test_complete_url(typed: str, completed: str) -> None:
    assert complete_url(typed) == completed


def test_a_space_is_its_own_problem() -> None:
    assert url_problem("https://sop .mycompany.be") == SPACES
    assert url_problem("https://sop.mycompany.be/x y") == SPACES
    assert url_problem("https://sop.mycompany.be") is None


def test_doctor_names_the_space(cfg_dir, capsys) -> None:
    code = cli.main(["doctor", "--server", "https://sop .mycompany.be", "--user", "201"])
    assert code == cli.EXIT_INVALID
    assert "cannot contain spaces" in capsys.readouterr().err
