"""Answers of the simulated SOP: well-formed XML or JSON bodies, errors and broken variants.

XML is built with lxml, which escapes every piece of user text (names with ``&``, ``<``,
apostrophes...); JSON is UTF-8 without ASCII escaping, as the SOP sends it. ``mangle`` turns a
good answer into the broken ones the fault knobs ask for.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

XML_TYPE = "text/xml; charset=utf-8"
JSON_TYPE = "application/json"
HTML_TYPE = "text/html; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"

HTML_ERROR_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
    b"<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response "
    b"from an upstream server.</p></body></html>\n"
)


# Characters XML 1.0 cannot carry; user text (e.g. a ccSetvar value) is cleaned of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Reply:
    """One HTTP answer, plus the event documents to broadcast once it has been sent."""

    body: bytes
    content_type: str = XML_TYPE
    status: int = 200
    events: list[bytes] = field(default_factory=list)


def element(tag: str, text: object = None, *children: etree._Element) -> etree._Element:
    """``<tag>text</tag>`` with ``children``; ``None`` text gives an empty element."""
    node = etree.Element(tag)
    if text is not None:
        node.text = _NOT_XML.sub("", str(text))
    node.extend(children)
    return node


def record_element(tag: str, fields: Mapping[str, object], order: Iterable[str]) -> etree._Element:
    """``<tag>`` with one child per name in ``order`` (missing or None values give ``<x/>``)."""
    return element(tag, None, *(element(name, fields.get(name)) for name in order))


XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def to_xml(root: etree._Element, *, pretty: bool = True) -> bytes:
    """The UTF-8 document for ``root``, with the usual double-quoted declaration."""
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=pretty)
    return XML_DECLARATION + body


def xml_reply(root: etree._Element, status: int = 200) -> Reply:
    return Reply(to_xml(root), XML_TYPE, status)


def json_reply(payload: Any, status: int = 200) -> Reply:
    body = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    return Reply(body, JSON_TYPE, status)


def text_reply(text: str) -> Reply:
    """A bare value as the body (ccSetvar/ccGetvar as the reference shows them)."""
    return Reply(text.encode("utf-8"), TEXT_TYPE)


def error_reply(status: int, message: str) -> Reply:
    """The contract's error answer: ``<Error>message</Error>`` with an HTTP error status."""
    return xml_reply(element("Error", message), status)


def missing(name: str) -> Reply:
    return error_reply(400, f"missing parameter {name}")


def invalid(name: str) -> Reply:
    return error_reply(400, f"invalid parameter {name}")


def result_reply(fmt: str, root_tag: str, code: int, **extra: object) -> Reply:
    """``{"Result": code}`` or ``<root_tag><Result>code</Result>...</root_tag>``."""
    if fmt == "json":
        return json_reply({"Result": code})
    root = element(root_tag, None, element("Result", code))
    root.extend(element(name, value) for name, value in extra.items())
    return xml_reply(root)


def mangle(reply: Reply, mode: str, rng: random.Random) -> Reply:
    """``reply`` broken as fault ``mode`` asks: garbage, truncated or empty."""
    if mode == "garbage":
        noise = bytes(rng.getrandbits(8) for _ in range(96))
        return Reply(b"\x00\xff\xfe" + noise, reply.content_type, 200, reply.events)
    if mode == "truncated":
        cut = max(1, len(reply.body) // 2)
        return Reply(reply.body[:cut], reply.content_type, reply.status, reply.events)
    if mode == "empty":
        return Reply(b"", reply.content_type, 200, reply.events)
    raise ValueError(f"mode {mode!r} does not mangle an answer")
