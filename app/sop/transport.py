"""The HTTP side of the SOP client: one GET, bounded in time and size, errors made typed.

Theory of operation: every call is ``GET {base}/xml/{Call}.{suffix}?{params}`` (reference,
"Introduction"). :meth:`SopTransport.get` sends it with a per-attempt deadline, streams the body
and stops at ``max_bytes``, and turns whatever went wrong into an ``app.sop.errors`` exception:
transport failures -> SopUnreachable, timeouts -> SopTimeout, 401/403 -> SopAuthError, any other
non-2xx -> SopHttpError (with a plain-text excerpt of the body). Reads are retried with exponential
backoff on transport errors, timeouts and 5xx; writes are sent exactly once, because a retried
ccOriginate rings a phone twice and a retried pumLogin trips the SOP's 90-second rule.

Nothing here logs parameter values: dbAuthenticate carries PINs and basic auth a password.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import zlib
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass
from typing import cast

import httpx

from app.sop.errors import (
    SopAuthError,
    SopError,
    SopHttpError,
    SopProtocolError,
    SopTimeout,
    SopUnreachable,
    without_frames,
)
from app.sop.wire_log import WireLog, wire_transport
from app.sop.xmlsafe import text_excerpt

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[object]]

#: a body larger than this is reported to ``on_big_body`` (the app trims its heap after one)
#: and decoded off the event loop by the client
BIG_BODY_BYTES = 256 * 1024
# Error bodies are only read for an excerpt; no need to take in more than this.
_ERROR_BODY_LIMIT = 16 * 1024


class _HideQuery(logging.Filter):
    """Drops the query from URLs httpx logs ("HTTP Request: GET <url> ..."): the SOP API is
    GET-only, so dbAuthenticate's PINs travel in the query string."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(
            isinstance(arg, httpx.URL) for arg in record.args
        ):
            record.args = tuple(
                arg.copy_with(query=None) if isinstance(arg, httpx.URL) and arg.query else arg
                for arg in record.args
            )
        return True


_HIDE_QUERY = _HideQuery()


def hide_query_in_httpx_logs() -> None:
    """Install the filter on httpx's logger (idempotent)."""
    logger = logging.getLogger("httpx")
    if _HIDE_QUERY not in logger.filters:
        logger.addFilter(_HIDE_QUERY)


@dataclass(frozen=True, slots=True)
class Answer:
    """A 2xx answer: its body (at most max_bytes) and Content-Type."""

    body: bytes
    content_type: str


def normalise_base_url(base_url: str) -> httpx.URL:
    """The SOP's root URL (``http[s]://host[:port][/prefix]``), without a trailing ``/xml``."""
    if any(ch.isspace() for ch in base_url.strip()):  # a typing slip: not an unreachable host
        raise ValueError(f"The SOP URL cannot contain spaces: {base_url.strip()!r}")
    url = httpx.URL(base_url.strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(
            f"The SOP URL must start with http:// or https:// and name a host: {base_url!r}"
        )
    path = url.path.rstrip("/")
    if path.endswith("/xml"):
        path = path[: -len("/xml")]
    return url.copy_with(path=path + "/", query=None, fragment=None)


def make_verify(verify: bool | str) -> bool | ssl.SSLContext:
    """httpx's ``verify``: True/False, or a context trusting the CA bundle file ``verify`` names."""
    if isinstance(verify, str):
        try:
            return ssl.create_default_context(cafile=verify)
        except (OSError, ssl.SSLError) as exc:
            raise ValueError(f"Cannot use the CA file {verify!r}: {exc}") from exc
    return verify


class SopTransport:
    """Sends SOP requests over an ``httpx.AsyncClient`` (injected, or created and owned)."""

    def __init__(
        self,
        base_url: str,
        *,
        http: httpx.AsyncClient | None,
        timeout_s: float,
        read_retries: int,
        retry_backoff_s: float,
        auth: tuple[str, str] | None,
        verify: bool | str,
        max_bytes: int,
        sleep: Sleep,
        wire_log: WireLog | None = None,
        on_big_body: Callable[[int], None] | None = None,
    ) -> None:
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        if read_retries < 0:
            raise ValueError("read_retries must be zero or more")
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        self.base_url = normalise_base_url(base_url)
        self._timeout_s = timeout_s
        self._timeout = httpx.Timeout(timeout_s)
        self._read_retries = read_retries
        self._retry_backoff_s = retry_backoff_s
        self._max_bytes = max_bytes
        self._sleep = sleep
        self._on_big_body = on_big_body
        self._auth = httpx.BasicAuth(*auth) if auth else None
        hide_query_in_httpx_logs()
        self._owns_http = http is None
        if http is None:
            http = httpx.AsyncClient(
                timeout=self._timeout,
                verify=make_verify(verify),
                follow_redirects=False,
                transport=wire_transport(wire_log, make_verify(verify)),  # --wire-log
            )
        self._http = http

    async def aclose(self) -> None:
        """Close the owned HTTP client (once: later calls do nothing)."""
        if self._owns_http and not self._http.is_closed:
            await self._http.aclose()

    def url(self, call: str, suffix: str) -> str:
        """``{base}/xml/{call}.{suffix}``, or ``{base}/xml/{call}`` when ``suffix`` is empty."""
        return str(self.base_url.join(f"xml/{call}.{suffix}" if suffix else f"xml/{call}"))

    async def get(
        self,
        call: str,
        suffix: str,
        params: dict[str, str],
        *,
        retry: bool,
        max_bytes: int | None = None,
    ) -> Answer:
        """GET one call; retried (reads only) on transport errors, timeouts and 5xx.

        ``max_bytes`` overrides the client's cap for a call whose answers are legitimately big.
        """
        url = self.url(call, suffix)
        limit = max_bytes or self._max_bytes
        attempts = 1 + (self._read_retries if retry else 0)
        for attempt in range(attempts):
            try:
                return await self._attempt(call, url, params, limit)
            except (SopUnreachable, SopTimeout, SopHttpError) as exc:
                transient = not isinstance(exc, SopHttpError) or exc.status_code >= 500
                if not transient or attempt + 1 >= attempts:
                    raise
                delay = self._retry_backoff_s * (2**attempt)
                log.info(
                    "SOP %s failed (%s); retry %d of %d in %.2f s",
                    call,
                    type(exc).__name__,
                    attempt + 1,
                    attempts - 1,
                    delay,
                )
                await self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _attempt(self, call: str, url: str, params: dict[str, str], limit: int) -> Answer:
        host = self.base_url.host
        try:
            async with asyncio.timeout(self._timeout_s):
                return await self._send(call, url, params, limit)
        except (TimeoutError, httpx.TimeoutException) as exc:
            raise SopTimeout(
                f"The SOP at {host} did not answer within {self._timeout_s:g} s.", call=call
            ) from exc
        except httpx.DecodingError as exc:
            raise SopProtocolError(
                "The SOP's answer could not be decoded (bad compression or charset).",
                call=call,
                detail=str(exc)[:200],
            ) from exc
        except httpx.RequestError as exc:
            reason = str(exc) or type(exc).__name__
            if "CERTIFICATE" in reason.upper() or "SSL" in reason.upper():
                message = f"Could not open a secure connection to the SOP at {host}: {reason}"
            else:
                message = f"Could not reach the SOP at {host}: {reason}"
            raise SopUnreachable(message, call=call) from exc

    async def _send(self, call: str, url: str, params: dict[str, str], limit: int) -> Answer:
        kwargs = {} if self._auth is None else {"auth": self._auth}
        log.debug("SOP request %s (parameters: %s)", call, ", ".join(sorted(params)) or "none")
        async with self._http.stream(
            "GET",
            url,
            params=params,
            timeout=self._timeout,
            headers={"Accept-Encoding": "identity"},
            **kwargs,  # type: ignore[arg-type]
        ) as response:
            status = response.status_code
            if 200 <= status < 300:
                body = await self._read(response, call, limit=limit, strict=True)
                return Answer(body, response.headers.get("content-type", ""))
            body = await self._read(response, call, limit=_ERROR_BODY_LIMIT, strict=False)
            raise http_error(response, body, call=call)

    async def _read(
        self, response: httpx.Response, call: str, *, limit: int, strict: bool
    ) -> bytes:
        """The body, at most ``limit`` bytes; over it, SopProtocolError when ``strict``.

        The raw bytes are read here and decoded by :func:`_decode`, and the connection is
        released before the byte iterator is closed, both in this task: an iterator left to the
        garbage collector closes its connection outside any task (or never, on a loop without
        async-generator hooks), which once exhausted the pool after 100 broken answers.
        """
        declared = response.headers.get("content-length", "")
        if strict and declared.isdigit() and int(declared) > limit:
            await response.aclose()
            raise _too_big(call, limit)
        chunks: list[bytes] = []
        size = 0
        too_big = False
        if response.is_stream_consumed:  # already in memory (httpx.MockTransport in tests)
            raw = _chunks(response.stream)
        else:
            raw = cast(AsyncGenerator[bytes, None], response.aiter_raw())
        try:
            async for chunk in raw:
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    too_big = True
                    break
        finally:
            await response.aclose()
            await raw.aclose()
            if size > BIG_BODY_BYTES and self._on_big_body is not None:
                self._on_big_body(size)
        # An error's traceback keeps this frame, and whoever keeps the error (the last failure
        # of a feature) would keep up to 4 MB of refused bytes with it: none are left in it.
        if too_big and strict:
            chunks.clear()
            raise _too_big(call, limit)
        body = b"".join(chunks)[:limit]
        chunks.clear()
        encoding = response.headers.get("content-encoding", "")
        try:
            return _decode(encoding, body, call, limit, strict)
        except SopProtocolError as exc:
            del body
            if strict:
                raise without_frames(exc)  # noqa: B904 - the same error, not the frames
            return b""  # an error page read only for an excerpt: its HTTP status says enough


async def _chunks(stream: object) -> AsyncGenerator[bytes, None]:
    """The raw bytes of an answer held in memory (its stream can be read again)."""
    if isinstance(stream, httpx.AsyncByteStream):
        async for chunk in stream:
            yield chunk


def _decode(encoding: str, body: bytes, call: str, limit: int, strict: bool) -> bytes:
    """Undo a ``Content-Encoding`` the SOP sent although we asked for ``identity``; a broken
    or oversized (zip bomb) body is a SopProtocolError, never an unread connection."""
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    for coding in reversed(codings):
        if coding == "identity":
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise SopProtocolError(
                f"The SOP's answer uses an unsupported encoding ({coding[:40]}).", call=call
            )
        wbits = zlib.MAX_WBITS | 16 if "gzip" in coding else zlib.MAX_WBITS
        try:
            decoder = zlib.decompressobj(wbits)
            out = decoder.decompress(body, limit + 1)
        except zlib.error as exc:
            if coding == "deflate":  # some servers send raw deflate without the zlib header
                try:
                    decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                    out = decoder.decompress(body, limit + 1)
                except zlib.error:
                    raise _undecodable(call, exc) from exc
            else:
                raise _undecodable(call, exc) from exc
        if len(out) > limit:
            if strict:
                raise _too_big(call, limit)
            out = out[:limit]
        elif strict and not decoder.eof:
            raise _undecodable(call, zlib.error("truncated compressed body"))
        body = out
    return body


def _undecodable(call: str, exc: Exception) -> SopProtocolError:
    return SopProtocolError(
        "The SOP's answer could not be decoded (bad compression or charset).",
        call=call,
        detail=str(exc)[:200],
    )


def _too_big(call: str, limit: int) -> SopProtocolError:
    return SopProtocolError(
        f"The SOP's answer is larger than the {limit} bytes allowed; refused.", call=call
    )


def http_error(response: httpx.Response, body: bytes, *, call: str) -> SopError:
    """The typed error for a non-2xx answer, with a short plain-text excerpt as ``detail``."""
    status = response.status_code
    detail = text_excerpt(body)
    if status in (401, 403):
        what = (
            "the credentials" if status == 401 else "access (check the credentials or allow-list)"
        )
        return SopAuthError(f"The SOP refused {what} (HTTP {status}).", call=call, detail=detail)
    if 300 <= status < 400:
        target = response.headers.get("location", "elsewhere")
        message = f"The SOP redirects to {target} (HTTP {status}); update the SOP URL."
    elif status == 404:
        message = f"The SOP does not offer {call} (HTTP 404); check the URL and the API version."
    elif status == 400:
        message = f"The SOP rejected the {call} request (HTTP 400)."
    elif status >= 500:
        message = f"The SOP failed while answering {call} (HTTP {status})."
    else:
        message = f"The SOP answered {call} with HTTP {status}."
    return SopHttpError(message, status_code=status, call=call, detail=detail)
