"""``run_gui``: the QApplication, the qasync loop, the single-instance guard, the demo."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from typing import Any

from app.core import startup_trace
from app.core.paths import config_dir, instance_name

log = logging.getLogger(__name__)


def _forward_to_running(name: str, settings: dict[str, Any]) -> int:
    """A second start: hand our options to the running instance (it may still be starting)."""
    from app.platform.single_instance import NoInstance, send_request

    deadline = time.monotonic() + 10
    while True:
        try:
            answer = send_request(name, {"cmd": "show", "settings": settings})
            return int(answer.get("exit", 1))
        except NoInstance:
            if time.monotonic() > deadline:
                print("SOP Companion seems to be starting but does not answer.", file=sys.stderr)
                return 1
            time.sleep(0.1)


def _install_translators(app: Any, lang: str) -> list[Any]:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from app.resource_paths import data_dir

    installed: list[Any] = []
    if QLocale.system().language() != QLocale(lang).language():
        # Dates and day names follow the UI language; a matching system locale (fr_BE for
        # French) is kept for its country's formats.
        QLocale.setDefault(QLocale(lang))
    ours = QTranslator(app)
    if ours.load(QLocale(lang), "app", "_", str(data_dir("i18n"))):
        app.installTranslator(ours)
        installed.append(ours)
    if lang == "en":
        return installed  # app_en holds only the English plural forms; Qt's text is English
    qt = QTranslator(app)
    if qt.load(
        QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


#: SIGTERM quits within this, however busy the app or hung the SOP (then without finishing
#: its clean-up: the stores are written atomically or in transactions, so nothing is lost)
QUIT_DEADLINE_S = 1.8


def _quit_on_signals(request_quit: Any) -> None:
    """SIGTERM / SIGINT quit cleanly. Qt's loop runs no Python code on its own, so a timer
    gives the interpreter a chance to run the handler. A watchdog thread ends the process if
    the clean quit has not within :data:`QUIT_DEADLINE_S` (a frozen loop, a hung shutdown)."""
    import signal
    import threading

    from PySide6.QtCore import QTimer

    def watchdog() -> None:
        print(
            f"SOP Companion: quit took longer than {QUIT_DEADLINE_S:g} s; stopped.",
            file=sys.stderr,
            flush=True,
        )
        os._exit(1)

    def handler(_signum: int, _frame: object) -> None:
        if not _keep or not any(isinstance(k, threading.Timer) for k in _keep):
            timer = threading.Timer(QUIT_DEADLINE_S, watchdog)
            timer.daemon = True
            timer.start()
            _keep.append(timer)
        request_quit()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()
    _keep.append(timer)


_keep: list[Any] = []


def _start_demo_sim(
    overrides: dict[str, Any], profile: str = "default"
) -> tuple[dict[str, Any], Any]:
    from app.sim import DEMO_EXT, SimConfig, SimThread

    DEMO_DESK_PHONE = "SDPH0100"  # a free, registered hot-desk phone of the demo company

    config = SimConfig(incoming_call_every_s=45.0, profile=profile, presence_every_s=20.0)
    sim_thread = SimThread(config)
    sim_thread.start()
    print(
        f"Demo: simulated SOP at {sim_thread.http_url}, events on port {sim_thread.events_port}",
        file=sys.stderr,
    )
    demo = {
        "desk_phone": overrides.get("desk_phone") or DEMO_DESK_PHONE,
        "server_url": sim_thread.http_url,
        "user": DEMO_EXT,
        "events_port": sim_thread.events_port,
    }
    return {**overrides, **demo}, sim_thread


def _show_cached_tray(cfg: Any, settings: Any, lang: str) -> Any:
    """Put the icon and menu on screen from the last known state, before any I/O."""
    from types import SimpleNamespace

    from app.core.state_cache import StateCache, cache_key
    from app.ui.tray import Tray
    from app.ui.tray_menu import TrayMenu

    tray = Tray(TrayMenu())
    if settings.configured:
        user, callflow = StateCache(cfg).load(cache_key(settings.server_url, settings.user, lang))
        view = SimpleNamespace(
            user=user,
            callflow=callflow,
            connected=False,
            disconnect_reason="",
            pending_status=None,
        )
        tray.show_state(view)  # type: ignore[arg-type]
    else:
        tray.show_state(None, configured=False)
    tray.show()
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()  # one loop turn, as the bare baseline measures
    return tray


def _open_wire_log(args: argparse.Namespace, controller: Any, server: str, port: int) -> Any:
    """``--wire-log FILE``: record every HTTP exchange and event byte (None without it)."""
    path = getattr(args, "wire_log", None)
    if not path:
        return None
    from urllib.parse import urlsplit

    from app.sop.wire_log import WireLog

    try:
        wire = WireLog(path)
    except OSError as exc:
        print(f"Cannot write the wire log {path}: {exc.strerror or exc}", file=sys.stderr)
        return None
    controller.wire_log = wire
    host = urlsplit(server).hostname or "localhost"
    controller.event_options.setdefault("on_bytes", wire.event_reader(host, port))
    return wire


def run_gui(args: argparse.Namespace, overrides: dict[str, Any]) -> int:
    startup_trace.milestone("process-start")
    cfg = config_dir(args.config_dir)
    name = instance_name(cfg)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.core.qobject.connect=false")

    from PySide6.QtWidgets import QApplication

    from app.core.qt_workarounds import guard_immortals

    guard_immortals()  # a no-op unless the Qt binding leaks references (app/core/qt_workarounds)

    from app.platform.instance_lock import InstanceLock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    lock = InstanceLock(cfg)
    if not lock.try_acquire():
        return _forward_to_running(name, overrides)

    assert isinstance(app, QApplication)
    app.setApplicationName("SOP Companion")
    app.setOrganizationName("sop-companion")
    app.setDesktopFileName("sop-companion")
    app.setQuitOnLastWindowClosed(False)

    sim_thread = None
    persist = True
    if args.demo:
        overrides, sim_thread = _start_demo_sim(overrides, getattr(args, "sim_profile", "default"))
        persist = False  # the demo never overwrites the user's real settings

    from app.core.language import ui_language
    from app.core.settings import SettingsStore
    from app.platform.company_defaults import read_company_defaults

    defaults = read_company_defaults()
    store = SettingsStore(cfg, defaults=defaults.values, locked=defaults.locked)
    settings = store.load().replace(**overrides)
    lang = ui_language(settings.language)
    _install_translators(app, lang)
    tray = _show_cached_tray(cfg, settings, lang)
    if startup_trace.milestone("tray-shown"):
        tray.hide()
        lock.release()
        if sim_thread is not None:
            sim_thread.stop()
        return 0

    # Only now the asyncio / HTTP side: the icon is already on screen.
    import asyncio

    import qasync

    from app.platform.single_instance import InstanceServer
    from app.ui.controller import Controller

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # qasync does not install asyncio's async-generator hooks: without them an abandoned async
    # generator (an HTTP body iterator) is closed by the garbage collector outside any task.
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,
        finalizer=loop._asyncgen_finalizer_hook,
    )
    controller = Controller(
        cfg, overrides=overrides, persist_overrides=persist, tray=tray, defaults=defaults
    )
    wire = _open_wire_log(args, controller, settings.server_url, settings.events_port)
    server = InstanceServer(name, controller.commands)
    if not server.listen():
        log.warning("single-instance socket %s unavailable", name)
    app.aboutToQuit.connect(controller.request_quit)
    if sys.platform == "darwin":
        from app.ui.url_open import UrlOpenFilter

        app.installEventFilter(UrlOpenFilter(controller.commands, app))
    _quit_on_signals(controller.request_quit)
    try:
        with loop:
            loop.run_until_complete(controller.run())
    finally:
        server.close()
        if wire is not None:
            wire.close()
        lock.release()
        if sim_thread is not None:
            sim_thread.stop()
    return 0
