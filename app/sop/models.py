"""Typed results of the SOP API calls.

Every dataclass is frozen and built by ``app.sop.client`` from either the JSON or the XML shape of
an answer (reference: escaux-fusion-sop-api.txt). Fields that only one of the two formats carries
default to an empty value so callers never depend on one format.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """One row of dbGetDirectoryInfo."""

    ext: str
    login: str = ""
    fn: str = ""
    ln: str = ""
    dp: str = ""  # primary phone, e.g. SDPA0001
    sp: str = ""  # secondary phone, e.g. SDX60001
    mobile: str = ""
    home: str = ""
    fax: str = ""
    email: str = ""
    company: str = ""
    office: str = ""
    site: str = ""
    grp: str = ""
    profile: str = ""
    status: str = ""

    @property
    def name(self) -> str:
        """Display name: "First Last", falling back to the login, then the extension."""
        full = f"{self.fn} {self.ln}".strip()
        return full or self.login or self.ext

    @property
    def primary_phone(self) -> str:
        """The device that rings first for this user: dp, else sp (reference: ccOriginate)."""
        return self.dp or self.sp


@dataclass(frozen=True, slots=True)
class StatusOption:
    """A callflow status: the untranslated ``name`` dbSetProfile takes, and its translation."""

    name: str
    translated: str
    permission: int | None = None


@dataclass(frozen=True, slots=True)
class Callflow:
    """dbGetCallflow: the current profile and status, and every status the profile offers."""

    current_profile: str
    current_status: str
    statuses: tuple[StatusOption, ...] = ()

    def translated(self, name: str) -> str:
        """The translation of status ``name``, or ``name`` itself when the SOP gave none."""
        for option in self.statuses:
            if option.name == name:
                return option.translated or name
        return name


@dataclass(frozen=True, slots=True)
class ProfileParameter:
    name: str
    friendly_name: str = ""
    descr: str = ""
    value: str = ""
    type: str = ""
    owner_type: str = ""


@dataclass(frozen=True, slots=True)
class CallRecord:
    """One CDR of dbGetCallHistory. ``disposition`` is the raw code, kept as text ("101")."""

    uniqueid: str
    timestamp: datetime | None
    caller_name: str = ""
    caller_number: str = ""
    called_number: str = ""
    disposition: str = ""
    last_action: str = ""
    last_application: str = ""
    context: str = ""
    origchannel: str = ""
    dstchannel: str = ""
    duration: int = 0
    billsec: int = 0


@dataclass(frozen=True, slots=True)
class ParkedChannel:
    channel_id: str
    caller_id: str = ""
    park_slot: str = ""
    variables: str = ""


@dataclass(frozen=True, slots=True)
class Queue:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class QueueMember:
    name: str
    ext: str
    phone: str
    queue: str
    status: int
    membership: str = ""
    paused: bool = False


@dataclass(frozen=True, slots=True)
class QueueStatus:
    name: str
    calls: int


@dataclass(frozen=True, slots=True)
class QueuePauseResult:
    paused: bool
    queue: str


class AuthResult(enum.Enum):
    """dbAuthenticate's Result."""

    OK = "OK"
    NOK = "NOK"
    UNDEFINED = "UNDEFINED"


@dataclass(frozen=True, slots=True)
class Registration:
    id: str
    ip_address: str
    ip_port: int
    registered: bool


@dataclass(frozen=True, slots=True)
class Channel:
    """One entry of ccGetChannels."""

    id: str
    caller_id: str = ""
    seconds: int | None = None
    state: str = ""
    link: str = ""
    vars: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PumResult:
    """A successful pumLogin / pumLogout (Result 0)."""

    extension: str
    phone: str = ""
    status: str = ""
    status_text: str = ""
    virtual: str = ""
