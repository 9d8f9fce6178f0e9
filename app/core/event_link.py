"""The app's link to the SOP event socket: host from the server URL, port from the settings.

Connection changes go to the session (``connected`` in ``status --json``, the tray's
disconnected state); events go to the features. The heartbeat uses the HTTP ccPing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from app.core.session import Session
from app.core.settings import Settings
from app.sop.event_stream import EventStream
from app.sop.events import Event

if TYPE_CHECKING:
    from app.sop.client import SopClient


class EventLink:
    def __init__(
        self,
        settings: Settings,
        client: SopClient,
        session: Session,
        on_event: Callable[[Event], None],
        **stream_options: Any,
    ) -> None:
        host = urlsplit(settings.server_url).hostname or "localhost"
        self._session = session
        self._stream = EventStream(
            host,
            settings.events_port,
            on_event=on_event,
            on_state=self._on_state,
            ping=client.ping,
            **stream_options,
        )

    @property
    def connected(self) -> bool:
        return self._stream.connected

    def start(self) -> None:
        self._session.set_connected(
            False, QCoreApplication.translate("EventLink", "connecting to the event socket…")
        )
        self._stream.start()

    async def stop(self) -> None:
        await self._stream.stop()

    def _on_state(self, connected: bool, reason: str) -> None:
        self._session.set_connected(connected, "" if connected else reason)
