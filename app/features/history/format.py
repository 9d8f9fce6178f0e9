"""How call times and durations read in the tray and the history window (translated)."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from app.core.time_format import clock_text, date_text, full_text


class HistoryFormat(QObject):
    """The plural texts of this module, in its translation context.

    pyside6-lupdate (6.11) marks a text as plural only in a ``tr()`` call when the count is not
    a literal number, so plurals with a computed count go through a QObject of this name.
    """

    def minutes_ago(self, n: int) -> str:
        return self.tr("%n min ago", "", n)

    def hours_ago(self, n: int) -> str:
        return self.tr("%n h ago", "", n)


@cache
def _plurals() -> HistoryFormat:
    return HistoryFormat()


def exact_time(when: datetime | None) -> str:
    """The full local date and time in the UI locale (tooltips)."""
    if when is None:
        return QCoreApplication.translate("HistoryFormat", "Unknown time")
    return full_text(when)


def _clock(when: datetime) -> str:
    return clock_text(when)


def relative_time(when: datetime | None, now: datetime) -> str:
    """ "just now", "5 min ago", "2 h ago" today; "yesterday 14:02"; "Mon 14:02"; a date."""
    if when is None:
        return "?"
    seconds = (now - when).total_seconds()
    if -300 < seconds < 60:  # a few minutes ahead: the SOP's clock, not the future
        return QCoreApplication.translate("HistoryFormat", "just now")
    if 0 < seconds < 3600:
        return _plurals().minutes_ago(int(seconds // 60))
    days = (now.date() - when.date()).days
    if days == 0 and seconds > 0:
        return _plurals().hours_ago(int(seconds // 3600))
    if days == 1:
        return QCoreApplication.translate("HistoryFormat", "yesterday {time}").format(
            time=_clock(when)
        )
    if 1 < days < 7:
        day = QLocale().dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{day} {_clock(when)}"
    return date_text(when.date(), now.date())  # "Nov 24", "24 nov. 2025": never "11/24/26"


def short_time(when: datetime | None, now: datetime) -> str:
    """For menu items: the time today, else "yesterday 14:02" / "Mon 14:02" / a date."""
    if when is None:
        return "?"
    if when.date() == now.date():
        return _clock(when)
    return relative_time(when, now)


def time_samples() -> list[str]:
    """The widest texts the Time column can show in the UI locale and language (for sizing it):
    every shape of :func:`relative_time`, with wide hours and every day name."""
    now = datetime(2026, 12, 28, 23, 59)
    whens = [now, now.replace(minute=1), now.replace(hour=0, minute=58)]
    for days in range(1, 7):
        day = now.replace(day=28 - days)
        whens += [day.replace(hour=h, minute=58) for h in (10, 12, 22)]
    whens += [datetime(2026, 12, 20, 22, 58), datetime(2026, 10, 10, 22, 58)]
    return [relative_time(when, now) for when in whens]


def duration(seconds: int) -> str:
    """``0:42``, ``12:05``, ``1:02:03``; "" for 0 (a call nobody answered)."""
    if seconds <= 0:
        return ""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
