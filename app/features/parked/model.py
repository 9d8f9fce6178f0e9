"""Parked calls: every occupied park slot, who waits there (named from the directory) and since
when, and "Pick up" to bring the call to the user.

What is read, and when: dbGetParkedChannels (the only call that names the slots) and, when a
slot is taken, ccGetChannels with ``parked_only=1`` (how long each call has lasted) at the start
of the session, after an evParked event, for ``park list``, and every few seconds while the
tray menu is open. Nothing while the menu is closed: an evParked event adds the slot at once
(a call the user parked from a popup stays listed after the popup closes), and the next read
drops what was picked up or timed out.

Picking up uses ccRedirect of the parked channel to the user's extension. The reference names
ccRedirect as the way to take back a parked channel ("Retrieving a channel"); ccJoinPark needs a
channel of the user's phone, which does not exist before the phone rings and is answered, and
ccOriginate (async) does not say which channel it created, so joining would mean guessing that
channel from later events; ringing the phone with ccOriginate to the slot number relies on slots
being dialable, which the reference never says. ccRedirect is one request with no race: if the
slot emptied meanwhile the SOP answers 1 and nothing rings.

Signals: Feature's changed and notify.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, reply
from app.core.feature import CommandFn, Feature, FeatureContext, Reply
from app.core.messages import describe
from app.core.numbers import number_key
from app.core.tasks import spawn
from app.sop.errors import CallControlError, SopError
from app.sop.events import Parked
from app.sop.models import Channel

if TYPE_CHECKING:
    from app.sop.events import Event

log = logging.getLogger(__name__)

OPEN_MENU_REFRESH_S = 5.0
_CALLER_ID = re.compile(r'^\s*"?(?P<name>[^"\[<]*?)"?\s*[\[<](?P<number>[^\]>]*)[\]>]\s*$')


def split_caller_id(text: str) -> tuple[str, str]:
    """``"Name" [number]``, ``"Name" <number>`` or a bare number -> (name, number)."""
    found = _CALLER_ID.match(text)
    if found is None:
        return "", text.strip()
    name, number = found.group("name").strip(), found.group("number").strip()
    return ("" if name == number else name), number


@dataclass(frozen=True)
class ParkedCall:
    slot: str
    channel: str
    caller_id: str = ""
    caller_name: str = ""
    since: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "slot": self.slot,
            "channel": self.channel,
            "caller_id": self.caller_id,
            "caller_name": self.caller_name,
            "since": self.since.isoformat(timespec="seconds") if self.since else None,
        }


class ParkError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _slot_key(slot: str) -> tuple[int, str]:
    return (int(slot), slot) if slot.isdigit() else (1 << 30, slot)


class ParkedCalls(Feature):
    name = "parked"

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(ctx, parent)
        self._now = now
        self.calls: dict[str, ParkedCall] = {}  # slot -> call
        self.loaded = False
        self.error = ""
        self.busy: set[str] = set()
        self._first_seen: dict[str, datetime] = {}  # channel -> when the app first saw it parked
        self._refreshing: asyncio.Task[None] | None = None
        self._again = False
        self.open_timer = QTimer(self)
        self.open_timer.setInterval(int(OPEN_MENU_REFRESH_S * 1000))
        self.open_timer.timeout.connect(self.refresh_soon)

    # -- what is known -----------------------------------------------------------------------
    def listed(self) -> list[ParkedCall]:
        return [self.calls[slot] for slot in sorted(self.calls, key=_slot_key)]

    def waited(self, call: ParkedCall) -> int | None:
        """Seconds the call has waited, or None when unknown."""
        if call.since is None:
            return None
        return max(0, int((self._now() - call.since).total_seconds()))

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh_soon()

    async def stop(self) -> None:
        self.open_timer.stop()
        if self._refreshing is not None and not self._refreshing.done():
            self._refreshing.cancel()
            await asyncio.gather(self._refreshing, return_exceptions=True)

    def snapshot(self) -> dict[str, Any]:
        return {"parked": [c.as_json() for c in self.listed()] if self.loaded else None}

    def commands(self) -> dict[str, CommandFn]:
        return {"park-list": self._cmd_list, "park-pickup": self._cmd_pickup}

    def on_event(self, event: Event) -> None:
        if isinstance(event, Parked) and event.park_slot and event.channel:
            known = self.calls.get(event.park_slot)
            if known is None or known.channel != event.channel:
                self._first_seen.setdefault(event.channel, self._now())
                self.calls[event.park_slot] = ParkedCall(
                    event.park_slot, event.channel, since=self._first_seen[event.channel]
                )
            # The read emits changed: not here, where every event of the socket passes (a
            # menu rebuild in the middle of the dispatch would delay the other features).
            self.refresh_soon()

    def menu_opened(self, opened: bool) -> None:
        """While the menu is open, the slots are read every few seconds."""
        if opened:
            self.refresh_soon()
            self.open_timer.start()
        else:
            self.open_timer.stop()

    # -- reading -------------------------------------------------------------------------------
    def refresh_soon(self) -> None:
        if self._refreshing is not None and not self._refreshing.done():
            self._again = True  # an event arrived during a read: read once more after it
            return
        self._refreshing = spawn(self._refresh_loop())

    async def _refresh_loop(self) -> None:
        while True:
            self._again = False
            await self.refresh()
            if not self._again:
                return

    async def refresh(self) -> None:
        client = self.ctx.client
        try:
            parked = await client.get_parked_channels()
            live: dict[str, Channel] = {}
            if parked:
                live = {c.id: c for c in await client.get_channels(parked_only=True)}
        except SopError as exc:
            self.error = describe(exc)
            log.info("parked calls: reading failed: %s", exc)
            self.changed.emit()
            return
        now = self._now()
        calls: dict[str, ParkedCall] = {}
        for item in parked:
            if not item.park_slot or not item.channel_id:
                continue
            name, number = split_caller_id(item.caller_id)
            channel = live.get(item.channel_id)
            if channel is not None:  # ccGetChannels names the caller: "Name" [number]
                live_name, live_number = split_caller_id(channel.caller_id)
                name, number = name or live_name, number or live_number
            known = self._directory_name(number)
            lasted = channel.seconds if channel is not None else None
            if lasted is not None:
                since = now - timedelta(seconds=lasted)
            else:
                since = self._first_seen.setdefault(item.channel_id, now)
            calls[item.park_slot] = ParkedCall(
                slot=item.park_slot,
                channel=item.channel_id,
                caller_id=number,
                caller_name=known or name,
                since=since,
            )
        self._first_seen = {c.channel: self._first_seen.get(c.channel, now) for c in calls.values()}
        self.calls = calls
        self.loaded = True
        self.error = ""
        self.changed.emit()

    def _directory_name(self, number: str) -> str:
        dialer = self.ctx.services.dialer
        key = number_key(number)
        if dialer is not None and key:
            return dialer.name_for(key)
        entry = self.ctx.services.directory.index.lookup(key) if key else None
        return entry.name if entry is not None else ""

    # -- picking up ----------------------------------------------------------------------------
    async def pickup(self, slot: str) -> ParkedCall:
        slot = slot.strip()
        call = self.calls.get(slot)
        if call is None:
            await self.refresh()
            if self.error:  # the SOP did not answer: say so, not "no call there"
                raise ParkError(self.error)
            call = self.calls.get(slot)
        if call is None:
            raise ParkError(
                QCoreApplication.translate(
                    "ParkedCalls", "No call is parked in slot {slot}."
                ).format(slot=slot or "?"),
                EXIT_INVALID,
            )
        user = self.ctx.session.user
        if user is None:
            raise ParkError(
                QCoreApplication.translate("ParkedCalls", "Not signed in to the phone system yet.")
            )
        if slot in self.busy:
            raise ParkError(
                QCoreApplication.translate("ParkedCalls", "This call is already being picked up.")
            )
        self.busy.add(slot)
        self.changed.emit()
        try:
            await self.ctx.client.redirect(call.channel, user.ext)
        except CallControlError as exc:
            raise ParkError(
                QCoreApplication.translate(
                    "ParkedCalls",
                    "The phone system could not bring the call in slot {slot} to you: it may "
                    "have been picked up already or have timed out.",
                ).format(slot=slot)
            ) from exc
        finally:
            self.busy.discard(slot)
            await self.refresh()
        return call

    async def pickup_from_menu(self, slot: str) -> None:
        try:
            await self.pickup(slot)
        except ParkError as exc:
            self.notify.emit(QCoreApplication.translate("ParkedCalls", "Parked calls"), str(exc))
        except SopError as exc:
            self.ctx.session.record_error(describe(exc))

    # -- IPC commands --------------------------------------------------------------------------
    def who(self, call: ParkedCall) -> str:
        if call.caller_name and call.caller_id:
            return f"{call.caller_name} ({call.caller_id})"
        return (
            call.caller_name
            or call.caller_id
            or QCoreApplication.translate("ParkedCalls", "unknown caller")
        )

    def list_text(self) -> str:
        if not self.calls:
            return QCoreApplication.translate("ParkedCalls", "No parked calls.")
        lines = []
        for call in self.listed():
            waited = self.waited(call)
            lines.append(
                QCoreApplication.translate("ParkedCalls", "{slot}: {who}, waiting {time}").format(
                    slot=call.slot,
                    who=self.who(call),
                    time=duration_text(waited),
                )
            )
        return "\n".join(lines)

    async def _cmd_list(self, request: dict[str, Any]) -> Reply:
        await self.refresh()
        if not self.loaded:
            return reply(EXIT_FAILED, self.error)
        rows = [c.as_json() for c in self.listed()]
        if request.get("json"):
            return reply(EXIT_OK, json.dumps(rows, ensure_ascii=False), rows)
        return reply(EXIT_OK, self.list_text(), rows)

    async def _cmd_pickup(self, request: dict[str, Any]) -> Reply:
        slot = request.get("slot")
        if not isinstance(slot, str) or not slot.strip():
            return reply(
                EXIT_INVALID, QCoreApplication.translate("ParkedCalls", "Give a park slot.")
            )
        try:
            call = await self.pickup(slot)
        except ParkError as exc:
            return reply(exc.exit_code, str(exc))
        except SopError as exc:
            text = describe(exc)
            self.ctx.session.record_error(text)
            return reply(EXIT_FAILED, text)
        message = QCoreApplication.translate(
            "ParkedCalls", "The call from {who} (slot {slot}) is coming to your phone."
        ).format(who=self.who(call), slot=call.slot)
        return reply(EXIT_OK, message, call.as_json())


def duration_text(seconds: int | None) -> str:
    """``75`` -> "1:15"; unknown -> "?"."""
    if seconds is None:
        return "?"
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
