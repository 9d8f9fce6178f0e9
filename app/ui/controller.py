"""Wires settings, the SOP client, the session, the event link and the tray together.

Start-up order is chosen for speed: the tray is shown from the cached state first, and only then
is the HTTP stack imported and the SOP asked (importing httpx costs about 46 ms, keyring 23 ms
plus 60-100 ms at first use).

Session rebuilds are serialised: each one (start, settings saved, options of a second start)
takes a new generation number under a lock, tears the old session down and builds the new one.
A connect that resumes after an await into a newer generation stops there, so it never caches
its user under the new key, polls a deleted session, or adds a second set of features.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from app.core import startup_trace
from app.core.commands import CommandHandler
from app.core.company_defaults import CompanyDefaults
from app.core.feature import CommandFn, Feature, FeatureContext
from app.core.language import ui_language
from app.core.messages import describe
from app.core.secrets import SecretStore, SecretStoreError, off_thread
from app.core.session import Session, find_user
from app.core.settings import Settings, SettingsStore
from app.core.state_cache import StateCache, cache_key
from app.core.tasks import cancel_all, spawn
from app.sop.errors import SopError
from app.ui.feature_ui import FeatureSpec, FeatureUi
from app.ui.tray import Tray
from app.ui.tray_menu import TrayMenu

if TYPE_CHECKING:
    from app.sop.client import SopClient
    from app.sop.events import Event
    from app.sop.models import Callflow, DirectoryEntry
    from app.ui.settings_dialog import SettingsDialog


log = logging.getLogger(__name__)

#: how long quitting may wait for the features (a log-out at quit, the last writes)
SHUTDOWN_BUDGET_S = 1.5


class EventLinkLike(Protocol):
    """What the controller needs of app.core.event_link.EventLink."""

    def start(self) -> None: ...

    async def stop(self) -> None: ...


ClientFactory = Callable[[Settings, "str | None"], "SopClient"]
EventLinkFactory = Callable[..., EventLinkLike]


class SessionReplaced(SopError):
    """A call of a session that a newer one replaced (never shown: its session is gone)."""


def build_client(settings: Settings, password: str | None, wire_log: Any = None) -> SopClient:
    """The SOP client for ``settings`` (imports httpx: called once the tray is shown)."""
    from app.platform.heap_trim import trim_soon
    from app.sop.client import SopClient

    auth = (settings.http_username, password or "") if settings.http_username else None
    return SopClient(
        settings.server_url,
        fmt="xml" if settings.response_format == "xml" else "json",
        auth=auth,
        verify=settings.ca_file or True,
        wire_log=wire_log,
        on_big_body=trim_soon,
    )


def event_link(
    settings: Settings,
    client: SopClient,
    session: Session,
    on_event: Callable[[Event], None],
    **options: Any,
) -> EventLinkLike:
    from app.core.event_link import EventLink

    return EventLink(settings, client, session, on_event, **options)


def all_features() -> Sequence[FeatureSpec]:
    from app.features import features

    return features()


class Controller(QObject):
    #: emitted once per quit request (menu, SIGTERM, aboutToQuit), before the features stop
    quitting = Signal()
    #: ``--wire-log``: an ``app.sop.wire_log.WireLog`` every SOP client records into, or None
    wire_log: Any = None

    def __init__(
        self,
        cfg_dir: Path,
        *,
        overrides: dict[str, Any] | None = None,
        persist_overrides: bool = True,
        secrets: SecretStore | None = None,
        tray: Tray | None = None,
        event_options: dict[str, Any] | None = None,
        client_factory: ClientFactory | None = None,
        event_link_factory: EventLinkFactory = event_link,
        features: Callable[[], Sequence[FeatureSpec]] = all_features,
        defaults: CompanyDefaults | None = None,
        fresh_callflow: Callflow | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cfg_dir = cfg_dir
        # The statuses of the cached user, read a moment ago (app.ui.first_look): the first
        # session starts from them instead of asking again.
        self._fresh_callflow = fresh_callflow
        # The default records into ``wire_log`` (set after construction by ``--wire-log``).
        self._client_factory: ClientFactory = client_factory or (
            lambda settings, password: build_client(settings, password, self.wire_log)
        )
        self._event_link_factory = event_link_factory
        self._feature_specs = features
        self._generation = 0  # of the current session; a rebuild takes the next one
        self._rebuild = asyncio.Lock()  # one teardown-and-build at a time
        self._opening_settings = False
        # EventStream knobs (heartbeat_s, backoff...): tests shorten the 60 s heartbeat.
        self.event_options = dict(event_options or {})
        self._link_up: bool | None = None  # last connection state given to the features
        if defaults is None:
            from app.platform.company_defaults import read_company_defaults

            defaults = read_company_defaults()
        self.defaults = defaults
        self.store = SettingsStore(cfg_dir, defaults=defaults.values, locked=defaults.locked)
        self.cache = StateCache(cfg_dir)
        self.secrets = secrets or SecretStore()
        self.settings = self.store.load()
        if overrides:
            self.settings = self.settings.replace(**overrides)
            if persist_overrides:
                self.store.save(self.settings)
        self.session: Session | None = None
        self.client: SopClient | None = None
        self.events: EventLinkLike | None = None
        # The tray may already be on screen (shown from the cache before this module loaded).
        self.tray = tray or Tray(TrayMenu())
        self.tray.setParent(self)
        self.tray_menu = self.tray.menu
        self.tray_menu.setParent(self)
        self.dialog: SettingsDialog | None = None
        self.features: list[Feature] = []
        self.feature_uis: list[FeatureUi] = []
        self.commands = CommandHandler(
            lambda: self.session,
            self._on_show_request,
            state=self.snapshot,
            extra=self._feature_commands,
            features_ready=self._wait_features_ready,
        )
        self._features_ready = asyncio.Event()
        self._quit = asyncio.Event()
        self.tray_menu.status_chosen.connect(self._on_status_chosen)
        self.tray_menu.settings_requested.connect(self.open_settings)
        self.tray_menu.refresh_requested.connect(self._on_refresh_requested)
        self.tray_menu.quit_requested.connect(self.request_quit)

    # -- life cycle ----------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return ui_language(self.settings.language)

    def _cache_key(self) -> str:
        return cache_key(self.settings.server_url, self.settings.user, self.lang)

    async def run(self) -> None:
        """Start, then serve until Quit; the clean-up is bounded (a hung SOP cannot keep the
        app from quitting)."""
        starting = asyncio.ensure_future(self.start())
        quitting = asyncio.ensure_future(self._quit.wait())
        await asyncio.wait({starting, quitting}, return_when=asyncio.FIRST_COMPLETED)
        if starting.done():
            starting.result()  # a failed start is a bug: raised, as before
        else:  # quit while starting (a SOP that hangs): stop starting
            starting.cancel()
            await asyncio.gather(starting, return_exceptions=True)
        await quitting
        try:
            async with asyncio.timeout(SHUTDOWN_BUDGET_S):
                await self.shutdown()
                await cancel_all()  # stray background tasks end on this loop, before it closes
        except TimeoutError:
            log.warning("shutdown did not finish within %g s; quitting", SHUTDOWN_BUDGET_S)

    async def start(self) -> None:
        if not self.settings.configured:
            self.tray.show_state(None, configured=False)
            self.tray.show()
            self.open_settings(first_start=True)
            return
        async with self._rebuild:
            generation = self._next_generation()
            self._make_session(generation)
        self.tray.show()
        await asyncio.sleep(0)  # let the tray paint before importing the HTTP stack
        await self._connect(generation)

    def _next_generation(self) -> int:
        self._generation += 1
        return self._generation

    def _stale(self, generation: int) -> bool:
        """A newer session replaced the one of ``generation`` (or none runs any more)."""
        return generation != self._generation or self.session is None

    def _make_session(self, generation: int) -> None:
        session = Session(
            _SessionClient(lambda: self.ensure_client(generation)),
            self.settings.user,
            self.lang,
            refresh_interval_s=self.settings.refresh_interval_s,
            parent=self,
        )
        user, callflow = self.cache.load(self._cache_key())
        if self._fresh_callflow is not None and user is not None:
            callflow = self._fresh_callflow
        session.changed.connect(self._on_session_changed)
        session.failed.connect(self._on_session_failed)
        self.session = session
        self._link_up = None
        session.adopt_cached(user, callflow)

    def _make_features(self, session: Session, client: SopClient) -> None:
        ctx = FeatureContext(
            settings=self.settings,
            session=session,
            client=client,
            cfg_dir=self.cfg_dir,
            lang=self.lang,
        )
        for spec in self._feature_specs():
            if spec.model is None:
                continue
            feature = spec.model(ctx, self)
            feature.changed.connect(self._on_session_changed)
            feature.notify.connect(self._on_feature_notify)
            self.features.append(feature)
            if spec.ui is not None:
                self.feature_uis.append(spec.ui(feature, self))
        self.tray_menu.set_sections(self.feature_uis)

    async def _wait_features_ready(self, timeout_s: float = 20.0) -> None:
        """Until the features of the current session run (bounded: a dead server never hangs
        a command; it then answers as "unknown command")."""
        if self.session is None or self._features_ready.is_set():
            return
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout_s):
                await self._features_ready.wait()

    def snapshot(self) -> dict[str, Any]:
        """``status --json``: the session's state plus what each feature reports."""
        state = self.session.snapshot() if self.session is not None else {}
        for feature in self.features:
            state.update(feature.snapshot())
        return state

    def _feature_commands(self) -> dict[str, CommandFn]:
        merged: dict[str, CommandFn] = {}
        for feature in self.features:
            merged.update(feature.commands())
        return merged

    def dispatch_event(self, event: Event) -> None:
        for feature in self.features:
            feature.on_event(event)

    def _on_connection_changed(self) -> None:
        connected = self.session is not None and self.session.connected
        if connected == self._link_up:
            return  # only real changes of the event socket reach Feature.on_connected
        self._link_up = connected
        for feature in self.features:
            feature.on_connected(connected)

    def _on_feature_notify(self, title: str, text: str) -> None:
        self.tray.notify(title, text)

    async def _password(self, settings: Settings) -> str | None:
        """The HTTP password from the keyring, read off the Qt thread (None without a login)."""
        if not settings.http_username:
            return None
        return await off_thread(
            self.secrets.get_password, settings.server_url, settings.http_username
        )

    async def ensure_client(self, generation: int) -> SopClient:
        """The session's SOP client, built at its first call; raises SessionReplaced when the
        session of ``generation`` is gone (its calls must not reach the next server)."""
        while self.client is None:
            if self._stale(generation):
                raise SessionReplaced("session replaced")
            settings = self.settings
            password = await self._password(settings)
            if self.client is None and not self._stale(generation):
                self.client = self._client_factory(settings, password)
        if self._stale(generation):
            raise SessionReplaced("session replaced")
        return self.client

    async def _connect(self, generation: int) -> None:
        """Ask the SOP, then start the features and the event link of ``generation``'s session.
        After every await: stop if a newer session replaced this one."""
        session = self.session
        assert session is not None
        fresh, self._fresh_callflow = self._fresh_callflow, None
        try:
            client = await self.ensure_client(generation)
            if fresh is not None and session.user is not None and session.callflow is fresh:
                ok, shown_before = True, True  # read a moment ago, before the tray's loop ran
            else:
                ok, shown_before = await session.refresh(), False
        except Exception:
            if self._stale(generation):
                return  # torn down meanwhile: its failure belongs to no one
            raise
        if self._stale(generation):
            return
        if ok:
            self.cache.save(self._cache_key(), session.user, session.callflow)
            if not shown_before and startup_trace.milestone("statuses-shown"):
                self.request_quit()
                return
        session.start_polling()
        # Features load after the statuses are in the menu: their imports (history store,
        # directory index, hotkeys...) would otherwise delay the one thing the user waits for.
        self._make_features(session, client)
        for feature in self.features:
            feature.start()
        self._features_ready.set()
        session.changed.emit()  # features that wait for the user see the one already known
        self.events = self._event_link_factory(
            self.settings, client, session, self.dispatch_event, **self.event_options
        )
        self.events.start()
        if startup_trace.milestone("started"):
            self.request_quit()

    async def _teardown_session(self) -> None:
        if self.events is not None:
            await self.events.stop()
            self.events = None
        # The menu lets go of the sections first: a feature's stop awaits (a log-out at quit), and
        # a session change meanwhile must not rebuild the menu through widgets being deleted.
        self.tray_menu.set_sections([])
        for ui in self.feature_uis:
            ui.close()
        for feature in self.features:
            await feature.stop()
        for ui in self.feature_uis:
            ui.deleteLater()
        for feature in self.features:
            feature.deleteLater()
        self.feature_uis.clear()
        self.features.clear()
        self._features_ready.clear()
        if self.session is not None:
            session, self.session = self.session, None
            # A connect of this session may still be awaiting: what it reports now is not shown.
            session.changed.disconnect(self._on_session_changed)
            session.failed.disconnect(self._on_session_failed)
            session.stop_polling()
            session.deleteLater()
        if self.client is not None:
            await self.client.aclose()
            self.client = None

    async def apply_settings(self, settings: Settings, *, persist: bool = True) -> None:
        """Use new settings: rebuild the session against the (maybe new) server."""
        async with self._rebuild:
            generation = self._next_generation()
            if persist:
                self.store.save(settings)
            self.settings = settings
            await self._teardown_session()
            if not settings.configured:
                self.tray.show_state(None, configured=False)
                return
            self._make_session(generation)
        await self._connect(generation)

    def request_quit(self) -> None:
        if not self._quit.is_set():
            self.quitting.emit()
        self._quit.set()

    async def shutdown(self) -> None:
        async with self._rebuild:
            self._next_generation()  # a connect still under way stops at its next step
            await self._teardown_session()
        self.tray.hide()
        if self.dialog is not None:
            self.dialog.close()

    # -- UI reactions --------------------------------------------------------------------------
    def _on_session_changed(self) -> None:
        notes = [text for ui in self.feature_uis if (text := ui.tooltip())]
        badge = sum(ui.badge() for ui in self.feature_uis)
        self.tray.show_state(self.session, badge=badge, notes=notes)
        self._on_connection_changed()

    def _on_session_failed(self, message: str) -> None:
        self.tray.notify(self.tr("SOP Companion"), message, error=True)

    def _on_refresh_requested(self) -> None:
        if self.session is not None:
            self.session.refresh_soon()
        for ui in self.feature_uis:
            ui.menu_opened()

    def _on_status_chosen(self, name: str) -> None:
        if any(ui.status_chosen(name) for ui in self.feature_uis):
            return  # a section asks something first (the forwarding number) and sets it itself
        spawn(self.set_status_from_ui(name))

    async def set_status_from_ui(self, name: str) -> None:
        session = self.session
        if session is None:
            return
        try:
            await session.set_status(name)
        except Exception as exc:  # SopError or UnknownStatus: shown, never raised into Qt
            session.record_error(describe(exc) if not isinstance(exc, ValueError) else str(exc))
            return
        self.cache.save(self._cache_key(), session.user, session.callflow)

    def open_settings(self, first_start: bool = False) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if not self._opening_settings:
            self._opening_settings = True
            spawn(self._open_settings(first_start))

    async def _open_settings(self, first_start: bool) -> None:
        try:
            has_password = bool(await self._password(self.settings))
        finally:
            self._opening_settings = False
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            self.check_settings,
            has_password=has_password,
            first_start=first_start,
            defaults=self.defaults,
        )
        dialog.saved.connect(lambda s, d=dialog: spawn(self._on_settings_saved(s, d.password)))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()

    async def check_settings(self, settings: Settings, password: str) -> str | None:
        """None when the server answers and knows the user, the event port answers ccPing and
        the desk phone exists; else a sentence for the dialog."""
        if not password and settings.http_username:
            password = await self._password(settings) or ""
        client = self._client_factory(settings, password)
        try:
            user = await find_user(client, settings.user)
            from app.core.settings_check import saved_settings_problem

            # then the event port and the desk phone, each failure naming its field
            return await saved_settings_problem(settings, client, user)
        except Exception as exc:
            return describe(exc)
        finally:
            await client.aclose()

    async def _on_settings_saved(self, settings: Settings, password: str) -> None:
        if password and settings.http_username:
            try:
                await off_thread(
                    self.secrets.set_password, settings.server_url, settings.http_username, password
                )
            except SecretStoreError as exc:
                self.tray.notify(self.tr("SOP Companion"), str(exc), error=True)
        await self.apply_settings(settings)

    async def _on_show_request(self, settings: dict[str, Any]) -> None:
        """A second start: apply its options, then show ourselves."""
        settings = {k: v for k, v in settings.items() if k not in self.defaults.locked}
        if settings:
            await self.apply_settings(self.settings.replace(**settings))
        if self.tray.window is not None:
            self.tray.window.show()
            self.tray.window.raise_()
        elif not self.settings.configured:
            self.open_settings(first_start=True)


class _SessionClient:
    """The session's three SOP calls, through the client of its generation, built at the first
    of them: building it imports httpx and reads the keyring, neither of which may delay the
    tray shown from the cache."""

    def __init__(self, client: Callable[[], Awaitable[SopClient]]) -> None:
        self._client = client

    async def get_directory_info(self, **filters: str) -> list[DirectoryEntry]:
        return await (await self._client()).get_directory_info(**filters)

    async def get_callflow(self, ext: str, lang: str | None = None) -> Callflow:
        return await (await self._client()).get_callflow(ext, lang)

    async def set_profile(
        self, ext: str, *, status: str | None = None, profile_name: str | None = None
    ) -> None:
        await (await self._client()).set_profile(ext, status=status, profile_name=profile_name)
