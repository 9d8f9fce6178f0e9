"""The optional HTTP basic-auth password, kept only in the OS keyring.

keyring is imported lazily: its backend detection costs 60-100 ms (TECH-NOTES), which must not
sit on the start-up path. Without a usable keyring the password simply cannot be saved, and the
caller is told so; it never falls back to a file.
"""

from __future__ import annotations

import contextlib
import logging

SERVICE = "sop-companion"
log = logging.getLogger(__name__)


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
