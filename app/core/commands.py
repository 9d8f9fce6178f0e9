"""Requests from the command line (through the local socket) to the running instance.

Exit codes (the CLI contract): 0 done, 1 failed or no running instance, 2 invalid input,
3 refused by a throttle.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.feature import CommandFn
from app.core.messages import describe
from app.core.session import Session, UnknownStatus
from app.sop.errors import SopError

EXIT_OK, EXIT_FAILED, EXIT_INVALID, EXIT_THROTTLED = 0, 1, 2, 3


def reply(exit_code: int, message: str = "", result: Any = None) -> dict[str, Any]:
    return {"exit": exit_code, "message": message, "result": result}


class CommandHandler:
    """Maps one request dict to one reply dict. ``on_show`` handles a second plain start."""

    def __init__(
        self,
        session: Callable[[], Session | None],
        on_show: Callable[[dict[str, Any]], Awaitable[None]],
        *,
        state: Callable[[], dict[str, Any]] | None = None,
        extra: Callable[[], dict[str, CommandFn]] | None = None,
        features_ready: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._session = session
        self._on_show = on_show
        self._state = state
        self._extra = extra
        self._features_ready = features_ready

    async def __call__(self, request: dict[str, Any]) -> dict[str, Any]:
        cmd = request.get("cmd")
        session = self._session()
        if cmd == "ping":
            return reply(EXIT_OK, "pong")
        if cmd == "health":
            from app.core.diagnostics import process_health

            return reply(EXIT_OK, result=process_health())
        if cmd == "show":
            settings = request.get("settings")
            await self._on_show(settings if isinstance(settings, dict) else {})
            return reply(EXIT_OK)
        if session is None:
            return reply(
                EXIT_FAILED,
                QCoreApplication.translate(
                    "Messages", "The app is not configured yet: open its settings."
                ),
            )
        if cmd == "status":
            return reply(EXIT_OK, result=self._state() if self._state else session.snapshot())
        if self._features_ready is not None:
            await self._features_ready()  # a just-started instance loads features after statuses
        extra = self._extra() if self._extra else {}
        if isinstance(cmd, str) and cmd in extra:
            return await extra[cmd](request)
        if cmd == "set-status":
            name = request.get("name")
            if not isinstance(name, str) or not name.strip():
                return reply(
                    EXIT_INVALID, QCoreApplication.translate("Messages", "Give a status name.")
                )
            if "for" in request or "until" in request:  # a timed status: the rules feature's
                timed = extra.get("set-status-timed")
                if timed is None:
                    return reply(
                        EXIT_FAILED,
                        QCoreApplication.translate("Messages", "A timed status is not available."),
                    )
                return await timed(request)
            try:
                await session.set_status(name)
            except UnknownStatus as exc:
                return reply(EXIT_INVALID, str(exc))
            except SopError as exc:
                message = describe(exc)
                session.record_error(message)
                return reply(EXIT_FAILED, message)
            cf = session.callflow
            current = cf.translated(cf.current_status) if cf else name
            return reply(
                EXIT_OK,
                QCoreApplication.translate("Messages", "Status: {status}").format(status=current),
            )
        return reply(
            EXIT_INVALID,
            QCoreApplication.translate("Messages", "Unknown command “{cmd}”.").format(cmd=cmd),
        )
