"""Fakes for call-history tests: a CDR-serving SOP client, a movable wall clock, a dialler."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from app.core.commands import EXIT_OK, reply
from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.history.model import HistoryFeature
from app.features.history.store import HistoryStore
from app.sop.models import CallRecord
from tests.helpers.stubs import FakeClient

OWN = "201"
NOW = datetime(2026, 11, 20, 10, 0, 0)


class WallClock:
    """``datetime.now`` that the test moves by hand."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def cdr(
    uid: str,
    when: datetime | str,
    code: str = "101",
    *,
    name: str = "",
    number: str = "0475123456",
    billsec: int = 0,
) -> CallRecord:
    """A CDR of the user (ext 201): placed codes call ``number``, the others come from it."""
    stamp = datetime.fromisoformat(when) if isinstance(when, str) else when
    placed = code.startswith("0")
    return CallRecord(
        uniqueid=uid,
        timestamp=stamp,
        caller_name=name if not placed else "Alice Dupont",
        caller_number=OWN if placed else number,
        called_number=number if placed else OWN,
        disposition=code,
        duration=billsec + 5,
        billsec=billsec,
    )


class HistoryClient(FakeClient):
    """Serves ``records`` with dbGetCallHistory's semantics: at or after start_date, newest
    first, at most ``limit``. ``max_page`` refuses larger answers as too big (protocol error)."""

    def __init__(self, records: list[CallRecord] | None = None) -> None:
        super().__init__()
        self.records: list[CallRecord] = list(records or [])
        self.max_page: int | None = None
        self.oldest_first = False  # list and keep the oldest records (the other reading)
        self.history_calls: list[dict[str, Any]] = []

    async def get_call_history(
        self, ext: str, *, limit: int, start_date: datetime
    ) -> list[CallRecord]:
        params = {"ext": ext, "limit": limit, "start_date": start_date}
        self.history_calls.append(params)
        await self._enter("get_call_history", **params)
        if self.max_page is not None and limit > self.max_page:
            from app.sop.errors import SopProtocolError

            raise SopProtocolError("The SOP's answer is larger than allowed; refused.")
        found = [r for r in self.records if r.timestamp is not None and r.timestamp >= start_date]
        found.sort(key=lambda r: r.timestamp or datetime.min, reverse=not self.oldest_first)
        return found[:limit]


class FakeDialler:
    """Records what would be dialled (the real DialFeature is tested against the simulator)."""

    def __init__(self) -> None:
        self.dialled: list[tuple[str, str]] = []

    async def dial(self, text: str, *, name: str = "") -> dict[str, Any]:
        self.dialled.append((text, name))
        return reply(EXIT_OK, f"Calling {name or text}")


def make_history(
    cfg_dir: Path,
    client: Any,
    clock: WallClock,
    *,
    session: Session | None = None,
    server: str = "http://sop.test",
    **kwargs: Any,
) -> HistoryFeature:
    """A HistoryFeature whose store lives in ``cfg_dir`` and whose wall clock is ``clock``."""
    settings = Settings(server_url=server, user=OWN)
    session = session or Session(client, OWN, "en")
    ctx = FeatureContext(
        settings=settings, session=session, client=client, cfg_dir=cfg_dir, lang="en"
    )
    store = HistoryStore(cfg_dir / "call-history.sqlite3")
    return HistoryFeature(ctx, store=store, now=clock, **kwargs)
