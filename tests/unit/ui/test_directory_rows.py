"""Presence colours and the bold match of the dial box's rows."""

from __future__ import annotations

import pytest

from app.ui.directory_rows import AMBER, GREEN, GREY, RED, match_spans, presence_colour


@pytest.mark.parametrize(
    ("status", "colour"),
    [("Office", GREEN), ("Telework", GREEN), ("Busy", RED), ("Meeting", RED),
     ("DoNotDisturb", RED), ("Do not disturb", RED), ("Lunch", AMBER), ("Holiday", GREY),
     ("OutOfOffice", GREY), ("", GREY), ("Some custom status", GREY)],
)  # fmt: skip
def test_presence_colours(status: str, colour: str) -> None:
    assert presence_colour(status) == colour


def test_match_spans_start_words_and_ignore_accents() -> None:
    assert match_spans("Inès Van Damme", "van d") == [(5, 8), (9, 10)]
    assert match_spans("Inès Van Damme", "ines") == [(0, 4)]
    assert match_spans("Inès Van Damme", "amme") == []  # inside a word: not highlighted
    assert match_spans("Inès Van Damme", "") == []
