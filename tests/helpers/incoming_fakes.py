"""Fakes for the incoming-call tests: a SOP client with channels and call control, recorded."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.incoming.model import IncomingCalls
from app.sop.errors import CallControlError
from app.sop.events import NewOrigChannel
from app.sop.models import Channel, DirectoryEntry
from tests.helpers.dial_fakes import INES, DialClient
from tests.helpers.stubs import ALICE

ME = replace(ALICE, mobile="0475 99 88 77")  # the user, ext 201
OUTSIDE = "+3225214928"  # in nobody's directory entry
HIDDEN = DirectoryEntry(ext="777", fn="Only", ln="Remote", company="Remote & Co")


class CallClient(DialClient):
    """``channels`` is what ccGetChannels lists; redirect/park/hangup are recorded in ``sent``
    and refused once for a name put in ``refuse``. ``remote_only`` entries are known to the
    SOP's dbGetDirectoryInfo but not to the directory copy (the cache pages skip them)."""

    def __init__(self) -> None:
        super().__init__()
        self.directory = [ME, INES]
        self.remote_only = [HIDDEN]
        self.channels: list[Channel] = []
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self.refuse: set[str] = set()
        self.channel_gate: asyncio.Event | None = None

    async def get_directory_info(self, **filters: str) -> list[DirectoryEntry]:
        found = await super().get_directory_info(**filters)
        if filters.get("ext", "").endswith("%"):
            return found  # a page of the directory copy
        return found + [e for e in self.remote_only if e.ext == filters.get("ext")]

    async def get_channels(self, **_kw: Any) -> list[Channel]:
        self.calls.append(("get_channels", {}))
        if self.channel_gate is not None:
            await self.channel_gate.wait()
        return list(self.channels)

    async def _control(self, name: str, **params: Any) -> None:
        self.sent.append((name, params))
        if name in self.refuse:
            self.refuse.discard(name)
            raise CallControlError(f"{name} failed", code=1, call=name)

    async def redirect(self, channel_id: str, to: str) -> None:
        await self._control("ccRedirect", channel_id=channel_id, to=to)

    async def park(self, channel_id: str, channel_id2: str | None = None) -> None:
        await self._control("ccPark", channel_id=channel_id)

    async def hangup(self, channel_id: str) -> None:
        await self._control("ccHangup", channel_id=channel_id)


def incoming_context(client: CallClient, cfg_dir: Path, **settings: object) -> FeatureContext:
    base = Settings(server_url="http://sop.test", user="201")
    session = Session(client, "201", "en")
    session.adopt_cached(ME, None)
    return FeatureContext(
        settings=base.replace(**settings), session=session, client=client, cfg_dir=cfg_dir,
        lang="en",
    )  # fmt: skip


class Recorder:
    """What the feature's signals said, in order: ("added" | "changed" | "closed", channel)."""

    def __init__(self, feature: IncomingCalls) -> None:
        self.log: list[tuple[str, str]] = []
        feature.call_added.connect(lambda ch: self.log.append(("added", ch)))
        feature.call_changed.connect(lambda ch: self.log.append(("changed", ch)))
        feature.call_closed.connect(lambda ch: self.log.append(("closed", ch)))

    def of(self, kind: str) -> list[str]:
        return [ch for k, ch in self.log if k == kind]


def ring(channel: str, caller_id: str, ext: str = "201") -> NewOrigChannel:
    return NewOrigChannel(channel=channel, caller_id=caller_id, extension=ext)


def channel(channel_id: str, caller_id: str = "", state: str = "Ring") -> Channel:
    return Channel(id=channel_id, caller_id=caller_id, state=state)
