"""Click-to-dial: ccOriginate from the user's desk phone to a normalised number.

The user's primary phone (``dp``, else ``sp``) rings first; when it is picked up the SOP calls
``to``, showing the user's extension as caller id (reference: ccOriginate). A call is sent once,
never retried: a second attempt could ring the desk phone twice. A number that does not parse is
refused before anything is sent, and leaves no trace in ``status --json``.

IPC: ``{"cmd": "dial", "number": "..."}`` or ``{"cmd": "dial", "selection": true}`` (the selected
text or the clipboard of the running instance). Exit 0 when the SOP accepted the call, 2 for an
invalid number, 1 for an SOP error.

Signals (besides Feature's): busy_changed(bool): a call is being placed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, reply
from app.core.directory_cache import DirectoryCache
from app.core.feature import CommandFn, Feature, FeatureContext, Reply
from app.core.messages import describe
from app.core.numbers import DialRules, InvalidNumber, canonical, dial_string, looks_like_number
from app.features.dial.recent import RecentNumbers
from app.features.dial.search import DialSearch
from app.sop.errors import SopError

# How long the answer to a call placed before the directory copy is there waits to name the
# callee (the call itself goes out at once). Right after start-up every feature reads the SOP.
NAME_WAIT_S = 5.0


class DialFeature(Feature):
    busy_changed = Signal(bool)
    name = "dial"

    def __init__(self, ctx: FeatureContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache: DirectoryCache = ctx.services.directory  # shared with the incoming-call popups
        ctx.services.dialer = self  # call back from the history, names of numbers
        self.search = DialSearch(self.cache, parent=self)
        self.recent = RecentNumbers(ctx.cfg_dir / "dial-recent.json")
        self.last_call: dict[str, Any] | None = None
        self.busy = False
        # Set by the widget side: reads the selected text, else the clipboard (never writes it).
        self.read_selection: Callable[[], str] | None = None
        # Set by the widget side: which global-hotkey backend runs, for status --json.
        self.hotkey_state: dict[str, Any] | None = None

    # -- Feature -----------------------------------------------------------------------------------
    def start(self) -> None:
        self.cache.start()

    async def stop(self) -> None:
        self.search.cancel()
        await self.cache.stop()

    def snapshot(self) -> dict[str, Any]:
        return {"dial": {"last_call": self.last_call, "hotkey": self.hotkey_state}}

    def commands(self) -> dict[str, CommandFn]:
        return {"dial": self._cmd_dial}

    # -- dialling ----------------------------------------------------------------------------------
    @property
    def rules(self) -> DialRules:
        return DialRules.from_settings(self.ctx.settings)

    def check(self, text: str) -> str:
        """The ``to`` that dialling ``text`` would send; raises InvalidNumber (nothing sent)."""
        return dial_string(canonical(text), self.rules)

    def name_for(self, number: str) -> str:
        """Who ``number`` (canonical) is, from the directory copy or the recent calls."""
        entry = self.cache.index.lookup(number)
        if entry is not None:
            return entry.name
        for item in self.recent.items:
            if item.number == number and item.name:
                return item.name
        return ""

    async def dial(self, text: str, *, name: str = "") -> Reply:
        """Place one call to ``text``; the reply says how it went (exit 0, 1 or 2)."""
        try:
            number = canonical(text)
            to = dial_string(number, self.rules)
        except InvalidNumber as exc:
            return reply(EXIT_INVALID, str(exc))
        session = self.ctx.session
        self._set_busy(True)
        try:
            user = session.user if session.user is not None else await session.identify()
            phone = user.primary_phone
            if not phone:
                message = QCoreApplication.translate(
                    "Dialer",
                    "Your extension {ext} has no desk phone to ring (no primary or secondary "
                    "phone in the directory).",
                ).format(ext=user.ext)
                return self._failed(message, to, name)
            name = name or self.name_for(number) or number
            await self.ctx.client.originate(phone_id=phone, to=to, ext=user.ext, async_=True)
        except SopError as exc:
            return self._failed(describe(exc), to, name or number)
        finally:
            self._set_busy(False)
        if name == number and not len(self.cache.index):
            # Just started: the call is placed; name the callee if the directory copy
            # arrives within a moment (a CLI dial right after start-up).
            self.cache.start()  # no-op while its first read runs
            await self.cache.settled(NAME_WAIT_S)
            name = self.name_for(number) or number
        self.recent.add(number, "" if name == number else name)
        self.last_call = {"to": to, "name": name, "phone_id": phone, "ext": user.ext, "ok": True}
        message = QCoreApplication.translate(
            "Dialer", "Calling {name} — pick up your phone"
        ).format(name=name)
        self.notify.emit(QCoreApplication.translate("Dialer", "SOP Companion"), message)
        self.changed.emit()
        return reply(EXIT_OK, message, {"to": to, "phone_id": phone, "ext": user.ext})

    def _failed(self, message: str, to: str, name: str) -> Reply:
        text = QCoreApplication.translate(
            "Dialer", "The call to {name} was not placed: {reason}"
        ).format(name=name, reason=message)
        self.ctx.session.record_error(text)
        self.last_call = {"to": to, "name": name, "ok": False, "error": message}
        self.changed.emit()  # record_error above already shows the notification
        return reply(EXIT_FAILED, text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def selection_number(self) -> str | None:
        """The selected text (or the clipboard) when it is a phone number."""
        if self.read_selection is None:
            return None
        text = self.read_selection()
        return text if looks_like_number(text) else None

    async def _cmd_dial(self, request: dict[str, Any]) -> Reply:
        if request.get("selection"):
            text = self.selection_number()
            if text is None:
                return reply(
                    EXIT_INVALID,
                    QCoreApplication.translate(
                        "Dialer", "Neither the selected text nor the clipboard is a number."
                    ),
                )
        else:
            number = request.get("number")
            text = number if isinstance(number, str) else ""
        return await self.dial(text)
