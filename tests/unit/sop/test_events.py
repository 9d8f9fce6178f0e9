"""EventParser: bytes in, events out (no sockets)."""

from __future__ import annotations

import time

import pytest

from app.sop.events import (
    Event,
    EventParser,
    NewOrigChannel,
    Parked,
    ParseError,
    Pong,
    UnknownEvent,
)

# The reference's own examples (ccRedirect / ccPark chapters).
REF_NEW_ORIG = (
    b"<evNewOrigChannel>\n<Channel>SIP/SDC30015-d156</Channel>\n<CallerId>104</CallerId>\n"
    b"<Extension>102</Extension>\n</evNewOrigChannel>"
)
REF_PARKED = (
    b"<evParked>\n<ParkSlot>1000</ParkSlot>\n<Channel>SIP/SDC30015-d156</Channel>\n</evParked>"
)
DECL = b'<?xml version="1.0" encoding="UTF-8"?>'

NEW_ORIG = NewOrigChannel(channel="SIP/SDC30015-d156", caller_id="104", extension="102")
PARKED = Parked(park_slot="1000", channel="SIP/SDC30015-d156")


def feed_all(data: bytes, parser: EventParser | None = None) -> list[Event]:
    return (parser or EventParser()).feed(data)


def feed_bytewise(data: bytes, parser: EventParser | None = None) -> list[Event]:
    parser = parser or EventParser()
    events: list[Event] = []
    for i in range(len(data)):
        events += parser.feed(data[i : i + 1])
    return events


def kinds(events: list[Event]) -> list[str]:
    return [type(e).__name__ for e in events]


# --- the three documented events ---------------------------------------------------------------


def test_reference_examples():
    assert feed_all(REF_NEW_ORIG + b"\n" + REF_PARKED + b"\n<evPong/>\n") == [
        NEW_ORIG,
        PARKED,
        Pong(),
    ]


def test_each_event_as_its_own_document_with_declaration():
    stream = (
        DECL
        + b"\n"
        + REF_NEW_ORIG
        + b"\n"
        + DECL
        + b"\r\n"
        + REF_PARKED
        + b"\n"
        + DECL
        + b"<evPong/>"
    )
    assert feed_all(stream) == [NEW_ORIG, PARKED, Pong()]


def test_nothing_is_returned_before_an_event_is_complete():
    parser = EventParser()
    assert parser.feed(REF_NEW_ORIG[:-1]) == []
    assert parser.feed(REF_NEW_ORIG[-1:]) == [NEW_ORIG]
    assert parser.buffered == 0


@pytest.mark.parametrize(
    "pong", [b"<evPong/>", b"<evPong />", b"<evPong></evPong>", b"<evPong><Id>7</Id><X/></evPong >"]
)
def test_pong_in_any_shape(pong: bytes):
    assert feed_all(pong) == [Pong()]


def test_known_event_ignores_unexpected_children_and_order():
    data = (
        b"<evNewOrigChannel><Extension>102</Extension><Uniqueid>99.1</Uniqueid>"
        b"<Channel>SIP/a-1</Channel><CallerId>104</CallerId><Extra><Deep>x</Deep></Extra>"
        b"</evNewOrigChannel>"
    )
    assert feed_all(data) == [NewOrigChannel("SIP/a-1", "104", "102")]


def test_missing_fields_are_empty_and_first_duplicate_wins():
    data = b"<evParked><Channel>c1</Channel><Channel>c2</Channel></evParked>"
    assert feed_all(data) == [Parked(park_slot="", channel="c1")]


def test_field_text_is_stripped():
    data = b"<evParked><ParkSlot>\n  1000\n</ParkSlot><Channel> c </Channel></evParked>"
    assert feed_all(data) == [Parked("1000", "c")]


def test_unknown_event_keeps_its_children_in_order():
    data = b"<evHangup><Channel>SIP/a-1</Channel><Cause>16</Cause><Cause>17</Cause></evHangup>"
    assert feed_all(data) == [
        UnknownEvent("evHangup", (("Channel", "SIP/a-1"), ("Cause", "16"), ("Cause", "17")))
    ]


def test_unknown_event_with_attributes_and_self_closing_children():
    data = b'<evQueue queue="q1"><Member id="1"/><Name>Sa<b>l</b>es</Name></evQueue>'
    assert feed_all(data) == [UnknownEvent("evQueue", (("Member", ""), ("Name", "Sales")))]


def test_namespaced_event_uses_local_names():
    data = (
        b'<s:evPong xmlns:s="urn:sop"/>'
        b'<s:evParked xmlns:s="urn:sop"><s:ParkSlot>7</s:ParkSlot></s:evParked>'
    )
    assert feed_all(data) == [Pong(), Parked("7", "")]


# --- text: UTF-8, entities, CDATA, encodings ----------------------------------------------------


def test_entities_cdata_and_character_references_are_decoded():
    data = (
        b"<evNewOrigChannel><Channel>a&amp;b</Channel>"
        b"<CallerId>&quot;Ren&#233; &lt;&#x41;&gt;&apos;<![CDATA[ <x>&amp; ]]></CallerId>"
        b"<Extension>1</Extension></evNewOrigChannel>"
    )
    assert feed_all(data) == [NewOrigChannel("a&b", "\"René <A>' <x>&amp;", "1")]


def test_utf8_split_inside_a_character():
    data = '<evNewOrigChannel><CallerId>"Gün Ærø 日本" [104]</CallerId></evNewOrigChannel>'
    raw = data.encode()
    cut = raw.index("日".encode()) + 1  # in the middle of a three-byte character
    parser = EventParser()
    assert parser.feed(raw[:cut]) == []
    assert parser.feed(raw[cut:]) == [NewOrigChannel("", '"Gün Ærø 日本" [104]', "")]
    assert feed_bytewise(raw) == feed_all(raw)


def test_latin1_declaration_applies_to_the_next_event_only():
    latin = (
        b'<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        b"<evParked><Channel>Ren\xe9</Channel></evParked>"
    )
    utf8 = "<evParked><Channel>René</Channel></evParked>".encode()
    expected = [Parked("", "René"), Parked("", "René")]
    assert feed_all(latin + b"\n" + utf8) == expected
    assert feed_bytewise(latin + b"\n" + utf8) == expected


def test_invalid_utf8_is_a_parse_error_and_the_stream_goes_on():
    data = b"<evParked><Channel>\xff\xfe</Channel></evParked><evPong/>"
    assert kinds(feed_all(data)) == ["ParseError", "Pong"]
    assert kinds(feed_bytewise(data)) == ["ParseError", "Pong"]


def test_utf16_declaration_is_refused():
    data = b'<?xml version="1.0" encoding="UTF-16"?><evPong/><evPong/>'
    assert kinds(feed_all(data)) == ["ParseError", "Pong"]


# --- hostile input: no DTD, no entity expansion ---------------------------------------------------


def test_external_entity_is_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    data = (
        f'<!DOCTYPE evParked [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<evParked><Channel>&xxe;</Channel></evParked><evPong/>"
    ).encode()
    for events in (feed_all(data), feed_bytewise(data)):
        assert kinds(events) == ["ParseError", "ParseError", "Pong"]
        assert "TOP-SECRET" not in repr(events)


def test_billion_laughs_is_refused_quickly():
    lol = b'<!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    data = lol + b"]><evParked><Channel>&lol9;</Channel></evParked>\n<evPong/>"
    started = time.perf_counter()
    events = feed_all(data)
    assert time.perf_counter() - started < 1.0
    assert kinds(events) == ["ParseError", "ParseError", "Pong"]


def test_entity_inside_an_event_without_doctype_is_undefined():
    assert kinds(feed_all(b"<evParked><Channel>&nbsp;</Channel></evParked><evPong/>")) == [
        "ParseError",
        "Pong",
    ]


# --- recovery and bounded memory ----------------------------------------------------------------


def test_comments_and_processing_instructions_between_events_are_skipped():
    data = b"<!-- hello <b> -->\n<?sop seq='1'?>" + REF_PARKED + b"<!----><?x?>\n<evPong/>"
    parser = EventParser()
    assert feed_all(data, parser) == [PARKED, Pong()]
    assert parser.skipped_bytes == 0


def test_garbage_text_between_events_is_counted_not_reported():
    parser = EventParser()
    assert parser.feed(b"HTTP/1.1 200 OK\r\n" + REF_PARKED + b"  junk\n<evPong/>") == [
        PARKED,
        Pong(),
    ]
    assert parser.skipped_bytes == len(b"HTTP/1.1200OK") + len(b"junk")


def test_truncated_event_followed_by_the_next_one():
    data = b"<evNewOrigChannel><Channel>SIP/x</Chan" + DECL + b"\n" + REF_PARKED
    for events in (feed_all(data), feed_bytewise(data)):
        assert events[0] == ParseError("event start inside an unfinished event")
        assert events[1:] == [PARKED]


@pytest.mark.parametrize(
    "junk",
    [
        b"</evParked>",
        b"<<",
        b"< evPong/>",
        b"<![CDATA[x]]>",
        b"<!ELEMENT x ANY>",
        b"<evPong",
        b"<evNewOrigChannel><Channel>",
        b"<!-- never closed",
        b"<?pi never closed",
        b"<evX a='1' <",
        b"<evParked></evParked junk>",
    ],
)
def test_broken_construct_then_resync(junk: bytes):
    data = junk + REF_PARKED + b"<evPong/>"
    for events in (feed_all(data), feed_bytewise(data)):
        assert isinstance(events[0], ParseError)
        assert events[-2:] == [PARKED, Pong()]


def test_complete_but_malformed_event_is_one_parse_error():
    data = b"<evParked><Channel>a</ParkSlot></evParked>" + REF_PARKED
    assert kinds(feed_all(data)) == ["ParseError", "Parked"]


def test_oversized_event_is_skipped_with_bounded_memory():
    parser = EventParser(max_element_size=4096)
    big = b"<evNewOrigChannel><Channel>" + b"x" * 100_000 + b"</Channel></evNewOrigChannel>"
    data = big + b"\n" + REF_PARKED + b"\n"
    events: list[Event] = []
    for i in range(0, len(data), 1000):
        events += parser.feed(data[i : i + 1000])
        assert parser.buffered <= 4096
    assert events == [ParseError("element larger than 4096 bytes"), PARKED]
    assert kinds(feed_all(data, EventParser(max_element_size=4096))) == ["ParseError", "Parked"]


def test_event_exactly_at_the_size_limit_is_accepted():
    event = b"<evParked><Channel>" + b"y" * 50 + b"</Channel></evParked>"
    assert feed_all(event, EventParser(max_element_size=len(event))) == [Parked("", "y" * 50)]
    assert kinds(feed_all(event, EventParser(max_element_size=len(event) - 1))) == ["ParseError"]


def test_endless_garbage_keeps_memory_bounded():
    parser = EventParser(max_element_size=1024)
    for _ in range(200):
        parser.feed(b"no markup at all " * 64)
        assert parser.buffered == 0
    parser.feed(b"<evNewOrigChannel><Channel>")
    for _ in range(200):
        assert all(isinstance(e, ParseError) for e in parser.feed(b"z" * 500))
        assert parser.buffered <= 1024
    assert parser.feed(b"<evPong/>") == [Pong()]


def test_trickled_large_event_is_linear():
    event = b"<evParked><Channel>" + b"q" * 60_000 + b"</Channel></evParked>"
    started = time.perf_counter()
    assert feed_bytewise(event) == [Parked("", "q" * 60_000)]
    assert time.perf_counter() - started < 5.0  # quadratic rescanning would take minutes


def test_rejects_tiny_limits():
    with pytest.raises(ValueError):
        EventParser(max_element_size=10)
