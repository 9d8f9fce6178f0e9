"""dbGetDirectoryInfo filters and wildcard modes (reference: dbGetDirectoryInfo)."""

from __future__ import annotations

import pytest

from app.sim.data import Person
from app.sim.directory import FILTER_FIELDS, entry_fields, matches, search

REFERENCE_EXTS = ("067", "671", "672", "555")


def _people(*exts: str) -> list[Person]:
    return [
        Person(ext=ext, fn="Zoë", ln=f"N{ext}", login=f"u{ext}@x.be", lang="nl") for ext in exts
    ]


def _found(params: dict[str, str], exts: tuple[str, ...] = REFERENCE_EXTS) -> list[str]:
    return [p.ext for p in search(_people(*exts), params)]


def test_reference_examples() -> None:
    assert _found({"ext": "67"}) == ["067", "671", "672"]  # unset: contains
    assert _found({"ext": "67_", "wildcards": "strict"}) == ["671", "672"]
    assert _found({"ext": "67%", "wildcards": "strict"}) == ["671", "672"]
    assert _found({"ext": "6*", "wildcards": "translate"}) == ["671", "672"]


@pytest.mark.parametrize(
    ("value", "pattern", "mode", "expected"),
    [
        ("Peeters", "eet", "", True),
        ("Peeters", "EET", "", True),  # case-insensitive
        ("Peeters", "eet", "strict", False),  # strict: whole value
        ("Peeters", "p%s", "strict", True),
        ("Peeters", "p_eters", "strict", True),
        ("Peeters", "p_ters", "strict", False),
        ("Peeters", "p*", "strict", False),  # '*' is literal unless translate
        ("Peeters", "p*", "translate", True),
        ("Peeters", "p%", "translate", True),
        ("a*b", "a*b", "strict", True),
        ("Hélène", "hél", "", True),
        ("x.y", ".", "strict", False),  # regex characters are literal
        ("", "", "", True),
        (None, "", "", False),  # NULL matches nothing, as in SQL
        (None, "%", "strict", False),
        ("abc", "a%c", "", True),  # % works in substring mode too
        ("abc", "", "strict", False),
    ],
)
def test_matches(value: str | None, pattern: str, mode: str, expected: bool) -> None:
    assert matches(value, pattern, mode) is expected


def test_filters_are_anded_and_unknown_keys_ignored() -> None:
    people = _people("100", "101", "200")
    people[1].grp = "Sales"
    people[2].grp = "Sales"
    assert [p.ext for p in search(people, {"grp": "sales", "ext": "1"})] == ["101"]
    assert [p.ext for p in search(people, {"grp": "sales", "nonsense": "x"})] == ["101", "200"]


def test_every_documented_field_filters() -> None:
    [person] = _people("123")
    person.site = "Liège"
    person.outgoing_number = "+3227001200"
    fields = entry_fields(person)
    for name in FILTER_FIELDS:
        value = fields[name]
        assert value is not None, name
        assert search([person], {name: value, "wildcards": "strict"}) == [person], name
        assert search([person], {name: value + "~nope", "wildcards": "strict"}) == [], name


def test_hidden_entries_need_show_invisible() -> None:
    people = _people("100", "101")
    people[0].hidden = True
    assert [p.ext for p in search(people, {})] == ["101"]
    assert [p.ext for p in search(people, {"show_invisible": "1"})] == ["100", "101"]


def test_pincode_never_served() -> None:
    [person] = _people("100")
    person.params = {"UserPincode": "9999"}
    assert entry_fields(person)["pincode"] == ""


@pytest.mark.parametrize(
    ("value", "pattern", "expected"),
    [
        ("a_b@x.be", "a\\_b@x.be", True),
        ("axb@x.be", "a\\_b@x.be", False),  # an escaped '_' is no wildcard
        ("axb@x.be", "a_b@x.be", True),  # an unescaped one is
        ("50%", "50\\%", True),
        ("500", "50\\%", False),
    ],
)
def test_backslash_escapes_a_wildcard(value: str, pattern: str, expected: bool) -> None:
    assert matches(value, pattern, "strict") is expected


def test_a_sop_without_wildcards_matches_substrings_whatever_is_asked() -> None:
    people = [Person("201", "A", "B", "a@x.be", "en"), Person("1201", "C", "D", "c@x.be", "en")]
    strict = search(people, {"ext": "201", "wildcards": "strict"})
    old = search(people, {"ext": "201", "wildcards": "strict"}, honours_wildcards=False)
    assert [p.ext for p in strict] == ["201"]
    assert [p.ext for p in old] == ["201", "1201"]
