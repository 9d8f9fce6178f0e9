"""``run_gui``: the QApplication, the qasync loop, the single-instance guard, the demo."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from app.core import startup_trace
from app.core.paths import ENV_CONFIG_DIR, config_dir, instance_name

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
        import shutil

        for folder in _throwaway:  # the demo's folder goes even on this path
            shutil.rmtree(folder, ignore_errors=True)
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
_throwaway: list[Path] = []  # folders to delete at quit (the demo's), however it quits


def _demo_config_dir(args: argparse.Namespace) -> tuple[Path, bool]:
    """The configuration folder of a ``--demo`` run, and whether it is a throw-away one.

    The demo never uses the user's own folder: its simulator has a new address and port on each
    run, so settings, history, caches, recent numbers and the hot-desk timer written there would
    point at nothing afterwards and mix demo calls into real ones. A folder named on purpose
    (``--config-dir``, ``SOP_COMPANION_CONFIG_DIR``: tests, screenshots) is used as given;
    otherwise a fresh private temporary folder is made, removed again at quit.
    """
    if args.config_dir or os.environ.get(ENV_CONFIG_DIR):
        return config_dir(args.config_dir), False
    import tempfile

    return Path(tempfile.mkdtemp(prefix="sop-companion-demo-")).resolve(), True


def _announce_demo_folder(cfg: Path, throwaway: bool) -> None:
    if throwaway:
        print(
            f"Demo: its settings, history and caches are kept in {cfg} and deleted at quit; "
            "your own settings are not touched.\n"
            f"Demo: to command it, e.g. SOP_COMPANION_CONFIG_DIR={cfg} sop-companion status",
            file=sys.stderr,
        )


def _already_running_demo(cfg: Path) -> int:
    print(
        f"SOP Companion is already running with the configuration folder {cfg}, so the demo "
        "was not started. Quit that instance first, or start the demo without --config-dir "
        f"and {ENV_CONFIG_DIR}: it then uses a folder of its own.",
        file=sys.stderr,
    )
    return 1


class DemoPortsBusy(Exception):
    """``--demo-ports``: the simulator could not listen on the ports asked for."""


def _start_demo_sim(
    overrides: dict[str, Any], profile: str = "default", ports: tuple[int, int] | None = None
) -> tuple[dict[str, Any], Any]:
    from app.sim import DEMO_EXT, SimConfig, SimThread

    DEMO_DESK_PHONE = "SDPH0100"  # a free, registered hot-desk phone of the demo company

    http_port, events_port = ports or (0, 0)
    sim_thread = SimThread(
        SimConfig(
            incoming_call_every_s=45.0,
            presence_every_s=20.0,
            profile=profile,
            http_port=http_port,
            events_port=events_port,
        )
    )
    try:
        sim_thread.start()
    except RuntimeError as exc:
        if ports is None or not isinstance(exc.__cause__, OSError):
            raise
        raise DemoPortsBusy(
            f"The demo cannot use the ports {http_port},{events_port}: "
            f"{exc.__cause__.strerror or exc.__cause__}. Choose others with --demo-ports, "
            "or leave it out to use free ones."
        ) from exc
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


def _cached_view(user: Any, callflow: Any) -> Any:
    from types import SimpleNamespace

    return SimpleNamespace(
        user=user, callflow=callflow, connected=False, disconnect_reason="", pending_status=None
    )


def _show_cached_tray(cfg: Any, settings: Any, lang: str) -> tuple[Any, Any]:
    """Put the icon and menu on screen from the last known state, before any I/O; returns the
    tray and the cached user (None when unknown)."""
    from app.core.state_cache import StateCache, cache_key
    from app.ui.tray import Tray
    from app.ui.tray_menu import TrayMenu

    tray = Tray(TrayMenu())
    user = None
    if settings.configured:
        user, callflow = StateCache(cfg).load(cache_key(settings.server_url, settings.user, lang))
        tray.show_state(_cached_view(user, callflow))
    else:
        tray.show_state(None, configured=False)
    tray.show()
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()  # one loop turn, as the bare baseline measures
    return tray, user


def _first_look(tray: Any, settings: Any, user: Any, lang: str) -> Any:
    """The statuses read before the HTTP stack is imported (app.ui.first_look), shown at once;
    None when the controller must ask."""
    from app.ui import first_look

    if not first_look.usable(settings, user):
        return None
    callflow = first_look.read_callflow(settings, user, lang)
    if callflow is not None:
        from PySide6.QtCore import QCoreApplication

        tray.show_state(_cached_view(user, callflow))
        QCoreApplication.processEvents()
    return callflow


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


HEAP_TRIM_S = 300.0  # every 4 to 5 minutes (jittered): local work, no request to the SOP


def _start_heap_trims() -> Any:
    """A timer that hands the C heap's free pages back to the system (app/platform/heap_trim)."""
    import random

    from PySide6.QtCore import QTimer

    from app.platform.heap_trim import available, trim_heap

    if not available():
        return None
    timer = QTimer()

    def trim() -> None:
        trim_heap()
        timer.start(int(HEAP_TRIM_S * (0.8 + 0.2 * random.random()) * 1000))

    timer.setSingleShot(True)
    timer.timeout.connect(trim)
    timer.start(int(HEAP_TRIM_S * (0.8 + 0.2 * random.random()) * 1000))
    return timer


#: the main-thread garbage collector of this process (kept referenced)
_collector: list[Any] = []


def run_gui(args: argparse.Namespace, overrides: dict[str, Any]) -> int:
    startup_trace.milestone("process-start")
    throwaway = False
    if args.demo:
        from app.core import demo_mode

        demo_mode.enter()
        cfg, throwaway = _demo_config_dir(args)
        # A PIN or password typed into the demo stays in memory (app/core/demo_keyring.py).
        from app.core.demo_keyring import BACKEND

        os.environ["PYTHON_KEYRING_BACKEND"] = BACKEND
    else:
        cfg = config_dir(args.config_dir)
    if throwaway:
        _throwaway.append(cfg)
    try:
        return _run_gui(args, overrides, cfg, throwaway)
    finally:
        if throwaway:
            import shutil

            shutil.rmtree(cfg, ignore_errors=True)
            _throwaway.remove(cfg)


def _run_gui(
    args: argparse.Namespace, overrides: dict[str, Any], cfg: Path, throwaway: bool
) -> int:
    name = instance_name(cfg)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.core.qobject.connect=false")

    from PySide6.QtWidgets import QApplication

    from app.core.qt_workarounds import guard_immortals

    guard_immortals()  # a no-op unless the Qt binding leaks references (app/core/qt_workarounds)

    from app.platform.instance_lock import InstanceLock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.core.main_thread_gc import MainThreadCollector

    # Before any other thread starts (the demo's simulator, workers): cycles holding Qt objects
    # must never be collected there (app/core/main_thread_gc).
    if not _collector:
        _collector.append(MainThreadCollector(app))
    lock = InstanceLock(cfg)
    if not lock.try_acquire():
        if args.demo:  # its options are the simulator's: never hand them to that instance
            return _already_running_demo(cfg)
        return _forward_to_running(name, overrides)

    assert isinstance(app, QApplication)
    app.setApplicationName("SOP Companion")
    app.setOrganizationName("sop-companion")
    app.setDesktopFileName("sop-companion")
    app.setQuitOnLastWindowClosed(False)

    sim_thread = None
    persist = True
    if args.demo:
        try:
            overrides, sim_thread = _start_demo_sim(
                overrides,
                getattr(args, "sim_profile", "default"),
                getattr(args, "demo_ports", None),
            )
        except DemoPortsBusy as exc:
            lock.release()
            print(exc, file=sys.stderr)
            return 1
        _announce_demo_folder(cfg, throwaway)
        persist = False  # options given with --demo are for this run only

    from app.core.language import ui_language
    from app.core.settings import SettingsStore
    from app.platform.company_defaults import read_company_defaults

    defaults = read_company_defaults()
    store = SettingsStore(cfg, defaults=defaults.values, locked=defaults.locked)
    settings = store.load().replace(**overrides)
    lang = ui_language(settings.language)
    _install_translators(app, lang)
    tray, cached_user = _show_cached_tray(cfg, settings, lang)
    fresh = None
    exit_now = startup_trace.milestone("tray-shown")
    if not exit_now and settings.configured:
        fresh = _first_look(tray, settings, cached_user, lang)
        exit_now = fresh is not None and startup_trace.milestone("statuses-shown")
    if exit_now:
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
        cfg,
        overrides=overrides,
        persist_overrides=persist,
        tray=tray,
        defaults=defaults,
        fresh_callflow=fresh,
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
    trimmer = _start_heap_trims()
    try:
        with loop:
            loop.run_until_complete(controller.run())
    finally:
        if trimmer is not None:
            trimmer.stop()
        server.close()
        if wire is not None:
            wire.close()
        lock.release()
        if sim_thread is not None:
            sim_thread.stop()
    return 0
