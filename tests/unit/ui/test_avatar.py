"""Caller avatars: initials, a colour of the caller's own, readable white letters."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from app.ui.avatar import AVATAR_COLOURS, NO_NAME_COLOUR, avatar_colour, initials


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Jolien Mertens", "JM"),
        ("Danielle Van de Velde", "DV"),
        ("Anne-Sophie", "AS"),
        ("Stad Gent", "SG"),
        ("élodie", "É"),
        ("+3225551234", ""),
        ("", ""),
    ],
)
def test_initials(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_a_caller_keeps_their_colour_and_callers_differ() -> None:
    assert avatar_colour("Jolien Mertens") == avatar_colour("jolien mertens")
    names = ["Jolien Mertens", "Stad Gent", "Théo Goffin", "Hôtel Métropole", "Uwe Köhler"]
    assert len({avatar_colour(n) for n in names}) >= 3
    assert avatar_colour("+3225551234") == NO_NAME_COLOUR


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("colour", [*AVATAR_COLOURS, NO_NAME_COLOUR])
def test_white_initials_are_readable_on_every_colour(colour: str) -> None:
    ratio = 1.05 / (_luminance(QColor(colour)) + 0.05)
    assert ratio >= 4.5, (colour, round(ratio, 2))
