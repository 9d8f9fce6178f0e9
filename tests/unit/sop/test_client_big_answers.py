"""Big answers: dbGetCallHistory may exceed the general size cap, and is parsed off the loop."""

from __future__ import annotations

import asyncio
import json
import threading
from datetime import datetime

import httpx
import pytest

from app.sop import parse_db
from app.sop.client import SopClient
from app.sop.errors import SopProtocolError


def history_body(n: int) -> bytes:
    call = {
        "timestamp": "2026-11-20 10:00:00",
        "caller_name": "Inès Van Damme " + "x" * 300,
        "caller_number": "+3225551234",
        "called_number": "201",
        "disposition": "101",
        "duration": "12",
        "billsec": "0",
    }
    rows = [{**call, "uniqueid": f"u{i}"} for i in range(n)]
    return json.dumps({"CallHistory": rows}).encode()


def client_for(body: bytes, **kw) -> SopClient:
    transport = httpx.MockTransport(lambda req: httpx.Response(200, content=body))
    return SopClient("http://sop.test", http=httpx.AsyncClient(transport=transport), **kw)


def test_history_over_the_general_cap_is_accepted_and_parsed_in_a_worker(monkeypatch) -> None:
    body = history_body(10_000)
    assert len(body) > 4 * 1024 * 1024
    threads: list[int] = []
    original = parse_db.call_history

    def spy(payload: object):
        threads.append(threading.get_ident())
        return original(payload)

    monkeypatch.setattr(parse_db, "call_history", spy)

    async def go() -> tuple[int, int]:
        client = client_for(body)
        try:
            rows = await client.get_call_history(
                "201", limit=10_000, start_date=datetime(2026, 1, 1)
            )
        finally:
            await client.aclose()
        return len(rows), threading.get_ident()

    count, loop_thread = asyncio.run(go())
    assert count == 10_000
    assert threads and threads[0] != loop_thread


def test_other_calls_keep_the_general_cap() -> None:
    big = json.dumps([{"ext": str(i), "fn": "x" * 500} for i in range(3000)]).encode()

    async def go() -> None:
        client = client_for(big, max_bytes=1024 * 1024)
        try:
            await client.get_directory_info(fn="x")
        finally:
            await client.aclose()

    with pytest.raises(SopProtocolError):
        asyncio.run(go())


def test_a_big_body_is_reported_once_read_and_a_small_one_is_not() -> None:
    """The app trims its heap after a big answer: the hook hears of the bodies it read that were
    big; one refused on its declared length alone was never read."""
    seen: list[int] = []

    async def go() -> None:
        big = client_for(history_body(2_000), on_big_body=seen.append)
        small = client_for(history_body(1), on_big_body=seen.append)
        oversized = client_for(history_body(20_000), on_big_body=seen.append)
        try:
            await big.get_call_history("201", limit=2_000, start_date=datetime(2026, 1, 1))
            await small.get_call_history("201", limit=1, start_date=datetime(2026, 1, 1))
            with pytest.raises(SopProtocolError):
                await oversized.get_callflow("201")  # Content-Length over the 4 MB cap
        finally:
            for client in (big, small, oversized):
                await client.aclose()

    asyncio.run(go())
    assert seen == [len(history_body(2_000))]


def _big_locals(exc: BaseException) -> list[str]:
    """Names of locals over 1 MB in the frames an error keeps alive."""
    found = []
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        tb = error.__traceback__
        while tb is not None:
            for name, value in tb.tb_frame.f_locals.items():
                size = sum(map(len, value)) if isinstance(value, list) else None
                if isinstance(value, bytes | bytearray):
                    size = len(value)
                if size is not None and size > 1024 * 1024:
                    found.append(f"{tb.tb_frame.f_code.co_name}.{name}")
            tb = tb.tb_next
        error = error.__cause__ or error.__context__
    return found


def callflow_error(make_client) -> BaseException:
    """The SopProtocolError a dbGetCallflow through ``make_client()`` raises (the client is
    made on the loop and closed)."""

    async def go() -> BaseException:
        client = make_client()
        try:
            with pytest.raises(SopProtocolError) as caught:
                await client.get_callflow("201")
            return caught.value
        finally:
            await client.aclose()

    return asyncio.run(go())


@pytest.mark.parametrize(("encoding", "count"), [("", 96), ("gzip", 48)])
def test_a_refused_answer_leaves_no_bytes_in_the_error(encoding: str, count: int) -> None:
    """A feature keeps its last error: a 6 MB answer over the cap, or 3 MB that are not the
    gzip they claim, must not live on in it."""

    async def chunks():
        for _ in range(count):
            yield b"y" * 65_536

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Encoding": encoding} if encoding else {}
        return httpx.Response(200, content=chunks(), headers=headers)

    error = callflow_error(
        lambda: SopClient(
            "http://sop.test", http=httpx.AsyncClient(transport=httpx.MockTransport(answer))
        )
    )
    assert _big_locals(error) == []


def test_an_unreadable_big_answer_leaves_no_bytes_in_the_error() -> None:
    """3 MB that are not JSON: the decode error must not keep the body alive."""
    error = callflow_error(lambda: client_for(b"{" + b"y" * (3 * 1024 * 1024)))
    assert _big_locals(error) == []
