"""Tolerant scalar decoding shared by the JSON and XML readers of SOP answers.

Real SOPs send ``null`` where text was expected, numbers as strings (and strings as numbers),
stray whitespace, and fields that only one of the two formats carries. Everything here turns such
values into the plain Python types the models want without ever failing on an optional field.
A "record" is either a JSON object (dict) or an XML element; :func:`field` reads both alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, TypeAlias

from lxml import etree

from app.sop.xmlsafe import local_name

Record: TypeAlias = Mapping[str, Any] | etree._Element

_TRUE = {"1", "true", "yes", "on", "y"}
_FALSE = {"0", "false", "no", "off", "n", ""}


def text(value: object) -> str:
    """Any scalar as stripped text: None -> "", 30 -> "30", True -> "1"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str | int | float):
        return str(value).strip()
    # A list or object where a scalar was expected: not a value we can show.
    return ""


def to_int(value: object, default: int = 0) -> int:
    """An integer from 12, "12", " 12 ", 12.0; ``default`` for anything else."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else default
    raw = text(value)
    try:
        return int(raw)
    except ValueError:
        try:
            as_float = float(raw)
        except ValueError:
            return default
        return int(as_float) if as_float.is_integer() else default


def to_opt_int(value: object) -> int | None:
    """Like :func:`to_int` but None when the value is missing, empty or not a number."""
    if text(value) == "":
        return None
    number = to_int(value, default=0)
    if number == 0 and to_int(value, default=1) == 1:
        return None  # the result is whichever default we passed: not a number
    return number


def to_bool(value: object, default: bool = False) -> bool:
    """A boolean from 1/0, "1"/"0", "true"/"false" (any case), True/False; else ``default``."""
    if isinstance(value, bool):
        return value
    raw = text(value).lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE and raw != "":
        return False
    return default


def to_datetime(value: object) -> datetime | None:
    """The SOP's ``yyyy-mm-dd hh:mm:ss`` (also with a T, or a date alone); None otherwise."""
    raw = text(value)
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def children(element: etree._Element, name: str | None = None) -> Iterator[etree._Element]:
    """Child elements (comments and the like skipped), optionally only those named ``name``."""
    for child in element:
        child_name = local_name(child)
        if child_name and (name is None or child_name == name):
            yield child


def child(element: etree._Element, name: str) -> etree._Element | None:
    """The first child element named ``name``, case-insensitively as a fallback."""
    for found in children(element, name):
        return found
    lowered = name.lower()
    for found in children(element):
        if local_name(found).lower() == lowered:
            return found
    return None


def element_text(element: etree._Element | None) -> str:
    """All text inside an element, stripped; "" for None or an empty element."""
    if element is None:
        return ""
    return "".join(str(part) for part in element.itertext()).strip()


def field(record: Record, *names: str) -> Any:
    """The first of ``names`` present in a JSON object or an XML element's children, else None.

    For XML the value is the element's text. Several names cover the spelling differences
    between formats (``Id``/``ID``, ``IPaddress``/``ip_address``...).
    """
    if isinstance(record, etree._Element):
        for name in names:
            found = child(record, name)
            if found is not None:
                return element_text(found)
        return None
    for name in names:
        if name in record:
            return record[name]
    lowered = {str(key).lower(): value for key, value in record.items()}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return None


def field_text(record: Record, *names: str) -> str:
    return text(field(record, *names))
