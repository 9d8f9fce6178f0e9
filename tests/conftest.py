"""Shared fixtures: an isolated config folder, an in-memory keyring, a qasync loop, the simulator.

Qt tests run offscreen (no tray: the app shows its fallback window); tests/e2e starts its own
Xvfb with a tray host for the real thing.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.core.qobject.connect=false")
from app.core.qt_workarounds import guard_immortals

guard_immortals()  # as the app does at start-up: a no-op unless the Qt binding leaks references

os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memory_keyring.MemoryKeyring"

T = TypeVar("T")


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    cfg = tmp_path_factory.mktemp("cfg")
    monkeypatch.setenv("SOP_COMPANION_CONFIG_DIR", str(cfg))
    # No company defaults of this machine (/etc/xdg/sop-companion) leak into the tests.
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(cfg / "no-system-config"))
    from tests.helpers.memory_keyring import MemoryKeyring

    MemoryKeyring.store.clear()
    return cfg


@pytest.fixture
def cfg_dir(_isolated_config):
    return _isolated_config


class LoopRunner:
    """Runs coroutines on one qasync loop shared by the session: sync tests drive
    coroutines with ``run_until_complete`` (pytest-qt has no qasync support; one loop per session).

    Trap: after each ``run_until_complete`` qasync processes Qt events once outside the running
    loop, so background tasks that live across two ``run`` calls (the event socket, heartbeats)
    die with "no running event loop". Run such a scenario as one coroutine, start to shutdown.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 15.0) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def until(self, predicate, timeout: float = 10.0, interval: float = 0.01) -> None:
        """Run the loop until ``predicate()`` is true; fail after ``timeout`` seconds."""
        from tests.helpers.waiting import until

        self.run(until(predicate, timeout, interval=interval), timeout + 5)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's QApplication, with cycles collected on the Qt thread only, as in the app
    (app/core/main_thread_gc): the simulator's thread once collected a stale test's menu and
    hung the run."""
    from app.core.main_thread_gc import MainThreadCollector

    collector = MainThreadCollector()
    yield qapp
    collector.stop()


@pytest.fixture(scope="session")
def _qloop(qapp):
    import qasync

    qapp.setQuitOnLastWindowClosed(False)  # as the tray app does: closing a window never quits
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def qloop(_qloop) -> Iterator[LoopRunner]:
    asyncio.set_event_loop(_qloop)
    runner = LoopRunner(_qloop)
    yield runner
    from app.core.tasks import cancel_all

    runner.run(cancel_all())


SIM_PROFILES = ("default", "reference")


@pytest.fixture(scope="session", params=SIM_PROFILES)
def sim_profile(request: pytest.FixtureRequest) -> str:
    """The simulator profile a test runs against: every test that talks to the simulator through
    ``sim``/``sim_server`` (or builds its own with ``profile=sim_profile``) runs once per
    profile, so the client never depends on one reading of the reference."""
    return str(request.param)


@pytest.fixture(scope="session")
def sim_server(sim_profile: str):
    from app.sim import SimConfig, SimThread

    thread = SimThread(SimConfig(profile=sim_profile))
    thread.start()
    yield thread
    thread.stop()


@pytest.fixture
def sim(sim_server):
    """The shared simulator, reset to its initial state for this test."""
    sim_server.call(lambda s: s.reset())
    yield sim_server
    sim_server.call(lambda s: s.reset())


@pytest.fixture(scope="session")
def default_sim_server():
    from app.sim import SimConfig, SimThread

    thread = SimThread(SimConfig(profile="default"))
    thread.start()
    yield thread
    thread.stop()


@pytest.fixture
def default_sim(default_sim_server):
    """The simulator in its default profile, reset: for the tests of the simulator's own
    behaviour (the reference profile has tests of its own), not for tests of the app."""
    default_sim_server.call(lambda s: s.reset())
    yield default_sim_server
    default_sim_server.call(lambda s: s.reset())


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory):
    """The app's translations, compiled once for the session (tests.helpers.ui_language)."""
    from tests.helpers.ui_language import compile_translations

    return compile_translations(tmp_path_factory.mktemp("qm"))
