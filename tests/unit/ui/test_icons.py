"""The tray icon at the size trays draw it (22 px): a legible badge, and status colours that
never look like the missed-call badge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from app.ui.icons import BADGE_RED, GREEN, badge_text, dot_icon, status_colour, status_icon

TRAY = 22


def _image(badge: int) -> QImage:
    return status_icon(GREEN, badge=badge).pixmap(QSize(TRAY, TRAY)).toImage()


def _ink_rows(image: QImage) -> int:
    """Rows of the badge's middle that hold its white text (the digit's height in pixels)."""
    size = image.width()
    red = [
        (x, y)
        for y in range(size)
        for x in range(size)
        if (c := image.pixelColor(x, y)).alpha() > 200
        and c.red() > 170
        and c.green() < 110
        and c.blue() < 110
    ]
    assert red, "no badge drawn"
    x0, x1 = min(x for x, _ in red), max(x for x, _ in red)
    y0, y1 = min(y for _, y in red), max(y for _, y in red)
    return sum(
        1
        for y in range(y0 + 1, y1)
        if any(
            image.pixelColor(x, y).lightness() > 170 and image.pixelColor(x, y).alpha() > 200
            for x in range(x0 + 3, x1 - 2)
        )
    )


@pytest.mark.parametrize("count", [1, 5, 9, 12, 42])
def test_the_badge_digits_are_tall_enough_to_read_at_22_px(qapp, count: int) -> None:
    # 7 px is where "5" and "9", "3" and "8" stop being told apart in a bold face
    assert _ink_rows(_image(count)) >= 7


def test_the_badge_says_the_count_not_nine_plus() -> None:
    assert [badge_text(n) for n in (1, 9, 10, 12, 99)] == ["1", "9", "10", "12", "99"]
    assert badge_text(100) == "99+" and badge_text(250) == "99+"


def test_five_and_nine_draw_differently(qapp) -> None:
    five, nine = _image(5), _image(9)
    differing = sum(
        1
        for y in range(TRAY)
        for x in range(TRAY)
        if abs(five.pixelColor(x, y).lightness() - nine.pixelColor(x, y).lightness()) > 60
    )
    assert differing >= 6


def _hue_distance(a: str, b: str) -> int:
    d = abs(QColor(a).hslHue() - QColor(b).hslHue())
    return min(d, 360 - d)


@pytest.mark.parametrize("status", ["Meeting", "Do not disturb", "DND", "Busy", "Conference"])
def test_busy_statuses_are_not_the_badge_red(status: str) -> None:
    colour = status_colour(status)
    assert _hue_distance(colour, BADGE_RED) >= 45, colour


def test_every_status_family_has_its_own_colour() -> None:
    family = {status_colour(s) for s in ("Office", "Meeting", "Holiday", "Custom")}
    assert len(family) == 4 and BADGE_RED not in family


def test_status_dot_is_drawn_in_its_colour(qapp) -> None:
    image = dot_icon("#8e44ad").pixmap(QSize(16, 16)).toImage()
    centre = image.pixelColor(8, 8)
    assert (centre.red(), centre.green(), centre.blue()) == (0x8E, 0x44, 0xAD)
