"""Calls the SOP's history shows as finished, shared between features.

The history feature learns of a call's CDR (which exists only once the call ended); the
incoming-call popups use it as positive evidence that a ringing call is over. Neither feature
knows the other: both reach the session's one object through ``ctx.services.call_endings``.

Signals:
    records_added(list): Call records (``app.features.history.call_log.Call``) stored for the
    first time.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Signal


class EndedCall(Protocol):
    """What a listener may read of a finished call (the history's ``Call`` has it all)."""

    origchannel: str
    dstchannel: str
    caller_number: str
    called_number: str

    @property
    def when(self) -> datetime | None: ...


class CallEndings(QObject):
    records_added = Signal(list)
