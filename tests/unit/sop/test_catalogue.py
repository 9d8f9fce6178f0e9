"""The call catalogue against the vendor's reference text: every expectation here is read from
``tests/reference/escaux-fusion-sop-api.txt`` (a verbatim copy of the reference guide), never
from the table under test, so an entry that drifts from the reference fails."""

from __future__ import annotations

import re

import pytest

from app.sop import catalogue
from app.sop.catalogue import CALLS, CallDef
from tests.helpers import reference

LINES = reference.lines()
_URL = reference.URL


def line(number: int) -> str:
    return LINES[number - 1]


def test_the_reference_copy_is_the_whole_guide() -> None:
    assert LINES[0] == "Escaux Fusion SOP API Reference Guide"
    assert LINES[-1].startswith("Copyright")
    assert len(LINES) == 1310


def test_every_call_the_reference_shows_is_catalogued_with_exactly_its_forms() -> None:
    shown = reference.forms()
    catalogued = {call.name: frozenset(call.suffixes) for call in CALLS}
    assert catalogued == shown


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.name)
def test_each_form_is_on_the_line_it_cites(call: CallDef) -> None:
    for form in call.forms:
        text = line(form.line)
        if call.name == "dbGetRegistration":  # named only in its section title
            assert text.endswith(f": {call.name}.{form.suffix}"), text
            continue
        found = {suffix for name, suffix in _URL.findall(text) if name == call.name}
        assert form.suffix in found, f"line {form.line}: {text!r}"


@pytest.mark.parametrize("call", [c for c in CALLS if c.root], ids=lambda c: c.name)
def test_answer_root_is_the_documented_one(call: CallDef) -> None:
    text = line(call.root_line).strip()
    assert text.startswith(f"<{call.root}>"), f"line {call.root_line}: {text!r}"


@pytest.mark.parametrize("call", [c for c in CALLS if c.results], ids=lambda c: c.name)
def test_result_codes_are_the_documented_ones(call: CallDef) -> None:
    window = LINES[call.results_line - 1 : call.results_line + 9]
    for code, meaning in call.results:
        word = re.compile(rf"(^|[^0-9A-Za-z]){re.escape(str(code))}([^0-9A-Za-z]|$)")
        # the meaning stands on the code's line or on the line that introduces it
        assert any(
            word.search(text) and meaning.lower() in f"{before} {text}".lower()
            for before, text in zip(["", *window], window, strict=False)
        ), f"{call.name}: code {code!r} ({meaning}) not near line {call.results_line}"
    table = re.compile(r"^(\d+) (.+)$")
    if table.match(line(call.results_line)):
        # A table of codes: the catalogue lists every row of it, no more, no less.
        rows = []
        for text in window:
            match = table.match(text)
            if not match:
                break
            rows.append((int(match[1]), match[2].strip()))
        assert list(call.results) == rows


def test_the_reference_shows_answers_for_the_documented_json_and_bare_forms() -> None:
    # dbSetProfile: a .json URL, but "The URI returns an XML Object" and no JSON answer.
    set_profile = catalogue.get("dbSetProfile")
    assert "returns an XML Object" in line(397)
    assert not set_profile.json_answer
    # ccSetvar / ccGetvar: the answer is shown as a bare value right after the URL.
    assert line(1218) == "0" and catalogue.get("ccSetvar").bare_answer
    assert line(1234) == "test" and catalogue.get("ccGetvar").bare_answer


def test_state_changing_calls_are_never_read_only() -> None:
    # Read from the reference's section titles: "Set", "Add", "Remove", "Pause", PUM, calls.
    changing = re.compile(
        r"^(Set|Add|Remove|Pause|Record|Log extension|Initiate|Hangup|Redirect|Park|Connecting)"
    )
    titles = [text for text in LINES if re.search(r": [A-Za-z]+(\.php|\.json)?$", text)]
    names = {text.rsplit(": ", 1)[1].split(".")[0]: text for text in titles}
    for name, title in names.items():
        if name in catalogue.BY_NAME and changing.match(title):
            assert not catalogue.get(name).read_only, title
    assert "ccGetChannels" in catalogue.READ_ONLY and "pumLogin" not in catalogue.READ_ONLY


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("pumLogin", "json", ("", "php")),
        ("ccSetvar", "xml", ("", "php")),
        ("dbSetProfile", "json", ("php", "json", "")),
        ("dbGetCallflow", "json", ("json", "php", "")),
        ("dbGetCallflow", "xml", ("php", "json", "")),
        ("ccGetChannels", "json", ("php", "")),
        ("ccPing", "json", ("php", "")),
        ("fusionQueuesSet", "xml", ("json",)),
    ],
)
def test_candidates_try_documented_forms_first(name: str, fmt: str, expected: tuple) -> None:
    call = catalogue.get(name)
    got = call.candidates(fmt)  # type: ignore[arg-type]
    assert got == expected
    documented = set(call.suffixes)
    assert set(got[: len(documented)]) == documented
