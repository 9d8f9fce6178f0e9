"""A small hostile HTTP server on a real socket (threads, no asyncio): it answers each request
according to ``mode`` — broken gzip, an oversized chunked body, or a good JSON answer.

It is not the simulator on purpose: these answers break HTTP itself, below the SOP API.
"""

from __future__ import annotations

import gzip
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

GOOD_CALLFLOW = (
    b'{"Status": ["Office", "Busy"], "TranslatedStatus": ["Office", "Busy"],'
    b' "CurrentProfile": "Template-User", "CurrentStatus": "Busy"}'
)


class HostileHttp:
    def __init__(self) -> None:
        self.mode = "good"
        self.requests = 0
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(256)
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._sock.close()
        with self._lock:
            for conn in self._conns:
                conn.close()
        self._thread.join(5)

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                self._conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            while reader.readline():
                while reader.readline() not in (b"\r\n", b""):
                    pass
                self.requests += 1
                conn.sendall(self._answer())
        except OSError:
            pass
        finally:
            reader.close()
            conn.close()

    def _answer(self) -> bytes:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        if self.mode == "gzip-503":
            body = b"<html>not gzip</html>"
            return (
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Encoding: gzip\r\n"
                b"Content-Length: %d\r\n\r\n" % len(body) + body
            )
        if self.mode == "gzip":
            body = b"\x1f\x8b\x08\x00 this is not gzip at all " * 8
            return head + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body
        if self.mode in ("gzip-good", "gzip-bomb"):
            plain = GOOD_CALLFLOW if self.mode == "gzip-good" else b" " * (64 * 1024 * 1024)
            body = gzip.compress(plain, compresslevel=9)
            return head + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body
        if self.mode == "huge":
            chunk = b"x" * 65536
            framed = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
            return head + b"Transfer-Encoding: chunked\r\n\r\n" + framed * 72 + b"0\r\n\r\n"
        body = GOOD_CALLFLOW
        return head + b"Content-Length: %d\r\n\r\n" % len(body) + body


@contextmanager
def hostile_http() -> Iterator[HostileHttp]:
    server = HostileHttp()
    server.start()
    try:
        yield server
    finally:
        server.close()
