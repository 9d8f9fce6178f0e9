"""EventParser properties: any split equals one read; garbage never hides later events; memory."""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sop.events import (
    Event,
    EventParser,
    NewOrigChannel,
    Parked,
    ParseError,
    Pong,
    UnknownEvent,
)

DECL = b'<?xml version="1.0" encoding="UTF-8"?>'
NAMES = ["evNewOrigChannel", "evParked", "evPong", "evHangup", "evQueueMemberStatus"]
CHILDREN = ["Channel", "CallerId", "Extension", "ParkSlot", "Uniqueid"]

PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any text XML can carry (no surrogates, C0 controls or non-characters), CR left out because XML
# normalises it; plus whitespace around values, which the parser strips.
xml_text = st.text(
    st.characters(exclude_categories=("Cs", "Cc", "Cn"), include_characters=" \t\n", codec="utf-8"),
    max_size=12,
)


def expected_event(name: str, fields: list[tuple[str, str]]) -> Event:
    """The model: what the parser must make of an element (first duplicate child wins)."""
    first: dict[str, str] = {}
    for tag, text in fields:
        first.setdefault(tag, text.strip())
    if name == "evNewOrigChannel":
        return NewOrigChannel(
            first.get("Channel", ""), first.get("CallerId", ""), first.get("Extension", "")
        )
    if name == "evParked":
        return Parked(first.get("ParkSlot", ""), first.get("Channel", ""))
    if name == "evPong":
        return Pong()
    return UnknownEvent(name, tuple((tag, text.strip()) for tag, text in fields))


@st.composite
def event_docs(draw: st.DrawFn) -> tuple[bytes, Event]:
    """One well-formed event in one of the shapes a server may send, with its expected Event."""
    name = draw(st.sampled_from(NAMES))
    fields = draw(st.lists(st.tuples(st.sampled_from(CHILDREN), xml_text), max_size=4))
    sep = draw(st.sampled_from(["", "\n", "\n  "]))
    attrs = draw(st.sampled_from(["", ' seq="1"']))
    cdata = draw(st.booleans())
    parts = []
    for tag, text in fields:
        body = f"<![CDATA[{text}]]>" if cdata and "]]>" not in text else escape(text)
        parts.append(f"{sep}<{tag}>{body}</{tag}>")
    if parts or draw(st.booleans()):
        xml = f"<{name}{attrs}>{''.join(parts)}{sep}</{name}>"
    else:
        xml = f"<{name}{attrs}/>"
    decl = draw(st.sampled_from([b"", DECL, DECL + b"\n", b"<?xml version='1.0'?>\r\n"]))
    trailer = draw(st.sampled_from([b"", b"\n", b"\r\n", b"\n\n  "]))
    return decl + xml.encode() + trailer, expected_event(name, fields)


JUNK = [
    b"<!-- a comment -->",
    b"<?sop hint?>",
    b"garbage",
    b"</evParked>",
    b"<evNewOrigChannel><Channel>cut",
    b"<evPong",
    b"<<",
    b"<!DOCTYPE x>",
    b"<evParked><Channel>a</ParkSlot></evParked>",
    b"<evParked><Channel>\xff</Channel></evParked>",
    b"\xe6\x97",  # half a UTF-8 character
    b"<evHangup>" + b"x" * 300 + b"</evHangup>",  # oversized for max_element_size=256
]

fragments = st.one_of(
    event_docs().map(lambda doc: doc[0]),
    st.sampled_from(JUNK),
    st.binary(max_size=24),
)


def feed_in_pieces(parser: EventParser, data: bytes, cuts: list[int]) -> list[Event]:
    events: list[Event] = []
    last = 0
    for cut in [*sorted(cuts), len(data)]:
        events += parser.feed(data[last:cut])
        last = cut
    return events


@PROPS
@given(st.lists(fragments, max_size=10).map(b"".join), st.data())
def test_any_split_gives_the_same_events_as_one_read(stream: bytes, data: st.DataObject):
    cuts = data.draw(st.lists(st.integers(0, len(stream)), max_size=20))
    whole, pieces = EventParser(max_element_size=256), EventParser(max_element_size=256)
    assert feed_in_pieces(pieces, stream, cuts) == whole.feed(stream)
    assert pieces.skipped_bytes == whole.skipped_bytes


@PROPS
@given(st.lists(event_docs(), min_size=1, max_size=6), st.data())
def test_valid_events_come_out_as_modelled(docs: list[tuple[bytes, Event]], data: st.DataObject):
    stream = b"".join(doc for doc, _ in docs)
    cuts = data.draw(st.lists(st.integers(0, len(stream)), max_size=30))
    assert feed_in_pieces(EventParser(), stream, cuts) == [event for _, event in docs]


@PROPS
@given(
    st.lists(st.one_of(st.binary(max_size=40), st.sampled_from(JUNK)), max_size=8).map(b"".join),
    st.lists(event_docs(), min_size=1, max_size=4),
    st.data(),
)
def test_garbage_never_hides_the_events_after_it(
    garbage: bytes, docs: list[tuple[bytes, Event]], data: st.DataObject
):
    stream = garbage + b"".join(doc for doc, _ in docs)
    cuts = data.draw(st.lists(st.integers(0, len(stream)), max_size=20))
    events = feed_in_pieces(EventParser(), stream, cuts)
    expected = [event for _, event in docs]
    assert events[len(events) - len(expected) :] == expected


@PROPS
@given(
    st.lists(st.one_of(fragments, st.binary(min_size=100, max_size=600)), max_size=12), st.data()
)
def test_buffer_never_exceeds_the_element_limit(chunks: list[bytes], data: st.DataObject):
    parser = EventParser(max_element_size=128)
    for chunk in chunks:
        step = data.draw(st.integers(1, 64))
        for i in range(0, len(chunk), step):
            for event in parser.feed(chunk[i : i + step]):
                assert isinstance(event, NewOrigChannel | Parked | Pong | UnknownEvent | ParseError)
            assert parser.buffered <= 128
