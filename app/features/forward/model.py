"""Call forwarding: the number behind the "Forward" status, read and set through the profile
parameters of the user's callflow (dbGetProfileParameters / dbSetProfileParameters).

The SOP does not say which parameter a status uses. The forwarding parameters are the number
parameters (type PHONENUMBER or EXTENSION) whose name, friendly name or description speaks of
forwarding (``ForwardNumber``, ``CFU.Number``...); the one set by default prefers a
PHONENUMBER (an EXTENSION parameter takes digits only, so no outside number in E.164 form) and a
name that says it. The statuses that use it are those whose name speaks of forwarding.

Numbers go through the same normalisation and checks as dialling (``app.core.numbers``, with
the site's dialling rules); nothing is sent for invalid input. dbSetProfileParameters is a
write: sent once, never retried; the parameters are read again afterwards either way.

Requests: dbGetProfileParameters at the start of the session, when the tray menu opens (at
most every ``MENU_REFRESH_S``) and after a change. Nothing periodic.

Signals: Feature's changed and notify.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.core.atomic import write_atomic
from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, reply
from app.core.feature import CommandFn, Feature, FeatureContext, Reply
from app.core.messages import describe
from app.core.numbers import DialRules, InvalidNumber, normalise
from app.core.tasks import spawn
from app.sop.errors import SetProfileParametersError, SopError
from app.sop.models import ProfileParameter

log = logging.getLogger(__name__)

MENU_REFRESH_S = 10.0
MAX_RECENT = 5
NUMBER_TYPES = ("PHONENUMBER", "EXTENSION")
FORWARD_WORDS = re.compile(r"forward|cfu|renvoi|doorschakel|weiterleit|umleit", re.IGNORECASE)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation in ``context``; translated where it is shown."""
    return source


# dbSetProfileParameters's result codes (reference: dbSetProfileParameters), in words.
PARAMETER_RESULTS = {
    1: QT_TRANSLATE_NOOP("Forwarding", "missing or syntactically invalid parameter"),
    2: QT_TRANSLATE_NOOP("Forwarding", "unknown global parameter"),
    3: QT_TRANSLATE_NOOP("Forwarding", "global parameter not applicable to the profile"),
    5: QT_TRANSLATE_NOOP("Forwarding", "synchronisation to the SMP failed"),
}


def _title() -> str:
    return QCoreApplication.translate("Forwarding", "Forwarding")


def is_forwarding(param: ProfileParameter) -> bool:
    if param.type.upper() not in NUMBER_TYPES:
        return False
    return any(
        FORWARD_WORDS.search(text) for text in (param.name, param.friendly_name, param.descr)
    )


def default_parameter(params: list[ProfileParameter]) -> ProfileParameter | None:
    """The parameter ``forward set`` changes when none is named."""
    found = [p for p in params if is_forwarding(p)]

    def score(p: ProfileParameter) -> tuple[bool, bool, bool]:
        return (
            p.type.upper() == "PHONENUMBER",
            bool(FORWARD_WORDS.search(p.name)),
            bool(FORWARD_WORDS.search(p.descr)),
        )

    return max(found, key=score) if found else None


class ForwardError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class ForwardFeature(Feature):
    name = "forward"

    def __init__(
        self,
        ctx: FeatureContext,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(ctx, parent)
        self._clock = clock
        self.params: list[ProfileParameter] = []
        self.loaded = False
        self.error = ""
        self.busy = False
        self.directory_started = False  # the number chooser started the shared directory
        self.recent: list[str] = self._load_recent()
        self._last_refresh = -1e18
        self._refreshing: asyncio.Task[None] | None = None

    # -- what is known -----------------------------------------------------------------------
    @property
    def forwarding(self) -> list[ProfileParameter]:
        return [p for p in self.params if is_forwarding(p)]

    @property
    def default(self) -> ProfileParameter | None:
        return default_parameter(self.params)

    def forward_statuses(self) -> list[str]:
        """The callflow's statuses that forward calls (untranslated names)."""
        cf = self.ctx.session.callflow
        if cf is None:
            return []
        return [o.name for o in cf.statuses if FORWARD_WORDS.search(o.name)]

    @property
    def mobile(self) -> str:
        user = self.ctx.session.user
        return user.mobile if user is not None else ""

    def find(self, name: str) -> ProfileParameter | None:
        for param in self.forwarding:
            if name.strip().casefold() in (param.name.casefold(), param.friendly_name.casefold()):
                return param
        return None

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh_soon(force=True)

    async def stop(self) -> None:
        if self.directory_started:
            await self.ctx.services.directory.stop()
        if self._refreshing is not None and not self._refreshing.done():
            self._refreshing.cancel()
            await asyncio.gather(self._refreshing, return_exceptions=True)

    def snapshot(self) -> dict[str, Any]:
        param = self.default
        if not self.loaded or param is None:
            return {"forward": None}
        return {
            "forward": {
                "parameter": param.name,
                "friendly_name": param.friendly_name or param.name,
                "number": param.value,
            }
        }

    def commands(self) -> dict[str, CommandFn]:
        return {
            "forward-show": self._cmd_show,
            "forward-set": self._cmd_set,
            "forward-clear": self._cmd_clear,
        }

    # -- reading -------------------------------------------------------------------------------
    def refresh_soon(self, *, force: bool = False) -> None:
        if self._refreshing is not None and not self._refreshing.done():
            return
        if not force and self._clock() - self._last_refresh < MENU_REFRESH_S:
            return
        self._refreshing = spawn(self.refresh())

    async def refresh(self) -> None:
        self._last_refresh = self._clock()
        user = self.ctx.session.user
        if user is None:
            return
        try:
            self.params = await self.ctx.client.get_profile_parameters(user.ext, lang=self.ctx.lang)
            self.loaded = True
            self.error = ""
        except SopError as exc:
            self.error = describe(exc)
            log.info("forwarding: reading the profile parameters failed: %s", exc)
        self.changed.emit()

    # -- writing -------------------------------------------------------------------------------
    def number_for(self, text: str, param: ProfileParameter) -> str:
        """``text`` as the parameter's value; ForwardError (exit 2) when it is not a number."""
        try:
            number = normalise(text, DialRules.from_settings(self.ctx.settings))
        except InvalidNumber as exc:
            raise ForwardError(str(exc), EXIT_INVALID) from exc
        if param.type.upper() == "EXTENSION" and not number.isdigit():
            raise ForwardError(
                QCoreApplication.translate(
                    "Forwarding", "{parameter} takes digits only: {number} cannot be set there."
                ).format(parameter=param.friendly_name or param.name, number=number),
                EXIT_INVALID,
            )
        return number

    def _parameter(self, name: str | None) -> ProfileParameter:
        param = self.find(name) if name else self.default
        if param is None:
            if name:
                raise ForwardError(
                    QCoreApplication.translate(
                        "Forwarding", "Your callflow has no forwarding parameter {parameter}."
                    ).format(parameter=name),
                    EXIT_INVALID,
                )
            raise ForwardError(
                QCoreApplication.translate(
                    "Forwarding", "Your callflow has no forwarding number to set."
                ),
                EXIT_INVALID,
            )
        return param

    async def set_number(self, text: str, parameter: str | None = None) -> ProfileParameter:
        """Set the forwarding number ("" clears it); the parameter as the SOP then shows it."""
        if not self.loaded:
            await self.refresh()
            if not self.loaded:  # the SOP did not answer: say so, not "no parameter"
                raise ForwardError(self.error)
        param = self._parameter(parameter)
        number = self.number_for(text, param) if text.strip() else ""
        user = self.ctx.session.user
        if user is None:
            raise ForwardError(
                QCoreApplication.translate("Forwarding", "Not signed in to the phone system yet.")
            )
        if self.busy:
            raise ForwardError(
                QCoreApplication.translate("Forwarding", "A forwarding change is under way.")
            )
        self.busy = True
        self.changed.emit()
        try:
            await self.ctx.client.set_profile_parameters(user.ext, {param.name: number})
        except SetProfileParametersError as exc:
            raise ForwardError(self.refused(exc)) from exc
        finally:
            self.busy = False
            await self.refresh()
        if number:
            self._remember(number)
        return next((p for p in self.params if p.name == param.name), param)

    def refused(self, exc: SetProfileParametersError) -> str:
        reason = PARAMETER_RESULTS.get(exc.code) if isinstance(exc.code, int) else None
        words = (
            QCoreApplication.translate("Forwarding", reason)
            if reason
            else QCoreApplication.translate("Forwarding", "refused")
        )
        return QCoreApplication.translate(
            "Forwarding",
            "The phone system did not set the forwarding number: {reason} (code {code}).",
        ).format(reason=words, code=exc.code)

    async def forward_to(self, text: str, status: str | None = None) -> None:
        """The menu: set the number, then switch to the forwarding status; shown, never raised."""
        try:
            await self.set_number(text)
            statuses = self.forward_statuses()
            target = status or (statuses[0] if statuses else None)
            cf = self.ctx.session.callflow
            if target and (cf is None or cf.current_status != target):
                await self.ctx.session.set_status(target)
        except (ForwardError, ValueError) as exc:  # ValueError: an unknown status
            self.notify.emit(_title(), str(exc))
        except SopError as exc:
            self.ctx.session.record_error(describe(exc))

    async def clear(self) -> None:
        """The menu: clear the forwarding number; shown, never raised."""
        try:
            await self.set_number("")
        except ForwardError as exc:
            self.notify.emit(_title(), str(exc))
        except SopError as exc:
            self.ctx.session.record_error(describe(exc))

    # -- recent numbers ------------------------------------------------------------------------
    @property
    def _recent_path(self) -> Any:
        return self.ctx.cfg_dir / "forward-recent.json"

    def _load_recent(self) -> list[str]:
        try:
            data = json.loads(self._recent_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        return [n for n in data if isinstance(n, str) and n][:MAX_RECENT]

    def _remember(self, number: str) -> None:
        self.recent = [number, *(n for n in self.recent if n != number)][:MAX_RECENT]
        try:
            write_atomic(self._recent_path, json.dumps(self.recent).encode("utf-8"))
        except OSError as exc:
            log.warning("forwarding: cannot save the recent numbers: %s", exc)

    # -- IPC commands --------------------------------------------------------------------------
    def show_text(self) -> str:
        if not self.forwarding:
            return QCoreApplication.translate(
                "Forwarding", "Your callflow has no forwarding number."
            )
        lines = []
        for param in self.forwarding:
            value = param.value or QCoreApplication.translate("Forwarding", "(none)")
            mark = " *" if param is self.default else ""
            lines.append(f"{param.friendly_name or param.name} ({param.name}): {value}{mark}")
        return "\n".join(lines)

    def _rows(self) -> list[dict[str, Any]]:
        return [
            {
                "parameter": p.name,
                "friendly_name": p.friendly_name or p.name,
                "number": p.value,
                "type": p.type,
                "default": p is self.default,
            }
            for p in self.forwarding
        ]

    async def _cmd_show(self, request: dict[str, Any]) -> Reply:
        await self.refresh()
        if not self.loaded:
            return reply(EXIT_FAILED, self.error)
        rows = self._rows()
        if request.get("json"):
            return reply(EXIT_OK, json.dumps(rows, ensure_ascii=False), rows)
        return reply(EXIT_OK, self.show_text(), rows)

    async def _cmd_set(self, request: dict[str, Any]) -> Reply:
        number = request.get("number")
        if not isinstance(number, str) or not number.strip():
            return reply(EXIT_INVALID, QCoreApplication.translate("Forwarding", "Give a number."))
        return await self._run(lambda: self.set_number(number, _text(request.get("parameter"))))

    async def _cmd_clear(self, request: dict[str, Any]) -> Reply:
        return await self._run(lambda: self.set_number("", _text(request.get("parameter"))))

    async def _run(self, action: Callable[[], Awaitable[ProfileParameter]]) -> Reply:
        try:
            param = await action()
        except ForwardError as exc:
            return reply(exc.exit_code, str(exc))
        except SopError as exc:
            text = describe(exc)
            self.ctx.session.record_error(text)
            return reply(EXIT_FAILED, text)
        shown = param.value or QCoreApplication.translate("Forwarding", "(none)")
        message = QCoreApplication.translate("Forwarding", "{parameter}: {number}").format(
            parameter=param.friendly_name or param.name, number=shown
        )
        return reply(EXIT_OK, message, self.snapshot()["forward"])


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
