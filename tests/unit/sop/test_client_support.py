"""Helpers for the SopClient unit tests: a scripted fake SOP behind httpx.MockTransport.

No tests live here; the module is named test_client_* only so it sits with the files it serves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx

from app.sop.client import SopClient

GOLDEN = Path(__file__).parent / "golden"
BASE_URL = "http://sop.test"

T = TypeVar("T")

# One scripted answer: a Response factory, an exception to raise, or (status, body[, headers]).
Reply = (
    Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]]
    | Exception
    | tuple[int, bytes | str]
    | tuple[int, bytes | str, dict[str, str]]
)


def golden(name: str) -> bytes:
    return (GOLDEN / name).read_bytes()


class FakeSop:
    """A MockTransport handler answering from a script and recording every request.

    The last reply repeats once the script is used up, so ``FakeSop((500, ""))`` fails forever.
    """

    def __init__(self, *replies: Reply) -> None:
        assert replies, "script at least one reply"
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            result = reply(request)
            if not isinstance(result, httpx.Response):
                result = await result
            return result
        status, body, *rest = reply
        headers = rest[0] if rest else {}
        content = body.encode() if isinstance(body, str) else body
        return httpx.Response(status, content=content, headers=headers)

    @property
    def count(self) -> int:
        return len(self.requests)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def path(self, index: int = -1) -> str:
        return self.requests[index].url.path

    def params(self, index: int = -1) -> dict[str, str]:
        return dict(self.requests[index].url.params)


class Sleeps:
    """A fake ``sleep``: records the delays instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def run(
    sop: FakeSop,
    action: Callable[[SopClient], Awaitable[T]],
    *,
    sleeps: Sleeps | None = None,
    **options: Any,
) -> T:
    """Run ``action(client)`` against ``sop`` in a fresh event loop."""

    async def main() -> T:
        transport = httpx.MockTransport(sop)
        async with httpx.AsyncClient(transport=transport) as http:
            client = SopClient(BASE_URL, http=http, sleep=sleeps or Sleeps(), **options)
            async with client:
                return await action(client)

    return asyncio.run(main())
