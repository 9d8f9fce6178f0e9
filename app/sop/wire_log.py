"""Wire capture: every HTTP request and answer and every event-socket byte, as JSON lines.

A capture is what support needs to see how a real SOP answers (which URL forms exist, what the
bodies look like, how evPong is spelt) and what ``python -m app.sim --replay FILE`` serves back.
One JSON object per line, ``t`` being seconds since the epoch (for HTTP, when the request was
sent; lines are written when complete, so replay orders them by ``t``):

``{"kind": "http", "t", "method", "url", "path", "params": [[k, v], ...], "headers": {...},
"status", "response_headers": {...}, "content_type", "body" | "body_b64", "elapsed_ms"}``
``{"kind": "http_error", "t", "method", "url", "path", "params", "error", "elapsed_ms"}``
``{"kind": "events", "t", "host", "port", "data" | "data_b64"}``  (one line per read)

Secrets never reach the file: the Authorization header, password/PIN query parameters and PIN
fields in bodies are replaced by ``<redacted>``. :class:`WireLogTransport` wraps any httpx async
transport; the event reader hands its bytes to :meth:`WireLog.event_bytes`. With a wire log the
HTTP bodies are read whole before the client's size cap applies: it is a diagnostic mode.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import httpx

REDACTED = "<redacted>"
#: query parameters that carry secrets (dbAuthenticate's PINs) - matched case-insensitively
SECRET_PARAMS = frozenset({"password", "newpassword", "pin", "pincode", "passwd", "secret"})
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# PIN fields inside answers: dbGetDirectoryInfo's <pincode>, "pincode": "...", UserPincode values
_XML_PIN = re.compile(rb"(<(pincode|password)>)(.*?)(</\2>)", re.IGNORECASE | re.DOTALL)
_JSON_PIN = re.compile(rb'("(?:pincode|password)"\s*:\s*)"(?:[^"\\]|\\.)*"', re.IGNORECASE)
_XML_PIN_PARAM = re.compile(
    rb"(<(\w*pincode\w*)>.*?<value>)(.*?)(</value>)", re.IGNORECASE | re.DOTALL
)


def is_secret_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in SECRET_PARAMS or "pincode" in lowered or "password" in lowered


def redact_params(params: list[tuple[str, str]]) -> list[list[str]]:
    return [[k, REDACTED if is_secret_param(k) else v] for k, v in params]


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: (REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in headers.multi_items()}


def redact_body(body: bytes) -> bytes:
    """``body`` with PIN and password fields blanked (XML and JSON shapes)."""
    body = _XML_PIN.sub(lambda m: m.group(1) + REDACTED.encode() + m.group(4), body)
    body = _XML_PIN_PARAM.sub(lambda m: m.group(1) + REDACTED.encode() + m.group(4), body)
    return _JSON_PIN.sub(lambda m: m.group(1) + b'"' + REDACTED.encode() + b'"', body)


def _text_or_b64(key: str, data: bytes) -> dict[str, str]:
    try:
        return {key: data.decode("utf-8")}
    except UnicodeDecodeError:
        return {f"{key}_b64": base64.b64encode(data).decode("ascii")}


def record_bytes(record: dict[str, Any], key: str) -> bytes:
    """The bytes a record holds under ``key`` (text) or ``key_b64``; b"" when neither."""
    if f"{key}_b64" in record:
        return base64.b64decode(record[f"{key}_b64"])
    return str(record.get(key, "")).encode("utf-8")


class WireLog:
    """Collects wire records; writes each as one JSON line to ``path`` (if given) at once and
    hands it to ``listener`` (doctor uses that to see which URL form answered)."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        listener: Callable[[dict[str, Any]], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self._listeners: list[Callable[[dict[str, Any]], None]] = []
        if listener is not None:
            self._listeners.append(listener)
        self._clock = clock
        self._lock = threading.Lock()
        self._file: IO[str] | None = None
        if self.path is not None:
            self._file = self.path.open("a", encoding="utf-8")

    def add_listener(self, listener: Callable[[dict[str, Any]], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[dict[str, Any]], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def now(self) -> float:
        return round(self._clock(), 6)

    def write(self, record: dict[str, Any]) -> None:
        record = {"t": self.now(), **record}
        for listener in list(self._listeners):
            listener(record)
        with self._lock:
            if self._file is not None:
                self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
                self._file.flush()

    # -- HTTP --------------------------------------------------------------------------------

    def _request_fields(self, request: httpx.Request) -> dict[str, Any]:
        url = request.url
        return {
            "method": request.method,
            "url": str(url.copy_with(query=None, userinfo=b"")),  # no user:password@
            "path": url.path,
            "params": redact_params(list(url.params.multi_items())),
            "headers": redact_headers(request.headers),
        }

    def http(
        self,
        request: httpx.Request,
        response: httpx.Response,
        elapsed_s: float,
        sent_at: float | None = None,
    ) -> None:
        """Record one exchange; ``t`` is when the request was sent (``sent_at``), so events
        it caused come after it in time order."""
        self.write(
            {
                **({} if sent_at is None else {"t": sent_at}),
                "kind": "http",
                **self._request_fields(request),
                "status": response.status_code,
                "response_headers": redact_headers(response.headers),
                "content_type": response.headers.get("content-type", ""),
                **_text_or_b64("body", redact_body(response.content)),
                "elapsed_ms": round(elapsed_s * 1000, 3),
            }
        )

    def http_error(
        self,
        request: httpx.Request,
        error: BaseException,
        elapsed_s: float,
        sent_at: float | None = None,
    ) -> None:
        self.write(
            {
                **({} if sent_at is None else {"t": sent_at}),
                "kind": "http_error",
                **self._request_fields(request),
                "error": f"{type(error).__name__}: {error}",
                "elapsed_ms": round(elapsed_s * 1000, 3),
            }
        )

    # -- event socket ------------------------------------------------------------------------

    def event_reader(self, host: str, port: int) -> Callable[[bytes], None]:
        """The callback an event reader calls with every chunk it receives."""

        def on_bytes(data: bytes) -> None:
            self.write({"kind": "events", "host": host, "port": port, **_text_or_b64("data", data)})

        return on_bytes


class WireLogTransport(httpx.AsyncBaseTransport):
    """An httpx transport that records every exchange of ``inner`` in ``wire``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, wire: WireLog) -> None:
        self._inner = inner
        self._wire = wire

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        sent_at = self._wire.now()
        try:
            response = await self._inner.handle_async_request(request)
            stream = response.stream
            assert isinstance(stream, httpx.AsyncByteStream)
            body = b"".join([chunk async for chunk in stream])
            await stream.aclose()
        except Exception as exc:
            self._wire.http_error(request, exc, time.perf_counter() - started, sent_at)
            raise
        copy = httpx.Response(
            response.status_code,
            headers=response.headers,
            content=body,
            request=request,
            extensions=response.extensions,
        )
        self._wire.http(request, copy, time.perf_counter() - started, sent_at)
        return copy

    async def aclose(self) -> None:
        await self._inner.aclose()


def wire_transport(wire: WireLog | None, verify: bool | Any) -> httpx.AsyncBaseTransport | None:
    """The transport a client should use to record into ``wire`` (None without a wire log)."""
    if wire is None:
        return None
    return WireLogTransport(httpx.AsyncHTTPTransport(verify=verify), wire)
