"""The hardened XML layer: no DTDs, no entities, no network, no web pages, no garbage."""

from __future__ import annotations

import pytest

from app.sop.errors import SopProtocolError
from app.sop.xmlsafe import (
    expect_root,
    local_name,
    looks_like_html,
    parse_xml,
    strip_preamble,
    text_excerpt,
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Queues><Queue><Id>&lol9;</Id><Name>x</Name></Queue></Queues>"""

XXE_FILE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Queues><Queue><Id>&xxe;</Id><Name>x</Name></Queue></Queues>"""

XXE_NETWORK = b"""<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>
<Queues/>"""

EXTERNAL_DTD = b"""<!DOCTYPE Queues SYSTEM "http://127.0.0.1:9/queues.dtd"><Queues/>"""


@pytest.mark.parametrize(
    "payload",
    [BILLION_LAUGHS, XXE_FILE, XXE_NETWORK, EXTERNAL_DTD, b"<!doctype Queues><Queues/>"],
    ids=["billion-laughs", "xxe-file", "xxe-parameter-entity", "external-dtd", "lowercase"],
)
def test_any_doctype_is_refused(payload: bytes) -> None:
    with pytest.raises(SopProtocolError, match="DOCTYPE"):
        parse_xml(payload, call="dbGetQueueInfo")


def test_doctype_hidden_by_utf16_is_refused_after_parsing() -> None:
    # The byte scan cannot see a UTF-16 declaration; the post-parse docinfo check still does.
    payload = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE Queues []><Queues/>'
    with pytest.raises(SopProtocolError, match="DOCTYPE"):
        parse_xml(payload.encode("utf-16"))


def test_entity_references_are_never_expanded() -> None:
    # Without a DTD an entity reference is simply not well-formed: refused, not resolved.
    with pytest.raises(SopProtocolError):
        parse_xml(b"<Queues><Queue><Id>&xxe;</Id></Queue></Queues>")


def test_processing_instructions_and_comments_are_dropped() -> None:
    root = parse_xml(b'<?xml version="1.0"?><Queues><?php evil() ?><!-- c --><Queue/></Queues>')
    assert [local_name(child) for child in root] == ["Queue"]


def test_bom_and_leading_whitespace_are_tolerated() -> None:
    root = parse_xml(b'\xef\xbb\xbf \n <?xml version="1.0" encoding="UTF-8"?>\n<Queues/>')
    assert local_name(root) == "Queues"


@pytest.mark.parametrize(
    "payload",
    [b"", b"   \n", b"<Queues><Queue>", b"<Queues></Queue>", b"\x00\xff garbage", b"<a/><b/>"],
    ids=["empty", "blank", "truncated", "mismatched", "binary", "two-roots"],
)
def test_garbage_is_a_protocol_error(payload: bytes) -> None:
    with pytest.raises(SopProtocolError):
        parse_xml(payload)


@pytest.mark.parametrize(
    "payload",
    [
        b"<!DOCTYPE html><html><body>Login</body></html>",
        b"<html><head><title>404</title></head></html>",
        b"\n  <HTML>\n<BODY>It works!</BODY></HTML>",
        b'<?xml version="1.0"?>\n<!-- portal -->\n'
        b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">'
        b'<html xmlns="http://www.w3.org/1999/xhtml"/>',
        b'<html xmlns="http://www.w3.org/1999/xhtml"/>',
    ],
)
def test_web_pages_are_recognised(payload: bytes) -> None:
    assert looks_like_html(payload)
    with pytest.raises(SopProtocolError, match="web page"):
        parse_xml(payload)


def test_sop_xml_is_not_mistaken_for_html() -> None:
    assert not looks_like_html(b'<?xml version="1.0"?><Channels><Channel/></Channels>')
    assert not looks_like_html(b"<Queues><Queue><Name>html</Name></Queue></Queues>")


def test_expect_root_names_both_elements() -> None:
    root = parse_xml(b"<Members/>")
    expect_root(root, ("members",))  # case-insensitive
    with pytest.raises(SopProtocolError, match="<Members> where <Queues> was expected"):
        expect_root(root, ("Queues",))


def test_text_excerpt_strips_tags_and_shortens() -> None:
    body = b"<html><body><h1>Bad   Gateway</h1>\n<p>nginx</p></body></html>"
    assert text_excerpt(body) == "Bad Gateway nginx"
    long = text_excerpt(b"x" * 5000, limit=50)
    assert len(long) == 50
    assert long.endswith("…")


def test_strip_preamble() -> None:
    assert strip_preamble(b"\xef\xbb\xbf  <a/>") == b"<a/>"
