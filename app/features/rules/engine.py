"""The rules that decide which status the user wants now: pure logic, no I/O, no Qt.

Theory of operation. The user has a *base* status: the last one they chose themselves (in the
menu, on the phone, on the web portal). Rules may *claim* another status for a while, each claim
with a reason, a start (``since``) and an end (``until``, None while it lasts, as a screen lock
does). The wanted status is, in this order of precedence:

1. a timed status the user set ("Busy for 1 hour"), until its deadline;
2. the screen lock's status, while the screen is locked;
3. the calendar's status, during an event shown as busy;
4. the working hours' status, outside the working hours or on a day off;
5. otherwise the base status.

A manual change (seen as a status the app did not set) becomes the new base and *overrides*
every claim that began before it: such a claim is ignored until it ends, and only a claim that
begins later (the rule's next boundary) may change the status again. So the app never fights
the user: it changes the status only at a boundary, once per boundary (a decision is acted on
once, even when the change fails), and never straight back over what the user just chose.

All times are aware datetimes; the engine compares instants, so a DST change only moves the
wall-clock boundaries the rules compute (see ``hours.py``), never the engine's arithmetic.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class Reason(StrEnum):
    MANUAL = "manual"
    TIMER = "timer"
    LOCK = "lock"
    CALENDAR = "calendar"
    HOURS = "hours"


#: claims of rules, highest precedence first (the timer is the engine's own state)
PRECEDENCE = (Reason.LOCK, Reason.CALENDAR, Reason.HOURS)


@dataclass(frozen=True)
class Claim:
    """A rule wants ``status`` from ``since`` until ``until`` (None: until further notice)."""

    reason: Reason
    status: str
    since: datetime
    until: datetime | None = None

    def active(self, now: datetime) -> bool:
        return self.since <= now and (self.until is None or now < self.until)


@dataclass(frozen=True)
class Timer:
    """A timed status: ``status`` from ``since`` until ``until``, then ``revert_to``."""

    status: str
    since: datetime
    until: datetime
    revert_to: str


@dataclass(frozen=True)
class Decision:
    """The wanted status now, why, until when, and what comes back afterwards."""

    status: str
    reason: Reason
    until: datetime | None = None
    revert_to: str | None = None
    #: the boundary this decision comes from (a claim's or the timer's start)
    since: datetime | None = None

    @property
    def key(self) -> tuple[str, Reason, datetime | None]:
        return (self.status, self.reason, self.since)


@dataclass(frozen=True)
class RulesState:
    """What the engine remembers across restarts (persisted by the feature)."""

    base: str | None = None
    override_at: datetime | None = None
    timer: Timer | None = None
    #: the status last seen on the SOP or set by the app
    shown: str | None = None
    #: the decision last acted on (so one boundary gives at most one change)
    acted: tuple[str, Reason, datetime | None] | None = None

    def to_json(self) -> dict[str, Any]:
        timer = None
        if self.timer is not None:
            t = self.timer
            timer = {
                "status": t.status,
                "since": t.since.isoformat(),
                "until": t.until.isoformat(),
                "revert_to": t.revert_to,
            }
        acted = None
        if self.acted is not None:
            status, reason, since = self.acted
            acted = [status, str(reason), since.isoformat() if since else None]
        return {
            "base": self.base,
            "override_at": self.override_at.isoformat() if self.override_at else None,
            "timer": timer,
            "shown": self.shown,
            "acted": acted,
        }

    @classmethod
    def from_json(cls, data: Any) -> RulesState:
        """The state saved by :meth:`to_json`; raises ValueError on anything else."""
        if not isinstance(data, dict):
            raise ValueError("not an object")
        try:
            timer = None
            if data.get("timer"):
                t = data["timer"]
                timer = Timer(
                    str(t["status"]),
                    _aware(t["since"]),
                    _aware(t["until"]),
                    str(t["revert_to"]),
                )
            acted = None
            if data.get("acted"):
                status, reason, since = data["acted"]
                acted = (str(status), Reason(reason), _aware(since) if since else None)
            override = data.get("override_at")
            return cls(
                base=_opt_str(data.get("base")),
                override_at=_aware(override) if override else None,
                timer=timer,
                shown=_opt_str(data.get("shown")),
                acted=acted,
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(str(exc)) from exc


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _aware(text: Any) -> datetime:
    value = datetime.fromisoformat(str(text))
    if value.tzinfo is None:
        raise ValueError("a time without its offset")
    return value


class RulesEngine:
    """The status the user wants, from their choices and the rules' claims.

    The driver (the feature) tells it what the SOP shows (:meth:`observe`), what the user asks
    (:meth:`set_timer`, :meth:`cancel_timer`) and, at each boundary, asks :meth:`step` whether
    to change the status; after a change it calls :meth:`applied`.
    """

    def __init__(self, state: RulesState | None = None) -> None:
        self.state = state or RulesState()

    # -- what happens -----------------------------------------------------------------------
    def observe(self, status: str, now: datetime) -> bool:
        """The SOP shows ``status``. A status the app did not set is a manual change: it
        becomes the base, cancels a timer and overrides the current claims. Returns whether
        it was a manual change."""
        s = self.state
        if s.shown is None:
            self.state = dataclasses.replace(s, shown=status, base=s.base or status)
            return False
        if status == s.shown:
            return False
        self.state = dataclasses.replace(s, base=status, override_at=now, timer=None, shown=status)
        return True

    def applied(self, status: str) -> None:
        """The app set ``status`` (or tried to: what the SOP then shows is observed)."""
        self.state = dataclasses.replace(self.state, shown=status)

    def set_timer(
        self, status: str, until: datetime, now: datetime, revert_to: str | None = None
    ) -> None:
        """The user asks for ``status`` until ``until``, then ``revert_to`` (by default the
        status wanted before). A manual act: it overrides the claims under way."""
        if until <= now:
            raise ValueError("deadline in the past")
        before = self.state.timer.revert_to if self.state.timer else self.state.base
        back = revert_to or before or self.state.shown or status
        self.state = dataclasses.replace(
            self.state, timer=Timer(status, now, until, back), override_at=now, base=back
        )

    def cancel_timer(self, now: datetime) -> None:
        """Back to the status the timer would restore, now (a manual act)."""
        if self.state.timer is not None:
            self.state = dataclasses.replace(
                self.state, timer=None, override_at=now, base=self.state.timer.revert_to
            )

    def expire(self, now: datetime) -> Timer | None:
        """End a timer whose deadline passed; returns it (None when none ended)."""
        t = self.state.timer
        if t is None or now < t.until:
            return None
        self.state = dataclasses.replace(self.state, timer=None, base=t.revert_to)
        return t

    # -- what is wanted ---------------------------------------------------------------------
    def decide(self, now: datetime, claims: Iterable[Claim] = ()) -> Decision | None:
        """The wanted status at ``now`` (None before the first status is known)."""
        self.expire(now)
        s = self.state
        if s.timer is not None:
            t = s.timer
            return Decision(t.status, Reason.TIMER, t.until, t.revert_to, t.since)
        if s.base is None:
            return None
        live = [
            c
            for c in claims
            if c.active(now) and (s.override_at is None or c.since > s.override_at)
        ]
        for reason in PRECEDENCE:
            mine = [c for c in live if c.reason == reason]
            if mine:
                first = max(mine, key=lambda c: c.since)
                ends = [c.until for c in mine if c.reason == reason]
                until = None if any(e is None for e in ends) else max(e for e in ends if e)
                same = [c for c in mine if c.status == first.status]
                since = min(c.since for c in same)
                return Decision(first.status, reason, until, s.base, since)
        return Decision(s.base, Reason.MANUAL)

    def step(self, now: datetime, claims: Sequence[Claim] = ()) -> Decision | None:
        """The change to make now, if any: a decision not acted on yet whose status differs
        from the one shown. Each decision is acted on once (a failed change is not retried)."""
        decision = self.decide(now, claims)
        if decision is None or decision.key == self.state.acted:
            return None
        self.state = dataclasses.replace(self.state, acted=decision.key)
        if decision.status == self.state.shown:
            return None
        return decision

    def next_boundary(self, now: datetime, claims: Iterable[Claim] = ()) -> datetime | None:
        """The next instant after ``now`` at which the decision may change."""
        times: list[datetime] = []
        if self.state.timer is not None:
            times.append(self.state.timer.until)
        for c in claims:
            times.extend(t for t in (c.since, c.until) if t is not None and t > now)
        return min(times, default=None)
