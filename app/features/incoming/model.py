"""Incoming-call popups, the core part: which calls to show and what their buttons do.

Theory of operation. ``on_event`` sees every event of the socket, a background flood for other
extensions included, so it returns at once for anything but an ``evNewOrigChannel`` to the
user's extension or an ``evParked`` of an open call. A call to the user opens a popup
(``call_added``) before any SOP call: the caller's name comes from the shared directory copy,
and only when it is missing from there is the SOP asked (an extension), or the caller id that
ccGetChannels shows used (``"Name" [number]``); the popup is then updated (``call_changed``).

A popup closes (``call_closed``) on the user's action (our own ccRedirect / ccHangup, or the
widget's close button and timeout: ``dismiss``) or on positive evidence that the call ended:
ccGetChannels, polled every ``poll_interval_s`` only while a popup is open, listed the channel
(established) and then no longer does, or the call history (``app.core.call_endings``) shows
the call's record. A channel ccGetChannels never listed proves nothing: the reference says it
lists "established channels", so a ringing leg may well be missing from it. After the event
socket comes back from a drop, one ccGetChannels resynchronises the open calls at once.
A channel pops up once per session whatever the socket repeats (``_seen``, bounded).

Actions are sent once, never retried (a second ccRedirect could move a call twice); a failure is
shown in the popup (``IncomingCall.error``) and the popup stays.

Signals (besides Feature's): call_added(str), call_changed(str), call_closed(str): a channel id;
read the call from ``calls`` (``last`` for a closed one).
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.core.call_endings import EndedCall
from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, reply
from app.core.feature import Feature, FeatureContext, Reply
from app.core.messages import describe
from app.core.numbers import DIALLABLE, DialRules, InvalidNumber, canonical, dial_string
from app.core.settings import Settings
from app.core.tasks import spawn
from app.features.incoming.call import MAX_NAME_CHARS, CallState, IncomingCall, split_caller_id
from app.features.incoming.caller_lookup import CallerLookup
from app.sop.errors import SopError
from app.sop.events import Event, NewOrigChannel, Parked
from app.sop.models import Channel, DirectoryEntry

log = logging.getLogger(__name__)

MAX_OPEN = 5  # popups on screen at once; a sixth call closes the oldest
MAX_CALLER_ID_CHARS = 256  # a caller id is one line on a popup
SEEN_MAX = 1000  # channels remembered so none pops up twice


def _now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# A CDR stamped this long before the popup opened may still be its call (clocks differ).
RECORD_SLACK = timedelta(minutes=5)


def _record_of(call: IncomingCall, record: EndedCall, *, by_number: bool = True) -> bool:
    """Whether history ``record`` (new since the popup opened) is the popup's call."""
    if call.channel and call.channel in (record.origchannel, record.dstchannel):
        return True
    if not by_number or not call.number or record.caller_number != call.number:
        return False
    if record.called_number != call.extension:
        return False
    when, rang = record.when, _naive(call.at)
    return when is not None and rang is not None and when >= rang - RECORD_SLACK


def _naive(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso).replace(tzinfo=None)
    except ValueError:
        return None


class IncomingCalls(Feature):
    call_added = Signal(str)
    call_changed = Signal(str)
    call_closed = Signal(str)
    name = "incoming"

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        poll_interval_s: float = 2.0,
        now: Callable[[], str] = _now_iso,
    ) -> None:
        super().__init__(ctx, parent)
        self.cache = ctx.services.directory
        self.lookup = CallerLookup(
            self.cache, ctx.client, extension_max_len=ctx.settings.dial_extension_max_len
        )
        self.cache.updated.connect(self.lookup.clear)
        ctx.services.call_endings.records_added.connect(self.apply_history)
        self._now = now
        self.calls: OrderedDict[str, IncomingCall] = OrderedDict()  # open popups, oldest first
        self.last: IncomingCall | None = None
        self.last_action: dict[str, Any] | None = None
        self.resyncs = 0
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._link_up = False
        self._was_up = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._lookups: dict[str, asyncio.Task[Any]] = {}  # channel -> its directory question
        self._poll_task: asyncio.Task[None] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(max(1, int(poll_interval_s * 1000)))
        self._poll.timeout.connect(self.poll_soon)

    # -- what is known -----------------------------------------------------------------------
    @property
    def own_ext(self) -> str:
        user = self.ctx.session.user
        if user is not None:
            return user.ext
        configured = self.ctx.settings.user.strip()
        return configured if configured.isdigit() else ""

    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    # -- Feature -----------------------------------------------------------------------------
    def start(self) -> None:
        self.cache.start()

    async def stop(self) -> None:
        self._poll.stop()
        tasks = [t for t in (*self._tasks, self._poll_task) if t is not None and not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        await self.cache.stop()

    def snapshot(self) -> dict[str, Any]:
        return {
            "last_incoming": self.last.last_incoming() if self.last is not None else None,
            "incoming": {
                "open": [
                    {"channel": c.channel, "state": c.state.value, "park_slot": c.park_slot}
                    for c in self.calls.values()
                ],
                "last_action": self.last_action,
                "resyncs": self.resyncs,
            },
        }

    def on_event(self, event: Event) -> None:
        # Called for every event of the socket (floods included): keep the common path short.
        if type(event) is NewOrigChannel:
            if event.extension == self.own_ext and event.extension:
                self._ring(event)
        elif type(event) is Parked:
            call = self.calls.get(event.channel)
            if call is not None and event.park_slot:
                call.park_slot = event.park_slot
                call.state = CallState.PARKED
                self.call_changed.emit(call.channel)

    def on_connected(self, connected: bool) -> None:
        if connected and not self._link_up and self._was_up:
            self._track(self.resync())  # back after a drop: what ended meanwhile?
        self._link_up = connected
        self._was_up = self._was_up or connected

    # -- a call rings --------------------------------------------------------------------------
    def _ring(self, event: NewOrigChannel) -> None:
        if event.channel in self._seen:
            return  # the socket repeated it, or a reconnect replayed it: one popup per channel
        self._seen[event.channel] = None
        if len(self._seen) > SEEN_MAX:
            self._seen.popitem(last=False)
        shown_name, number = split_caller_id(event.caller_id)
        call = IncomingCall(
            channel=event.channel,
            caller_id=event.caller_id[:MAX_CALLER_ID_CHARS],
            number=number,
            extension=event.extension,
            at=self._now(),
        )
        entry = self.lookup.local(number)
        if entry is not None:
            self._adopt_entry(call, entry)
        elif shown_name:
            call.name, call.name_source = shown_name, "caller id"
        self.last = call
        if not self.settings.incoming_popups:
            return
        self.calls[call.channel] = call
        while len(self.calls) > MAX_OPEN:
            self._close(next(iter(self.calls.values())), CallState.DISMISSED)
        self.call_added.emit(call.channel)  # the popup is on screen when this returns
        if entry is None and self.lookup.should_ask(number):
            task = self._track(self._ask_directory(call))
            self._lookups[call.channel] = task
            task.add_done_callback(partial(self._lookup_done, call.channel))
        if not self._poll.isActive():
            self._poll.start()
        self.poll_soon()

    @staticmethod
    def _adopt_entry(call: IncomingCall, entry: DirectoryEntry) -> None:
        name, company = entry.name[:MAX_NAME_CHARS], entry.company[:MAX_NAME_CHARS]
        call.name, call.company, call.name_source = name, company, "directory"

    def _lookup_done(self, channel: str, task: asyncio.Task[Any]) -> None:
        if self._lookups.get(channel) is task:
            del self._lookups[channel]

    async def _ask_directory(self, call: IncomingCall) -> None:
        entry = await self.lookup.remote(call.number)
        if entry is None or call.name_source == "directory":
            return
        self._adopt_entry(call, entry)
        if call.channel in self.calls:
            self.call_changed.emit(call.channel)

    # -- following the call ----------------------------------------------------------------------
    def poll_soon(self) -> None:
        """Ask ccGetChannels now unless a poll runs; stops polling when no popup is open."""
        if not self.calls:
            self._poll.stop()
            return
        if self._poll_task is None or self._poll_task.done():
            self._poll_task = spawn(self._poll_once())

    async def _poll_once(self) -> None:
        try:
            channels = await self.ctx.client.get_channels()
        except SopError as exc:
            log.info("ccGetChannels failed, popups kept: %s", exc)
            return
        self.apply_channels(channels)

    async def resync(self) -> None:
        """After a reconnect: close the popups of calls that ended while the socket was down.
        ``resyncs`` counts the reconnects handled (ccGetChannels is asked only for open calls).
        """
        if self.calls:
            try:
                channels = await self.ctx.client.get_channels()
            except SopError as exc:
                log.info("resync after reconnect failed (the next poll retries): %s", exc)
            else:
                self.apply_channels(channels, definitive=True)
        self.resyncs += 1

    def apply_channels(self, channels: list[Channel], *, definitive: bool = False) -> None:
        """Follow the open calls in a ccGetChannels answer: a channel listed before and missing
        now has ended; one never listed may simply still ring (``definitive`` is kept for
        callers and changes nothing for such a channel)."""
        by_id = {c.id: c for c in channels}
        for call in list(self.calls.values()):
            channel = by_id.get(call.channel)
            if channel is None:
                call.missed_polls += 1
                if call.seen_in_channels:
                    self._close(call, CallState.ENDED)
                continue
            call.seen_in_channels, call.missed_polls = True, 0
            if not call.name:
                shown_name, _number = split_caller_id(channel.caller_id)
                if shown_name:
                    call.name, call.name_source = shown_name, "caller id"
                    self.call_changed.emit(call.channel)

    def apply_history(self, records: list[EndedCall]) -> None:
        """Close the popups of calls that new call-history records show as finished: a record
        naming the popup's channel, or else one from its number to its extension when no other
        open popup has that number (two calls from one number are told apart by channel only)."""
        for call in list(self.calls.values()):
            twins = [
                c
                for c in self.calls.values()
                if (c.number, c.extension) == (call.number, call.extension)
            ]
            for record in records:
                # A record naming another call's channel is that call's, whatever its number.
                named = {record.origchannel, record.dstchannel} - {"", call.channel}
                by_number = len(twins) == 1 and not named & self._seen.keys()
                if _record_of(call, record, by_number=by_number):
                    self._close(call, CallState.ENDED)
                    break

    def dismiss(self, channel: str) -> None:
        """The user closed the popup, or it timed out."""
        call = self.calls.get(channel)
        if call is not None:
            self._close(call, CallState.DISMISSED)

    def _close(self, call: IncomingCall, state: CallState) -> None:
        call.state = state
        self.calls.pop(call.channel, None)
        lookup = self._lookups.pop(call.channel, None)
        if lookup is not None:
            lookup.cancel()  # nobody will see the name: under a flood, questions never pile up
        if not self.calls:
            self._poll.stop()
        self.call_closed.emit(call.channel)

    # -- actions -------------------------------------------------------------------------------
    def voicemail_target(self, call: IncomingCall) -> str:
        """The settings' voicemail number for the call's extension; raises InvalidNumber."""
        template = self.settings.incoming_voicemail.strip() or "*{ext}"
        target = canonical(template.replace("{ext}", call.extension))
        if not DIALLABLE.match(target):
            raise InvalidNumber(
                QCoreApplication.translate(
                    "IncomingCalls", "The voicemail number in the settings is not a number."
                )
            )
        return target

    def number_target(self, text: str) -> str:
        """What ccRedirect ``to`` would be for ``text`` (dialling rules applied); raises
        InvalidNumber, nothing sent."""
        return dial_string(canonical(text), DialRules.from_settings(self.settings))

    async def redirect_mobile(self, channel: str) -> Reply:
        user = self.ctx.session.user
        mobile = user.mobile.strip() if user is not None else ""
        if not mobile:
            return self._refuse(
                channel,
                QCoreApplication.translate(
                    "IncomingCalls", "You have no mobile number in the phone system's directory."
                ),
            )
        return await self._redirect(channel, lambda: self.number_target(mobile), "mobile")

    async def redirect_voicemail(self, channel: str) -> Reply:
        call = self.calls.get(channel)
        if call is None:
            return self._gone()
        return await self._redirect(channel, lambda: self.voicemail_target(call), "voicemail")

    async def redirect_to(self, channel: str, text: str) -> Reply:
        return await self._redirect(channel, lambda: self.number_target(text), "number")

    async def _redirect(self, channel: str, target: Callable[[], str], kind: str) -> Reply:
        try:
            to = target()
        except InvalidNumber as exc:
            return self._refuse(channel, str(exc), EXIT_INVALID)

        def done(call: IncomingCall) -> None:
            call.redirected_to = to
            self._close(call, CallState.REDIRECTED)

        return await self._act(
            channel, "redirect", lambda: self.ctx.client.redirect(channel, to), done,
            {"to": to, "target": kind},
        )  # fmt: skip

    async def park(self, channel: str) -> Reply:
        def done(call: IncomingCall) -> None:
            call.state = CallState.PARKED  # the slot arrives with evParked (maybe already did)
            self.call_changed.emit(call.channel)

        return await self._act(channel, "park", lambda: self.ctx.client.park(channel), done, {})

    async def reject(self, channel: str) -> Reply:
        return await self._act(
            channel, "reject", lambda: self.ctx.client.hangup(channel),
            lambda call: self._close(call, CallState.REJECTED), {},
        )  # fmt: skip

    async def _act(
        self,
        channel: str,
        action: str,
        send: Callable[[], Awaitable[object]],
        done: Callable[[IncomingCall], None],
        details: dict[str, str],
    ) -> Reply:
        call = self.calls.get(channel)
        if call is None:
            return self._gone()
        if call.pending:
            return reply(
                EXIT_FAILED,
                QCoreApplication.translate(
                    "IncomingCalls", "Wait: the previous request is still being sent."
                ),
            )
        call.pending, call.error = action, ""
        self.call_changed.emit(channel)
        try:
            await send()
        except SopError as exc:
            call.pending, call.error = "", describe(exc)
            self.last_action = {"action": action, "channel": channel, "ok": False, **details}
            self.last_action["error"] = call.error
            self.call_changed.emit(channel)
            return reply(EXIT_FAILED, call.error)
        call.pending = ""
        self.last_action = {"action": action, "channel": channel, "ok": True, **details}
        done(call)
        return reply(EXIT_OK, "", self.last_action)

    def _refuse(self, channel: str, message: str, code: int = EXIT_FAILED) -> Reply:
        call = self.calls.get(channel)
        if call is not None:
            call.error = message
            self.call_changed.emit(channel)
        return reply(code, message)

    @staticmethod
    def _gone() -> Reply:
        return reply(
            EXIT_FAILED,
            QCoreApplication.translate("IncomingCalls", "This call is no longer shown."),
        )

    def _track(self, coro: Any) -> asyncio.Task[Any]:
        task = spawn(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task
