"""Calls the SOP's history shows as finished, shared between features.

The history feature learns of a call's CDR (which exists only once the call ended); the
incoming-call popups use it as positive evidence that a ringing call is over. Neither feature
knows the other: both reach this one object through ``ctx.extras``, as with the directory copy.

Signals:
    records_added(list): Call records (``app.core.call_log.Call``) stored for the first time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.feature import FeatureContext

SHARED_KEY = "call_endings"


class CallEndings(QObject):
    records_added = Signal(list)


def shared_endings(ctx: FeatureContext) -> CallEndings:
    """The session's one :class:`CallEndings`, built by the first feature that asks."""
    endings = ctx.extras.get(SHARED_KEY)
    if not isinstance(endings, CallEndings):
        endings = CallEndings()
        ctx.extras[SHARED_KEY] = endings
    return endings
