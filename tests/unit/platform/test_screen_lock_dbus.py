"""The Linux screen-lock watcher against a real D-Bus daemon, with mocks of logind (answering
``Get`` for ``Id`` and ``LockedHint``, sending ``PropertiesChanged``) and of the screensaver
(sending ``ActiveChanged``)."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator

import pytest

from app.platform.screen_lock.linux import (
    AUTO_SESSION,
    LOGIN1,
    PROPERTIES,
    SESSION_IFACE,
    DBusLockWatcher,
    bus_path_escape,
)
from tests.helpers.waiting import until

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")

SESSION_ID = "c1"
SESSION_PATH = "/org/freedesktop/login1/session/c1"


@pytest.fixture
def bus() -> Iterator[str]:
    """A private session bus: its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(timeout=5)
    daemon.stdout.close()


class MockLogind(threading.Thread):
    """Owns org.freedesktop.login1 on the test bus and answers Properties.Get."""

    def __init__(self, address: str, locked: bool = False) -> None:
        super().__init__(daemon=True)
        from jeepney import message_bus, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        self.locked = locked
        self.conn = open_dbus_connection(bus=address)
        self.conn.send_and_get_reply(
            new_method_call(message_bus, "RequestName", "su", (LOGIN1, 4)), timeout=5
        )
        self.stopping = threading.Event()

    def run(self) -> None:
        from jeepney import new_method_return

        while not self.stopping.is_set():
            try:
                msg = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if msg.header.message_type.name != "method_call":
                continue
            _iface, prop = msg.body
            value = ("s", SESSION_ID) if prop == "Id" else ("b", self.locked)
            self.conn.send(new_method_return(msg, "v", (value,)))

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=5)
        self.conn.close()


class Emitter:
    """Sends signals on the test bus, as logind and the screensaver would."""

    def __init__(self, address: str) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.conn = open_dbus_connection(bus=address)

    def locked_hint(self, locked: bool) -> None:
        from jeepney import DBusAddress, new_signal

        where = DBusAddress(SESSION_PATH, interface=PROPERTIES)
        body = (SESSION_IFACE, {"LockedHint": ("b", locked)}, [])
        self.conn.send(new_signal(where, "PropertiesChanged", "sa{sv}as", body))

    def screensaver(self, active: bool, iface: str = "org.freedesktop.ScreenSaver") -> None:
        from jeepney import DBusAddress, new_signal

        where = DBusAddress("/org/freedesktop/ScreenSaver", interface=iface)
        self.conn.send(new_signal(where, "ActiveChanged", "b", (active,)))


def test_bus_path_escape_is_systemds() -> None:
    assert bus_path_escape("c1") == "c1"
    assert bus_path_escape("2") == "_32"
    assert bus_path_escape("a-b") == "a_2db"
    assert AUTO_SESSION.endswith("/auto")


def test_logind_lock_and_unlock(bus, qapp, qloop) -> None:
    logind = MockLogind(bus)
    logind.start()
    emit = Emitter(bus)
    watcher = DBusLockWatcher(system_bus=bus, session_bus=bus)
    seen: list[bool] = []
    watcher.locked_changed.connect(seen.append)

    async def scenario() -> None:
        watcher.start()
        await until(watcher.ready.is_set, within=5, what="subscribed")
        emit.locked_hint(True)
        await until(lambda: seen == [True], within=5)
        emit.locked_hint(True)  # the same state again: no second notice
        emit.locked_hint(False)
        await until(lambda: seen == [True, False], within=5)
        await watcher.stop()

    try:
        qloop.run(scenario())
    finally:
        logind.stop()
        emit.conn.close()
    assert seen == [True, False]


def test_locked_at_start_is_reported(bus, qapp, qloop) -> None:
    logind = MockLogind(bus, locked=True)
    logind.start()
    watcher = DBusLockWatcher(system_bus=bus, session_bus=bus)

    async def scenario() -> None:
        watcher.start()
        await until(watcher.ready.is_set, within=5)
        await watcher.stop()

    try:
        qloop.run(scenario())
    finally:
        logind.stop()
    assert watcher.locked is True


def test_screensaver_alone_without_logind(bus, qapp, qloop) -> None:
    emit = Emitter(bus)
    watcher = DBusLockWatcher(system_bus=bus, session_bus=bus)  # no logind on this bus
    seen: list[bool] = []
    watcher.locked_changed.connect(seen.append)

    async def scenario() -> None:
        watcher.start()
        await until(watcher.ready.is_set, within=5)
        emit.screensaver(True, "org.gnome.ScreenSaver")
        await until(lambda: seen == [True], within=5)
        emit.screensaver(False)
        await until(lambda: seen == [True, False], within=5)
        await watcher.stop()

    try:
        qloop.run(scenario())
    finally:
        emit.conn.close()


def test_no_bus_at_all_is_silent(qapp, qloop) -> None:
    watcher = DBusLockWatcher(
        system_bus="unix:path=/nonexistent/bus", session_bus="unix:path=/nonexistent/bus"
    )

    async def scenario() -> None:
        watcher.start()
        await until(watcher.ready.is_set, within=5)
        await watcher.stop()

    qloop.run(scenario())
    assert watcher.locked is False


def test_linux_gets_the_dbus_watcher(qapp) -> None:
    from app.platform.screen_lock.choose import watcher_for_platform

    assert isinstance(watcher_for_platform(), DBusLockWatcher)
