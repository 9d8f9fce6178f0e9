"""Times and dates as the user reads them, in the UI locale (``QLocale()``, which the app sets
to the UI language): one clock format for the menu, the notifications and the history, and dates
as people write them ("Nov 24, 2026", "24 nov. 2026", "24. Nov. 2026"), not "11/24/26".

Python's ``strftime`` knows nothing of the UI language (and "%H:%M" is not how an English
locale shows the time), so nothing the user reads is formatted with it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

_WEEKDAY = re.compile(r"d{4}[,.]?\s*")
_YEAR = re.compile(r"[\s,]*y+[\s,.]*")


def _qtime(when: datetime | time) -> QTime:
    return QTime(when.hour, when.minute, when.second)


def clock_text(when: datetime | time, *, seconds: bool = False) -> str:
    """The time of day, the locale's short way: "21:43", "9:43 PM" (wall time, no zone);
    with ``seconds``: "21:43:12", "9:43:12 PM"."""
    locale = QLocale()
    if not seconds:
        return locale.toString(_qtime(when), QLocale.FormatType.ShortFormat)
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if ":ss" not in fmt:
        fmt = fmt.replace("mm", "mm:ss", 1)
    return locale.toString(_qtime(when), fmt)


def full_text(when: datetime) -> str:
    """Day, date and time to the second, for a tooltip: "Tuesday, November 24, 2026 9:43:12 PM",
    "mardi 24 novembre 2026 21:43:12" (no time-zone name: the times are the SOP's wall time)."""
    day = QLocale().toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)
    return f"{day} {clock_text(when, seconds=True)}"


def _date_format(with_year: bool) -> str:
    """The locale's long date without the weekday, month names abbreviated."""
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    fmt = _WEEKDAY.sub("", fmt).replace("MMMM", "MMM").strip(" ,")
    if not with_year:
        fmt = _YEAR.sub(" ", fmt).strip(" ,")
    return fmt


def date_text(day: date, today: date | None = None) -> str:
    """A date as people write it; without the year when it is ``today``'s year."""
    with_year = today is None or day.year != today.year
    return QLocale().toString(QDate(day.year, day.month, day.day), _date_format(with_year))
