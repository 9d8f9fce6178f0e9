"""Hardened parsing of the bytes a SOP (or something pretending to be one) sends back.

The SOP's answers are tiny, DTD-free XML documents. Anything else is refused before lxml sees it
or right after: a DOCTYPE or ENTITY declaration (billion laughs, XXE), an HTML page (a login portal
or a wrong URL answering 200), an empty body, or a document that is not well-formed. The parser
itself never resolves entities, never touches the network, never loads a DTD and keeps libxml2's
size limits on (``huge_tree=False``).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from app.sop.errors import SopProtocolError

_BOM = b"\xef\xbb\xbf"

# A declaration anywhere in the document, in any case. Checked on the raw bytes so a hostile
# document is refused before libxml2 reads a single declaration.
_DECLARATION = re.compile(rb"<!\s*(doctype|entity)", re.IGNORECASE)

# The start of an HTML page: a doctype for html, or an <html>/<head>/<body> root, possibly after
# an XML declaration and comments (XHTML).
_HTML_START = re.compile(
    rb"^(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>/]|<head[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")

WEB_PAGE_MESSAGE = "The server answered with a web page, not SOP data (check the SOP URL)."


def _parser() -> etree.XMLParser:
    # A fresh parser per document: lxml parsers keep state and are not safe to share.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
        remove_comments=True,
    )


def strip_preamble(data: bytes) -> bytes:
    """``data`` without a UTF-8 byte order mark and leading whitespace (both seen in the wild)."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    return data.lstrip()


def looks_like_html(data: bytes) -> bool:
    """True when the answer is a web page rather than SOP XML/JSON.

    Decided on the body alone: PHP sends ``Content-Type: text/html`` by default, so many real
    SOPs label their XML as HTML.
    """
    return bool(_HTML_START.match(strip_preamble(data)[:4096]))


def text_excerpt(data: bytes, limit: int = 200) -> str:
    """A short plain-text excerpt of a body, tags stripped, for an error's ``detail``."""
    text = data[: limit * 8].decode("utf-8", errors="replace")
    text = _TAG.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def parse_xml(data: bytes, *, call: str = "") -> etree._Element:
    """Parse one SOP XML document into its root element.

    Raises SopProtocolError for an empty body, an HTML page, any DOCTYPE or ENTITY declaration,
    and anything libxml2 does not accept as a well-formed document.
    """
    body = strip_preamble(data)
    if not body:
        raise SopProtocolError("The SOP sent an empty answer.", call=call)
    if looks_like_html(body):
        raise SopProtocolError(WEB_PAGE_MESSAGE, call=call, detail=text_excerpt(body))
    if _DECLARATION.search(body):
        raise SopProtocolError(
            "The SOP answer contains a DOCTYPE or ENTITY declaration; refused for safety.",
            call=call,
        )
    try:
        root = etree.fromstring(body, parser=_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise SopProtocolError(
            "The SOP answer is not well-formed XML (garbage or cut short).",
            call=call,
            detail=str(exc)[:200],
        ) from exc
    if root is None:
        raise SopProtocolError("The SOP sent an empty answer.", call=call)
    if local_name(root).lower() == "html":
        raise SopProtocolError(WEB_PAGE_MESSAGE, call=call, detail=text_excerpt(body))
    # Second line of defence, for encodings the byte scan above cannot read (UTF-16...).
    docinfo: Any = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise SopProtocolError(
            "The SOP answer contains a DOCTYPE declaration; refused for safety.", call=call
        )
    return root


def local_name(element: etree._Element) -> str:
    """An element's tag without any namespace (``{ns}Tag`` -> ``Tag``); "" for non-elements."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def expect_root(root: etree._Element, names: tuple[str, ...], *, call: str = "") -> None:
    """Raise SopProtocolError unless the root element is one of ``names`` (in any case)."""
    name = local_name(root)
    if name.lower() not in {n.lower() for n in names}:
        expected = " or ".join(f"<{n}>" for n in names)
        raise SopProtocolError(
            f"The SOP answered with <{name}> where {expected} was expected.", call=call
        )
