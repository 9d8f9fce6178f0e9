"""Linux: logind's ``LockedHint`` (system bus) and the ScreenSaver's ``ActiveChanged`` (session
bus), spoken with jeepney on the asyncio loop.

logind: the caller's session is ``/org/freedesktop/login1/session/auto``, but its signals come
from the session's real path, built from its ``Id`` (systemd's bus path escaping). The
screensaver: ``org.freedesktop.ScreenSaver`` (KDE, XFCE, ...) or ``org.gnome.ScreenSaver``
send ``ActiveChanged(b)``. The screen counts as locked while either says so. A bus or service
that is missing is logged and skipped: no notice, no error for the user.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from PySide6.QtCore import QObject

from app.platform.screen_lock.base import LockWatcher

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
SESSION_IFACE = "org.freedesktop.login1.Session"
AUTO_SESSION = "/org/freedesktop/login1/session/auto"
PROPERTIES = "org.freedesktop.DBus.Properties"
SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")


def bus_path_escape(text: str) -> str:
    """systemd's ``bus_label_escape``: every byte but ASCII letters and (not leading) digits
    as ``_xx``."""
    if not text:
        return "_"
    out = []
    for i, byte in enumerate(text.encode()):
        char = chr(byte)
        if char.isascii() and (char.isalpha() or (char.isdigit() and i > 0)):
            out.append(char)
        else:
            out.append(f"_{byte:02x}")
    return "".join(out)


class DBusLockWatcher(LockWatcher):
    def __init__(
        self,
        *,
        system_bus: str = "SYSTEM",
        session_bus: str = "SESSION",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._buses = (system_bus, session_bus)
        self._sources: dict[str, bool] = {}
        self._tasks: list[asyncio.Task[None]] = []
        #: set once each listener is subscribed (or gave up): tests wait on it
        self.ready = asyncio.Event()
        self._pending = 2

    def start(self) -> None:
        if self._tasks:
            return
        self._tasks = [
            asyncio.ensure_future(self._guard("logind", self._logind())),
            asyncio.ensure_future(self._guard("screensaver", self._screensaver())),
        ]

    async def stop(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    def _set(self, source: str, locked: bool) -> None:
        self._sources[source] = locked
        self._report(any(self._sources.values()))

    def _subscribed(self) -> None:
        self._pending -= 1
        if self._pending <= 0:
            self.ready.set()

    async def _guard(self, name: str, listener: Any) -> None:
        try:
            await listener
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # no bus, no logind, no screensaver: no notices from it
            log.info("screen lock: %s unavailable: %s", name, exc)
            self._subscribed()

    async def _logind(self) -> None:
        from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
        from jeepney.io.asyncio import Proxy, open_dbus_router

        async with open_dbus_router(bus=self._buses[0]) as router:

            async def get(path: str, prop: str) -> Any:
                address = DBusAddress(path, bus_name=LOGIN1, interface=PROPERTIES)
                reply = await router.send_and_get_reply(
                    new_method_call(address, "Get", "ss", (SESSION_IFACE, prop))
                )
                if reply.header.message_type.name == "error":
                    raise RuntimeError(str(reply.body[0] if reply.body else prop))
                return reply.body[0][1]

            session_id = await get(AUTO_SESSION, "Id")
            path = f"/org/freedesktop/login1/session/{bus_path_escape(str(session_id))}"
            rule = MatchRule(
                type="signal", interface=PROPERTIES, member="PropertiesChanged", path=path
            )
            await Proxy(message_bus, router).AddMatch(rule)
            with router.filter(rule, bufsize=16) as queue:
                self._set("logind", bool(await get(path, "LockedHint")))
                self._subscribed()
                while True:
                    iface, changed, invalidated = (await queue.get()).body
                    if iface != SESSION_IFACE:
                        continue
                    if "LockedHint" in changed:
                        self._set("logind", bool(changed["LockedHint"][1]))
                    elif "LockedHint" in invalidated:
                        self._set("logind", bool(await get(path, "LockedHint")))

    async def _screensaver(self) -> None:
        from jeepney import MatchRule, message_bus
        from jeepney.io.asyncio import Proxy, open_dbus_router

        async with open_dbus_router(bus=self._buses[1]) as router:
            bus = Proxy(message_bus, router)
            rules = [
                MatchRule(type="signal", interface=iface, member="ActiveChanged")
                for iface in SCREENSAVERS
            ]
            for rule in rules:
                await bus.AddMatch(rule)
            with contextlib.ExitStack() as stack:
                queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=16)
                for rule in rules:
                    stack.enter_context(router.filter(rule, queue=queue))
                self._subscribed()
                while True:
                    message = await queue.get()
                    self._set("screensaver", bool(message.body[0]))
