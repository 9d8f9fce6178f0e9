"""The optional HTTP basic-auth password, kept only in the OS keyring.

keyring is imported lazily: its backend detection costs 60-100 ms (it runs ``ldconfig`` and
``gcc``), which must not sit on the start-up path. Without a usable keyring the password simply
cannot be saved, and the caller is told so; it never falls back to a file.

Every keyring call of the app goes through :func:`off_thread`: a locked keyring may show an
unlock prompt and wait for the user, which must never freeze the tray (the Qt thread).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import TypeVar

SERVICE = "sop-companion"
log = logging.getLogger(__name__)
T = TypeVar("T")


async def off_thread(call: Callable[..., T], *args: str) -> T:
    """``call(*args)`` (a keyring operation) in a worker thread, awaited on the loop."""

    def run() -> T:
        # A closure, not functools.partial (which asyncio.to_thread uses): the loop's and the
        # executor's debug logs show a callback's repr, and a partial's shows the password.
        return call(*args)

    return await asyncio.get_running_loop().run_in_executor(None, run)


class SecretStoreError(Exception):
    """The OS keyring is missing or refused the operation."""


class SecretStore:
    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    @staticmethod
    def _account(server_url: str, username: str) -> str:
        return f"{username}@{server_url.rstrip('/')}"

    def get_password(self, server_url: str, username: str) -> str | None:
        if not username:
            return None
        try:
            import keyring

            return keyring.get_password(self.service, self._account(server_url, username))
        except Exception as exc:  # any backend failure: no password, with a log line (no secret)
            log.warning("keyring unavailable: %s", type(exc).__name__)
            return None

    def set_password(self, server_url: str, username: str, password: str) -> None:
        try:
            import keyring

            keyring.set_password(self.service, self._account(server_url, username), password)
        except Exception as exc:
            raise SecretStoreError(
                f"The password could not be saved: no usable system keyring ({type(exc).__name__})."
            ) from exc

    def delete_password(self, server_url: str, username: str) -> None:
        try:
            import keyring
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(self.service, self._account(server_url, username))
        except Exception as exc:
            raise SecretStoreError(
                f"The password could not be removed from the keyring ({type(exc).__name__})."
            ) from exc
