"""Which URL form and format of a call answered, as seen on the wire.

The doctor's client records every exchange; :func:`form_used` reads those records, so the answer
is what really happened (also when an adaptive client fell back to another form after a 404).
When nothing was recorded (a client without a wire log), the client is asked which suffix it
would use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.sop.wire_log import record_bytes


def _call_of(path: str) -> tuple[str, str]:
    """``/xml/dbGetCallflow.json`` -> ("dbGetCallflow", ".json"); no suffix -> (name, "")."""
    last = path.rstrip("/").rsplit("/", 1)[-1]
    stem, dot, suffix = last.partition(".")
    return stem, (dot + suffix) if dot else ""


def body_format(body: bytes) -> str:
    """ "JSON", "XML", "HTML" or "text", sniffed from the first bytes of an answer."""
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if head[:1] in (b"{", b"["):
        return "JSON"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "HTML"
    if head.startswith(b"<"):
        return "XML"
    return "text"


def attempts(records: Iterable[dict[str, Any]], call: str) -> list[tuple[str, int | None]]:
    """Every (form, HTTP status or None for a transport error) tried for ``call``, in order."""
    tried: list[tuple[str, int | None]] = []
    for record in records:
        if record.get("kind") not in ("http", "http_error"):
            continue
        name, form = _call_of(str(record.get("path", "")))
        if name == call:
            tried.append((form, record.get("status")))
    return tried


def form_used(
    records: Iterable[dict[str, Any]], call: str, client: Any = None
) -> tuple[str, str] | None:
    """(URL form, format) of the last answer to ``call`` with HTTP 2xx, e.g. (".json", "JSON").

    Without a recorded answer, the client's own choice (``form_for(call)`` when it has one,
    else ``suffix(call)``) with format "?"; None when neither is known.
    """
    found: tuple[str, str] | None = None
    for record in records:
        if record.get("kind") != "http" or not 200 <= int(record.get("status", 0)) < 300:
            continue
        name, form = _call_of(str(record.get("path", "")))
        if name == call:
            found = (form or "(no suffix)", body_format(record_bytes(record, "body")))
    if found is not None or client is None:
        return found
    chooser = getattr(client, "form_for", None) or getattr(client, "suffix", None)
    if chooser is None:
        return None
    form = str(chooser(call))
    return (form if form.startswith(".") or not form else f".{form}"), "?"


def describe_form(records: list[dict[str, Any]], call: str, client: Any = None) -> str:
    """E.g. "xml/dbGetCallflow.json, JSON" plus the forms that failed before it."""
    used = form_used(records, call, client)
    failed = [
        f"{form or '(no suffix)'} -> {status if status is not None else 'error'}"
        for form, status in attempts(records, call)
        if status is None or not 200 <= status < 300
    ]
    text = "" if used is None else f"xml/{call}{'' if used[0] == '(no suffix)' else used[0]}"
    if used is not None and used[1] != "?":
        text += f", {used[1]}"
    if failed:
        text += ("; " if text else "") + "tried " + ", ".join(failed)
    return text
