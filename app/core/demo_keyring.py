"""The keyring of a ``--demo`` run: in memory, gone at quit.

A PIN or password typed into the demo must not land in the user's real keyring. keyring loads
this class by name (``PYTHON_KEYRING_BACKEND``) at its first use, so the start-up path imports
nothing more.
"""

from __future__ import annotations

from typing import ClassVar

from keyring.backend import KeyringBackend

#: the value of ``PYTHON_KEYRING_BACKEND`` that selects this backend
BACKEND = f"{__name__}.DemoKeyring"


class DemoKeyring(KeyringBackend):
    priority = 1
    secrets: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)
