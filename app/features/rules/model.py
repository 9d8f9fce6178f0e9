"""The automatic-status feature: drives the rules engine from the session, the clock, the
screen lock, the calendar and the working hours, and sets the status when a rule says so.

Everything acts on local time: a single-shot QTimer wakes the feature at the next boundary
(plus a small random delay, so a building full of desks does not call the SOP in the same
second), never a periodic SOP request. Each change is one dbSetProfile (never retried) through
the session, which re-reads the callflow after it. A status the app did not set, seen on any
refresh, is the user's: the engine then leaves it alone until the next boundary.

Signals (of Feature): changed() when the wanted status or its deadline changed; notify() once
per automatic change, and for a timed status that ended while the app was not running.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, reply
from app.core.feature import CommandFn, Feature, FeatureContext
from app.core.messages import describe
from app.core.session import UnknownStatus
from app.core.tasks import spawn
from app.core.time_format import clock_text
from app.features.rules.calendar import CalendarError, busy_claims, days_off
from app.features.rules.engine import Claim, Decision, Reason, RulesEngine, Timer
from app.features.rules.feed import FeedError, Secrets, read_calendar, read_file
from app.features.rules.hours import WorkingHours, at, parse_days, parse_hhmm
from app.features.rules.store import RulesStore
from app.features.rules.timing import BadDeadline, deadline_from, local_zone
from app.platform.screen_lock.base import LockWatcher
from app.platform.screen_lock.choose import watcher_for_platform
from app.sop.errors import SopError

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Rules", "Mon"),
    QT_TRANSLATE_NOOP("Rules", "Tue"),
    QT_TRANSLATE_NOOP("Rules", "Wed"),
    QT_TRANSLATE_NOOP("Rules", "Thu"),
    QT_TRANSLATE_NOOP("Rules", "Fri"),
    QT_TRANSLATE_NOOP("Rules", "Sat"),
    QT_TRANSLATE_NOOP("Rules", "Sun"),
)

#: how often the calendars are read again (a published calendar changes in minutes)
FEED_INTERVAL = timedelta(minutes=15)

#: the longest the feature sleeps without looking at the clock again (a suspended laptop
#: wakes up past a boundary); local only, no SOP request
MAX_SLEEP = timedelta(minutes=5)


def utc_now() -> datetime:
    return datetime.now(UTC)


def default_jitter(reason: Reason | None) -> float:
    """Seconds added to a boundary before calling the SOP: a few for the user's own timer,
    up to half a minute for shared boundaries (09:00 for everyone, a meeting's start)."""
    return random.uniform(0, 3) if reason is Reason.TIMER else random.uniform(0, 30)


class StatusRules(Feature):
    name = "rules"
    #: a second look for a calendar address the keyring did not have yet
    KEYRING_RETRY_S = 5.0

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        zone: tzinfo | None = None,
        jitter: Callable[[Reason | None], float] = default_jitter,
        lock_watcher: Callable[[QObject], LockWatcher] = watcher_for_platform,
        secrets: Secrets | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.clock = clock
        self.zone = zone or local_zone()
        self._jitter = jitter
        self._lock_factory = lock_watcher
        self.lock: LockWatcher | None = None
        self._secrets = secrets
        self.calendar_error = ""  # the last reading problem, shown once until it changes
        self._reading: asyncio.Task[None] | None = None
        self._retried = False
        self.feed_timer = QTimer(self)
        self.feed_timer.setSingleShot(True)
        self.feed_timer.timeout.connect(self.read_calendars_soon)
        self._owner = f"{ctx.settings.server_url.rstrip('/')}|{ctx.settings.user}"
        self.store = RulesStore(ctx.cfg_dir / "status-rules.json")
        self.engine = RulesEngine()
        self.current: Decision | None = None
        self.locked_since: datetime | None = None
        self.calendar_claims: list[Claim] = []
        self._missed: Timer | None = None
        self.holidays: frozenset[date] = frozenset()
        self._applying: asyncio.Task[bool] | None = None
        self._running = False
        self.wake = QTimer(self)
        self.wake.setSingleShot(True)
        self.wake.timeout.connect(self.evaluate)

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> None:
        self.engine = RulesEngine(self.store.load(self._owner))
        # A timed status that ended while the app was not running: restored at the first step.
        self._missed = self.engine.expire(self.clock())
        self._running = True
        self.ctx.session.changed.connect(self._on_session_changed)
        if self.ctx.settings.rules_lock_status:
            self.lock = self._lock_factory(self)
            self.lock.locked_changed.connect(self.set_locked)
            self.lock.start()
        self._on_session_changed()
        if self.ctx.settings.rules_calendar_status or self.ctx.settings.rules_holidays_file:
            self.read_calendars_soon()

    async def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self.wake.stop()
        self.feed_timer.stop()
        if self._reading is not None and not self._reading.done():
            self._reading.cancel()
        self.ctx.session.changed.disconnect(self._on_session_changed)
        if self.lock is not None:
            await self.lock.stop()
            self.lock = None
        self._save()

    def _save(self) -> None:
        self.store.save(self._owner, self.engine.state)

    # -- what the rules see ------------------------------------------------------------------------
    def hours(self) -> WorkingHours | None:
        s = self.ctx.settings
        start, end = parse_hhmm(s.rules_hours_start), parse_hhmm(s.rules_hours_end)
        if start is None or end is None:
            return None
        return WorkingHours(
            s.rules_hours_status, start, end, parse_days(s.rules_hours_days), self.holidays
        )

    def claims(self, now: datetime) -> list[Claim]:
        s = self.ctx.settings
        out: list[Claim] = []
        if s.rules_lock_status and self.locked_since is not None:
            out.append(Claim(Reason.LOCK, s.rules_lock_status, self.locked_since))
        if s.rules_calendar_status:
            out.extend(self.calendar_claims)
        hours = self.hours()
        if s.rules_hours_status and hours is not None:
            out.extend(hours.claims(now, self.zone))
        return out

    # -- calendars ---------------------------------------------------------------------------
    def read_calendars_soon(self) -> None:
        """Read the calendars in the background (now, then every 15 minutes)."""
        if self._running and (self._reading is None or self._reading.done()):
            self._reading = spawn(self.read_calendars())

    async def read_calendars(self) -> None:
        s = self.ctx.settings
        missing = False
        try:
            if s.rules_holidays_file:
                self.holidays = await self._read_days_off(s.rules_holidays_file)
            if s.rules_calendar_status:
                secrets = self._secrets
                if secrets is None:
                    from app.core.secrets import SecretStore

                    secrets = self._secrets = SecretStore()
                data = await read_calendar(s.rules_calendar_file, secrets, s.server_url)
                missing = data is None
                now = self.clock()
                self.calendar_claims = (
                    []
                    if data is None
                    else await asyncio.to_thread(
                        busy_claims, data, s.rules_calendar_status, now, self.zone
                    )
                )
            self.calendar_error = ""
        except (FeedError, CalendarError) as exc:
            # What was read last stays in force; the problem is said once, not every 15 min.
            message = QCoreApplication.translate(
                "Rules", "The calendar could not be read: {reason}"
            ).format(reason=str(exc))
            if message != self.calendar_error:
                self.calendar_error = message
                self.notify.emit(QCoreApplication.translate("Rules", "Automatic status"), message)
        finally:
            if self._running:
                jitter = timedelta(seconds=max(0.0, self._jitter(None)))
                wait = FEED_INTERVAL + jitter
                if s.rules_calendar_address_saved and missing and not self._retried:
                    # Saved in the keyring as the settings were saved: that write may still be
                    # under way in its worker thread. Look again shortly, once.
                    self._retried, wait = True, timedelta(seconds=self.KEYRING_RETRY_S)
                self.feed_timer.start(int(wait.total_seconds() * 1000))
        self.evaluate()

    async def _read_days_off(self, path: str) -> frozenset[date]:
        data = await read_file(path)
        today = self.clock().astimezone(self.zone).date()
        return await asyncio.to_thread(days_off, data, today)

    def set_locked(self, locked: bool) -> None:
        """The screen locked or unlocked (from the platform's watcher)."""
        if locked == (self.locked_since is not None):
            return
        self.locked_since = self.clock() if locked else None
        self.evaluate()

    def _on_session_changed(self) -> None:
        session = self.ctx.session
        cf = session.callflow
        if not self._running or cf is None or not cf.current_status:
            return
        if session.pending_status is not None or self._busy():
            return  # a change under way: its outcome is observed when it ends
        if self.engine.observe(cf.current_status, self.clock()):
            self._save()
        self.evaluate()

    def _busy(self) -> bool:
        return self._applying is not None and not self._applying.done()

    # -- deciding --------------------------------------------------------------------------------
    def evaluate(self) -> asyncio.Task[bool] | None:
        """Decide now; start the change the rules want (returned), and sleep until the next
        boundary."""
        if not self._running or self.ctx.session.callflow is None:
            return None
        now = self.clock()
        claims = self.claims(now)
        change = None if self._busy() else self.engine.step(now, claims)
        before = self.current
        self.current = self.engine.decide(now, claims)
        self._save()
        task = None
        if change is not None:
            task = self._applying = spawn(self._apply(change))
        elif not self._busy():
            self._missed = None  # nothing to restore: the user changed it meanwhile
        self._schedule(now, claims)
        if self.current != before:
            self.changed.emit()
        return task

    def _schedule(self, now: datetime, claims: list[Claim]) -> None:
        boundary = self.engine.next_boundary(now, claims)
        delay = MAX_SLEEP
        if boundary is not None and boundary - now < MAX_SLEEP:
            timer = self.engine.state.timer
            reason = Reason.TIMER if timer is not None and timer.until == boundary else None
            delay = boundary - now + timedelta(seconds=max(0.0, self._jitter(reason)))
        self.wake.start(max(0, int(delay.total_seconds() * 1000)))

    async def _apply(self, change: Decision) -> bool:
        session = self.ctx.session
        self.engine.applied(change.status)
        ok = True
        try:
            await session.set_status(change.status)
        except (SopError, UnknownStatus) as exc:
            ok = False
            # The shell shows the session's failures (one notification, in its error list).
            session.record_error(describe(exc) if isinstance(exc, SopError) else str(exc))
        finally:
            cf = session.callflow
            if cf is not None and cf.current_status:
                if ok and cf.current_status != change.status:
                    # Taken, yet the SOP already shows another: the user changed it meanwhile.
                    self.engine.observe(cf.current_status, self.clock())
                else:
                    self.engine.applied(cf.current_status)  # the SOP's truth, not the user's
            self._save()
        if ok and change.reason is not Reason.TIMER:  # a timer's start is the user's own act
            self.notify.emit(
                QCoreApplication.translate("Rules", "Automatic status"), self._change_text(change)
            )
        self._missed = None
        self.changed.emit()
        return ok

    # -- what the user asks ----------------------------------------------------------------------
    async def set_timed(self, name: str, until: datetime, revert_to: str | None = None) -> bool:
        """``name`` until ``until``, then ``revert_to`` (or the status wanted before).
        Raises UnknownStatus or BadDeadline; returns whether the SOP took the status."""
        session = self.ctx.session
        status = session.resolve_status(name)
        back = session.resolve_status(revert_to) if revert_to else None
        if until <= self.clock():
            raise BadDeadline(QCoreApplication.translate("Rules", "That time is already past."))
        if self._applying is not None and not self._applying.done():
            await self._applying
        self.engine.set_timer(status, until, self.clock(), back)
        task = self.evaluate()
        return await task if task is not None else True

    def tomorrow_morning(self) -> datetime:
        """The start of the next working period (the working hours' start on the next working
        day, even when the working-hours rule is off)."""
        now = self.clock()
        hours = self.hours()
        start = hours.next_start(now, self.zone) if hours is not None else None
        if start is not None and start - now > timedelta(hours=1):
            return start
        day = now.astimezone(self.zone).date() + timedelta(days=1)
        return at(day, parse_hhmm(self.ctx.settings.rules_hours_start) or time(8, 30), self.zone)

    async def set_timed_from_menu(self, name: str, until: datetime) -> None:
        """The menu's timed status: errors become a notification (the session's own failures
        are shown by the shell)."""
        try:
            await self.set_timed(name, until)
        except (UnknownStatus, BadDeadline) as exc:
            self.notify.emit(QCoreApplication.translate("Rules", "Automatic status"), str(exc))

    def end_timer(self) -> asyncio.Task[bool] | None:
        """Back now to the status the timer would restore."""
        self.engine.cancel_timer(self.clock())
        return self.evaluate()

    def commands(self) -> dict[str, CommandFn]:
        return {"set-status-timed": self._cmd_set_timed}

    async def _cmd_set_timed(self, request: dict[str, Any]) -> dict[str, Any]:
        name = request.get("name")
        for_text, until_text = request.get("for"), request.get("until")
        if not isinstance(name, str) or not name.strip():
            return reply(EXIT_INVALID, QCoreApplication.translate("Rules", "Give a status name."))
        try:
            until = deadline_from(
                str(for_text) if for_text is not None else None,
                str(until_text) if until_text is not None else None,
                self.clock(),
                self.zone,
            )
            then = request.get("then")
            ok = await self.set_timed(name, until, str(then) if then else None)
        except (BadDeadline, UnknownStatus) as exc:
            return reply(EXIT_INVALID, str(exc))
        if not ok:
            errors = self.ctx.session.errors
            return reply(
                EXIT_FAILED,
                errors[-1]
                if errors
                else QCoreApplication.translate("Rules", "The status was not set."),
            )
        return reply(EXIT_OK, self.label() or "")

    # -- what the user reads -----------------------------------------------------------------------
    def when(self, instant: datetime) -> str:
        """``14:00`` today, ``Mon 08:30`` another day (local time)."""
        local = instant.astimezone(self.zone)
        if local.date() == self.clock().astimezone(self.zone).date():
            return clock_text(local)  # the UI locale's clock, as everywhere else
        return QCoreApplication.translate("Rules", "{day} {time}").format(
            day=QCoreApplication.translate("Rules", str(WEEKDAYS[local.weekday()])),
            time=clock_text(local),
        )

    def _name(self, status: str | None) -> str:
        cf = self.ctx.session.callflow
        if status is None:
            return ""
        return cf.translated(status) if cf is not None else status

    def label(self) -> str:
        """``Busy until 14:00`` while the status has a known end; empty otherwise."""
        d = self.current
        if d is None or d.until is None or d.reason is Reason.MANUAL:
            return ""
        return QCoreApplication.translate("Rules", "{status} until {time}").format(
            status=self._name(d.status), time=self.when(d.until)
        )

    def _change_text(self, change: Decision) -> str:
        status = self._name(change.status)
        if change.reason is Reason.MANUAL and self._missed is not None:
            return QCoreApplication.translate(
                "Rules", "{status} ended at {time} while the app was not running: back to {back}."
            ).format(
                status=self._name(self._missed.status),
                time=self.when(self._missed.until),
                back=status,
            )
        texts = {
            Reason.MANUAL: QCoreApplication.translate("Rules", "Back to {status}."),
            Reason.TIMER: QCoreApplication.translate("Rules", "{status} as you asked."),
            Reason.LOCK: QCoreApplication.translate("Rules", "{status}: your screen is locked."),
            Reason.CALENDAR: QCoreApplication.translate(
                "Rules", "{status}: a calendar event started."
            ),
            Reason.HOURS: QCoreApplication.translate(
                "Rules", "{status}: outside your working hours."
            ),
        }
        return texts[change.reason].format(status=status)

    def explain(self) -> str:
        """Why the status is what it is (the "Why this status?" answer)."""
        d = self.current
        if d is None:
            return QCoreApplication.translate("Rules", "The status is not known yet.")
        status, back = self._name(d.status), self._name(d.revert_to)
        until = self.when(d.until) if d.until else ""
        if d.reason is Reason.TIMER:
            text = QCoreApplication.translate(
                "Rules", "{status} until {time}, as you asked; then {back}."
            )
        elif d.reason is Reason.LOCK:
            text = QCoreApplication.translate(
                "Rules", "{status} because your screen is locked; {back} again when you unlock it."
            )
        elif d.reason is Reason.CALENDAR:
            text = QCoreApplication.translate(
                "Rules", "{status} during a calendar event, until {time}; then {back}."
            )
        elif d.reason is Reason.HOURS:
            text = QCoreApplication.translate(
                "Rules", "{status} outside your working hours, until {time}; then {back}."
            )
        elif self.engine.state.override_at is not None and self.claims(self.clock()):
            text = QCoreApplication.translate(
                "Rules",
                "{status}: you chose it. The automatic rules leave it until their next change.",
            )
        else:
            text = QCoreApplication.translate(
                "Rules", "{status}: you chose it. No automatic rule applies now."
            )
        return text.format(status=status, time=until, back=back)

    def snapshot(self) -> dict[str, Any]:
        status = self.ctx.session.snapshot().get("status")
        if not isinstance(status, dict):
            return {}
        d = self.current
        shown = status.get("current")
        if d is None or d.status != shown:
            status.update(until=None, revert_to=None, reason=Reason.MANUAL.value)
        else:
            status.update(
                until=d.until.astimezone(self.zone).isoformat() if d.until else None,
                revert_to=d.revert_to if d.reason is not Reason.MANUAL else None,
                reason=d.reason.value,
            )
        return {"status": status}
