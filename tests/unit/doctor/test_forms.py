"""Which URL form answered, read from wire records; exact user matching."""

from __future__ import annotations

from typing import Any

from app.doctor.checks import escape_like, exact_matches, sent_calls
from app.doctor.forms import body_format, describe_form, form_used
from app.sop.models import DirectoryEntry


def rec(path: str, status: int, body: str = "<x/>") -> dict[str, Any]:
    return {"kind": "http", "path": path, "status": status, "body": body}


def test_the_form_that_answered_after_a_404_is_reported() -> None:
    records = [
        rec("/xml/pumLogin.php", 404, "<html>not found</html>"),
        rec("/xml/pumLogin", 200, "<pumLoginResult/>"),
        rec("/xml/dbGetCallflow.json", 200, '{"Status": []}'),
    ]
    assert form_used(records, "pumLogin") == ("(no suffix)", "XML")
    assert form_used(records, "dbGetCallflow") == (".json", "JSON")
    assert describe_form(records, "pumLogin") == "xml/pumLogin, XML; tried .php -> 404"
    assert form_used(records, "ccPing") is None


def test_without_records_the_client_is_asked() -> None:
    class Client:
        def suffix(self, call: str) -> str:
            return "php"

    assert form_used([], "ccPing", Client()) == (".php", "?")
    assert describe_form([], "ccPing", Client()) == "xml/ccPing.php"


def test_transport_errors_are_listed_as_tried() -> None:
    records = [{"kind": "http_error", "path": "/xml/ccPing.php", "error": "ConnectError"}]
    assert describe_form(records, "ccPing") == "tried .php -> error"
    assert sent_calls(records) == ["ccPing"]


def test_body_format() -> None:
    assert body_format(b"\xef\xbb\xbf  [1]") == "JSON"
    assert body_format(b"<?xml version='1.0'?><a/>") == "XML"
    assert body_format(b"<!DOCTYPE html><html>") == "HTML"
    assert body_format(b"0") == "text"


def test_exact_matching_drops_substring_and_wildcard_matches() -> None:
    entries = [DirectoryEntry("1201"), DirectoryEntry("201"), DirectoryEntry("2010")]
    assert [e.ext for e in exact_matches(entries, "ext", "201")] == ["201"]
    logins = [DirectoryEntry("1", login="axb@x.be"), DirectoryEntry("2", login="A_B@x.be")]
    assert [e.ext for e in exact_matches(logins, "login", "a_b@x.be")] == ["2"]
    assert escape_like("a_b%c") == "a\\_b\\%c"
