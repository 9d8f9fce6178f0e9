"""Turning the body of a 2xx answer into a JSON value or a hardened XML root element.

The format is decided by the body, not by the suffix asked for: a body starting with ``<`` is XML,
anything else JSON. Some SOPs answer ``.json`` URLs with XML, and the readers in ``parse_db`` and
``parse_cc`` accept both shapes, so this costs nothing and spares a confusing error.
"""

from __future__ import annotations

import json

from app.sop.errors import SopProtocolError
from app.sop.xmlsafe import (
    WEB_PAGE_MESSAGE,
    looks_like_html,
    parse_xml,
    strip_preamble,
    text_excerpt,
)


def is_xml(body: bytes) -> bool:
    return strip_preamble(body).startswith(b"<")


def decode(body: bytes, *, call: str) -> object:
    """The answer as a JSON value or an XML root element; SopProtocolError if it is neither."""
    data = strip_preamble(body)
    if not data:
        raise SopProtocolError("The SOP sent an empty answer.", call=call)
    if looks_like_html(data):
        raise SopProtocolError(WEB_PAGE_MESSAGE, call=call, detail=text_excerpt(data))
    if data.startswith(b"<"):
        return parse_xml(data, call=call)
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as exc:
        # ValueError covers JSONDecodeError, bad UTF-8 and over-long integers.
        raise SopProtocolError(
            "The SOP answer is neither JSON nor XML (garbage or cut short).",
            call=call,
            detail=text_excerpt(data, 80),
        ) from exc
