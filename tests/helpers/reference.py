"""The vendor's API reference as test data: ``tests/reference/escaux-fusion-sop-api.txt`` is a
verbatim copy of the reference guide, and tests take their expectations about URL forms from it
rather than from the catalogue they check."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[1] / "reference" / "escaux-fusion-sop-api.txt"
URL = re.compile(r"/xml/([A-Za-z]+)(?:\.(php|json))?(?![A-Za-z])")


@cache
def lines() -> tuple[str, ...]:
    return tuple(REFERENCE.read_text(encoding="utf-8").splitlines())


@cache
def forms() -> dict[str, frozenset[str]]:
    """Every ``/xml/<call>[.suffix]`` the reference shows: call -> {"php", "json", ""}."""
    found: dict[str, set[str]] = defaultdict(set)
    for text in lines():
        for name, suffix in URL.findall(text):
            found[name].add(suffix)
    # dbGetRegistration is named only in its section title, "...devices: dbGetRegistration.php".
    found["dbGetRegistration"].add("php")
    return {name: frozenset(suffixes) for name, suffixes in found.items()}


def paths(call: str) -> set[str]:
    """The URL paths the reference documents for ``call``."""
    return {f"/xml/{call}.{s}" if s else f"/xml/{call}" for s in forms()[call]}
