"""The seam through which features (missed calls, hot desk, dialling, popups) plug in.

A feature lives as long as one session (one server + user): the controller builds every feature
of ``app.features.FEATURES`` after the session, and stops them before a new one. The core part
of a feature is a :class:`Feature`; its widgets reach it through its attributes.

Everything a feature may use comes in its :class:`FeatureContext`: the settings, the session,
the SOP client (typed: every call from a feature to the SOP is checked), and the
:class:`Services` several features share. Features never import each other.

Signals:
    changed(): the feature's state changed; the tray re-reads menu sections and the icon badge.
    notify(str, str): a title and a sentence to show as a notification (plain text).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from app.core.session import Session
from app.core.settings import Settings

if TYPE_CHECKING:
    # Only for the type checker: the client imports httpx and the events lxml, which start-up
    # defers until the tray is shown.
    from app.core.call_endings import CallEndings
    from app.core.directory_cache import DirectoryCache
    from app.sop.client import SopClient
    from app.sop.events import Event

Reply = dict[str, Any]
CommandFn = Callable[[dict[str, Any]], Awaitable[Reply]]


class Dialler(Protocol):
    """Dialling as other features use it (call back from the history, names of numbers)."""

    async def dial(self, text: str, *, name: str = "") -> Reply: ...

    def name_for(self, number: str) -> str: ...


class Pinboard(Protocol):
    """Favourite colleagues as other features use them (pin from the dial box)."""

    def is_pinned(self, ext: str) -> bool: ...

    def pin(self, ext: str) -> None: ...

    def unpin(self, ext: str) -> None: ...


class Services:
    """What several features share in one session, owned by the shell.

    ``directory``: the one local copy of the company directory (dial box, caller names),
    built at first use. ``call_endings``: calls the history saw finish (history publishes,
    popups listen). ``dialer``: the dial feature registers itself here when it is built; None
    when it is not part of the session. ``hotdesk_phone``: where the user is logged in by hot
    desk (queues act on that phone too).
    """

    def __init__(self, client: SopClient, cfg_dir: Path, server_url: str) -> None:
        self._client = client
        self._cfg_dir = cfg_dir
        self._server_url = server_url
        self._directory: DirectoryCache | None = None
        self._call_endings: CallEndings | None = None
        self.dialer: Dialler | None = None
        #: the phone the user is logged in at by hot desk ("" when not), kept by that feature
        self.hotdesk_phone = ""
        self.favourites: Pinboard | None = None  # the favourites feature, when it runs

    @property
    def call_endings(self) -> CallEndings:
        """Calls the history saw finish (history publishes, popups listen)."""
        if self._call_endings is None:
            from app.core.call_endings import CallEndings

            self._call_endings = CallEndings()
        return self._call_endings

    @property
    def directory(self) -> DirectoryCache:
        """Each user calls ``start()`` (a no-op while a load runs) and ``stop()`` (idempotent)."""
        if self._directory is None:
            from app.core.directory_cache import DirectoryCache

            self._directory = DirectoryCache(
                self._client, self._cfg_dir / "directory-cache.json", self._server_url
            )
        return self._directory


@dataclass
class FeatureContext:
    """What every feature gets: built once per session by the controller."""

    settings: Settings
    session: Session
    client: SopClient
    cfg_dir: Path
    lang: str
    services: Services = field(init=False)

    def __post_init__(self) -> None:
        self.services = Services(self.client, self.cfg_dir, self.settings.server_url)


class Feature(QObject):
    changed = Signal()
    notify = Signal(str, str)

    #: keys this feature fills in ``status --json`` (the others stay as the session has them)
    name = "feature"

    def __init__(self, ctx: FeatureContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def start(self) -> None:
        """Begin work (timers, first fetch). Must not block."""

    async def stop(self) -> None:
        """Stop timers and pending work; called before the session goes away."""

    def snapshot(self) -> dict[str, Any]:
        """Fields merged into ``status --json``."""
        return {}

    def commands(self) -> dict[str, CommandFn]:
        """Extra IPC commands, by name."""
        return {}

    def on_event(self, event: Event) -> None:
        """An event from the SOP event socket (app.sop.events)."""

    def on_connected(self, connected: bool) -> None:
        """The event socket went up or down."""
