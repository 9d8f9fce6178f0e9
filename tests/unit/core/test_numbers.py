"""Number normalisation: what people paste, the site's rules, and an alphabet that cannot leak."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.core.numbers import (
    DIALLABLE,
    DialRules,
    InvalidNumber,
    canonical,
    dial_string,
    looks_like_number,
    normalise,
)

NBSP, NNBSP, EN_DASH, FIG_DASH, MINUS = "\u00a0", "\u202f", "\u2013", "\u2012", "\u2212"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+32 (0)2 555 12 34", "+3225551234"),
        ("02/555.12.34", "025551234"),
        ("tel:+32-2-555-1234", "+3225551234"),
        ("TEL:+32-2-555-1234;phone-context=example.com", "+3225551234"),
        ("callto://+3225551234", "+3225551234"),
        ("callto:+32%202%20555%2012%2034", "+3225551234"),
        ("sip:102@pbx", "102"),
        ("sips:+3225551234@pbx.example.com;user=phone", "+3225551234"),
        (f"+32{NBSP}2{NNBSP}555{EN_DASH}12{FIG_DASH}34", "+3225551234"),
        (f"02{MINUS}555 12 34", "025551234"),  # U+2212 MINUS SIGN, typography's "dash"
        ("0032 (0)2 555 12 34", "003225551234"),
        ("(02) 555 12 34", "025551234"),
        ("  201  ", "201"),
        ("*21#", "*21#"),
        ("\uff10\uff12 555", "02555"),  # full-width digits
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("0475\u200b12 34 56", "0475123456"),  # zero-width space from a web page
    ],
)
def test_accepts_what_people_paste(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Enter a phone number"),
        ("   ", "Enter a phone number"),
        ("abc", "“a” is not allowed"),
        ("02 555 12 34 & 35", "“&” is not allowed"),
        ("call me", "is not allowed"),
        ("02 555 12 34 ext 5", "“e” is not allowed"),
        ("++32", "+ may only stand at the start"),
        ("02+555", "+ may only stand at the start"),
        ("+", "has no digits"),
        ("()--", "has no digits"),
        ("2²", "“²” is not allowed"),
        ("sip:alice@pbx", "is not allowed"),
        ("1" * 40, "more than 32 digits"),
        ("02 555\n; rm -rf", "one number at a time"),
        ("123\n456", "one number at a time"),
        ("123\r\n456", "one number at a time"),
        ("123\u2028456", "one number at a time"),
        ("123\u202e456", "reading direction"),
        ("\u2066+32 2 555 12 34\u2069", "reading direction"),
        ("tel:0475\u200f123456", "reading direction"),
        ("tel:123;x=" + "a" * 70_000, "too long to be a phone number"),
    ],
)
def test_refuses_anything_else_with_a_clear_message(text: str, fragment: str) -> None:
    with pytest.raises(InvalidNumber) as info:
        normalise(text)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("number", "rules", "expected"),
    [
        ("+3225551234", DialRules(international_prefix="00"), "003225551234"),
        ("+3225551234", DialRules(outside_prefix="0", international_prefix="00"), "0003225551234"),
        ("025551234", DialRules(outside_prefix="0"), "0025551234"),
        ("201", DialRules(outside_prefix="0"), "201"),  # an extension: no outside line
        ("*21#", DialRules(outside_prefix="0", international_prefix="00"), "*21#"),
        # No international prefix: the PBX routes "+" itself; nothing may precede the "+".
        ("+3225551234", DialRules(outside_prefix="9"), "+3225551234"),
        ("1234567", DialRules(outside_prefix="9", extension_max_len=7), "1234567"),
        ("12345678", DialRules(outside_prefix="9", extension_max_len=7), "912345678"),
    ],
)
def test_site_rules(number: str, rules: DialRules, expected: str) -> None:
    assert dial_string(number, rules) == expected


def test_rules_with_other_characters_are_refused() -> None:
    with pytest.raises(InvalidNumber, match="prefixes in the settings"):
        dial_string("025551234", DialRules(outside_prefix="0&x=1"))


def test_looks_like_number() -> None:
    assert looks_like_number("tel:+32-2-555-1234")
    assert looks_like_number(" 02 555 12 34\n")
    assert not looks_like_number("Call Inès at the office")
    assert not looks_like_number("")
    assert not looks_like_number("1" * 300)


prefixes = st.text(alphabet="0123456789*#", max_size=8)
rules_strategy = st.builds(
    DialRules,
    outside_prefix=prefixes,
    international_prefix=prefixes,
    extension_max_len=st.integers(1, 15),
)


@given(st.text(max_size=80), rules_strategy)
@example("tel:+32-2-555-1234&to=1", DialRules())
@example("02 555%0A12", DialRules())
@example("callto:%2B32%26x", DialRules())
def test_output_alphabet_cannot_be_escaped(text: str, rules: DialRules) -> None:
    try:
        out = normalise(text, rules)
    except InvalidNumber as exc:
        assert str(exc)  # always a sentence
        return
    assert DIALLABLE.match(out), out
    assert any(c.isdigit() for c in out)


# Mostly what numbers are made of, plus what could smuggle something into a URL or a dial plan.
NUMBER_CHARS = list("0123456789 +-./()*#\u00a0\u2013")
SMUGGLERS = [*"&;=?%,@:\n\r\t'\"<>|\\", "٣", "²", "１", "\u200b", "\x00", "w", "p", "x"]
risky = st.text(alphabet=st.sampled_from(NUMBER_CHARS + SMUGGLERS), max_size=30)
links = st.one_of(risky, risky.map(lambda s: "tel:" + s), risky.map(lambda s: "sip:" + s))


@given(links, rules_strategy)
def test_risky_characters_never_reach_the_output(text: str, rules: DialRules) -> None:
    try:
        out = normalise(text, rules)
    except InvalidNumber:
        return
    assert DIALLABLE.match(out), (text, out)


@given(st.text(alphabet="0123456789 +-./()*#\u00a0\u2013", max_size=40))
def test_canonical_is_idempotent(text: str) -> None:
    try:
        once = canonical(text)
    except InvalidNumber:
        return
    assert canonical(once) == once
    assert canonical(f"tel:{once}") == once


@given(st.from_regex(r"\+?[0-9]{1,20}", fullmatch=True))
def test_plain_numbers_pass_unchanged(number: str) -> None:
    assert canonical(number) == number


def test_a_bidi_override_is_not_shown_in_the_message() -> None:
    with pytest.raises(InvalidNumber) as info:
        canonical("123\u202e456")
    assert "\u202e" not in str(info.value)
    assert "123456" in str(info.value)
