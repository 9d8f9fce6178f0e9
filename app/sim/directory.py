r"""dbGetDirectoryInfo: the entry fields, the filters and the three wildcard modes.

Filters mirror the SOP's SQL ``LIKE`` (reference: dbGetDirectoryInfo): ``%`` matches any run of
characters, ``_`` exactly one, and the comparison ignores case. ``wildcards`` unset means the
value only has to *contain* the pattern, ``strict`` means the pattern must match the whole value,
``translate`` is ``strict`` with ``*`` as a synonym of ``%``. Every filter given must match (AND).
A backslash escapes the next character (backslash-underscore is a literal underscore), as in MySQL.
A SOP older than API 2.33.3 knows no ``wildcards`` and always matches substrings
(``honours_wildcards=False``).
A NULL field (``site``, ``outgoing_number``) matches no pattern, as in SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from app.sim.catalog import PARAMETERS
from app.sim.data import Person

# The documented filter fields, in the order of the reference's JSON example.
JSON_FIELDS = (
    "admin", "company", "context_id", "context_name", "dp", "email", "ext", "fax", "fn", "grp",
    "home", "ln", "login", "mobile", "office", "outgoing_number", "profile", "site", "sop1",
    "sop1_ip", "sop2", "sop2_ip", "source", "sp", "status",
)  # fmt: skip

# The elements of the reference's XML example, in its order.
XML_FIELDS = (
    "login", "ext", "fn", "ln", "site", "grp", "dep", "profile", "status", "dp", "sp", "email",
    "mobile", "fax", "home", "pincode", "company", "office", "source",
)  # fmt: skip

FILTER_FIELDS = frozenset(JSON_FIELDS)

_SOP = {
    "sop1": "00034533",
    "sop1_ip": "100.64.134.4",
    "sop2": "00035533",
    "sop2_ip": "100.64.134.8",
}


def entry_fields(person: Person) -> dict[str, str | None]:
    """Every field of one directory entry (JSON names plus ``dep`` and an empty ``pincode``)."""
    return {
        "admin": "admin@acme-demo.be",
        "company": person.company,
        "context_id": "1",
        "context_name": "internal",
        "dp": person.dp,
        "email": person.email,
        "ext": person.ext,
        "fax": person.fax,
        "fn": person.fn,
        "grp": person.grp,
        "home": person.home,
        "ln": person.ln,
        "login": person.login,
        "mobile": person.mobile,
        "office": person.office,
        "outgoing_number": person.outgoing_number,
        "profile": person.profile,
        "site": person.site,
        **_SOP,
        "source": "net.PBX",
        "sp": person.sp,
        "status": person.status,
        "dep": person.dep,
        # The reference's XML shows an empty <pincode/>; a pincode is never served.
        "pincode": "",
    }


@lru_cache(maxsize=256)
def like_regex(pattern: str, mode: str = "") -> re.Pattern[str]:
    """The compiled equivalent of SQL ``LIKE`` for ``pattern`` under wildcard ``mode``."""
    parts: list[str] = []
    escaped = False
    for char in pattern:
        if escaped:
            parts.append(re.escape(char))
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "%" or (char == "*" and mode == "translate"):
            parts.append(".*")
        elif char == "_":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    if escaped:
        parts.append(re.escape("\\"))
    body = "".join(parts)
    if mode not in ("strict", "translate"):
        body = f".*{body}.*"
    return re.compile(body, re.IGNORECASE | re.DOTALL)


def matches(value: str | None, pattern: str, mode: str = "") -> bool:
    """True when ``value`` matches ``pattern`` under wildcard ``mode`` ("", strict, translate)."""
    if value is None:
        return False
    return like_regex(pattern, mode).fullmatch(value) is not None


def search(
    people: Iterable[Person], params: Mapping[str, str], *, honours_wildcards: bool = True
) -> list[Person]:
    """The entries matching every documented filter in ``params`` (unknown keys are ignored)."""
    mode = params.get("wildcards", "").strip().lower() if honours_wildcards else ""
    show_invisible = params.get("show_invisible", "") == "1"
    filters = {key: value for key, value in params.items() if key in FILTER_FIELDS}
    found = []
    for person in people:
        if person.hidden and not show_invisible:
            continue
        fields = entry_fields(person)
        if all(matches(fields[key], value, mode) for key, value in filters.items()):
            found.append(person)
    return found


def profile_parameter_fields(person: Person) -> dict[str, Any]:
    """``show_profile_parameters=1``: each parameter as ``P_<name>`` (secrets left out)."""
    return {
        f"P_{name}": value for name, value in person.params.items() if not PARAMETERS[name].secret
    }
