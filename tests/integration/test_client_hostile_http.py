"""Broken HTTP answers never use up the client: every body is read and closed on every path.

Runs on the app's qasync loop, which (unlike ``asyncio.run``) has no async-generator hooks: a
body iterator left to the garbage collector there never gives its connection back.
"""

from __future__ import annotations

import os

import pytest

from app.sop.client import SopClient
from app.sop.errors import SopHttpError, SopProtocolError
from tests.helpers.hostile_http import hostile_http


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_150_broken_answers_then_a_good_answer_still_arrives_and_fds_stay_flat(qloop) -> None:
    errors: list[str] = []

    async def scenario(server) -> tuple[int, int, str]:
        client = SopClient(server.url, timeout_s=3.0, read_retries=0)
        try:
            server.mode = "good"
            await client.get_callflow("201")
            before = open_fds()
            for i in range(150):
                server.mode = "gzip" if i % 2 else "huge"
                with pytest.raises(SopProtocolError) as caught:
                    await client.get_callflow("201")
                errors.append(str(caught.value))
            after = open_fds()
            server.mode = "good"
            callflow = await client.get_callflow("201")
            return before, after, callflow.current_status
        finally:
            await client.aclose()

    with hostile_http() as server:
        before, after, status = qloop.run(scenario(server), timeout=90)
    assert status == "Busy"
    assert after - before <= 5, f"open fds grew from {before} to {after}"
    assert any("could not be decoded" in e for e in errors)
    assert any("larger than" in e for e in errors)


def test_a_gzip_answer_is_decoded_and_a_gzip_bomb_is_refused(qloop) -> None:
    """Sent compressed although the client asked for identity: decoded, within the size cap."""

    async def scenario(server) -> tuple[str, str]:
        client = SopClient(server.url, timeout_s=5.0, read_retries=0)
        try:
            server.mode = "gzip-good"
            status = (await client.get_callflow("201")).current_status
            server.mode = "gzip-bomb"  # 64 MiB of spaces in about 64 KiB
            with pytest.raises(SopProtocolError) as caught:
                await client.get_callflow("201")
            return status, str(caught.value)
        finally:
            await client.aclose()

    with hostile_http() as server:
        status, error = qloop.run(scenario(server), timeout=60)
    assert status == "Busy"
    assert "larger than" in error


def test_an_error_page_with_broken_compression_is_still_the_http_error(qloop) -> None:
    async def scenario(server) -> int:
        client = SopClient(server.url, timeout_s=5.0, read_retries=0)
        try:
            server.mode = "gzip-503"
            with pytest.raises(SopHttpError) as caught:
                await client.get_callflow("201")
            return caught.value.status_code
        finally:
            await client.aclose()

    with hostile_http() as server:
        assert qloop.run(scenario(server), timeout=30) == 503
