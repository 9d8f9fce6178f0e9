"""SimThread's lifecycle and the standalone CLI (``python -m app.sim``)."""

from __future__ import annotations

import asyncio
import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.sim import DEMO_EXT, SimConfig, SimThread, SopSimulator
from tests.integration.sim_helpers import connect_events


@pytest.fixture
def sim(default_sim):
    """These tests check the simulator itself, in its default profile."""
    return default_sim


ROOT = Path(__file__).resolve().parents[2]


def test_start_call_stop() -> None:
    thread = SimThread(SimConfig(directory_size=10))
    assert thread.start() is thread
    try:
        assert thread.http_url.startswith("http://127.0.0.1:")
        assert thread.events_port > 0
        assert thread.call(lambda sim: len(sim.state.people)) == 10
        assert thread.call(lambda sim: sim.emit_incoming_call(DEMO_EXT)).startswith(
            ("SIP/", "IAX2/")
        )
        with httpx.Client(base_url=thread.http_url, timeout=5) as client:
            assert client.get("/xml/ccPing").status_code == 200
    finally:
        thread.stop()
    thread.stop()  # idempotent
    with pytest.raises(RuntimeError):
        thread.call(lambda sim: None)


def test_stop_with_open_connections_and_hung_request() -> None:
    thread = SimThread(SimConfig(directory_size=10)).start()
    reader = connect_events(thread)
    thread.call(lambda sim: sim.faults.set_mode("*", "hang"))
    client = httpx.Client(base_url=thread.http_url, timeout=0.2)
    try:
        with pytest.raises(httpx.ReadTimeout):
            client.get("/xml/ccPing")
        started = time.monotonic()
        thread.stop()
        assert time.monotonic() - started < 5
        assert reader.wait_closed()
    finally:
        client.close()
        reader.close()


def test_ports_are_reported_and_a_taken_port_fails_cleanly() -> None:
    with SimThread(SimConfig(directory_size=5)) as first:
        taken = SimConfig(directory_size=5, http_port=int(first.http_url.rsplit(":", 1)[1]))
        with pytest.raises(RuntimeError, match="failed to start"):
            SimThread(taken).start()


def test_async_api() -> None:
    async def scenario() -> tuple[int, str]:
        sim = SopSimulator(SimConfig(directory_size=8))
        await sim.start()
        try:
            async with httpx.AsyncClient(base_url=sim.http_url) as client:
                response = await client.get("/xml/dbGetCallflow.json", params={"ext": DEMO_EXT})
            return response.status_code, response.json()["CurrentStatus"]
        finally:
            await sim.stop()
            await sim.stop()

    assert asyncio.run(scenario()) == (200, "Office")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX-only here")
def test_cli_serves_until_ctrl_c() -> None:
    http_port, events_port = _free_port(), _free_port()
    command = [
        sys.executable, "-m", "app.sim", "--http-port", str(http_port),
        "--events-port", str(events_port), "--seed", "3", "--directory-size", "15",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        output = b""
        deadline = time.monotonic() + 15
        while b"Ctrl+C" not in output and time.monotonic() < deadline:
            if selector.select(timeout=0.5):
                chunk = os.read(process.stdout.fileno(), 4096)
                if not chunk:
                    break
                output += chunk
        selector.close()
        assert f"http://127.0.0.1:{http_port}".encode() in output, output
        assert str(events_port).encode() in output
        state = httpx.get(f"http://127.0.0.1:{http_port}/_sim/state", timeout=5).json()
        assert (state["seed"], state["directory_size"]) == (3, 15)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=15)
        assert process.returncode == 0, stderr
        assert b"stopped" in stderr
        assert b"Traceback" not in stderr
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
