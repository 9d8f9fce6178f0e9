"""Micro benchmark: EventParser on a recorded-style stream vs lxml on the same events.

Run on purpose (not collected by pytest): ``python tests/bench/bench_events_parser.py``.
Three figures, best of ``--repeat`` runs each:
- EventParser.feed on the whole stream in 4 KiB chunks (splitting + parsing + Event objects);
- lxml.etree.fromstring on each event document, already split (parsing only);
- the same lxml parse plus building the Event objects, the like-for-like comparison.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.sop.events import Event, EventParser, NewOrigChannel

DOC = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<evNewOrigChannel><Channel>SIP/SDC30015-{i:04x}</Channel>"
    '<CallerId>"Peeters Camille" [{caller}]</CallerId>'
    "<Extension>{ext}</Extension></evNewOrigChannel>\n"
)


def documents(count: int) -> list[bytes]:
    return [DOC.format(i=i, caller=100 + i % 900, ext=200 + i % 50).encode() for i in range(count)]


def best_rate(run: Callable[[], int], repeat: int) -> float:
    best = 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        count = run()
        best = max(best, count / (time.perf_counter() - started))
    return best


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--events", type=int, default=100_000)
    args.add_argument("--chunk", type=int, default=4096)
    args.add_argument("--repeat", type=int, default=5)
    opts = args.parse_args()

    docs = documents(opts.events)
    stream = b"".join(docs)
    chunks = [stream[i : i + opts.chunk] for i in range(0, len(stream), opts.chunk)]
    parser_for_xml = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

    def ours() -> int:
        parser = EventParser()
        count = 0
        for chunk in chunks:
            count += len(parser.feed(chunk))
        assert count == opts.events, count
        return count

    def lxml_parse_only() -> int:
        for doc in docs:
            etree.fromstring(doc, parser_for_xml)
        return len(docs)

    def lxml_to_events() -> int:
        out: list[Event] = []
        for doc in docs:
            root = etree.fromstring(doc, parser_for_xml)
            fields = {child.tag: (child.text or "").strip() for child in root}
            out.append(
                NewOrigChannel(
                    fields.get("Channel", ""),
                    fields.get("CallerId", ""),
                    fields.get("Extension", ""),
                )
            )
        return len(out)

    rate = best_rate(ours, opts.repeat)
    lxml_rate = best_rate(lxml_parse_only, opts.repeat)
    lxml_events_rate = best_rate(lxml_to_events, opts.repeat)
    print(f"{opts.events} evNewOrigChannel events, {len(stream)} bytes, {opts.chunk}-byte chunks")
    print(f"EventParser.feed (split + parse + events): {rate:12,.0f} events/s")
    print(f"lxml.etree.fromstring, pre-split docs:      {lxml_rate:12,.0f} events/s")
    print(f"lxml.etree.fromstring + Event objects:      {lxml_events_rate:12,.0f} events/s")
    print(f"ratio EventParser / lxml parse only:        {rate / lxml_rate:12.2f}")
    print(f"ratio EventParser / lxml + Event objects:   {rate / lxml_events_rate:12.2f}")


if __name__ == "__main__":
    main()
