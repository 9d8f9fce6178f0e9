"""EventStream against a real event socket on 127.0.0.1 (asyncio.start_server, port 0)."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from app.sop.event_stream import EventStream, backoff_delay
from app.sop.events import Event, NewOrigChannel, Pong
from tests.helpers.waiting import until

NEW_ORIG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<evNewOrigChannel><Channel>SIP/a-1</Channel>'
    b"<CallerId>104</CallerId><Extension>102</Extension></evNewOrigChannel>\n"
)
CALL = NewOrigChannel("SIP/a-1", "104", "102")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FakeEventSocket:
    """The SOP's port 5050, scripted by the test: send bytes, drop clients, go away."""

    def __init__(self) -> None:
        self.writers: list[asyncio.StreamWriter] = []
        self.accepted = 0
        self.port = 0
        self._server: asyncio.base_events.Server | None = None
        self._handlers: set[asyncio.Task[Any]] = set()

    async def start(self, port: int = 0) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        self.writers.append(writer)
        self.accepted += 1
        try:
            while await reader.read(1024):
                pass
        except OSError:
            pass
        finally:
            if writer in self.writers:
                self.writers.remove(writer)
            writer.close()
            self._handlers.discard(task)

    async def send(self, data: bytes) -> None:
        for writer in list(self.writers):
            writer.write(data)
            await writer.drain()

    async def drop(self) -> None:
        """Close every client connection (the server keeps listening)."""
        writers, self.writers = self.writers, []
        for writer in writers:
            writer.close()
        await asyncio.gather(*(w.wait_closed() for w in writers), return_exceptions=True)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        await self.drop()
        await asyncio.gather(*self._handlers, return_exceptions=True)


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.states: list[tuple[bool, str]] = []

    def on_event(self, event: Event) -> None:
        self.events.append(event)

    def on_state(self, connected: bool, reason: str) -> None:
        self.states.append((connected, reason))

    @property
    def calls(self) -> list[Event]:
        return [e for e in self.events if not isinstance(e, Pong)]


def run(scenario: Callable[[FakeEventSocket, Recorder], Awaitable[None]]) -> None:
    async def main() -> None:
        server = FakeEventSocket()
        await server.start()
        try:
            await asyncio.wait_for(scenario(server, Recorder()), 20)
        finally:
            await server.stop()

    asyncio.run(main())


def make_stream(server: FakeEventSocket, rec: Recorder, **kwargs: Any) -> EventStream:
    kwargs.setdefault("backoff_initial_s", 0.01)
    kwargs.setdefault("backoff_max_s", 0.05)
    return EventStream(
        "127.0.0.1", server.port, on_event=rec.on_event, on_state=rec.on_state, **kwargs
    )


# --- events -------------------------------------------------------------------------------------


def test_receives_events_split_across_reads():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        stream = make_stream(server, rec)
        stream.start()
        await until(lambda: server.writers and stream.connected, what="connection")
        for i in range(0, len(NEW_ORIG), 7):  # tiny writes: the parser sees split tags
            await server.send(NEW_ORIG[i : i + 7])
        await server.send(b"<evPong/>\n" + NEW_ORIG * 3)
        await until(lambda: len(rec.events) == 5, what="five events")
        assert rec.events == [CALL, Pong(), CALL, CALL, CALL]
        await stream.stop()
        assert not stream.connected
        port = server.port
        assert rec.states == [(True, f"connected to 127.0.0.1:{port}"), (False, "stopped")]

    run(scenario)


def test_a_failing_on_event_callback_is_logged_and_not_fatal(caplog: pytest.LogCaptureFixture):
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        seen: list[Event] = []

        def on_event(event: Event) -> None:
            seen.append(event)
            if len(seen) == 1:
                raise RuntimeError("consumer bug")

        stream = EventStream("127.0.0.1", server.port, on_event=on_event)
        stream.start()
        await until(lambda: bool(server.writers), what="connection")
        await server.send(NEW_ORIG + NEW_ORIG)
        await until(lambda: len(seen) == 2, what="both events")
        assert stream.connected
        await stream.stop()

    with caplog.at_level(logging.ERROR, logger="app.sop.event_stream"):
        run(scenario)
    assert "consumer bug" in caplog.text


# --- reconnecting -------------------------------------------------------------------------------


def test_reconnects_after_the_server_drops_the_connection():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        stream = make_stream(server, rec)
        stream.start()
        await until(lambda: server.accepted == 1 and stream.connected, what="first connection")
        await server.drop()
        await until(lambda: (False, "connection closed by the SOP") in rec.states, what="drop")
        assert stream.last_error == "connection closed by the SOP"
        await until(lambda: server.accepted == 2 and stream.connected, what="reconnect")
        await server.send(NEW_ORIG)
        await until(lambda: rec.calls == [CALL], what="event after reconnect")
        await stream.stop()
        connected = [s for s in rec.states if s[0]]
        assert len(connected) == 2

    run(scenario)


def test_reconnects_when_the_server_comes_back():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        stream = make_stream(server, rec)
        stream.start()
        await until(lambda: stream.connected, what="connection")
        port = server.port
        await server.stop()  # the SOP goes away entirely: connects are refused
        await until(
            lambda: any(not up and "cannot connect" in why for up, why in rec.states),
            what="refused connect",
        )
        assert not stream.connected
        assert "cannot connect to 127.0.0.1" in stream.last_error
        await server.start(port)
        await until(lambda: stream.connected, what="reconnect")
        await server.send(NEW_ORIG)
        await until(lambda: rec.calls == [CALL], what="event after reconnect")
        await stream.stop()

    run(scenario)


def test_backoff_grows_doubling_and_is_capped():
    delays: list[float] = []
    done = asyncio.Event()

    async def fake_sleep(delay: float) -> None:
        delays.append(delay)
        if len(delays) >= 10:
            done.set()
        await asyncio.sleep(0)

    async def main() -> None:
        stream = EventStream(
            "127.0.0.1",
            free_port(),  # nobody listens: every connect is refused
            on_event=lambda e: None,
            random=lambda: 0.0,
            sleep=fake_sleep,
        )
        stream.start()
        await asyncio.wait_for(done.wait(), 10)
        await stream.stop()

    asyncio.run(main())
    # Capped at 3 s: a SOP that works again is reached within 5 s, however long it was away.
    assert delays[:10] == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0]


def test_backoff_jitter_only_shortens():
    kwargs = {"initial_s": 0.5, "max_s": 30.0, "jitter": 0.5}
    assert backoff_delay(0, random=lambda: 1.0, **kwargs) == 0.25
    assert backoff_delay(3, random=lambda: 0.5, **kwargs) == 3.0
    assert backoff_delay(100, random=lambda: 0.999, **kwargs) == pytest.approx(15.015)
    assert backoff_delay(10_000, random=lambda: 0.0, **kwargs) == 30.0


def test_backoff_restarts_after_a_connection_that_carried_data():
    delays: list[float] = []

    async def fake_sleep(delay: float) -> None:
        delays.append(delay)
        await asyncio.sleep(0.01)

    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        stream = make_stream(server, rec, sleep=fake_sleep, random=lambda: 0.0)
        stream.start()
        for n in range(1, 4):
            await until(lambda n=n: len(rec.events) == n - 1 and bool(server.writers), what="link")
            await server.send(b"<evPong/>")
            await until(lambda n=n: len(rec.events) == n, what="pong")
            await server.drop()
        await until(lambda: len(delays) >= 3, what="three backoffs")
        await stream.stop()
        assert delays[:3] == [0.01, 0.01, 0.01]

    run(scenario)


def test_backoff_keeps_growing_when_the_server_hangs_up_at_once():
    delays: list[float] = []

    async def fake_sleep(delay: float) -> None:
        delays.append(delay)
        await asyncio.sleep(0.01)

    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        stream = make_stream(server, rec, sleep=fake_sleep, random=lambda: 0.0, backoff_max_s=1.0)
        stream.start()
        for n in range(1, 4):
            await until(lambda n=n: server.accepted == n and bool(server.writers), what="connect")
            await server.drop()
        await until(lambda: len(delays) >= 3, what="three backoffs")
        await stream.stop()
        assert delays[:3] == [0.01, 0.02, 0.04]
        assert rec.states.count((False, "connection closed by the SOP")) == 3

    run(scenario)


# --- heartbeat ----------------------------------------------------------------------------------


def test_answered_heartbeats_keep_the_link_up():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        pings = 0

        async def ping() -> None:
            nonlocal pings
            pings += 1
            # The SOP answers over HTTP first; the pong comes a little later on the socket.
            asyncio.get_running_loop().call_later(
                0.05, lambda: asyncio.ensure_future(server.send(b"<evPong/>"))
            )

        stream = make_stream(server, rec, ping=ping, heartbeat_s=0.1, pong_timeout_s=0.3)
        stream.start()
        await until(lambda: pings >= 5, what="five heartbeats")
        assert stream.connected
        assert server.accepted == 1
        assert [s[0] for s in rec.states] == [True]
        await stream.stop()

    run(scenario)


def test_silent_socket_is_noticed_within_one_heartbeat():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        async def ping() -> None:  # HTTP works, but no evPong ever arrives on the socket
            pass

        stream = make_stream(server, rec, ping=ping, heartbeat_s=0.2, pong_timeout_s=0.2)
        loop = asyncio.get_running_loop()
        stream.start()
        await until(lambda: stream.connected, what="connection")
        started = loop.time()
        await until(lambda: not stream.connected, within=2.0, what="dead link")
        # A fresh connection that has carried nothing gets three pings at once (the pong of the
        # first may go out before the SOP attached the socket): three pong timeouts + slack.
        assert loop.time() - started < 3 * 0.2 + 0.3
        assert rec.states[-1] == (False, "no evPong within 0.2 s")
        assert stream.last_error == "no evPong within 0.2 s"
        await until(lambda: server.accepted >= 2, what="reconnect after the dead link")
        await stream.stop()

    run(scenario)


def test_a_pong_lost_before_the_sop_attached_a_new_connection_does_not_drop_it():
    """The SOP (or a proxy in front of it) answers the first ccPing before it has attached the
    new socket: that evPong goes to nobody. Asking again keeps the connection, instead of
    dropping it and waiting seconds to reconnect."""

    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        pings = 0

        async def ping() -> None:
            nonlocal pings
            pings += 1
            if pings > 1:  # attached by now
                await server.send(b"<evPong/>")

        stream = make_stream(server, rec, ping=ping, heartbeat_s=5.0, pong_timeout_s=0.2)
        stream.start()
        await until(lambda: rec.states != [], within=2.0, what="a verdict on the connection")
        assert rec.states == [(True, f"connected to 127.0.0.1:{server.port}")]
        assert pings == 2 and server.accepted == 1
        await stream.stop()

    run(scenario)


def test_failing_ping_is_reported_but_not_fatal_while_the_socket_proves_itself():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        http_up = False
        pings = 0

        async def ping() -> None:  # the SOP's HTTP answer is lost, but its evPong arrives
            nonlocal pings
            pings += 1
            await server.send(b"<evPong/>")
            if not http_up:
                raise ConnectionResetError("HTTP API down")

        stream = make_stream(server, rec, ping=ping, heartbeat_s=0.05, pong_timeout_s=0.5)
        stream.start()
        await until(lambda: pings >= 3, what="failing pings")
        assert stream.connected and server.accepted == 1
        assert stream.last_error == "ping failed: HTTP API down"
        assert (True, "ping failed: HTTP API down") in rec.states
        assert not any(not up for up, _ in rec.states)
        await server.send(NEW_ORIG)  # events still flow while HTTP is down
        await until(lambda: rec.calls == [CALL], what="event")
        http_up = True
        await until(lambda: rec.states[-1][1].startswith("connected to"), what="recovery")
        assert server.accepted == 1
        await stream.stop()

    run(scenario)


def test_a_black_hole_is_declared_dead_with_a_reason():
    """Socket open but silent, ccPing hanging: both heartbeat legs have deadlines."""

    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        hole = False

        async def ping() -> None:
            if hole:
                await asyncio.sleep(3600)  # the HTTP request never comes back
            await server.send(b"<evPong/>")

        stream = make_stream(
            server, rec, ping=ping, heartbeat_s=0.2, ping_timeout_s=0.3, pong_timeout_s=0.2
        )
        loop = asyncio.get_running_loop()
        stream.start()
        await until(lambda: rec.states == [(True, f"connected to 127.0.0.1:{server.port}")])
        hole = True
        started = loop.time()
        await until(lambda: rec.states[-1][0] is False, within=3.0, what="black hole noticed")
        assert loop.time() - started < 0.2 + 0.3 + 0.2 + 0.4  # quiet + both legs + slack
        reason = rec.states[-1][1]
        assert "ccPing failed (timed out)" in reason and "silent" in reason
        assert stream.last_error == reason
        await stream.stop()

    run(scenario)


@pytest.mark.parametrize(
    "pong",
    [
        b"<evPong/>",
        b'<evPong id="7"/>',
        b"<evPong><Time>2026-11-05 10:00:00</Time></evPong>",
        b'<?XML version="1.0" encoding="utf-8"?>\n<evPong></evPong>\n',
        b'<?xml version="1.0" encoding="UTF-8"?>\r\n<evPong />\r\n',
        b"<evpong/>",
    ],
)
def test_any_reasonable_pong_answers_the_ping(pong: bytes):
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        pings = 0

        async def ping() -> None:
            nonlocal pings
            pings += 1
            await server.send(pong)

        stream = make_stream(server, rec, ping=ping, heartbeat_s=0.05, pong_timeout_s=0.3)
        stream.start()
        await until(lambda: pings >= 4, what="four answered pings")
        assert [s[0] for s in rec.states] == [True] and server.accepted == 1
        await stream.stop()

    run(scenario)


def test_no_ping_while_data_flows_and_any_bytes_prove_the_socket():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        pings = 0

        async def ping() -> None:  # HTTP answers, but the SOP never sends an evPong
            nonlocal pings
            pings += 1

        stream = make_stream(server, rec, ping=ping, heartbeat_s=0.3, pong_timeout_s=0.2)
        stream.start()
        await until(lambda: bool(server.writers), what="connection")
        await server.send(NEW_ORIG)  # data, not a pong: the socket is alive
        await until(lambda: rec.states[:1] == [(True, f"connected to 127.0.0.1:{server.port}")])
        for _ in range(10):  # 1 s of traffic, faster than the quiet period
            await server.send(b"<evSomething/>")
            await asyncio.sleep(0.1)
        assert pings == 1  # only the first probe, at connect
        assert [s[0] for s in rec.states] == [True] and server.accepted == 1
        await stream.stop()

    run(scenario)


def test_the_link_is_back_within_2_s_of_the_sop_returning_after_an_outage():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        async def ping() -> None:
            await server.send(b"<evPong/>")

        stream = EventStream(  # the app's backoff: 0.5 s doubling up to 30 s
            "127.0.0.1", server.port, on_event=rec.on_event, on_state=rec.on_state,
            ping=ping, random=lambda: 0.0,
        )  # fmt: skip
        loop = asyncio.get_running_loop()
        stream.start()
        await until(lambda: rec.states[-1:] == [(True, f"connected to 127.0.0.1:{server.port}")])
        port = server.port
        await server.stop()  # a 4 s outage: the backoff has grown to its cap meanwhile
        await asyncio.sleep(4.0)
        await server.start(port)
        back = loop.time()
        await until(lambda: rec.states[-1][0] is True, within=10.0, what="reconnect")
        assert loop.time() - back < 2.0
        await stream.stop()

    run(scenario)


# --- lifecycle ----------------------------------------------------------------------------------


def test_stop_before_start_twice_and_while_connecting():
    async def main() -> None:
        stream = EventStream("127.0.0.1", free_port(), on_event=lambda e: None)
        await stream.stop()
        stream.start()
        stream.start()  # no second task
        assert stream.running
        await asyncio.sleep(0)
        await stream.stop()
        await stream.stop()
        assert not stream.running and not stream.connected
        assert {t for t in asyncio.all_tasks() if t is not asyncio.current_task()} == set()

    asyncio.run(main())


def test_a_long_black_hole_is_left_within_seconds_of_answering_again():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        hole = False

        async def ping() -> None:
            if hole:
                await asyncio.sleep(3600)
            await server.send(b"<evPong/>")

        stream = EventStream(  # backoff doubling from 1 s to 30 s, short heartbeat legs
            "127.0.0.1", server.port, on_event=rec.on_event, on_state=rec.on_state,
            ping=ping, heartbeat_s=0.2, ping_timeout_s=0.3, pong_timeout_s=0.2,
            backoff_initial_s=1.0, random=lambda: 0.0,
        )  # fmt: skip
        loop = asyncio.get_running_loop()
        stream.start()
        await until(lambda: rec.states[-1:] == [(True, f"connected to 127.0.0.1:{server.port}")])
        hole = True
        await asyncio.sleep(10.0)  # the backoff would have grown to 8 s meanwhile
        assert server.accepted >= 4 and rec.states[-1][0] is False
        hole = False  # the SOP answers again
        back = loop.time()
        await until(lambda: rec.states[-1][0] is True, within=40.0, what="reconnect")
        assert loop.time() - back < 3.5
        await stream.stop()

    run(scenario)


def test_a_socket_connected_to_itself_counts_as_refused():
    """Linux may connect a socket to itself when nothing listens on a loopback port of the
    ephemeral range; such a silent "SOP" must count as unreachable (the probe keeps going)."""
    import socket

    from app.sop.event_stream import _refuse_self_connection

    async def main() -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        sock.connect(sock.getsockname())  # TCP simultaneous open with itself
        _reader, writer = await asyncio.open_connection(sock=sock)
        with pytest.raises(ConnectionRefusedError):
            _refuse_self_connection(writer)
        assert writer.is_closing()

    asyncio.run(main())


# --- load on the SOP: pings only after silence, spread after a drop -----------------------------


def test_with_the_app_defaults_a_ccping_goes_out_only_after_a_quiet_minute():
    """On a clock 100 times faster than the wall clock: the app's own heartbeat values."""
    from tests.helpers.scaled_time import run_scaled

    async def main() -> None:
        server = FakeEventSocket()
        await server.start()
        rec = Recorder()
        loop = asyncio.get_running_loop()
        pings: list[float] = []

        async def ping() -> None:
            pings.append(loop.time())
            await server.send(b"<evPong/>")

        draws = iter([0.0, 1.0] + [0.5] * 50)  # the quiet periods: 60 s, 120 s, then 90 s
        stream = EventStream(
            "127.0.0.1", server.port, on_event=rec.on_event, on_state=rec.on_state,
            ping=ping, random=lambda: next(draws), pong_timeout_s=20.0,
        )  # fmt: skip
        stream.start()
        try:
            await until(lambda: len(pings) == 1, within=100, interval=0.5, what="the first ping")
            await until(lambda: len(pings) == 3, within=200, interval=0.5, what="two heartbeats")
            assert 60.0 <= pings[1] - pings[0] < 65.0
            assert 120.0 <= pings[2] - pings[1] < 125.0
            for _ in range(6):  # an event every 50 s: the socket proves itself, no ping
                await asyncio.sleep(50.0)
                await server.send(NEW_ORIG)
            assert len(pings) == 3
            await until(lambda: len(pings) == 4, within=100, interval=0.5, what="the next ping")
            assert loop.time() - pings[2] > 300
            assert [up for up, _ in rec.states] == [True]
        finally:
            await stream.stop()
            await server.stop()

    run_scaled(main(), speed=100.0)


def test_the_socket_has_tcp_keepalive():
    from app.sop.event_stream import enable_keepalive

    async def main() -> None:
        server = FakeEventSocket()
        await server.start()
        _reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        enable_keepalive(writer, 60.0)
        sock = writer.get_extra_info("socket")
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
        if hasattr(socket, "TCP_KEEPIDLE"):
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 60
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL) == 10
        writer.close()
        await server.stop()

    asyncio.run(main())


def test_after_a_drop_the_link_is_up_at_once_and_its_proof_ping_comes_later():
    """A SOP restart brings every desktop back together: each shows connected as soon as the
    socket stays open, and proves it with a ccPing at its own random moment."""

    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        loop = asyncio.get_running_loop()
        pings: list[float] = []

        async def ping() -> None:
            pings.append(loop.time())
            await server.send(b"<evPong/>")

        stream = make_stream(
            server, rec, ping=ping, settle_s=0.1, proof_spread_s=2.0, random=lambda: 0.5
        )
        stream.start()
        await until(lambda: len(pings) == 1 and stream.connected, what="first connection")
        await server.drop()
        await until(lambda: rec.states[-1][0] is False, what="drop noticed")
        await until(lambda: server.accepted == 2, what="reconnect")
        back = loop.time()
        await until(lambda: rec.states[-1][0] is True, within=1.0, what="connected again")
        assert loop.time() - back < 0.5
        assert len(pings) == 1  # not yet: the proof is spread
        await until(lambda: len(pings) == 2, within=3.0, what="the proof ping")
        assert 1.0 <= pings[1] - back < 1.6  # settle 0.1 s + 2.0 s * 0.5
        await stream.stop()

    run(scenario)


def test_a_silent_socket_after_a_drop_is_still_found_dead_by_its_proof():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        answer = True

        async def ping() -> None:
            if answer:
                await server.send(b"<evPong/>")

        stream = make_stream(
            server, rec, ping=ping, settle_s=0.05, proof_spread_s=0.5, pong_timeout_s=0.2
        )
        stream.start()
        await until(lambda: stream.connected and rec.states[-1][0], what="first connection")
        answer = False
        await server.drop()
        await until(lambda: server.accepted == 2, what="reconnect")
        await until(
            lambda: rec.states[-1] == (False, "no evPong within 0.2 s"),
            within=2.0,
            what="the silent socket found dead",
        )
        await stream.stop()

    run(scenario)


def test_reconnects_after_an_outage_are_spread_but_quick():
    async def scenario(server: FakeEventSocket, rec: Recorder) -> None:
        async def ping() -> None:
            await server.send(b"<evPong/>")

        stream = make_stream(
            server, rec, ping=ping, reconnect_spread_s=1.0, random=lambda: 0.8, settle_s=0.05,
            backoff_initial_s=1.0, backoff_max_s=4.0,  # the probe finds the SOP back
        )  # fmt: skip
        loop = asyncio.get_running_loop()
        stream.start()
        await until(lambda: stream.connected and bool(rec.states) and rec.states[-1][0])
        port = server.port
        await server.stop()
        await until(lambda: any("cannot connect" in why for _, why in rec.states), what="outage")
        await server.start(port)
        back = loop.time()
        await until(lambda: rec.states[-1][0] is True, within=5.0, what="reconnect")
        took = loop.time() - back
        assert 0.8 <= took < 2.5  # the probe (0.75 s at most), 0.8 s of spread, 0.05 s settle
        await stream.stop()

    run(scenario)
