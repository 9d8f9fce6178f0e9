"""Whether a failed request may still have been carried out by the SOP.

A state-changing call is never sent twice, but the app must know whether the SOP may have acted
on it: the SOP's 90-second PUM rule counts every pumLogin/pumLogout that reached it, whatever
became of the answer. A connection that was never opened, or an HTTP 401/403/404 (the SOP did
nothing), did not reach it; a read timeout, a connection reset after sending, a 5xx, a garbled
answer or a refusal (Result 1) may have or did.
"""

from __future__ import annotations

import httpx

from app.sop.errors import SopAuthError, SopError, SopHttpError

# Failures that happen before a request leaves this machine.
_NEVER_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


def may_have_reached(exc: SopError) -> bool:
    """False only when ``exc`` proves the SOP did not act on the request."""
    if isinstance(exc, SopAuthError):
        return False
    if isinstance(exc, SopHttpError):
        return exc.status_code >= 500
    cause = exc.__cause__
    return not isinstance(cause, _NEVER_SENT)
