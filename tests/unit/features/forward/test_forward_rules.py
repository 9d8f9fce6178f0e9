"""Which profile parameters are forwarding numbers, which one is set by default, and the
requests of ``sop-companion forward ...``."""

from __future__ import annotations

import argparse

import pytest

from app.features.forward.commands import COMMAND
from app.features.forward.model import default_parameter, is_forwarding
from app.sop.models import ProfileParameter as P


def test_forwarding_parameters_by_type_and_name() -> None:
    assert is_forwarding(P("ForwardNumber", type="EXTENSION"))
    assert is_forwarding(P("CFU.Number", type="PHONENUMBER"))
    assert is_forwarding(P("X1", friendly_name="Renvoi", type="PHONENUMBER"))
    assert not is_forwarding(P("MobileNumber", type="PHONENUMBER"))
    assert not is_forwarding(P("ForwardEnabled", type="BOOLEAN"))


def test_default_prefers_a_phone_number_named_for_forwarding() -> None:
    ext = P("ForwardNumber", type="EXTENSION")
    cfu = P("CFU.Number", type="PHONENUMBER")
    vague = P("Night", descr="forward at night", type="PHONENUMBER")
    assert default_parameter([ext, cfu, vague]) is cfu
    assert default_parameter([ext]) is ext
    assert default_parameter([P("MobileNumber", type="PHONENUMBER")]) is None


def request(*argv: str):
    parser = argparse.ArgumentParser()
    COMMAND.add_arguments(parser)
    return COMMAND.request(parser.parse_args(list(argv)))


@pytest.mark.parametrize(
    ("argv", "sent"),
    [
        (["show"], {"cmd": "forward-show", "json": False}),
        (["show", "--json"], {"cmd": "forward-show", "json": True}),
        (["set", "+32 475"], {"cmd": "forward-set", "number": "+32 475"}),
        (
            ["set", "150", "--parameter", "ForwardNumber"],
            {"cmd": "forward-set", "number": "150", "parameter": "ForwardNumber"},
        ),
        (["clear"], {"cmd": "forward-clear"}),
    ],
)
def test_requests(argv, sent) -> None:
    assert request(*argv) == sent


def test_empty_number_is_refused_before_sending(capsys) -> None:
    assert request("set", " ") is None
    assert "Give a number" in capsys.readouterr().err
