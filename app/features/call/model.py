"""The call in progress, the core part: when to look, what the actions send.

Theory of operation. An idle desktop asks nothing: the app starts looking only when the event
socket announces a call that involves the user (an ``evNewOrigChannel`` to the user's extension,
or from it: a call the user placed shows as one to the other party). From then on ccGetChannels
is asked every ``poll_interval_s`` while a call is believed up: until the user's leg is seen
``Up`` on one of the user's phones (for at most ``expect_s``: a call may ring unanswered), then
as long as it stays there. When it is gone the call has ended and the polling stops. After the
event socket comes back from a drop, one look tells whether the call is still on. ``call show``
and the actions look once when no call is known (the user asked).

Actions (hang up, transfer, park, record, hold, resume) are sent once, never retried: a second
ccRedirect could move a call twice. A refusal is kept in ``error`` and said in words.
Hold uses the deprecated ccHold; a SOP that no longer offers it (HTTP 404) hides the action.
Resume is ccRedirect of the held party back to the user's extension (reference: "Retrieving a
channel").

Signals (besides Feature's): call_changed(): the call appeared, changed or ended.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, reply
from app.core.feature import CommandFn, Feature, FeatureContext, Reply
from app.core.messages import describe
from app.core.numbers import DialRules, InvalidNumber, canonical, dial_string
from app.core.tasks import spawn
from app.features.call.current import CurrentCall, duration_text, find_call, split_caller_id
from app.sop.errors import CallControlError, SopError, SopHttpError
from app.sop.events import Event, NewOrigChannel, Parked

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now().astimezone()


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallInProgress", text)


# What the SOP refused, in words (its Result 1 says no more).
REFUSED = {
    "hangup": QT_TRANSLATE_NOOP("CallInProgress", "The phone system refused to hang up the call."),
    "transfer": QT_TRANSLATE_NOOP(
        "CallInProgress", "The phone system refused to transfer the call."
    ),
    "park": QT_TRANSLATE_NOOP("CallInProgress", "The phone system refused to park the call."),
    "record-start": QT_TRANSLATE_NOOP(
        "CallInProgress", "The phone system refused to start recording."
    ),
    "record-stop": QT_TRANSLATE_NOOP(
        "CallInProgress", "The phone system refused to stop recording."
    ),
    "hold": QT_TRANSLATE_NOOP(
        "CallInProgress", "The phone system refused to put the call on hold."
    ),
    "resume": QT_TRANSLATE_NOOP(
        "CallInProgress", "The phone system refused to take the call back."
    ),
}


class CallFeature(Feature):
    call_changed = Signal()
    name = "call"

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        poll_interval_s: float = 2.0,
        expect_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__(ctx, parent)
        self.cache = ctx.services.directory
        self._clock = clock
        self._now = now
        self.expect_s = expect_s
        self.current: CurrentCall | None = None
        self.pending = ""  # the action being sent, "" when idle
        self.error = ""  # why the last action failed
        self.hold_offered = True
        self.parked_slot = ""  # where the last call the user parked waits
        self.last_action: dict[str, Any] | None = None
        self.polls = 0  # ccGetChannels asked (status --json, tests)
        self._parking = ""  # the far leg of a call being parked (evParked names it)
        self._expect_until: float | None = None
        self._link_up = False
        self._was_up = False
        self._poll_task: asyncio.Task[Any] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(poll_interval_s * 1000)))
        self._timer.timeout.connect(self.look_soon)

    # -- who the user is --------------------------------------------------------------------------
    @property
    def own_ext(self) -> str:
        user = self.ctx.session.user
        return user.ext if user is not None else ""

    @property
    def phones(self) -> set[str]:
        """The user's primary and secondary phones, and this desk's (hot desk)."""
        user = self.ctx.session.user
        found = {user.dp, user.sp} if user is not None else set()
        found.add(self.ctx.settings.desk_phone.strip())
        return {p for p in found if p}

    # -- Feature ----------------------------------------------------------------------------------
    def start(self) -> None:
        self.cache.start()

    async def stop(self) -> None:
        self._timer.stop()
        task = self._poll_task
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await self.cache.stop()

    def snapshot(self) -> dict[str, Any]:
        return {
            "current_call": self.current.to_json() if self.current is not None else None,
            "call": {
                "watching": self.watching,
                "polls": self.polls,
                "parked_slot": self.parked_slot or None,
                "hold_offered": self.hold_offered,
                "last_action": self.last_action,
            },
        }

    def commands(self) -> dict[str, CommandFn]:
        return {"call": self._cmd_call}

    def on_event(self, event: Event) -> None:
        # Every event of the socket comes here, floods included: the common path is short.
        if type(event) is NewOrigChannel:
            own = self.own_ext
            if own and (
                event.extension == own
                or (own in event.caller_id and split_caller_id(event.caller_id)[1] == own)
            ):
                self.expect()
        elif type(event) is Parked and self._parking and event.channel == self._parking:
            self._on_parked(event.park_slot)

    def _on_parked(self, slot: str) -> None:
        if not slot:
            return
        self.parked_slot, self._parking = slot[:20], ""
        self.notify.emit(
            QCoreApplication.translate("CallInProgress", "SOP Companion"),
            QCoreApplication.translate("CallInProgress", "The call waits on park slot {slot}.")
            .format(slot=self.parked_slot),
        )  # fmt: skip
        self.changed.emit()

    def on_connected(self, connected: bool) -> None:
        if connected and not self._link_up and self._was_up and self.current is not None:
            self.look_soon()  # back after a drop: is the call still on?
        self._link_up = connected
        self._was_up = self._was_up or connected

    # -- following the call -----------------------------------------------------------------------
    def expect(self) -> None:
        """A call involving the user was announced: look until it is seen, for ``expect_s``."""
        self._expect_until = self._clock() + self.expect_s
        if not self._timer.isActive():
            self._timer.start()
        self.look_soon()

    def look_soon(self) -> None:
        if self._poll_task is None or self._poll_task.done():
            self._poll_task = spawn(self.look())

    async def look(self) -> CurrentCall | None:
        """One ccGetChannels; updates ``current`` and whether to keep looking."""
        self.polls += 1
        try:
            channels = await self.ctx.client.get_channels()
        except SopError as exc:
            log.info("ccGetChannels failed, the call is kept as it was: %s", exc)
            return self.current
        found = find_call(channels, self.phones, self.own_ext, self._now())
        self._adopt(found)
        return self.current

    def _adopt(self, found: CurrentCall | None) -> None:
        before = self.current
        if found is not None:
            if before is not None and before.channel == found.channel:
                found.since, found.recording = before.since, before.recording
                found.on_hold = before.on_hold
            if not found.other_name and found.other_number:
                found.other_name = self._name_for(found.other_number)
            self.current = found
            self._expect_until = None
            if not self._timer.isActive():
                self._timer.start()
        else:
            self.current = None
            expecting = self._expect_until is not None and self._clock() < self._expect_until
            if not expecting:
                self._expect_until = None
                self._timer.stop()
        if before is None and found is not None:
            self.error = ""
        if (before is None) != (found is None) or (
            before is not None and found is not None and before != found
        ):
            self.call_changed.emit()
            self.changed.emit()

    def _name_for(self, number: str) -> str:
        try:
            entry = self.cache.index.lookup(canonical(number))
        except InvalidNumber:
            return ""
        return entry.name if entry is not None else ""

    @property
    def watching(self) -> bool:
        """ccGetChannels is being asked (a call is believed up, or a look is under way)."""
        task = self._poll_task
        return self._timer.isActive() or (task is not None and not task.done())

    def duration(self) -> str:
        return duration_text(self.current.seconds(self._now())) if self.current else ""

    # -- actions ----------------------------------------------------------------------------------
    def transfer_target(self, text: str) -> str:
        """The ccRedirect ``to`` for ``text`` (dialling rules applied); raises InvalidNumber."""
        return dial_string(canonical(text), DialRules.from_settings(self.ctx.settings))

    async def hangup(self) -> Reply:
        return await self._act("hangup", lambda c: self.ctx.client.hangup(c.channel), self._ended)

    async def transfer(self, text: str) -> Reply:
        try:
            to = self.transfer_target(text)
        except InvalidNumber as exc:
            return reply(EXIT_INVALID, str(exc))
        return await self._act(
            "transfer", lambda c: self.ctx.client.redirect(c.far, to), self._ended, to=to,
            far=True,
        )  # fmt: skip

    async def park(self) -> Reply:
        def send(call: CurrentCall) -> Awaitable[None]:
            self._parking, self.parked_slot = call.far, ""
            return self.ctx.client.park(call.far)

        return await self._act("park", send, self._ended, far=True)

    async def record(self, start: bool) -> Reply:
        action = "record-start" if start else "record-stop"
        own = self.own_ext

        def send(call: CurrentCall) -> Awaitable[None]:
            verb: Literal["start", "stop"] = "start" if start else "stop"
            return self.ctx.client.record(call.channel, action=verb, mailbox=own, caller_id=own)

        def done(call: CurrentCall) -> None:
            call.recording = start

        return await self._act(action, send, done)

    async def hold(self) -> Reply:
        if not self.hold_offered:
            return reply(
                EXIT_FAILED,
                QCoreApplication.translate(
                    "CallInProgress", "This phone system does not offer hold."
                ),
            )

        def done(call: CurrentCall) -> None:
            call.on_hold = True

        return await self._act(
            "hold", lambda c: self.ctx.client.hold(c.far), done, far=True
        )  # fmt: skip

    async def resume(self) -> Reply:
        own = self.own_ext

        def done(call: CurrentCall) -> None:
            call.on_hold = False

        return await self._act(
            "resume", lambda c: self.ctx.client.redirect(c.far, own), done, far=True
        )  # fmt: skip

    def _ended(self, _call: CurrentCall) -> None:
        self.current = None
        self._timer.stop()
        self.look_soon()  # confirms it (and finds a second call, if any)

    async def _act(
        self,
        action: str,
        send: Callable[[CurrentCall], Awaitable[None]],
        done: Callable[[CurrentCall], None],
        *,
        far: bool = False,
        **details: str,
    ) -> Reply:
        call = self.current if self.current is not None else await self.look()
        if call is None:
            return reply(
                EXIT_FAILED, QCoreApplication.translate("CallInProgress", "No call in progress.")
            )
        if self.pending:
            return reply(
                EXIT_FAILED,
                QCoreApplication.translate(
                    "CallInProgress", "Wait: the previous request is still being sent."
                ),
            )
        if far and not call.far:
            return reply(
                EXIT_FAILED,
                QCoreApplication.translate(
                    "CallInProgress",
                    "The phone system does not say who is on the other end of this call.",
                ),
            )
        self.pending, self.error = action, ""
        self._changed()
        try:
            await send(call)
        except SopError as exc:
            self.pending = ""
            if action == "hold" and isinstance(exc, SopHttpError) and exc.status_code == 404:
                self.hold_offered = False
                self.error = QCoreApplication.translate(
                    "CallInProgress", "This phone system does not offer hold."
                )
            elif isinstance(exc, CallControlError):
                self.error = _tr(str(REFUSED[action]))
            else:
                self.error = describe(exc)
            self.last_action = {"action": action, "ok": False, "error": self.error, **details}
            self._changed()
            return reply(EXIT_FAILED, self.error)
        self.pending = ""
        self.last_action = {"action": action, "ok": True, **details}
        if self.current is call:
            done(call)
        self._changed()
        return reply(EXIT_OK, self._done_text(action, call), self.last_action)

    def _done_text(self, action: str, call: CurrentCall) -> str:
        who = call.shown_name
        texts = {
            "hangup": QCoreApplication.translate("CallInProgress", "Hung up the call with {name}."),
            "transfer": QCoreApplication.translate("CallInProgress", "Transferred {name}."),
            "park": QCoreApplication.translate("CallInProgress", "Parked {name}."),
            "record-start": QCoreApplication.translate(
                "CallInProgress", "Recording the call with {name}."
            ),
            "record-stop": QCoreApplication.translate("CallInProgress", "Stopped recording."),
            "hold": QCoreApplication.translate("CallInProgress", "{name} is on hold."),
            "resume": QCoreApplication.translate("CallInProgress", "Back with {name}."),
        }
        return texts[action].format(name=who)

    def _changed(self) -> None:
        self.call_changed.emit()
        self.changed.emit()

    # -- command line -----------------------------------------------------------------------------
    async def _cmd_call(self, request: dict[str, Any]) -> Reply:
        action = request.get("action")
        if action == "show":
            call = self.current if self.current is not None else await self.look()
            if request.get("json"):
                return reply(EXIT_OK, json.dumps(call.to_json() if call else None), None)
            if call is None:
                return reply(
                    EXIT_OK, QCoreApplication.translate("CallInProgress", "No call in progress.")
                )
            state = [self.duration()]
            if call.on_hold:
                state.append(QCoreApplication.translate("CallInProgress", "on hold"))
            if call.recording:
                state.append(QCoreApplication.translate("CallInProgress", "recording"))
            number = f" ({call.other_number})" if call.other_name else ""
            text = QCoreApplication.translate(
                "CallInProgress", "In a call with {name}{number}: {state}"
            ).format(name=call.shown_name, number=number, state=", ".join(state))
            return reply(EXIT_OK, text, call.to_json())
        actions: dict[str, Callable[[], Awaitable[Reply]]] = {
            "hangup": self.hangup,
            "park": self.park,
            "hold": self.hold,
            "resume": self.resume,
            "record-start": lambda: self.record(True),
            "record-stop": lambda: self.record(False),
        }
        if action == "transfer":
            target = request.get("number")
            return await self.transfer(target if isinstance(target, str) else "")
        if isinstance(action, str) and action in actions:
            return await actions[action]()
        return reply(
            EXIT_INVALID, QCoreApplication.translate("CallInProgress", "Unknown call action.")
        )
