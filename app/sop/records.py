"""Finding the list of records in an answer, whichever of the two formats it came in.

A list answer is an XML root holding repeated item elements (``<Queues><Queue>...``) or, in JSON,
a bare array, an object holding the array under a known key, or (from some PHP versions) an object
keyed by index or by name. :func:`records` returns the items either way so the per-call readers in
``parse_db`` and ``parse_cc`` only map fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree

from app.sop.decode import Record, children
from app.sop.errors import SopProtocolError
from app.sop.xmlsafe import expect_root


def records(
    payload: object,
    *,
    call: str,
    roots: tuple[str, ...],
    item: str,
    json_keys: tuple[str, ...] = (),
    item_keys: tuple[str, ...] = (),
) -> list[Record]:
    """The item records of a list answer.

    ``roots``/``item`` name the XML shape; ``json_keys`` are keys under which a JSON object may
    hold the list; ``item_keys`` are fields whose presence shows a JSON object is itself a single
    record rather than a wrapper.
    """
    if isinstance(payload, etree._Element):
        expect_root(payload, roots, call=call)
        return list(children(payload, item))
    if isinstance(payload, list):
        return [entry for entry in payload if isinstance(entry, Mapping)]
    if isinstance(payload, Mapping):
        for key in (*json_keys, *roots, item):
            if key in payload:
                inner = payload[key]
                return records(
                    inner, call=call, roots=roots, item=item, json_keys=(item,), item_keys=item_keys
                )
        if any(key in payload for key in item_keys):
            return [payload]
        values = list(payload.values())
        if all(isinstance(value, Mapping) for value in values):
            # {"0": {...}, "1": {...}}: a PHP array that json_encode turned into an object.
            return [value for value in values if isinstance(value, Mapping)]
    if payload is None:
        return []
    raise SopProtocolError(
        f"The SOP's {call} answer does not hold a list of {item} records.", call=call
    )


def single(payload: object, *, call: str, roots: tuple[str, ...]) -> Record:
    """The one record of a non-list answer: the XML root, or the JSON object."""
    if isinstance(payload, etree._Element):
        expect_root(payload, roots, call=call)
        return payload
    if isinstance(payload, Mapping):
        for root in roots:
            inner: Any = payload.get(root)
            if isinstance(inner, Mapping):
                return inner
        return payload
    raise SopProtocolError(f"The SOP's {call} answer is not an object.", call=call)
