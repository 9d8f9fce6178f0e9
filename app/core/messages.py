"""Turns SOP errors into sentences for the user, in the UI language.

The client's English ``message`` is the fallback; the well-known cases get a translatable
sentence here so the tray speaks the user's language. SOP-provided text (``detail``) is appended
verbatim and is always shown as plain text by the UI.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.sop import errors as e
from app.sop.results import SET_PROFILE_CODES

# Reasons worded for users where the reference's own words are jargon ("SMP").
SET_PROFILE_USER_REASONS = {
    5: str(
        QT_TRANSLATE_NOOP(
            "Messages",
            "the phone system could not apply it just now (synchronisation failed); "
            "try again in a moment",
        )
    ),
}

# What failed, for the call-control requests the app sends (Result 1).
_CALL_CONTROL_FAILED = (
    ("ccOriginate", QT_TRANSLATE_NOOP("Messages", "The phone system could not place the call.")),
    ("ccHangup", QT_TRANSLATE_NOOP("Messages", "The phone system could not hang up the call.")),
    ("ccRedirect", QT_TRANSLATE_NOOP("Messages", "The phone system could not redirect the call.")),
    ("ccPark", QT_TRANSLATE_NOOP("Messages", "The phone system could not park the call.")),
    (
        "ccJoinPark",
        QT_TRANSLATE_NOOP("Messages", "The phone system could not connect you to the parked call."),
    ),
)
CALL_CONTROL_FAILED = {call: str(sentence) for call, sentence in _CALL_CONTROL_FAILED}


def describe(error: BaseException) -> str:
    """One sentence for the user; never a traceback."""
    if isinstance(error, e.SopUnreachable):
        text = QCoreApplication.translate(
            "Messages", "The phone system cannot be reached. Check the server address and network."
        )
    elif isinstance(error, e.SopTimeout):
        text = QCoreApplication.translate("Messages", "The phone system did not answer in time.")
    elif isinstance(error, e.SopAuthError):
        text = QCoreApplication.translate(
            "Messages", "The phone system refused the credentials (HTTP login)."
        )
    elif isinstance(error, e.SopProtocolError):
        text = QCoreApplication.translate(
            "Messages", "The phone system sent an answer that could not be understood."
        )
    elif isinstance(error, e.SetProfileError):
        code = error.code if isinstance(error.code, int) else -1
        reason = SET_PROFILE_USER_REASONS.get(code) or SET_PROFILE_CODES.get(code)
        if reason is not None:
            text = QCoreApplication.translate(
                "Messages", "The status was not changed: {reason} (code {code})."
            ).format(reason=QCoreApplication.translate("Messages", reason), code=error.code)
        else:
            text = QCoreApplication.translate(
                "Messages", "The status was not changed (code {code})."
            ).format(code=error.code)
    elif isinstance(error, e.CallControlError):
        sentence = CALL_CONTROL_FAILED.get(error.call)
        if sentence is not None:
            text = QCoreApplication.translate("Messages", sentence)
        else:
            text = QCoreApplication.translate(
                "Messages", "The phone system refused the request (code {code})."
            ).format(code=error.code)
    elif isinstance(error, e.SopHttpError):
        status = error.status_code
        if status >= 500:
            source = QT_TRANSLATE_NOOP(
                "Messages", "The phone system had an internal error (HTTP {status})."
            )
        elif 300 <= status < 400:
            source = QT_TRANSLATE_NOOP(
                "Messages",
                "The phone system's address has moved (HTTP {status}): "
                "update the server address in the settings.",
            )
        elif status == 404:
            source = QT_TRANSLATE_NOOP(
                "Messages",
                "The phone system does not offer this request (HTTP 404): "
                "check the server address.",
            )
        else:
            source = QT_TRANSLATE_NOOP(
                "Messages", "The phone system refused the request (HTTP {status})."
            )
        text = QCoreApplication.translate("Messages", str(source)).format(status=status)
    elif isinstance(error, e.SopError):
        text = error.message
    else:
        text = QCoreApplication.translate("Messages", "Unexpected error: {error}").format(
            error=type(error).__name__
        )
    detail = getattr(error, "detail", "")
    if detail and detail not in text:
        text = f"{text} ({detail})"
    return text
