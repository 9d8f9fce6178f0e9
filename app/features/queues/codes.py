"""The SOP's queue codes in words: a member's Status 0-6 (ccGetQueueMembers) and the result of
ccQueuePauseAll 0-3, in the UI language (reference: "Status Meaning" tables of both calls)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation in ``context``; translated where it is shown."""
    return source


MEMBER_STATUS = {
    0: QT_TRANSLATE_NOOP("Queues", "unknown"),
    1: QT_TRANSLATE_NOOP("Queues", "not in use"),
    2: QT_TRANSLATE_NOOP("Queues", "in use"),
    3: QT_TRANSLATE_NOOP("Queues", "busy"),
    4: QT_TRANSLATE_NOOP("Queues", "invalid"),
    5: QT_TRANSLATE_NOOP("Queues", "unavailable"),
    6: QT_TRANSLATE_NOOP("Queues", "ringing"),
}

PAUSE_ALL_RESULT = {
    0: QT_TRANSLATE_NOOP("Queues", "pause failed"),
    1: QT_TRANSLATE_NOOP("Queues", "pause succeeded"),
    2: QT_TRANSLATE_NOOP("Queues", "unpause failed"),
    3: QT_TRANSLATE_NOOP("Queues", "unpause succeeded"),
}

#: member states in which the phone takes no queue call (with a pause: "away" for alerts)
AWAY_STATUSES = frozenset({4, 5})


def member_status_text(code: int | None) -> str:
    """``2`` -> "in use" (translated); an undocumented code is shown as its number."""
    if code is None:
        return ""
    source = MEMBER_STATUS.get(code)
    if source is None:
        return QCoreApplication.translate("Queues", "status {code}").format(code=code)
    return QCoreApplication.translate("Queues", source)


def pause_all_text(code: int | str) -> str:
    """``3`` -> "unpause succeeded" (translated); an undocumented code as "code 7"."""
    source = PAUSE_ALL_RESULT.get(code) if isinstance(code, int) else None
    if source is None:
        return QCoreApplication.translate("Queues", "code {code}").format(code=code)
    return QCoreApplication.translate("Queues", source)


def membership_text(membership: str) -> str:
    if membership == "static":
        return QCoreApplication.translate("Queues", "static")
    if membership == "dynamic":
        return QCoreApplication.translate("Queues", "dynamic")
    return membership
