"""The seam through which features (missed calls, hot-desk, dialling, popups) plug in.

A feature lives as long as one session (one server + user): the controller builds every
registered feature after the session, and stops them before a new one. The core part of a
feature is a :class:`Feature`; its widgets live in app/ui and reach it through its attributes.

Signals:
    changed(): the feature's state changed; the tray re-reads menu sections and the icon badge.
    notify(str, str): a title and a sentence to show as a notification (plain text).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.session import Session
from app.core.settings import Settings

Reply = dict[str, Any]
CommandFn = Callable[[dict[str, Any]], Awaitable[Reply]]


@dataclass
class FeatureContext:
    """What every feature gets: built once per session by the controller."""

    settings: Settings
    session: Session
    client: Any  # app.sop.client.SopClient (lazy: building it imports httpx)
    cfg_dir: Path
    lang: str
    extras: dict[str, Any] = field(default_factory=dict)


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

    def on_event(self, event: object) -> None:
        """An event from the SOP event socket (app.sop.events)."""

    def on_connected(self, connected: bool) -> None:
        """The event socket went up or down."""
