"""Wires settings, the SOP client, the session, the event link and the tray together.

Start-up order is chosen for speed: the tray is shown from the cached state first, and only then
is the HTTP stack imported and the SOP asked (TECH-NOTES: start-up baseline).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.core import startup_trace
from app.core.commands import CommandHandler
from app.core.feature import CommandFn, Feature, FeatureContext
from app.core.language import ui_language
from app.core.messages import describe
from app.core.secrets import SecretStore, SecretStoreError
from app.core.session import Session, UserNotFound, directory_filter
from app.core.settings import Settings, SettingsStore
from app.core.state_cache import StateCache, cache_key
from app.core.tasks import cancel_all, spawn
from app.ui.feature_ui import FeatureUi, registry
from app.ui.tray import Tray
from app.ui.tray_menu import TrayMenu

if TYPE_CHECKING:
    from app.sop.client import SopClient
    from app.ui.settings_dialog import SettingsDialog


log = logging.getLogger(__name__)

#: how long quitting may wait for the features (a log-out at quit, the last writes)
SHUTDOWN_BUDGET_S = 1.5


class Controller(QObject):
    #: emitted once per quit request (menu, SIGTERM, aboutToQuit), before the features stop
    quitting = Signal()

    def __init__(
        self,
        cfg_dir: Path,
        *,
        overrides: dict[str, Any] | None = None,
        persist_overrides: bool = True,
        secrets: SecretStore | None = None,
        tray: Tray | None = None,
        event_options: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cfg_dir = cfg_dir
        # EventStream knobs (heartbeat_s, backoff...): tests shorten the 30 s heartbeat.
        self.event_options = dict(event_options or {})
        self._link_up: bool | None = None  # last connection state given to the features
        self.store = SettingsStore(cfg_dir)
        self.cache = StateCache(cfg_dir)
        self.secrets = secrets or SecretStore()
        self.settings = self.store.load()
        if overrides:
            self.settings = self.settings.replace(**overrides)
            if persist_overrides:
                self.store.save(self.settings)
        self.session: Session | None = None
        self.client: SopClient | None = None
        self.events: Any = None
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
        self._make_session()
        self.tray.show()
        await asyncio.sleep(0)  # let the tray paint before importing the HTTP stack
        await self._connect()

    def _make_session(self) -> None:
        session = Session(
            _LazyClient(self),
            self.settings.user,
            self.lang,
            refresh_interval_s=self.settings.refresh_interval_s,
            parent=self,
        )
        user, callflow = self.cache.load(self._cache_key())
        session.changed.connect(self._on_session_changed)
        session.failed.connect(self._on_session_failed)
        self.session = session
        self._link_up = None
        session.adopt_cached(user, callflow)

    def _make_features(self, session: Session) -> None:
        ctx = FeatureContext(
            settings=self.settings,
            session=session,
            client=session.client,
            cfg_dir=self.cfg_dir,
            lang=self.lang,
        )
        for feature_cls, ui_cls in registry():
            feature = feature_cls(ctx, self)
            feature.changed.connect(self._on_session_changed)
            feature.notify.connect(self._on_feature_notify)
            self.features.append(feature)
            if ui_cls is not None:
                self.feature_uis.append(ui_cls(feature, self))
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

    def dispatch_event(self, event: object) -> None:
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

    def _build_client(self, settings: Settings, password: str | None) -> SopClient:
        from app.sop.client import SopClient

        auth = (settings.http_username, password or "") if settings.http_username else None
        return SopClient(
            settings.server_url,
            fmt="xml" if settings.response_format == "xml" else "json",
            auth=auth,
            verify=settings.ca_file or True,
        )

    def ensure_client(self) -> SopClient:
        if self.client is None:
            password = self.secrets.get_password(
                self.settings.server_url, self.settings.http_username
            )
            self.client = self._build_client(self.settings, password)
        return self.client

    async def _connect(self) -> None:
        session = self.session
        assert session is not None
        ok = await session.refresh()
        if ok:
            self.cache.save(self._cache_key(), session.user, session.callflow)
            if startup_trace.milestone("statuses-shown"):
                self.request_quit()
                return
        session.start_polling()
        # Features load after the statuses are in the menu: their imports (history store,
        # directory index, hotkeys...) would otherwise delay the one thing the user waits for.
        self._make_features(session)
        for feature in self.features:
            feature.start()
        self._features_ready.set()
        session.changed.emit()  # features that wait for the user see the one already known
        self._start_events()
        if startup_trace.milestone("started"):
            self.request_quit()

    def _start_events(self) -> None:
        from app.core.event_link import EventLink

        session = self.session
        assert session is not None
        self.events = EventLink(
            self.settings,
            self.ensure_client(),
            session,
            self.dispatch_event,
            **self.event_options,
        )
        self.events.start()

    async def _teardown_session(self) -> None:
        if self.events is not None:
            await self.events.stop()
            self.events = None
        for ui in self.feature_uis:
            ui.close()
            ui.deleteLater()
        for feature in self.features:
            await feature.stop()
            feature.deleteLater()
        self.feature_uis.clear()
        self.features.clear()
        self._features_ready.clear()
        self.tray_menu.set_sections([])
        if self.session is not None:
            self.session.stop_polling()
            self.session.deleteLater()
            self.session = None
        if self.client is not None:
            await self.client.aclose()
            self.client = None

    async def apply_settings(self, settings: Settings, *, persist: bool = True) -> None:
        """Use new settings: rebuild the session against the (maybe new) server."""
        if persist:
            self.store.save(settings)
        self.settings = settings
        await self._teardown_session()
        if settings.configured:
            self._make_session()
            await self._connect()
        else:
            self.tray.show_state(None, configured=False)

    def request_quit(self) -> None:
        if not self._quit.is_set():
            self.quitting.emit()
        self._quit.set()

    async def shutdown(self) -> None:
        await self._teardown_session()
        self.tray.hide()
        if self.dialog is not None:
            self.dialog.close()

    # -- UI reactions --------------------------------------------------------------------------
    def _on_session_changed(self) -> None:
        self.tray.show_state(self.session, badge=sum(ui.badge() for ui in self.feature_uis))
        self._on_connection_changed()

    def _on_session_failed(self, message: str) -> None:
        self.tray.notify(self.tr("SOP Companion"), message, error=True)

    def _on_refresh_requested(self) -> None:
        if self.session is not None:
            self.session.refresh_soon()

    def _on_status_chosen(self, name: str) -> None:
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
        has_password = bool(
            self.settings.http_username
            and self.secrets.get_password(self.settings.server_url, self.settings.http_username)
        )
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings, self.check_settings, has_password=has_password, first_start=first_start
        )
        dialog.saved.connect(lambda s, d=dialog: spawn(self._on_settings_saved(s, d.password)))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()

    async def check_settings(self, settings: Settings, password: str) -> str | None:
        """None when the server answers and knows the user, else a sentence for the dialog."""
        if not password and settings.http_username:
            password = self.secrets.get_password(settings.server_url, settings.http_username) or ""
        client = self._build_client(settings, password)
        try:
            entries = await client.get_directory_info(**directory_filter(settings.user))
        except Exception as exc:
            return describe(exc)
        finally:
            await client.aclose()
        if not entries:
            return describe(UserNotFound.for_user(settings.user))
        return None

    async def _on_settings_saved(self, settings: Settings, password: str) -> None:
        if password and settings.http_username:
            try:
                self.secrets.set_password(settings.server_url, settings.http_username, password)
            except SecretStoreError as exc:
                self.tray.notify(self.tr("SOP Companion"), str(exc), error=True)
        await self.apply_settings(settings)

    async def _on_show_request(self, settings: dict[str, Any]) -> None:
        """A second start: apply its options, then show ourselves."""
        if settings:
            await self.apply_settings(self.settings.replace(**settings))
        if self.tray.window is not None:
            self.tray.window.show()
            self.tray.window.raise_()
        elif not self.settings.configured:
            self.open_settings(first_start=True)


class _LazyClient:
    """Defers building the SOP client (and importing httpx) to the first call."""

    def __init__(self, controller: Controller) -> None:
        self._controller = controller

    def __getattr__(self, name: str) -> Any:
        return getattr(self._controller.ensure_client(), name)
