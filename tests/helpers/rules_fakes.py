"""Fakes for the automatic-status tests: a wall clock moved by hand, and a StatusRules on a
scripted client whose files live in the test's config folder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.rules.model import StatusRules
from app.platform.screen_lock.base import LockWatcher
from tests.helpers.stubs import FakeClient

BXL = ZoneInfo("Europe/Brussels")


class FakeLockWatcher(LockWatcher):
    """The platform's lock notices, sent by the test (``lock()`` / ``unlock()``)."""

    def __init__(self) -> None:
        super().__init__()
        self.started = self.stopped = False

    def start(self) -> None:
        self.started = True

    async def stop(self) -> None:
        self.stopped = True

    def lock(self) -> None:
        self._report(True)

    def unlock(self) -> None:
        self._report(False)


class WallClock:
    """Now, as the tests say it is (aware, UTC)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 6, 10, 9, 0, tzinfo=BXL).astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_rules(
    cfg_dir: Path,
    client: FakeClient,
    clock: WallClock,
    *,
    settings: Settings | None = None,
    session: Session | None = None,
    lock: LockWatcher | None = None,
    secrets: Any = None,
) -> StatusRules:
    settings = settings or Settings(server_url="http://sop.test", user="201")
    session = session or Session(client, settings.user, "en")
    ctx = FeatureContext(
        settings=settings, session=session, client=client, cfg_dir=cfg_dir, lang="en"
    )
    watcher = lock or LockWatcher()
    return StatusRules(
        ctx,
        clock=clock,
        zone=BXL,
        jitter=lambda _reason: 0.0,
        lock_watcher=lambda _p: watcher,
        secrets=secrets,
    )
