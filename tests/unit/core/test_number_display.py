"""Numbers as every window shows them: grouped by phonenumbers, extensions untouched."""

from __future__ import annotations

import pytest

from app.core.number_display import display_number
from app.core.numbers import canonical


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("+3225551234", "02 555 12 34"),  # home country: national form
        ("025551234", "02 555 12 34"),
        ("003225551234", "02 555 12 34"),
        ("0475123456", "0475 12 34 56"),
        ("+31205551234", "+31 20 555 1234"),  # abroad: international form
        ("+33145678901", "+33 1 45 67 89 01"),
        ("+32 472 89 78 31", "0472 89 78 31"),  # the directory's own grouping: ours instead
        ("02/555.12.34", "02 555 12 34"),
    ],
)
def test_numbers_are_grouped_for_reading(raw: str, shown: str) -> None:
    assert display_number(raw) == shown


@pytest.mark.parametrize("raw", ["100", "201", "*98", "#21#", "1234567", "Reception", ""])
def test_extensions_codes_and_unknown_shapes_stay_as_they_are(raw: str) -> None:
    assert display_number(raw) == raw


def test_another_home_country() -> None:
    assert display_number("+31205551234", "NL") == "020 555 1234"
    assert display_number("+3225551234", "NL") == "+32 2 555 12 34"


@pytest.mark.parametrize("raw", ["+3225551234", "0475123456", "+31205551234"])
def test_a_shown_number_dials_the_same_number(raw: str) -> None:
    """Copying what is on screen and dialling it reaches the same line."""
    shown = canonical(display_number(raw))
    assert shown.lstrip("+0").endswith(canonical(raw).lstrip("+0")[-8:])
