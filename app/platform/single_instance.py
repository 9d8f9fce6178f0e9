"""One running instance per config folder, and the local socket that talks to it.

Protocol: the client sends one JSON object on a line; the instance answers one JSON object on a
line: ``{"exit": int, "message": str, "result": any}``. The lock file guards the check-and-listen
against two simultaneous starts (docs/ARCHITECTURE.md: single instance).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]
MAX_REQUEST = 64 * 1024


class InstanceServer(QObject):
    """Accepts requests from later starts and subcommands; answers through ``handler``."""

    def __init__(self, name: str, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._tasks: set[Any] = set()  # asyncio tasks answering requests

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a stale socket left by a crash
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()
        for task in self._tasks:
            task.cancel()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            buf = bytearray()

            def on_ready(sock: QLocalSocket = sock, buf: bytearray = buf) -> None:
                buf.extend(bytes(sock.readAll().data()))
                if len(buf) > MAX_REQUEST:
                    sock.abort()
                    return
                if b"\n" in buf:
                    sock.readyRead.disconnect()
                    line = bytes(buf.split(b"\n", 1)[0])
                    import asyncio

                    task = asyncio.ensure_future(self._answer(sock, line))
                    self._tasks.add(task)
                    task.add_done_callback(self._tasks.discard)

            sock.readyRead.connect(on_ready)
            sock.disconnected.connect(self._on_disconnected)

    def _on_disconnected(self) -> None:
        sock = self.sender()
        if isinstance(sock, QLocalSocket):
            # The server's wrapper keeps a reference to each child's wrapper, which Qt deleting
            # the socket does not drop: unparented first, or every request would leave one.
            sock.setParent(None)
            sock.deleteLater()

    async def _answer(self, sock: QLocalSocket, line: bytes) -> None:
        try:
            request = json.loads(line.decode("utf-8"))
            if not isinstance(request, dict):
                raise ValueError("request is not an object")
        except (UnicodeDecodeError, ValueError):
            reply: dict[str, Any] = {"exit": 2, "message": "malformed request", "result": None}
        else:
            try:
                reply = await self._handler(request)
            except Exception as exc:  # the instance must survive any bad request
                log.exception("request %r failed", request.get("cmd"))
                reply = {"exit": 1, "message": f"internal error: {exc}", "result": None}
        if sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            sock.write(json.dumps(reply, ensure_ascii=False).encode("utf-8") + b"\n")
            sock.flush()
            sock.disconnectFromServer()


class NoInstance(Exception):
    """No running instance answers on the socket."""


def send_request(name: str, request: dict[str, Any], timeout_s: float = 30.0) -> dict[str, Any]:
    """Send one request to the running instance and wait for its answer (blocking; CLI only)."""
    if QCoreApplication.instance() is None:
        _app = QCoreApplication([])  # QLocalSocket wants an application object
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(1000):
        raise NoInstance(sock.errorString())
    sock.write(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
    sock.waitForBytesWritten(1000)
    buf = bytearray()
    timer = QElapsedTimer()
    timer.start()
    deadline_ms = int(timeout_s * 1000)
    while b"\n" not in buf:
        left = deadline_ms - timer.elapsed()
        if left <= 0:
            raise TimeoutError("the running instance did not answer in time")
        if sock.bytesAvailable() == 0 and not sock.waitForReadyRead(int(left)):
            if sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
                buf.extend(bytes(sock.readAll().data()))
                if b"\n" in buf:
                    break
                raise NoInstance("the running instance closed the connection")
            continue
        buf.extend(bytes(sock.readAll().data()))
    sock.disconnectFromServer()
    reply = json.loads(bytes(buf.split(b"\n", 1)[0]).decode("utf-8"))
    if not isinstance(reply, dict):
        raise NoInstance("malformed answer")
    return reply
