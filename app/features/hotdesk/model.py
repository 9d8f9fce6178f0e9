"""Hot-desk (PUM): log in at this PC's desk phone, log out, and never forget to log out.

Every pumLogin/pumLogout goes through
:class:`~app.features.hotdesk.pum_throttle.PumThrottle` first: while an extension's 90 s run,
the request is refused here and nothing is sent. A login for someone else at this desk checks
their PIN with dbAuthenticate first; the PIN is kept only when they ask for it, and then only
in the OS keyring (``app.core.secrets``), never in a file or a log.

Signals: Feature's changed (state or busy changed) and notify. The live countdown is the
menu's own timer (a C++ timeout, not a Python emit per second).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterator
from datetime import date, datetime
from datetime import time as dtime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, EXIT_THROTTLED, reply
from app.core.feature import CommandFn, Feature, FeatureContext, Reply
from app.core.messages import describe
from app.core.secrets import SecretStore, SecretStoreError, off_thread
from app.features.hotdesk.pum_state import DeskState, DeskStateStore
from app.features.hotdesk.pum_throttle import PumThrottle, Throttled
from app.sop.delivery import may_have_reached
from app.sop.errors import PumError, SopError
from app.sop.models import AuthResult, PumResult

log = logging.getLogger(__name__)
PIN_SERVICE = "sop-companion-pum"
QUIT_LOGOUT_TIMEOUT_S = 5.0


def _title() -> str:
    return QCoreApplication.translate("HotDesk", "Hot desk")


def parse_hhmm(text: str) -> dtime | None:
    """``"17:30"`` -> 17:30; anything else (including "") -> None (reminder off)."""
    try:
        hours, minutes = text.strip().split(":")
        return dtime(int(hours), int(minutes))
    except ValueError:
        return None


class HotDeskError(Exception):
    """A hot-desk request refused by the app itself (not by the SOP), with its exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def throttled_message(exc: Throttled) -> str:
    return QCoreApplication.translate(
        "HotDesk",
        "Refused: the phone system allows one hot-desk login or logout every 90 seconds per "
        "extension. Available in {seconds} s; nothing was sent.",
    ).format(seconds=exc.seconds_left)


def window_note(exc: BaseException) -> str:
    """Why the next hot-desk request must wait although this one failed."""
    if isinstance(exc, PumError):
        return QCoreApplication.translate(
            "HotDesk",
            "The phone system counts refused requests too: the next hot-desk login or logout "
            "is possible in 90 seconds.",
        )
    return QCoreApplication.translate(
        "HotDesk",
        "The request may have reached the phone system even though its answer was lost: the "
        "next hot-desk login or logout is possible in 90 seconds.",
    )


class HotDesk(Feature):
    name = "pum"

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        throttle: PumThrottle | None = None,
        store: DeskStateStore | None = None,
        pins: SecretStore | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(ctx, parent)
        self.throttle = throttle or PumThrottle(ctx.cfg_dir / "pum-throttle.json")
        self.store = store or DeskStateStore(ctx.cfg_dir / "pum-state.json")
        self.pins = pins or SecretStore(PIN_SERVICE)
        self._now = now
        self._window_started_by: BaseException | None = None  # a failure that started the 90 s
        self.state = self.store.load(self.server)
        self._publish_phone()
        self.busy = False
        self.quit_message = ""
        self._quit_started = False
        self._quit_task: asyncio.Task[None] | None = None
        self._auto_task: asyncio.Task[None] | None = None
        self._auto_pending = False
        self._watching_session = False
        self._reminded_on: date | None = None
        self._reminder = QTimer(self)
        self._reminder.setInterval(30_000)
        self._reminder.timeout.connect(self.check_reminder)
        self._auto_retry = QTimer(self)
        self._auto_retry.setSingleShot(True)
        self._auto_retry.timeout.connect(self._auto_login_soon)

    # -- what is known -----------------------------------------------------------------------
    @property
    def server(self) -> str:
        return self.ctx.settings.server_url

    @property
    def desk_phone(self) -> str:
        return self.ctx.settings.desk_phone.strip()

    @property
    def own_ext(self) -> str:
        user = self.ctx.session.user
        return user.ext if user is not None else ""

    @property
    def logged_in(self) -> bool:
        return self.state.logged_in is True

    @property
    def occupant_ext(self) -> str:
        """The extension the next action is about: who is logged in here, else the user."""
        return self.state.ext if self.logged_in and self.state.ext else self.own_ext

    @property
    def is_guest(self) -> bool:
        return self.logged_in and bool(self.state.ext) and self.state.ext != self.own_ext

    @property
    def shown_phone(self) -> str:
        """Where the user is logged in, else where a login would go."""
        return self.state.phone if self.logged_in and self.state.phone else self.desk_phone

    def seconds_left(self, ext: str | None = None) -> int:
        ext = self.occupant_ext if ext is None else ext
        return self.throttle.seconds_left(ext) if ext else 0

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> None:
        self._reminder.start()
        if self.ctx.settings.pum_login_at_start:
            self._auto_pending = True
            self.ctx.session.changed.connect(self._auto_login_soon)
            self._watching_session = True
            self._auto_login_soon()
        self.check_reminder()

    async def stop(self) -> None:
        for timer in (self._reminder, self._auto_retry):
            timer.stop()
        self._auto_pending = False
        if self._watching_session:
            self._watching_session = False
            self.ctx.session.changed.disconnect(self._auto_login_soon)
        if self._auto_task is not None and not self._auto_task.done():
            self._auto_task.cancel()
            await asyncio.gather(self._auto_task, return_exceptions=True)
        if self._quit_task is not None:
            # The logout at quit must finish before the client is closed (bounded wait).
            done, _ = await asyncio.wait({self._quit_task}, timeout=QUIT_LOGOUT_TIMEOUT_S)
            if not done:
                self._quit_task.cancel()
                log.warning("hot-desk: the logout at quit did not finish in time")

    def snapshot(self) -> dict[str, Any]:
        return {
            "pum": {
                "logged_in": self.state.logged_in,
                "phone": self.shown_phone,
                "retry_after_s": self.seconds_left(),
                "ext": self.occupant_ext,
                "virtual": self.state.virtual if self.logged_in else "",
                "status_text": self.state.status_text,
                "busy": self.busy,
            }
        }

    def commands(self) -> dict[str, CommandFn]:
        return {"pum-login": self._cmd_login, "pum-logout": self._cmd_logout}

    # -- actions -------------------------------------------------------------------------------
    async def login(self, phone: str | None = None) -> PumResult:
        """Log the user's own extension in at ``phone`` (default: the desk phone)."""
        ext = self._require_ext()
        target = self._require_phone(phone)
        self.throttle.check(ext)
        with self._busy():
            result = await self._send(ext, lambda: self.ctx.client.pum_login(ext, target))
            self._logged_in(ext, target, result)
        self._status_may_have_changed()
        return result

    async def logout(self) -> PumResult:
        """Log out whoever this app logged in here (else the user's own extension)."""
        ext = self.occupant_ext or self._require_ext()
        self.throttle.check(ext)
        with self._busy():
            result = await self._send(ext, lambda: self.ctx.client.pum_logout(ext))
            phone = self.state.phone or self.desk_phone
            self._set_state(DeskState(False, ext, phone, "", result.status_text))
        self._status_may_have_changed()
        return result

    def _status_may_have_changed(self) -> None:
        """A log-in or log-out at a desk may move the user's callflow: read the status again
        (the periodic read is minutes away), unless the app is quitting."""
        if not self._quit_started:
            self.ctx.session.refresh_soon()

    async def login_guest(self, ext: str, pin: str, *, remember: bool) -> PumResult:
        """Someone else logs in at this desk: check their PIN (dbAuthenticate), then pumLogin.

        An empty ``pin`` uses the one remembered in the keyring for ``ext``, if any.
        """
        ext = ext.strip()
        if not ext:
            raise HotDeskError(
                QCoreApplication.translate("HotDesk", "Enter the extension."), EXIT_INVALID
            )
        phone = self._require_phone(None)
        self.throttle.check(ext)  # before anything is sent, the PIN check included
        remembered = False
        if not pin:
            saved: str | None = await off_thread(self.pins.get_password, self.server, ext)
            pin = saved or ""
            remembered = bool(pin)
        if not pin:
            raise HotDeskError(
                QCoreApplication.translate("HotDesk", "Enter the PIN."), EXIT_INVALID
            )
        with self._busy():
            verdict = await self.ctx.client.authenticate(
                ext,
                command="check",
                password=pin,
                parameter=self.ctx.settings.pum_pin_parameter.strip() or "UserPincode",
            )
            if verdict is AuthResult.NOK:
                if remembered:
                    await self._forget_pin(ext)
                raise HotDeskError(
                    QCoreApplication.translate("HotDesk", "Wrong PIN for extension {ext}.").format(
                        ext=ext
                    )
                )
            if verdict is not AuthResult.OK:
                raise HotDeskError(
                    QCoreApplication.translate(
                        "HotDesk",
                        "Extension {ext} has no PIN, so it cannot be checked: set a PIN "
                        "first (on the phone or with your administrator).",
                    ).format(ext=ext)
                )
            result = await self._send(ext, lambda: self.ctx.client.pum_login(ext, phone))
            self._logged_in(ext, phone, result)
        if remember:
            try:
                await off_thread(self.pins.set_password, self.server, ext, pin)
            except SecretStoreError as exc:
                self.notify.emit(_title(), str(exc))
        elif not remembered:
            await self._forget_pin(ext)
        return result

    async def toggle(self) -> None:
        """The tray item: log in at the desk, or log out; the outcome is shown, never raised."""
        login = not self.logged_in
        try:
            result = await (self.login() if login else self.logout())
        except (SopError, Throttled, HotDeskError) as exc:
            self.report(exc)
            return
        self.notify.emit(_title(), self.success_message(result, login=login))

    async def has_remembered_pin(self, ext: str) -> bool:
        ext = ext.strip()
        return bool(ext) and bool(await off_thread(self.pins.get_password, self.server, ext))

    # -- never forget to log out ---------------------------------------------------------------
    def begin_quit(self) -> None:
        """The app quits or the OS session ends: log out (once), within the throttle."""
        if self._quit_started:
            return
        self._quit_started = True
        if not self.ctx.settings.pum_logout_at_quit or not self.logged_in:
            return
        left = self.seconds_left()
        if left > 0:
            self.quit_message = QCoreApplication.translate(
                "HotDesk",
                "Still logged in at {phone}: logging out is possible only in {seconds} s "
                "(90-second rule), so it was not done at quit.",
            ).format(phone=self.shown_phone, seconds=left)
            log.warning("hot-desk: %s", self.quit_message)
            self.notify.emit(_title(), self.quit_message)
            return
        self._quit_task = asyncio.ensure_future(self._logout_at_quit())

    async def _logout_at_quit(self) -> None:
        phone = self.shown_phone
        try:
            await self.logout()
        except (SopError, Throttled, HotDeskError) as exc:
            text = exc.args[0] if isinstance(exc, HotDeskError) else self._describe(exc)
            self.quit_message = QCoreApplication.translate(
                "HotDesk", "Logging out from {phone} at quit failed: {error}"
            ).format(phone=phone, error=text)
            log.warning("hot-desk: %s", self.quit_message)
            self.notify.emit(_title(), self.quit_message)

    def check_reminder(self) -> None:
        """At the configured time, once a day, remind a user still logged in here."""
        when = parse_hhmm(self.ctx.settings.pum_reminder_time)
        now = self._now()
        if when is None or not self.logged_in or now.time() < when:
            return
        if self._reminded_on == now.date():
            return
        self._reminded_on = now.date()
        self.notify.emit(
            _title(),
            QCoreApplication.translate(
                "HotDesk", "You are still logged in at {phone}. Log out before you leave."
            ).format(phone=self.shown_phone),
        )

    # -- automatic login at start --------------------------------------------------------------
    def _auto_login_soon(self) -> None:
        if not self._auto_pending or not self.desk_phone or not self.own_ext:
            return  # wait for the user to be known (session.changed calls again)
        if self._auto_task is not None and not self._auto_task.done():
            return
        if (
            self.logged_in
            and self.state.ext == self.own_ext
            and self.state.phone == self.desk_phone
        ):
            self._auto_pending = False
            return
        left = self.seconds_left(self.own_ext)
        if left > 0:
            if not self._auto_retry.isActive():
                self._auto_retry.start(left * 1000)
            return
        self._auto_pending = False
        self._auto_task = asyncio.ensure_future(self._auto_login())

    async def _auto_login(self) -> None:
        try:
            result = await self.login()
        except (SopError, Throttled, HotDeskError) as exc:
            self.report(exc)
            return
        self.notify.emit(_title(), self.success_message(result, login=True))

    # -- helpers -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _busy(self) -> Iterator[None]:
        if self.busy:
            raise HotDeskError(
                QCoreApplication.translate("HotDesk", "A hot-desk request is already running.")
            )
        self.busy = True
        self.changed.emit()
        try:
            yield
        finally:
            self.busy = False
            self.changed.emit()

    async def _send(self, ext: str, call: Callable[[], Awaitable[PumResult]]) -> PumResult:
        """One PUM call, never retried. Starts the 90 s unless the SOP surely did nothing:
        a refusal, a lost or garbled answer all count (the SOP counts every call it got)."""
        try:
            result = await call()
        except SopError as exc:
            if may_have_reached(exc):
                self._record(ext)
                self._window_started_by = exc
            raise
        self._record(ext)
        return result

    def _record(self, ext: str) -> None:
        self.throttle.record(ext)

    def _logged_in(self, ext: str, phone: str, result: PumResult) -> None:
        self._set_state(
            DeskState(True, ext, result.phone or phone, result.virtual, result.status_text)
        )

    def _set_state(self, state: DeskState) -> None:
        """Keep and persist ``state``; callers run inside :meth:`_busy`, which emits changed."""
        self.state = state
        self.store.save(self.server, state)
        self._publish_phone()

    def _publish_phone(self) -> None:
        """Tell the other features where the user is logged in (queues act on that phone)."""
        own = self.logged_in and not self.is_guest
        self.ctx.services.hotdesk_phone = self.state.phone if own else ""

    def _require_ext(self) -> str:
        if not self.own_ext:
            raise HotDeskError(
                QCoreApplication.translate("HotDesk", "Not signed in to the phone system yet.")
            )
        return self.own_ext

    def _require_phone(self, phone: str | None) -> str:
        target = (phone or "").strip() or self.desk_phone
        if not target:
            raise HotDeskError(
                QCoreApplication.translate(
                    "HotDesk",
                    "No desk phone: set this desk's phone in the settings or give --phone.",
                ),
                EXIT_INVALID,
            )
        return target

    async def _forget_pin(self, ext: str) -> None:
        with contextlib.suppress(SecretStoreError):
            await off_thread(self.pins.delete_password, self.server, ext)

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, Throttled):
            return throttled_message(exc)
        if isinstance(exc, HotDeskError):
            return str(exc)
        if isinstance(exc, PumError) and exc.detail:
            # Result 1: the SOP's own Error text, verbatim (shown as plain text).
            text = QCoreApplication.translate(
                "HotDesk", "The phone system refused the hot-desk request: {error}"
            ).format(error=exc.detail)
        else:
            text = describe(exc)
        if exc is self._window_started_by:
            text = f"{text} {window_note(exc)}"
        return text

    def report(self, exc: BaseException) -> str:
        """Record a failure where the user sees it (notification + status errors)."""
        message = self._describe(exc)
        if isinstance(exc, SopError):
            self.ctx.session.record_error(message)  # shown by the tray, kept in status --json
        else:
            self.notify.emit(_title(), message)
        return message

    def success_message(self, result: PumResult, *, login: bool) -> str:
        """Our own sentence, in the UI language. The SOP's StatusText ("Connexion successfully
        done.", in whatever language the SOP speaks) is kept as a detail: ``status --json``
        and the menu item's tooltip."""
        if login:
            return QCoreApplication.translate(
                "HotDesk", "Logged in at {phone} (virtual phone {virtual})."
            ).format(phone=self.shown_phone, virtual=result.virtual or "?")
        # The phone logged out from (given to ``pum login --phone``), not the desk's.
        phone = self.state.phone or result.phone or self.desk_phone
        return QCoreApplication.translate("HotDesk", "Logged out from {phone}.").format(phone=phone)

    # -- IPC commands ----------------------------------------------------------------------------
    async def _cmd_login(self, request: dict[str, Any]) -> Reply:
        phone = request.get("phone")
        if phone is not None and (not isinstance(phone, str) or not phone.strip()):
            return reply(
                EXIT_INVALID,
                QCoreApplication.translate("HotDesk", "Give a phone id, e.g. SDP80002."),
            )
        return await self._command(lambda: self.login(phone), login=True)

    async def _cmd_logout(self, _request: dict[str, Any]) -> Reply:
        return await self._command(self.logout, login=False)

    async def _command(self, action: Callable[[], Awaitable[PumResult]], *, login: bool) -> Reply:
        try:
            result = await action()
        except Throttled as exc:
            return reply(
                EXIT_THROTTLED, throttled_message(exc), {"retry_after_s": exc.seconds_left}
            )
        except HotDeskError as exc:
            return reply(exc.exit_code, str(exc))
        except SopError as exc:
            return reply(EXIT_FAILED, self.report(exc))
        return reply(EXIT_OK, self.success_message(result, login=login), self.snapshot()["pum"])
