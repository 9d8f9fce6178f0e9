"""Call queues for the user's phones: which queues there are, where the user is a member
(static or dynamic, paused or not, the phone's member status) and how many callers wait.

Requests, and when: at the start of the session and when the tray menu opens (at most once per
``MENU_REFRESH_S``): dbGetQueueInfo, ccGetQueueMembers for each of the user's phones (the
hot-desk phone while logged in there, the primary and the secondary phone) and the callers
waiting. While the menu is closed, only the waiting callers of the user's own queues are read,
once a minute with a few seconds of jitter (so a whole company does not ask in the same second),
and only while the user is a member of a queue: none at all otherwise.

ccGetQueueStatus is documented with ``queue`` only. Asked without it, some SOPs list every queue
and others none: the app asks once without it and, when a queue it needs is missing, asks per
queue from then on. Joining and leaving use ccQueueAdd/ccQueueRemove; a SOP that does not have
them (HTTP 404: nothing was done) gets fusionQueuesSet/fusionQueuesRemove instead. A static
membership cannot be left, so nothing is sent for it; a pause is checked against the state the
SOP answers (a "pause" answered "not paused" is a failure).

Signals: Feature's changed (queues, membership, waiting or busy changed) and notify.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, reply
from app.core.feature import CommandFn, Feature, FeatureContext, Reply
from app.core.messages import describe
from app.core.tasks import spawn
from app.features.queues.codes import AWAY_STATUSES, member_status_text, pause_all_text
from app.sop.errors import CallControlError, SopError, SopHttpError
from app.sop.models import Queue, QueueMember

log = logging.getLogger(__name__)

POLL_S = 60.0
POLL_JITTER_S = 10.0  # each poll comes 50 to 70 s after the last one
MENU_REFRESH_S = 10.0


@dataclass(frozen=True)
class QueueRow:
    """One queue as the menu and ``status --json`` show it."""

    id: str
    name: str
    member: bool = False
    phone: str = ""
    membership: str = ""
    paused: bool = False
    member_status: int | None = None
    waiting: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "id": self.id,
            "member": self.member,
            "membership": self.membership or None,
            "paused": self.paused,
            "member_status": self.member_status,
            "waiting": self.waiting,
        }


class QueueError(Exception):
    """A queue request refused by the app (nothing sent) or by the SOP, with its exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class QueuesFeature(Feature):
    name = "queues"

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._clock = clock
        self._rng = rng or random.Random()
        self.queues: list[Queue] = []
        self.members: dict[str, QueueMember] = {}  # queue name -> the user's membership
        self.waiting: dict[str, int] = {}
        self.waiting_since: dict[str, float] = {}
        self._alerted: set[str] = set()
        self.loaded = False
        self.error = ""
        self.busy: set[str] = set()  # queue names ("*" for all) with a request under way
        self.polls = 0
        self._status_lists_all: bool | None = None
        self._use_fusion = False
        self._last_refresh = -1e18
        self._refreshing: asyncio.Task[None] | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setSingleShot(True)
        self._poll_timer.timeout.connect(self._on_poll_timer)

    # -- what is known -----------------------------------------------------------------------
    def phones(self) -> list[str]:
        """The user's phones: the hot-desk phone while logged in there, primary, secondary."""
        user = self.ctx.session.user
        found: list[str] = []
        for phone in (self.ctx.services.hotdesk_phone, *((user.dp, user.sp) if user else ())):
            if phone and phone not in found:
                found.append(phone)
        return found

    @property
    def is_member(self) -> bool:
        return bool(self.members)

    def rows(self) -> list[QueueRow]:
        """Every queue: the SOP's list, then memberships of queues it did not list."""
        known = list(self.queues)
        names = {q.name for q in known}
        known += [Queue(id="", name=n) for n in self.members if n not in names]
        rows = []
        for queue in known:
            member = self.members.get(queue.name)
            rows.append(
                QueueRow(
                    id=queue.id,
                    name=queue.name,
                    member=member is not None,
                    phone=member.phone if member else "",
                    membership=member.membership if member else "",
                    paused=member.paused if member else False,
                    member_status=member.status if member else None,
                    waiting=self.waiting.get(queue.name),
                )
            )
        return rows

    def waiting_in_my_queues(self) -> int:
        return sum(self.waiting.get(name, 0) for name in self.members)

    def find(self, key: str) -> Queue | None:
        """A queue by its name or id (exact, then ignoring case)."""
        key = key.strip()
        candidates = [*self.queues, *(Queue("", n) for n in self.members)]
        for queue in candidates:
            if key and key in (queue.name, queue.id):
                return queue
        folded = key.casefold()
        for queue in candidates:
            if folded and folded in (queue.name.casefold(), queue.id.casefold()):
                return queue
        return None

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh_soon(force=True)

    async def stop(self) -> None:
        self._poll_timer.stop()
        if self._refreshing is not None and not self._refreshing.done():
            self._refreshing.cancel()
            await asyncio.gather(self._refreshing, return_exceptions=True)

    def snapshot(self) -> dict[str, Any]:
        return {"queues": [row.as_json() for row in self.rows()] if self.loaded else None}

    def commands(self) -> dict[str, CommandFn]:
        return {
            "queue-list": self._cmd_list,
            "queue-join": lambda r: self._cmd(r, self.join),
            "queue-leave": lambda r: self._cmd(r, self.leave),
            "queue-pause": lambda r: self._cmd_pause(r, True),
            "queue-unpause": lambda r: self._cmd_pause(r, False),
        }

    # -- reading -------------------------------------------------------------------------------
    def refresh_soon(self, *, force: bool = False) -> None:
        """Refresh everything (the menu opens), at most once per ``MENU_REFRESH_S``."""
        if self._refreshing is not None and not self._refreshing.done():
            return
        if not force and self._clock() - self._last_refresh < MENU_REFRESH_S:
            return
        self._refreshing = spawn(self.refresh())

    async def refresh(self) -> None:
        """Queues, the user's memberships and the callers waiting; failures are kept in
        ``error`` (shown in the menu), the last known state stays."""
        self._last_refresh = self._clock()
        try:
            self.queues = await self.ctx.client.get_queue_info()
            await self._read_members()
            await self._read_waiting([q.name for q in self.queues] or list(self.members))
            self.error = ""
            self.loaded = True
        except SopError as exc:
            self.error = describe(exc)
            log.info("queues: refresh failed: %s", exc)
        self._schedule()
        self.changed.emit()

    async def _read_members(self) -> None:
        members: dict[str, QueueMember] = {}
        for phone in self.phones():
            for member in await self.ctx.client.get_queue_members(phone=phone):
                if member.phone == phone and member.queue not in members:
                    members[member.queue] = member
        self.members = members

    async def _read_waiting(self, names: list[str]) -> None:
        if not names:
            return
        counts: dict[str, int] = {}
        if self._status_lists_all is not False:
            counts = {s.name: s.calls for s in await self.ctx.client.get_queue_status()}
            self._status_lists_all = all(name in counts for name in names)
        for name in names:
            if name not in counts:
                for status in await self.ctx.client.get_queue_status(name):
                    counts[status.name] = status.calls
        now = self._clock()
        for name in names:
            if name not in counts:
                continue
            self.waiting[name] = counts[name]
            if counts[name] > 0:
                self.waiting_since.setdefault(name, now)
            else:
                self.waiting_since.pop(name, None)
                self._alerted.discard(name)
        self._check_alerts(now)

    def _check_alerts(self, now: float) -> None:
        limit = self.ctx.settings.queue_wait_alert_s
        if limit <= 0:
            return
        for name, member in self.members.items():
            since = self.waiting_since.get(name)
            away = member.paused or member.status in AWAY_STATUSES
            if since is None or not away or name in self._alerted or now - since < limit:
                continue
            self._alerted.add(name)
            count = self.waiting.get(name, 0)
            text = QCoreApplication.translate(
                "Queues", "Callers waiting in {queue} for over {seconds} s: {count}."
            ).format(queue=name, seconds=int(now - since), count=count)
            why = (
                QCoreApplication.translate("Queues", "You are paused there.")
                if member.paused
                else QCoreApplication.translate("Queues", "Your phone is away.")
            )
            self.notify.emit(QCoreApplication.translate("Queues", "Queues"), f"{text} {why}")

    # -- the poll while the menu is closed -----------------------------------------------------
    def _schedule(self) -> None:
        if not self.is_member:
            self._poll_timer.stop()  # not a member: no poll at all
            return
        delay = POLL_S + self._rng.uniform(-POLL_JITTER_S, POLL_JITTER_S)
        self._poll_timer.start(int(delay * 1000))

    def _on_poll_timer(self) -> None:
        spawn(self.poll())

    async def poll(self) -> None:
        """One queue-status poll: the callers waiting in the user's queues."""
        if self.is_member:
            self.polls += 1
            try:
                await self._read_waiting(list(self.members))
            except SopError as exc:
                log.info("queues: poll failed: %s", exc)
            self.changed.emit()
        self._schedule()

    # -- actions -------------------------------------------------------------------------------
    def _require(self, key: str) -> Queue:
        queue = self.find(key)
        if queue is None:
            raise QueueError(
                QCoreApplication.translate("Queues", "There is no queue {queue}.").format(
                    queue=key.strip() or "?"
                ),
                EXIT_INVALID,
            )
        return queue

    def _membership(self, queue: Queue) -> QueueMember:
        member = self.members.get(queue.name)
        if member is None:
            raise QueueError(
                QCoreApplication.translate("Queues", "You are not a member of {queue}.").format(
                    queue=queue.name
                ),
                EXIT_INVALID,
            )
        return member

    @contextlib.contextmanager
    def _busy(self, key: str) -> Iterator[None]:
        if key in self.busy or "*" in self.busy:
            raise QueueError(
                QCoreApplication.translate("Queues", "A queue request is already under way.")
            )
        self.busy.add(key)
        self.changed.emit()
        try:
            yield
        finally:
            self.busy.discard(key)
            self.changed.emit()

    async def join(self, key: str) -> str:
        queue = self._require(key)
        if queue.name in self.members:
            return QCoreApplication.translate(
                "Queues", "You are already a member of {queue}."
            ).format(queue=queue.name)
        phones = self.phones()
        if not phones:
            raise QueueError(
                QCoreApplication.translate(
                    "Queues", "Your extension has no phone to join a queue with."
                )
            )
        with self._busy(queue.name):
            await self._send(queue, phones[0], join=True)
            await self._reread()
        return QCoreApplication.translate("Queues", "Joined {queue} with {phone}.").format(
            queue=queue.name, phone=phones[0]
        )

    async def leave(self, key: str) -> str:
        queue = self._require(key)
        member = self._membership(queue)
        if member.membership == "static":
            raise QueueError(
                QCoreApplication.translate(
                    "Queues",
                    "You are a static member of {queue}: only an administrator can remove you.",
                ).format(queue=queue.name),
                EXIT_INVALID,
            )
        with self._busy(queue.name):
            await self._send(queue, member.phone, join=False)
            await self._reread()
        return QCoreApplication.translate("Queues", "Left {queue}.").format(queue=queue.name)

    async def _send(self, queue: Queue, phone: str, *, join: bool) -> None:
        client = self.ctx.client
        try:
            if not self._use_fusion:
                try:
                    await (client.queue_add if join else client.queue_remove)(queue.name, phone)
                    return
                except SopHttpError as exc:
                    if exc.status_code != 404:
                        raise
                    # This SOP has no ccQueueAdd/ccQueueRemove; nothing was done.
                    self._use_fusion = True
            await (client.fusion_queues_set if join else client.fusion_queues_remove)(
                [queue.name], phone
            )
        except CallControlError as exc:
            text = (
                QCoreApplication.translate(
                    "Queues", "The phone system refused to add {phone} to {queue}."
                )
                if join
                else QCoreApplication.translate(
                    "Queues", "The phone system refused to remove {phone} from {queue}."
                )
            )
            raise self._failed(text.format(phone=phone, queue=queue.name), exc) from exc

    async def pause(self, key: str, paused: bool) -> str:
        queue = self._require(key)
        member = self._membership(queue)
        with self._busy(queue.name):
            try:
                result = await self.ctx.client.queue_pause(queue.name, member.phone, paused)
            except CallControlError as exc:
                text = (
                    QCoreApplication.translate(
                        "Queues", "The phone system did not pause you in {queue}."
                    )
                    if paused
                    else QCoreApplication.translate(
                        "Queues", "The phone system did not resume you in {queue}."
                    )
                )
                raise self._failed(text.format(queue=queue.name), exc) from exc
            self.members[queue.name] = dataclasses.replace(member, paused=result.paused)
            self._alerted.discard(queue.name)
        if paused:
            return QCoreApplication.translate("Queues", "Paused in {queue}.").format(
                queue=queue.name
            )
        return QCoreApplication.translate("Queues", "Resumed in {queue}.").format(queue=queue.name)

    async def pause_all(self, paused: bool) -> str:
        phones = sorted({m.phone for m in self.members.values()})
        if not phones:
            raise QueueError(
                QCoreApplication.translate("Queues", "You are not a member of any queue."),
                EXIT_INVALID,
            )
        with self._busy("*"):
            try:
                for phone in phones:
                    await self.ctx.client.queue_pause_all(phone, paused)
            except CallControlError as exc:
                raise QueueError(
                    QCoreApplication.translate(
                        "Queues", "The phone system answered: {result} (code {code})."
                    ).format(result=pause_all_text(exc.code), code=exc.code)
                ) from exc
            finally:
                with contextlib.suppress(SopError):
                    await self._reread()
        codes = f"{pause_all_text(1 if paused else 3)}"
        if paused:
            return QCoreApplication.translate(
                "Queues", "Paused in all your queues ({result})."
            ).format(result=codes)
        return QCoreApplication.translate(
            "Queues", "Resumed in all your queues ({result})."
        ).format(result=codes)

    async def _reread(self) -> None:
        await self._read_members()
        await self._read_waiting(list(self.members))
        self._schedule()

    def _failed(self, text: str, exc: SopError) -> QueueError:
        if exc.detail:
            text = QCoreApplication.translate(
                "Queues", "{message} The phone system says: {detail}"
            ).format(message=text, detail=exc.detail)
        return QueueError(text)

    async def act(self, action: Awaitable[str]) -> None:
        """A menu item: the outcome is shown, never raised."""
        try:
            await action
        except QueueError as exc:
            self.notify.emit(QCoreApplication.translate("Queues", "Queues"), str(exc))
        except SopError as exc:
            self.ctx.session.record_error(describe(exc))

    # -- IPC commands --------------------------------------------------------------------------
    def list_text(self) -> str:
        lines = []
        for row in self.rows():
            waiting = "?" if row.waiting is None else str(row.waiting)
            text = QCoreApplication.translate("Queues", "{queue} ({id}): {waiting} waiting").format(
                queue=row.name, id=row.id or "?", waiting=waiting
            )
            if row.member:
                state = (
                    QCoreApplication.translate("Queues", "paused")
                    if row.paused
                    else QCoreApplication.translate("Queues", "active")
                )
                text += " — " + QCoreApplication.translate(
                    "Queues", "member on {phone}, {membership}, {state}, {status}"
                ).format(
                    phone=row.phone,
                    membership=row.membership or "?",
                    state=state,
                    status=member_status_text(row.member_status),
                )
            lines.append(text)
        return "\n".join(lines) or QCoreApplication.translate("Queues", "No queues.")

    async def _cmd_list(self, request: dict[str, Any]) -> Reply:
        await self.refresh()
        if not self.loaded:
            return reply(EXIT_FAILED, self.error)
        rows = [row.as_json() for row in self.rows()]
        if request.get("json"):
            return reply(EXIT_OK, json.dumps(rows, ensure_ascii=False), rows)
        return reply(EXIT_OK, self.list_text(), rows)

    async def _ensure_loaded(self) -> Reply | None:
        if not self.loaded:
            await self.refresh()
        if not self.loaded:
            return reply(EXIT_FAILED, self.error)
        return None

    async def _cmd(self, request: dict[str, Any], action: Callable[[str], Awaitable[str]]) -> Reply:
        key = request.get("queue")
        if not isinstance(key, str) or not key.strip():
            return reply(EXIT_INVALID, QCoreApplication.translate("Queues", "Give a queue name."))
        return await self._run(lambda: action(key))

    async def _cmd_pause(self, request: dict[str, Any], paused: bool) -> Reply:
        if request.get("all"):
            return await self._run(lambda: self.pause_all(paused))
        key = request.get("queue")
        if not isinstance(key, str) or not key.strip():
            return reply(
                EXIT_INVALID, QCoreApplication.translate("Queues", "Give a queue name or --all.")
            )
        return await self._run(lambda: self.pause(key, paused))

    async def _run(self, action: Callable[[], Awaitable[str]]) -> Reply:
        failed = await self._ensure_loaded()
        if failed is not None:
            return failed
        try:
            message = await action()
        except QueueError as exc:
            return reply(exc.exit_code, str(exc))
        except SopError as exc:
            text = describe(exc)
            self.ctx.session.record_error(text)
            return reply(EXIT_FAILED, text)
        return reply(EXIT_OK, message, self.snapshot()["queues"])
