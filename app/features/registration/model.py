"""Whether the user's desk phone is registered, the core part.

Click-to-dial rings the user's primary phone first (``ccOriginate``); a phone that is not
registered on the SOP rings nothing, and the user waits for a call that never comes. At start
and then every ``interval_s`` (jittered by a tenth) one dbGetRegistration tells whether the
phone is registered (reference: "Return registration information for devices"; the answer
lists every device of the SOP). When it is not, the tray tooltip says so and one notification
is shown, once per time the phone drops off. A phone the answer does not list, or a failed
request, changes nothing: no warning without evidence.

Signals (besides Feature's): none.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.core.feature import Feature, FeatureContext
from app.core.tasks import spawn
from app.sop.errors import SopError

log = logging.getLogger(__name__)

INTERVAL_S = 15 * 60.0


class RegistrationFeature(Feature):
    name = "registration"

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        interval_s: float = INTERVAL_S,
        rng: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(ctx, parent)
        self.interval_s = interval_s
        self._rng = rng
        self.registered: bool | None = None  # None: not known (not listed, or not asked yet)
        self.phone = ""
        self.checks = 0
        self._warned = False
        self._task: asyncio.Task[Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check_soon)
        ctx.session.changed.connect(self._on_session)

    def start(self) -> None:
        self._on_session()

    async def stop(self) -> None:
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def snapshot(self) -> dict[str, Any]:
        return {"registration": {"phone": self.phone or None, "registered": self.registered}}

    def _on_session(self) -> None:
        user = self.ctx.session.user
        phone = user.primary_phone if user is not None else ""
        if phone and phone != self.phone:
            self.phone, self.registered, self._warned = phone, None, False
            self._check_soon()

    def _check_soon(self) -> None:
        if self._task is None or self._task.done():
            self._task = spawn(self._check_then_wait())

    async def _check_then_wait(self) -> None:
        try:
            await self.check()
        finally:
            delay = self.interval_s * (0.9 + 0.2 * self._rng())
            self._timer.start(int(delay * 1000))

    async def check(self) -> bool | None:
        """One dbGetRegistration; returns what it says of the user's phone."""
        phone = self.phone
        if not phone:
            return None
        try:
            devices = await self.ctx.client.get_registration()
        except SopError as exc:
            log.info("dbGetRegistration failed, nothing concluded: %s", exc)
            return self.registered
        self.checks += 1
        found = next((d for d in devices if d.id == phone), None)
        registered = found.registered if found is not None else None
        changed = registered != self.registered
        self.registered = registered
        if registered is False and not self._warned:
            self._warned = True
            self.notify.emit(
                QCoreApplication.translate("Registration", "SOP Companion"), self.warning()
            )
        elif registered:
            self._warned = False  # warn again if it drops off later
        if changed:
            self.changed.emit()
        return registered

    def warning(self) -> str:
        """The tooltip line and notification; empty while the phone is registered or unknown."""
        if self.registered is not False:
            return ""
        return QCoreApplication.translate(
            "Registration",
            "Your desk phone {phone} is not registered: click-to-dial would ring nothing.",
        ).format(phone=self.phone)
