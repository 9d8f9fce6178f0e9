"""The local socket later starts and subcommands talk to: it answers and keeps nothing behind."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import socket
import tempfile
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtNetwork import QLocalSocket

from app.platform.single_instance import InstanceServer


def _ask(path: str, count: int) -> list[dict[str, Any]]:
    """``count`` requests, one connection each, as a subcommand or a soak driver sends them."""
    answers = []
    for _ in range(count):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            sock.connect(path)
            sock.sendall(b'{"cmd": "status"}\n')
            buf = b""
            while b"\n" not in buf:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                buf += chunk
        answers.append(json.loads(buf.split(b"\n", 1)[0]))
    return answers


def _live_sockets() -> int:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return sum(isinstance(obj, QLocalSocket) for obj in gc.get_objects())


def test_answered_requests_leave_no_socket_behind(qapp, qloop) -> None:
    """A status read every half second for a day is 172,800 connections: each one answered must
    be freed, in Qt and in Python (each used to leave its Python wrapper held by the server)."""

    async def handler(request: dict[str, Any]) -> dict[str, Any]:
        return {"exit": 0, "message": "", "result": {"asked": request["cmd"]}}

    name = f"sop-companion-test-{os.getpid()}"
    server = InstanceServer(name, handler)
    assert server.listen()
    path = name if name.startswith("/") else os.path.join(tempfile.gettempdir(), name)

    async def ask(count: int) -> list[dict[str, Any]]:
        return await asyncio.get_running_loop().run_in_executor(None, _ask, path, count)

    try:
        answers = qloop.run(ask(20))
        before = _live_sockets()
        answers += qloop.run(ask(200))

        async def settle() -> None:  # the last disconnections reach the server
            for _ in range(50):
                if _live_sockets() <= before:
                    return
                await asyncio.sleep(0.02)

        qloop.run(settle())
        assert [a["result"] for a in answers] == [{"asked": "status"}] * 220
        assert _live_sockets() <= before, "answered connections stay alive"
    finally:
        server.close()
