"""Errors raised by the SOP client, each with a message a person can read.

``SopError.message`` is plain English; the UI translates the fixed part through its own catalogue
and shows the SOP's own text (``detail``) as plain text.
"""

from __future__ import annotations

from typing import TypeVar

E = TypeVar("E", bound=BaseException)


class SopError(Exception):
    """Base of every error the client raises."""

    def __init__(self, message: str, *, call: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.call = call
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class SopUnreachable(SopError):
    """The server could not be reached (DNS, refused connection, TLS failure)."""


class SopTimeout(SopError):
    """The server did not answer in time."""


class SopAuthError(SopError):
    """HTTP 401/403: the API is behind basic auth or an allow-list that refused us."""


class SopHttpError(SopError):
    """Any other non-2xx HTTP status."""

    def __init__(self, message: str, *, status_code: int, call: str = "", detail: str = "") -> None:
        super().__init__(message, call=call, detail=detail)
        self.status_code = status_code


class SopProtocolError(SopError):
    """The answer was not what the reference describes: garbage, an HTML page, oversized, ..."""


class SopResultError(SopError):
    """The SOP answered, with a result code that means failure.

    ``code`` is the raw code (an int for numeric codes); ``message`` decodes it.
    """

    def __init__(self, message: str, *, code: int | str, call: str = "", detail: str = "") -> None:
        super().__init__(message, call=call, detail=detail)
        self.code = code


class SetProfileError(SopResultError):
    """dbSetProfile refused: 1 illegal extension, 2 profile class, 3 unknown profile, 5 SMP sync."""


class SetProfileParametersError(SopResultError):
    """dbSetProfileParameters refused (codes 1, 2, 3, 5)."""


class CallControlError(SopResultError):
    """A cc* call answered Result 1."""


class PumError(SopResultError):
    """pumLogin / pumLogout answered Result 1; ``detail`` holds the SOP's Error text."""


class AuthenticateError(SopResultError):
    """dbAuthenticate answered <Error>Bad command ...</Error>."""


def without_frames(exc: E) -> E:
    """``exc`` and the errors chained to it, without their tracebacks.

    A feature keeps its last error; the frames a traceback keeps alive hold the answer that
    failed (up to 32 MB for a history) and its decoded form. The message and the chain of
    causes stay.
    """
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        error.__traceback__ = None
        error = error.__cause__ or error.__context__
    return exc
