"""Saving settings checks what it saves: the event port and the desk phone, after the server and
the user (the controller checks those first).

The event port passes when a connection opens and a ccPing is answered by an evPong on it; the
desk phone passes when the SOP knows it (dbGetRegistration lists it, or it is the user's own
primary or secondary phone). Each failure is one sentence that names the field and says what to
do; only read-only calls are sent.
"""

from __future__ import annotations

from typing import Any, Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from app.core.messages import describe
from app.core.settings import Settings
from app.doctor.probes import EventSocketProbe, ProbeFailed
from app.sop.errors import SopError, SopHttpError
from app.sop.models import DirectoryEntry, Registration


class FieldProblem(str):
    """A sentence for the settings dialog that knows which field it is about (``field`` is the
    Settings attribute: "events_port", "desk_phone"), so the dialog can put the cursor there."""

    field: str

    def __new__(cls, text: str, field: str) -> FieldProblem:
        problem = super().__new__(cls, text)
        problem.field = field
        return problem


class CheckClient(Protocol):
    async def ping(self) -> None: ...
    async def get_registration(self) -> list[Registration]: ...


def _problem(field: str, text: str) -> FieldProblem:
    return FieldProblem(text, field)


async def event_port_problem(
    settings: Settings, client: CheckClient, *, pong_timeout_s: float = 1.0, **probe: Any
) -> str | None:
    """None when the event socket answers a ccPing with evPong, else the sentence to show."""
    host = urlsplit(settings.server_url).hostname or "localhost"
    port = settings.events_port
    try:
        async with EventSocketProbe(host, port, **probe) as socket:
            answered = await socket.warm_up(client.ping, pong_timeout_s=pong_timeout_s)
    except ProbeFailed:
        return _problem(
            "events_port",
            QCoreApplication.translate(
                "SettingsCheck",
                "Event port: nothing answers on {host}:{port}. Check the event port "
                "(5050 unless your SOP administrator changed it).",
            ).format(host=host, port=port),
        )
    except SopError as exc:
        return _problem(
            "events_port",
            QCoreApplication.translate(
                "SettingsCheck", "Event port: the ccPing test failed: {reason}"
            ).format(reason=describe(exc)),
        )
    if not answered:
        return _problem(
            "events_port",
            QCoreApplication.translate(
                "SettingsCheck",
                "Event port: {host}:{port} accepts connections but sends no evPong after a ccPing. "
                "Check that this is the SOP's event port.",
            ).format(host=host, port=port),
        )
    return None


async def desk_phone_problem(
    settings: Settings, client: CheckClient, user: DirectoryEntry | None
) -> str | None:
    """None when the desk phone is empty or known to the SOP, else the sentence to show."""
    phone = settings.desk_phone.strip()
    if not phone:
        return None
    wanted = phone.casefold()
    if user is not None and wanted in (user.dp.casefold(), user.sp.casefold()):
        return None
    try:
        registrations = await client.get_registration()
    except SopHttpError as exc:
        if exc.status_code == 404:
            return None  # this SOP does not offer dbGetRegistration: nothing can prove it wrong
        return _problem(
            "desk_phone",
            QCoreApplication.translate(
                "SettingsCheck", "Desk phone: it could not be checked: {reason}"
            ).format(reason=describe(exc)),
        )
    except SopError as exc:
        return _problem(
            "desk_phone",
            QCoreApplication.translate(
                "SettingsCheck", "Desk phone: it could not be checked: {reason}"
            ).format(reason=describe(exc)),
        )
    if any(r.id.casefold() == wanted for r in registrations):
        return None
    return _problem(
        "desk_phone",
        QCoreApplication.translate(
            "SettingsCheck",
            "Desk phone: the phone system has no phone “{phone}”. Check the id printed on the "
            "phone (e.g. SDP80002), or leave the field empty.",
        ).format(phone=phone),
    )


async def saved_settings_problem(
    settings: Settings, client: CheckClient, user: DirectoryEntry | None
) -> str | None:
    """The first problem with the event port or the desk phone, or None."""
    return await event_port_problem(settings, client) or await desk_phone_problem(
        settings, client, user
    )
