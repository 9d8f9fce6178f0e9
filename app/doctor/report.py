"""The doctor's output: one line per check, a JSON form, and a redacted report for support.

A report never holds a password, PIN or basic-auth header (the doctor never puts them in a
result). Names, logins and phone numbers are replaced by ``<hidden>`` unless the administrator
asks to keep them (``--keep-personal-data``): the set of values comes from what the doctor
learned (the user's entry, call records), and anything shaped like a phone number or an e-mail
address is hidden as well.
"""

from __future__ import annotations

import json
import platform
import re
import sys
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from app.doctor.model import CheckResult, Verdict, all_passed

HIDDEN = "<hidden>"
# 8+ digits, optionally spaced ("+32 2 555 12 34"); dots, colons and dashes excluded so that
# addresses, times and dates stay readable
_PHONE = re.compile(r"(?<![\w.:/-])\+?\d(?: ?\d){7,}(?![\w.:/-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LABELS = {
    Verdict.PASS: "PASS",
    Verdict.WARN: "WARN",
    Verdict.FAIL: "FAIL",
    Verdict.SKIP: "SKIP",
}


def safe_url(url: str) -> str:
    """``url`` without a ``user:password@`` part."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def line(result: CheckResult) -> str:
    """``PASS  events   127.0.0.1:5050: 5 of 5 evPong ...`` plus an indented hint line."""
    text = f"{LABELS[result.verdict]:<5} {result.title:<32} {result.detail}"
    if result.hint and result.verdict in (Verdict.FAIL, Verdict.WARN):
        text += f"\n{'':<6}hint: {result.hint}"
    return text


def summary(results: list[CheckResult]) -> str:
    failed = [r.title for r in results if r.verdict is Verdict.FAIL]
    if not failed:
        warned = sum(r.verdict is Verdict.WARN for r in results)
        skipped = sum(r.verdict is Verdict.SKIP for r in results)
        extra = [f"{warned} with a warning"] if warned else []
        extra += [f"{skipped} not applicable"] if skipped else []
        ran = len(results) - skipped
        return f"All {ran} checks passed" + (f" ({', '.join(extra)})." if extra else ".")
    return f"{len(failed)} of {len(results)} checks failed: {', '.join(failed)}."


def as_json(results: list[CheckResult], *, server: str, user: str) -> dict[str, Any]:
    return {
        "server": safe_url(server),
        "user": user,
        "ok": all_passed(results),
        "checks": [r.as_dict() for r in results],
    }


def redact(text: str, personal: Iterable[str]) -> str:
    """``text`` with every personal value, phone-number-like and e-mail-like string hidden."""
    for value in sorted({v for v in personal if len(v) >= 3}, key=len, reverse=True):
        text = re.sub(rf"(?<![\w]){re.escape(value)}(?![\w])", HIDDEN, text)
    text = _EMAIL.sub(HIDDEN, text)
    return _PHONE.sub(HIDDEN, text)


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("sop-companion")
    except metadata.PackageNotFoundError:
        return "unknown"


def report_text(
    results: list[CheckResult],
    *,
    server: str,
    user: str,
    events_port: int,
    personal: Iterable[str],
    keep_personal_data: bool,
    now: datetime | None = None,
) -> str:
    """The support report: environment, then every line with its hint, then the summary."""
    when = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    lines = [
        "SOP Companion doctor report",
        f"date: {when}",
        f"version: {_version()}; Python {sys.version.split()[0]}; {platform.platform()}",
        f"server: {safe_url(server)}",
        f"user: {user}",
        f"event port: {events_port}",
        "",
        *(line(r) for r in results),
        "",
        summary(results),
        "",
        "JSON:",
        json.dumps(as_json(results, server=server, user=user), ensure_ascii=False, indent=1),
        "",
    ]
    text = "\n".join(lines)
    return text if keep_personal_data else redact(text, personal)
