"""The controller's session life cycle: rebuilds never overlap, a replaced session leaves no
trace (no second set of features, no cache entry under the new key, no polling), and the
keyring is only ever touched off the Qt thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject

from app.core.feature import Feature, FeatureContext
from app.core.secrets import SecretStore
from app.core.session import Session
from app.core.settings import Settings
from app.core.state_cache import cache_key
from app.sop.errors import SopUnreachable
from app.sop.models import DirectoryEntry
from app.ui.controller import Controller
from app.ui.feature_ui import FeatureSpec
from tests.helpers.stubs import ALICE, FakeClient
from tests.helpers.waiting import until

BOB = DirectoryEntry(ext="202", login="bob@example.be", fn="Bob", ln="Peeters", dp="SDP2")
SERVER = "http://sop.test"


class Probe(Feature):
    """A feature that only says when it was built, started and stopped."""

    name = "probe"

    def __init__(self, ctx: FeatureContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.running = False

    def start(self) -> None:
        self.running = True

    async def stop(self) -> None:
        self.running = False


class Link:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.running = False

    def start(self) -> None:
        self.running = True

    async def stop(self) -> None:
        self.running = False


class ThreadRecordingSecrets(SecretStore):
    """The real store (over the in-memory keyring), noting the thread of every call."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[tuple[str, int]] = []

    def get_password(self, server_url: str, username: str) -> str | None:
        self.threads.append(("get", threading.get_ident()))
        return super().get_password(server_url, username)

    def set_password(self, server_url: str, username: str, password: str) -> None:
        self.threads.append(("set", threading.get_ident()))
        super().set_password(server_url, username, password)


class Harness:
    """A controller whose SOP clients are fakes sharing one gate (closed: every call waits)."""

    def __init__(self, cfg_dir: Path, secrets: SecretStore | None = None, **settings: Any) -> None:
        self.gate = asyncio.Event()
        self.gate.set()
        self.clients: list[FakeClient] = []
        self.passwords: list[str | None] = []
        self.links: list[Link] = []
        self.built: list[Probe] = []
        self.polled: list[Session] = []
        self.saves: list[tuple[str, str | None]] = []  # (cache key, ext) of every cache save
        self.controller = Controller(
            cfg_dir,
            overrides={"server_url": SERVER, "user": "201", "language": "en", **settings},
            persist_overrides=False,
            secrets=secrets,
            client_factory=self._client,
            event_link_factory=self._link,
            features=lambda: [FeatureSpec("probe", self._probe)],
        )
        cache = self.controller.cache
        save = cache.save

        def record(key: str, user: DirectoryEntry | None, callflow: Any) -> None:
            self.saves.append((key, user.ext if user else None))
            save(key, user, callflow)

        cache.save = record  # type: ignore[method-assign]

    def _client(self, settings: Settings, password: str | None) -> FakeClient:
        client = FakeClient()
        client.directory = [ALICE, BOB]
        client.gate = self.gate
        self.clients.append(client)
        self.passwords.append(password)
        return client

    def _link(
        self, settings: Settings, client: Any, session: Session, on_event: Any, **options: Any
    ) -> Link:
        link = Link(session)
        self.links.append(link)
        return link

    def _probe(self, ctx: FeatureContext, parent: QObject) -> Probe:
        probe = Probe(ctx, parent)
        self.built.append(probe)
        return probe

    def waiting(self) -> int:
        """SOP calls made so far (each waits while the gate is closed)."""
        return sum(len(c.calls) for c in self.clients)

    @property
    def live_features(self) -> list[Probe]:
        return [p for p in self.built if p.running]

    @property
    def live_links(self) -> list[Link]:
        return [link for link in self.links if link.running]


@pytest.fixture
def polled(monkeypatch: pytest.MonkeyPatch) -> list[Session]:
    """Every session that started polling."""
    sessions: list[Session] = []
    start = Session.start_polling

    def record(self: Session) -> None:
        sessions.append(self)
        start(self)

    monkeypatch.setattr(Session, "start_polling", record)
    return sessions


def run(qloop, body: Callable[[], Any]) -> None:
    qloop.run(body(), timeout=30)


def test_two_saves_in_a_row_leave_one_session(qapp, qloop, cfg_dir, polled) -> None:
    h = Harness(cfg_dir)
    c = h.controller

    async def body() -> None:
        await c.start()
        h.gate.clear()  # the SOP is slow from now on
        calls = h.waiting()
        first = asyncio.ensure_future(c.apply_settings(c.settings.replace(language="nl")))
        await until(lambda: h.waiting() > calls)  # the first rebuild waits for the SOP
        second = asyncio.ensure_future(c.apply_settings(c.settings.replace(user="202")))
        await until(lambda: c.settings.user == "202" and h.waiting() > calls + 1)
        h.gate.set()
        await asyncio.gather(first, second)
        try:
            assert c.session is not None and c.session.user == BOB
            assert [p.ctx.settings.user for p in h.live_features] == ["202"]
            assert [link.session for link in h.live_links] == [c.session]
            assert polled[-1] is c.session and len(polled) == 2  # the start, then the last save
            new_key = cache_key(SERVER, "202", "nl")
            assert [ext for key, ext in h.saves if key == new_key] == ["202"]
            assert (cache_key(SERVER, "201", "nl"), "201") not in h.saves  # replaced unanswered
        finally:
            await c.shutdown()
        assert not h.live_features and not h.live_links

    run(qloop, body)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_second_start_during_connect_replaces_the_first(qapp, qloop, cfg_dir, polled) -> None:
    h = Harness(cfg_dir)
    c = h.controller

    async def body() -> None:
        h.gate.clear()
        start = asyncio.ensure_future(c.start())
        await until(lambda: h.waiting() == 1)  # the first start asks the directory
        first_session = c.session
        show = asyncio.ensure_future(c._on_show_request({"user": "202"}))
        await until(lambda: c.session is not first_session and h.waiting() == 2)
        h.gate.set()
        await asyncio.gather(start, show)
        try:
            assert c.session is not None and c.session.user == BOB
            assert len(h.built) == 1 and h.live_features[0].ctx.session is c.session
            assert len(h.links) == 1 and h.links[0].session is c.session
            assert polled == [c.session]  # the replaced session never polls
            assert all(ext == "202" for _, ext in h.saves)
            assert h.clients[0].closed  # the first session's client was closed with it
        finally:
            await c.shutdown()

    run(qloop, body)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_failure_mid_connect(qapp, qloop, cfg_dir, polled) -> None:
    h = Harness(cfg_dir)
    c = h.controller

    async def body() -> None:
        # A replaced session's failure is not the user's concern: nothing is shown.
        h.gate.clear()
        start = asyncio.ensure_future(c.start())
        await until(lambda: h.waiting() == 1)
        h.clients[0].fail_next["get_directory_info"] = SopUnreachable("connection refused")
        show = asyncio.ensure_future(c._on_show_request({"user": "202"}))
        await until(lambda: h.waiting() == 2)
        h.gate.set()
        await asyncio.gather(start, show)
        try:
            assert c.tray.last_message is None
            assert c.session is not None and c.session.user == BOB and not c.session.errors
            assert len(h.built) == 1 and polled == [c.session]
            # The live session's failure is shown, and the next save rebuilds cleanly.
            h.gate.clear()
            calls = h.waiting()
            save = asyncio.ensure_future(c.apply_settings(c.settings.replace(user="201")))
            await until(lambda: h.waiting() > calls)
            h.clients[-1].fail_next["get_callflow"] = SopUnreachable("connection refused")
            h.gate.set()
            await save
            assert c.tray.last_message is not None
            assert c.session.errors and c.session.errors[-1] in c.tray.last_message[1]
            assert [p.ctx.settings.user for p in h.live_features] == ["201"]
            assert len(h.live_links) == 1
        finally:
            await c.shutdown()

    run(qloop, body)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_keyring_is_used_off_the_qt_thread(qapp, qloop, cfg_dir, monkeypatch) -> None:
    async def no_problem(*_args: object) -> None:
        return None  # the event port and desk phone checks have tests of their own

    monkeypatch.setattr("app.core.settings_check.saved_settings_problem", no_problem)
    secrets = ThreadRecordingSecrets()
    SecretStore().set_password(SERVER, "svc", "s3cret")
    h = Harness(cfg_dir, secrets=secrets, http_username="svc")
    c = h.controller

    async def body() -> None:
        await c.start()
        try:
            assert h.passwords == ["s3cret"]  # the client got the keyring's password
            assert await c.check_settings(c.settings, "") is None
            assert h.passwords[-1] == "s3cret"
            await c._on_settings_saved(c.settings.replace(user="202"), "n3w")
            assert SecretStore().get_password(SERVER, "svc") == "n3w"
            c.open_settings()
            await until(lambda: c.dialog is not None)
            assert c.dialog is not None
            assert c.dialog.http_password.placeholderText() == "stored in the system keyring"
            c.dialog.close()
        finally:
            await c.shutdown()

    run(qloop, body)
    assert {op for op, _ in secrets.threads} == {"get", "set"}
    assert threading.main_thread().ident not in {ident for _, ident in secrets.threads}
