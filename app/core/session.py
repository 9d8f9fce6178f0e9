"""What the app knows about the signed-in user and their callflow status.

The session answers from cached state at once and refreshes behind it: the tray never waits for
the SOP to open its menu. The status is read again when the menu opens and otherwise every
``refresh_interval_s`` (5 minutes, jittered shorter, counted from the last read), so what the
tray shows is never older than that. Every SOP call is awaited on the qasync loop. After any
attempt to set a status the callflow is read again, so what is shown is the SOP's real state,
not the one asked for.

Signals:
    changed(): user, statuses, connection or busy state changed; re-read the properties.
    failed(str): something the user asked for or needs to know failed; a sentence to show.
"""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core.messages import describe
from app.core.schedule import Clock, Periodic
from app.sop.errors import SopError
from app.sop.models import Callflow, DirectoryEntry


class SessionClient(Protocol):
    """The part of ``app.sop.client.SopClient`` the session uses."""

    async def get_directory_info(self, **filters: str) -> list[DirectoryEntry]: ...
    async def get_callflow(self, ext: str, lang: str | None = None) -> Callflow: ...
    async def set_profile(
        self, ext: str, *, status: str | None = None, profile_name: str | None = None
    ) -> None: ...


class UserNotFound(SopError):
    """No directory entry matches the configured login or extension."""

    @classmethod
    def for_user(cls, user: str) -> UserNotFound:
        return cls(
            QCoreApplication.translate(
                "Messages", "No user “{user}” in the phone system's directory."
            ).format(user=user)
        )


class UserAmbiguous(SopError):
    """Several directory entries match the configured login or extension exactly."""

    @classmethod
    def for_user(cls, user: str, exts: list[str]) -> UserAmbiguous:
        return cls(
            QCoreApplication.translate(
                "Messages",
                "Several users match “{user}” in the phone system's directory (extensions "
                "{exts}); enter the exact login e-mail or extension.",
            ).format(user=user, exts=", ".join(exts))
        )


#: statuses named in the "Unknown status" message; the rest are counted
MAX_NAMED_CHOICES = 25


class UnknownStatus(ValueError):
    """set-status was given a name that is neither a status nor a translation of one."""


def escape_like(value: str) -> str:
    """``value`` with the SQL ``LIKE`` wildcards ``%`` and ``_`` (and the escape) escaped."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def user_field(user: str) -> tuple[str, str]:
    """Which directory field a login e-mail or an extension is matched on, and the value."""
    user = user.strip()
    return ("login" if "@" in user or not user.isdigit() else "ext"), user


def directory_filter(user: str) -> dict[str, str]:
    """The dbGetDirectoryInfo filter for a login e-mail or an extension.

    ``wildcards=strict`` exists only from API 2.33.3 and ``%``/``_`` are wildcards in any case,
    so the answer may hold more than the user: :func:`pick_user` keeps the exact match only.
    """
    key, value = user_field(user)
    return {key: escape_like(value), "wildcards": "strict"}


def pick_user(entries: list[DirectoryEntry], user: str) -> DirectoryEntry:
    """The one entry whose login (any case) or extension is exactly ``user``.

    Raises UserNotFound when none is, UserAmbiguous when several are: never a guess.
    """
    key, value = user_field(user)
    wanted = value.casefold() if key == "login" else value
    exact: dict[str, DirectoryEntry] = {}
    for entry in entries:
        got = entry.login.strip().casefold() if key == "login" else entry.ext.strip()
        if got == wanted:
            exact.setdefault(entry.ext, entry)
    if not exact:
        raise UserNotFound.for_user(value)
    if len(exact) > 1:
        raise UserAmbiguous.for_user(value, sorted(exact))
    return next(iter(exact.values()))


async def find_user(client: SessionClient, user: str) -> DirectoryEntry:
    """The directory entry of ``user`` (login or extension), matched exactly; raises
    UserNotFound, UserAmbiguous or SopError.

    A login holding ``_`` or ``%`` is asked escaped first; a SOP that does not take the backslash
    as ``LIKE``'s escape finds nothing then, so it is asked once more as typed (a read), and
    the exact match is kept either way.
    """
    entries = await client.get_directory_info(**directory_filter(user))
    try:
        return pick_user(entries, user)
    except UserNotFound:
        key, value = user_field(user)
        if escape_like(value) == value:
            raise
        entries = await client.get_directory_info(**{key: value, "wildcards": "strict"})
        return pick_user(entries, user)


class Session(QObject):
    changed = Signal()
    failed = Signal(str)

    MAX_ERRORS = 20

    def __init__(
        self,
        client: SessionClient,
        user: str,
        lang: str,
        *,
        refresh_interval_s: float = 300.0,
        clock: Callable[[], float] = time.time,
        timers: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._user_query = user
        self.lang = lang
        self._clock = clock
        self.user: DirectoryEntry | None = None
        self.callflow: Callflow | None = None
        self.connected = False
        self.disconnect_reason = ""
        self.pending_status: str | None = None
        self.errors: collections.deque[str] = collections.deque(maxlen=self.MAX_ERRORS)
        self._refreshing: asyncio.Task[bool] | None = None
        self._timer = Periodic(refresh_interval_s, self.refresh_soon, clock=timers)
        self._polling = False

    @property
    def client(self) -> SessionClient:
        """The SOP client this session talks through (features share it)."""
        return self._client

    # -- state -------------------------------------------------------------------------------
    def adopt_cached(self, user: DirectoryEntry | None, callflow: Callflow | None) -> None:
        """Show the last known state until the SOP answers."""
        self.user, self.callflow = user, callflow
        self.changed.emit()

    def record_error(self, message: str) -> None:
        self.errors.append(message)
        self.failed.emit(message)

    def set_connected(self, connected: bool, reason: str = "") -> None:
        if connected == self.connected and reason == self.disconnect_reason:
            return
        self.connected, self.disconnect_reason = connected, reason
        self.changed.emit()

    # -- SOP calls ---------------------------------------------------------------------------
    async def identify(self) -> DirectoryEntry:
        """Find the user in the directory; raises UserNotFound, UserAmbiguous or SopError."""
        self.user = await find_user(self._client, self._user_query)
        self.changed.emit()
        return self.user

    async def refresh(self) -> bool:
        """Re-read user (if unknown) and callflow. Errors are recorded, never raised."""
        try:
            if self.user is None:
                await self.identify()
            assert self.user is not None
            self.callflow = await self._client.get_callflow(self.user.ext, self.lang)
        except SopError as exc:
            self.record_error(describe(exc))
            self.changed.emit()
            return False
        self.changed.emit()
        return True

    def refresh_soon(self) -> None:
        """Start a background refresh unless one is running (timer and menu use this); the
        periodic one is due ``refresh_interval_s`` after this."""
        if self._polling:
            self._timer.reset()
        if self._refreshing is None or self._refreshing.done():
            self._refreshing = asyncio.ensure_future(self.refresh())

    def start_polling(self) -> None:
        self._polling = True
        self._timer.start()

    def stop_polling(self) -> None:
        self._polling = False
        self._timer.stop()
        if self._refreshing is not None and not self._refreshing.done():
            self._refreshing.cancel()

    def resolve_status(self, name: str) -> str:
        """The untranslated status for ``name`` given untranslated or translated, any case."""
        if self.callflow is None:
            raise UnknownStatus(
                QCoreApplication.translate("Messages", "The statuses are not known yet.")
            )
        wanted = name.strip().casefold()
        for option in self.callflow.statuses:
            if option.name.casefold() == wanted:
                return option.name
        for option in self.callflow.statuses:
            if option.translated.casefold() == wanted:
                return option.name
        names = [o.translated or o.name for o in self.callflow.statuses]
        choices = ", ".join(names[:MAX_NAMED_CHOICES])
        if len(names) > MAX_NAMED_CHOICES:  # 5,000 statuses made a 60 KB message
            choices = QCoreApplication.translate("Messages", "{names} and {count} more").format(
                names=choices, count=len(names) - MAX_NAMED_CHOICES
            )
        raise UnknownStatus(
            QCoreApplication.translate(
                "Messages", "Unknown status “{name}”. Available: {choices}."
            ).format(name=name, choices=choices)
        )

    async def set_status(self, name: str) -> None:
        """Set the callflow status once (never retried); raises SopError or UnknownStatus.

        The callflow is re-read afterwards whatever happened, so the menu shows the SOP's truth.
        """
        if self.user is None:
            raise UnknownStatus(
                QCoreApplication.translate("Messages", "Not signed in to the phone system yet.")
            )
        try:
            status = self.resolve_status(name)
        except UnknownStatus:
            # The list may be older than the SOP's (a status added, a bad answer since put
            # right): read it again, once, before refusing. A read: nothing is set twice.
            await self.refresh()
            status = self.resolve_status(name)
        self.pending_status = status
        self.changed.emit()
        try:
            await self._client.set_profile(self.user.ext, status=status)
        finally:
            self.pending_status = None
            await self.refresh()

    # -- reporting ---------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """The state as ``status --json`` reports it (fields of unbuilt features are None)."""
        user = None
        if self.user is not None:
            user = {
                "ext": self.user.ext,
                "login": self.user.login,
                "name": self.user.name,
                "primary_phone": self.user.primary_phone,
            }
        status = None
        if self.callflow is not None:
            cf = self.callflow
            status = {
                "current": cf.current_status,
                "current_translated": cf.translated(cf.current_status),
                "available": [
                    {"name": o.name, "translated": o.translated or o.name} for o in cf.statuses
                ],
            }
        return {
            "connected": self.connected,
            "disconnect_reason": None if self.connected else (self.disconnect_reason or None),
            "user": user,
            "status": status,
            "missed_unseen": None,
            "pum": None,
            "last_incoming": None,
            "queues": None,
            "forward": None,
            "parked": None,
            "errors": list(self.errors),
        }
