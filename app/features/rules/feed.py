"""Where the calendars come from: a local ICS file, or an ICS address kept only in the OS
keyring (a published calendar's address is a secret: whoever has it reads the calendar).

Reading never blocks the Qt thread: files are read and keyring calls made in worker threads,
addresses fetched with httpx on the loop (bounded size and time).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Protocol

from app.core.secrets import off_thread

#: the keyring account of the calendar address (per server: one per configuration)
CALENDAR_ACCOUNT = "calendar-ics"
MAX_BYTES = 10 * 1024 * 1024
TIMEOUT_S = 20.0


class Secrets(Protocol):
    def get_password(self, server_url: str, username: str) -> str | None: ...


class FeedError(Exception):
    """The calendar could not be read; the message says why (no secret in it)."""


def is_address(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://", "webcal://"))


async def read_file(path: str) -> bytes:
    try:
        return await asyncio.to_thread(_read_bounded, path)
    except OSError as exc:
        raise FeedError(exc.strerror or type(exc).__name__) from exc


def _read_bounded(path: str) -> bytes:
    with Path(path).expanduser().open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise OSError(0, "file too large")
    return data


async def fetch(address: str) -> bytes:
    """The calendar at ``address`` (``webcal://`` is https)."""
    import httpx

    url = address.strip()
    if url.lower().startswith("webcal://"):
        url = "https://" + url[len("webcal://") :]
    try:
        async with (
            httpx.AsyncClient(timeout=TIMEOUT_S, follow_redirects=True) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code != 200:
                raise FeedError(f"HTTP {response.status_code}")
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FeedError("calendar too large")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.HTTPError as exc:
        # The exception's text may hold the secret address: only its kind is shown.
        raise FeedError(type(exc).__name__) from None


async def read_calendar(path: str, secrets: Secrets, server_url: str) -> bytes | None:
    """The calendar's bytes: the file when one is set, else the address in the keyring;
    None when there is neither."""
    if path.strip():
        return await read_file(path)
    address = await off_thread(secrets.get_password, server_url, CALENDAR_ACCOUNT)
    if not address:
        return None
    return await fetch(address)
