"""Working hours as claims: outside the hours and days the user works (and on days off from a
holiday calendar) the rule claims a status, from the end of one working period to the start of
the next. Pure: wall-clock times are turned into instants in the user's time zone, so a DST
change moves the instants, never the hours the user set.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.features.rules.engine import Claim, Reason

#: how far around now the periods are computed (a long holiday still has both of its ends)
WINDOW_DAYS = 40


def parse_hhmm(text: str) -> time | None:
    """``"08:30"`` as a time; None when empty or not a time of day."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def parse_days(text: str) -> frozenset[int]:
    """``"12345"`` (ISO weekdays, Monday = 1) as Python weekdays (Monday = 0)."""
    return frozenset(int(c) - 1 for c in text if c in "1234567")


def at(day: date, when: time, tz: tzinfo) -> datetime:
    """The instant of ``when`` on ``day`` in ``tz``, in UTC."""
    # zoneinfo reads a wall time the spring change skips with the offset before the change,
    # which lands it just after the change (02:30 becomes 03:30 summer time).
    return datetime.combine(day, when, tzinfo=tz).astimezone(UTC)


@dataclass(frozen=True)
class WorkingHours:
    status: str
    start: time
    end: time
    days: frozenset[int] = frozenset(range(5))
    holidays: frozenset[date] = field(default_factory=frozenset)

    def works_on(self, day: date) -> bool:
        return day.weekday() in self.days and day not in self.holidays

    def periods(self, now: datetime, tz: tzinfo) -> list[tuple[datetime, datetime]]:
        """Working periods (start, end) around ``now``, in order."""
        today = now.astimezone(tz).date()
        out = []
        for offset in range(-WINDOW_DAYS, WINDOW_DAYS + 1):
            day = today + timedelta(days=offset)
            if self.works_on(day) and self.start < self.end:
                out.append((at(day, self.start, tz), at(day, self.end, tz)))
        return out

    def claims(self, now: datetime, tz: tzinfo) -> list[Claim]:
        """The off periods around ``now``: from each period's end to the next one's start."""
        periods = self.periods(now, tz)
        return [
            Claim(Reason.HOURS, self.status, end, nxt)
            for (_, end), (nxt, _) in itertools.pairwise(periods)
        ]

    def next_start(self, now: datetime, tz: tzinfo) -> datetime | None:
        """The start of the next working period after ``now`` ("until tomorrow morning")."""
        return next((s for s, _ in self.periods(now, tz) if s > now), None)
