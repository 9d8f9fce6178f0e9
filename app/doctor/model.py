"""What a doctor run is given and what each check found."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from app.sop.wire_log import WireLog


class Verdict(enum.StrEnum):
    PASS = "pass"
    WARN = "warn"  # works, with something the administrator should know
    FAIL = "fail"
    SKIP = "skip"  # not applicable, or an earlier check failed

    @property
    def ok(self) -> bool:
        return self is not Verdict.FAIL


@dataclass(slots=True)
class CheckResult:
    """One line of the doctor's output."""

    name: str  # short stable id: "dns", "events", "dbGetCallflow"...
    title: str  # what was checked, for people
    verdict: Verdict
    detail: str  # what was found
    hint: str = ""  # what to do (failures and warnings)
    data: dict[str, Any] = field(default_factory=dict)
    elapsed_ms: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "verdict": str(self.verdict),
            "detail": self.detail,
            "hint": self.hint,
            "elapsed_ms": round(self.elapsed_ms, 1),
            "data": self.data,
        }


@dataclass(slots=True)
class DoctorConfig:
    """Where and as whom to check. ``auth`` is HTTP basic auth (never written anywhere)."""

    server_url: str
    user: str = ""
    events_port: int = 5050
    auth: tuple[str, str] | None = None
    verify: bool | str = True
    fmt: str = "json"
    desk_phone: str = ""
    timeout_s: float = 5.0
    pings: int = 5
    pong_timeout_s: float = 1.0
    wire_log: WireLog | None = None
    #: seconds of clock difference that are still fine / that make the check fail
    clock_warn_s: float = 60.0
    clock_fail_s: float = 300.0


def all_passed(results: list[CheckResult]) -> bool:
    return bool(results) and all(r.verdict.ok for r in results)
