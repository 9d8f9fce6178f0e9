"""The SOP event-stream parser: bytes in, events out, no I/O (h11's shape).

Theory of operation
-------------------
The SOP writes XML events to a TCP socket (port 5050, reference chapter 5, not published): a
stream of top-level elements with no common root and no length prefix, each possibly preceded by
its own ``<?xml ...?>`` declaration, with whitespace between (see NOTES.md, "The event socket").
``EventParser.feed(data)`` appends ``data`` to a small buffer and returns every event that the
buffer now completes; whatever is left is the start of an unfinished construct.

Splitting the stream is done on the bytes with ``bytes.find``: every marker is ASCII and no byte of
a multi-byte UTF-8 character is ASCII, so a read that stops mid-tag or mid-character only leaves
an unfinished construct in the buffer. Only complete elements are decoded. At the top level:

- whitespace is skipped; any other text is garbage (counted in ``skipped_bytes``, no event);
- ``<?...?>`` (declarations, processing instructions) and ``<!--...-->`` are skipped; an
  ``<?xml ... encoding="..."?>`` declaration applies to the element that follows it;
- ``<name ...>`` starts an element, which ends at the first ``</name>`` (events never nest) or at
  its own ``/>``;
- anything else (``<!DOCTYPE``, CDATA, a stray end tag, ``<`` + junk) is broken.

Each complete element is parsed by one anchored regular expression when it has the common shape
(simple children holding plain text; this is the fast path that gives >100k events/s) and by a
hardened lxml parser otherwise (entities, CDATA, attributes, comments...). lxml never resolves
external entities, never loads a DTD, never touches the network; a DOCTYPE can only appear at the
top level, where it is refused unseen, so ``&custom;`` entities are always undefined and broken.

Recovery. A complete element that is not well-formed (or not valid in its encoding) becomes one
``ParseError`` and parsing goes on after it. A construct that cannot be delimited, because it is
broken as above, larger than ``max_element_size`` bytes, or interrupted by ``<ev`` + an
upper-case letter before its end (a truncated event followed by the next one), also becomes one
``ParseError``; the parser then skips to the next ``<ev[A-Z]`` after the construct's first byte
(resynchronisation). The buffer never holds more than ``max_element_size`` bytes between calls,
so a hostile or broken stream costs bounded memory, and search positions are remembered between
calls, so a large element fed one byte at a time still costs linear time. Every decision depends
only on the bytes, never on how they were split: any split yields the same events.

Known events take their fields from the first child of each name (missing: ""), ignore other
children and strip surrounding whitespace; any other element is an ``UnknownEvent``.
Limitations, by design: a ``/>`` inside an attribute value, or ``</name>`` / ``<evX`` inside a
comment or CDATA section of an event, breaks that one event; a stream in an encoding that is not
ASCII-compatible (UTF-16) is garbage.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass
from typing import Final, TypeAlias

from lxml import etree

DEFAULT_MAX_ELEMENT_SIZE: Final = 64 * 1024


@dataclass(frozen=True, slots=True)
class NewOrigChannel:
    """``evNewOrigChannel``: a call on ``channel`` from ``caller_id`` rings ``extension``."""

    channel: str
    caller_id: str
    extension: str


@dataclass(frozen=True, slots=True)
class Parked:
    """``evParked``: ``channel`` now waits in park slot ``park_slot`` (after ccPark)."""

    park_slot: str
    channel: str


@dataclass(frozen=True, slots=True)
class Pong:
    """``evPong``: the socket-side answer to ccPing (children, if any, are ignored)."""


@dataclass(frozen=True, slots=True)
class UnknownEvent:
    """A well-formed element the client does not know; ``fields`` are its children in order."""

    name: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class ParseError:
    """A broken or oversized construct was skipped; the parser resynchronised after it."""

    reason: str


Event: TypeAlias = NewOrigChannel | Parked | Pong | UnknownEvent | ParseError

_WS: Final = b" \t\r\n"
_UTF8: Final = "utf-8"

# The common shape of a whole element: an ev* root without attributes whose children are plain
# text (no markup, entity, CR or control character). Child names may not look like events, so the
# first </root> is the element's end exactly as the general scanner would find it.
_ELEMENT = (  # groups: 1 root name, 2 children, 3 (internal) child name
    rb"<(ev[A-Z][A-Za-z0-9_]*+)>"
    rb"((?:[ \t\r\n]*+<(?!ev[A-Z])([A-Za-z_][A-Za-z0-9_.-]*+)>"
    rb"[^<&\x00-\x08\x0b\x0c\x0e-\x1f\r]*+</\3>)*+)"
    rb"[ \t\r\n]*+</\1>"
)
_SIMPLE_ELEMENT = re.compile(_ELEMENT)
# The hot path at a position of the stream: whitespace, an optional declaration (group 1), then
# a simple element (groups 2 and 3).
_FAST = re.compile(
    rb"[ \t\r\n]*+(?:(<\?xml[ \t\r\n][^<>?]*+\?>)[ \t\r\n]*+)?+"
    + _ELEMENT.replace(rb"\3", rb"\4").replace(rb"\1", rb"\2")
)
_CHILD = re.compile(r"<([A-Za-z_][A-Za-z0-9_.-]*)>([^<]*)</\1>")
_EV_START = re.compile(rb"<ev[A-Z]")
_NAME = re.compile(rb"<([^ \t\r\n/>]+)")
_ENCODING = re.compile(rb"""encoding[ \t\r\n]*=[ \t\r\n]*["']([A-Za-z][A-Za-z0-9._-]*)["']""")
_ASCII_PROBE: Final = b"<?xml ?></evA_-.:=\"' \t\r\n09azAZ>"


@functools.lru_cache(maxsize=64)
def _declared_encoding(declaration: bytes) -> str | None:
    """The codec a ``<?xml ...?>`` declaration names; None when it is unusable here."""
    m = _ENCODING.search(declaration)
    if m is None:
        return _UTF8
    try:
        codec = codecs.lookup(m.group(1).decode("ascii"))
        # The scanner works on ASCII markers: refuse UTF-16/32, EBCDIC and the like.
        ok = _ASCII_PROBE.decode(codec.name) == _ASCII_PROBE.decode("ascii")
    except (LookupError, ValueError):
        return None
    return codec.name if ok else None


def _make_event(name: str, fields: list[tuple[str, str]]) -> Event:
    """The event for a root element ``name`` with children ``(tag, text)`` (text unstripped)."""
    if name == "evNewOrigChannel":
        d = dict(fields[::-1])  # the first of duplicated children wins
        return NewOrigChannel(
            d.get("Channel", "").strip(),
            d.get("CallerId", "").strip(),
            d.get("Extension", "").strip(),
        )
    if name == "evParked":
        d = dict(fields[::-1])
        return Parked(d.get("ParkSlot", "").strip(), d.get("Channel", "").strip())
    if name == "evPong":
        return Pong()
    return UnknownEvent(name, tuple([(k, v.strip()) for k, v in fields]))


def _simple_event(root: bytes, children: bytes, encoding: str) -> Event:
    """The event for an element that matched ``_ELEMENT`` (its root name and children bytes)."""
    try:
        text = children.decode(encoding)
    except UnicodeDecodeError as exc:
        return ParseError(f"not well-formed: {exc}")
    return _make_event(root.decode("ascii"), _CHILD.findall(text))


def _text_of(element: etree._Element) -> str:
    """All the text inside ``element`` (CDATA and entities decoded), without its tail."""
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


class _Incomplete(Exception):
    """The construct at the current position needs more bytes; ``hint`` is where to search next."""

    def __init__(self, hint: int) -> None:
        self.hint = hint


class _Broken(Exception):
    def __init__(self, reason: str) -> None:
        self.reason = reason


class EventParser:
    """Turns SOP event-socket bytes into events; see the module's theory of operation.

    ``skipped_bytes`` counts discarded bytes that were neither whitespace, comments, declarations
    nor events; each broken construct also yields a ``ParseError`` event. Not thread-safe.
    """

    def __init__(self, *, max_element_size: int = DEFAULT_MAX_ELEMENT_SIZE) -> None:
        if max_element_size < 64:
            raise ValueError("max_element_size must be at least 64 bytes")
        self.max_element_size = max_element_size
        self.skipped_bytes = 0
        self._buf = bytearray()
        self._hint = 0  # where searches may resume in the unfinished construct at _buf[0]
        self._skipping = False  # looking for the next <ev[A-Z] after a broken construct
        self._encoding: str | None = _UTF8  # for the next element; None = unusable declaration
        self._decls: dict[bytes, bool] = {}  # declaration -> "is plain UTF-8" (fast path cache)
        self._xml_parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )

    @property
    def buffered(self) -> int:
        """Bytes held for an unfinished construct (never more than ``max_element_size``)."""
        return len(self._buf)

    def feed(self, data: bytes) -> list[Event]:
        """Add ``data`` from the socket; return the events it completes, in stream order."""
        buf = self._buf  # a bytearray: appending is amortised O(len(data)), even when trickled
        resume = bool(buf)  # the construct at 0 was seen before: skip the fast path
        buf += data
        n = len(buf)
        limit = self.max_element_size
        events: list[Event] = []
        pos = 0
        while pos < n:
            if self._skipping:
                m = _EV_START.search(buf, pos)
                if m is None:
                    keep = max(pos, n - 3)  # a partial "<ev" may end the buffer
                    self.skipped_bytes += keep - pos
                    pos = keep
                    break
                self.skipped_bytes += m.start() - pos
                pos = m.start()
                self._skipping = False
            if self._encoding == _UTF8 and not (resume and pos == 0):
                pos = self._fast_run(buf, pos, events)
                if pos >= n:
                    break
            lt = buf.find(b"<", pos)
            if lt != pos:
                end = n if lt < 0 else lt
                self.skipped_bytes += len(buf[pos:end].translate(None, _WS))
                pos = end
                if lt < 0:
                    break
            try:
                pos = self._construct(buf, pos, self._hint if resume and pos == 0 else pos, events)
            except _Incomplete as inc:
                if n - pos > limit:
                    self._broken(events, f"element larger than {limit} bytes")
                    self.skipped_bytes += 1
                    pos += 1
                    continue
                self._hint = inc.hint - pos
                del buf[:pos]
                return events
            except _Broken as err:
                self._broken(events, err.reason)
                self.skipped_bytes += 1
                pos += 1
        self._hint = 0
        del buf[:pos]
        return events

    def _fast_run(self, buf: bytearray, pos: int, events: list[Event]) -> int:
        """Take the events of the common shape at ``pos`` (the hot path); return the new pos."""
        match = _FAST.match
        append = events.append
        limit = self.max_element_size
        while (m := match(buf, pos)) is not None:
            decl, root, kids = m.group(1, 2, 3)
            end = m.end()
            if end - m.start(2) >= limit or (decl is not None and not self._utf8_decl(decl)):
                break  # the general scanner decides (and reports)
            pos = end
            append(_simple_event(root, kids, _UTF8))
        return pos

    def _utf8_decl(self, decl: bytes) -> bool:
        known = self._decls.get(decl)
        if known is None:
            if len(self._decls) >= 64:
                self._decls.clear()
            known = self._decls[decl] = len(decl) <= self.max_element_size and (
                _declared_encoding(decl) == _UTF8
            )
        return known

    def _broken(self, events: list[Event], reason: str) -> None:
        events.append(ParseError(reason))
        self._skipping = True
        self._encoding = _UTF8

    def _construct(self, buf: bytearray, s: int, lo: int, events: list[Event]) -> int:
        """Handle the construct starting with ``<`` at ``s``; return the position after it.

        ``lo`` is where terminator searches may start (bytes before it were searched already).
        Raises _Incomplete or _Broken.
        """
        n = len(buf)
        if s + 1 >= n:
            raise _Incomplete(s)
        c = buf[s + 1]
        if c == 0x3F:  # "<?": declaration or processing instruction
            end = self._terminated(buf, s, max(lo, s + 2), b"?>")
            if buf.startswith((b"<?xml ", b"<?xml\t", b"<?xml\r", b"<?xml\n"), s):
                self._encoding = _declared_encoding(bytes(buf[s:end]))
            return end
        if c == 0x21:  # "<!"
            if buf.startswith(b"<!--", s):
                return self._terminated(buf, s, max(lo, s + 4), b"-->")
            if n - s < 4 and b"<!--".startswith(buf[s:]):
                raise _Incomplete(s)
            raise _Broken("DOCTYPE, CDATA or declaration outside an event")
        if c == 0x2F:  # "</"
            raise _Broken("end tag outside an event")
        if c in _WS or c in b"<>=\"'&":
            raise _Broken("'<' not followed by an element name")
        return self._element(buf, s, lo, events)

    def _terminated(self, buf: bytearray, s: int, lo: int, terminator: bytes) -> int:
        """End of a comment or PI starting at ``s``: after ``terminator``, before any <ev[A-Z]."""
        end = buf.find(terminator, lo)
        hit = _EV_START.search(buf, lo, len(buf) if end < 0 else end)
        if hit is not None:
            raise _Broken("event start inside a comment or processing instruction")
        if end < 0:
            raise _Incomplete(max(s, len(buf) - 3))
        end += len(terminator)
        if end - s > self.max_element_size:
            raise _Broken(f"comment or processing instruction larger than {self.max_element_size}")
        return end

    def _element(self, buf: bytearray, s: int, lo: int, events: list[Event]) -> int:
        n = len(buf)
        gt = buf.find(b">", s + 1)  # start tags are short: no resumable search needed
        if buf.find(b"<", s + 1, n if gt < 0 else gt) >= 0:
            raise _Broken("broken start tag")
        if gt < 0:
            raise _Incomplete(s)
        m = _NAME.match(buf, s, gt)
        assert m is not None  # buf[s + 1] is neither whitespace, "/" nor ">"
        name = bytes(m.group(1))
        if buf[gt - 1] == 0x2F:  # "/>": empty element
            end = gt + 1
        else:
            body = gt + 1
            lo = max(lo, body)
            end = self._end_of(buf, name, body, lo)
        if end - s > self.max_element_size:
            raise _Broken(f"element larger than {self.max_element_size} bytes")
        events.append(self._parse_element(bytes(buf[s:end])))
        return end

    def _end_of(self, buf: bytearray, name: bytes, body: int, lo: int) -> int:
        """Position after ``</name>``; _Broken when an event starts before it."""
        n = len(buf)
        marker = b"</" + name
        i = buf.find(marker, lo)
        while True:
            hit = _EV_START.search(buf, lo, n if i < 0 else i)
            if hit is not None:
                raise _Broken("event start inside an unfinished event")
            if i < 0:
                raise _Incomplete(max(body, n - len(marker) - 3))
            j = i + len(marker)
            while j < n and buf[j] in _WS:
                j += 1
            if j >= n:
                raise _Incomplete(i)
            if buf[j] == 0x3E:  # ">"
                return j + 1
            if j == i + len(marker):  # "</nameX": another element's end tag
                lo = i + 1
                i = buf.find(marker, lo)
                continue
            raise _Broken("broken end tag")

    def _parse_element(self, element: bytes) -> Event:
        encoding, self._encoding = self._encoding, _UTF8
        if encoding is None:
            return ParseError("unsupported encoding in the XML declaration")
        m = _SIMPLE_ELEMENT.fullmatch(element)
        if m is not None:
            return _simple_event(m.group(1), m.group(2), encoding)
        try:
            root = etree.fromstring(element.decode(encoding), self._xml_parser)
        except (UnicodeDecodeError, etree.XMLSyntaxError, ValueError) as exc:
            # A complete element was consumed: nothing to skip, no resynchronisation needed.
            return ParseError(f"not well-formed: {exc}")
        fields = [
            (etree.QName(child).localname, _text_of(child))
            for child in root
            if isinstance(child.tag, str)
        ]
        return _make_event(etree.QName(root).localname, fields)
