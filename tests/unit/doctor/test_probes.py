"""The doctor's network probes against local servers: TLS trust, refused ports, evPong timing."""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
from pathlib import Path

import pytest

from app.doctor import probes


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    args = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost"]
    names = ["-addext", "subjectAltName=DNS:localhost"]
    subprocess.run(
        ["openssl", *args, *names, "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


def test_tls_untrusted_then_trusted_with_its_ca(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)

    async def scenario() -> tuple[str, probes.TlsInfo]:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.close()

        server = await asyncio.start_server(serve, "localhost", 0, ssl=server_context)
        port = server.sockets[0].getsockname()[1]
        try:
            with pytest.raises(probes.ProbeFailed) as failed:
                await probes.tls_handshake("localhost", port, ssl.create_default_context())
            trusting = ssl.create_default_context(cafile=str(cert))
            info = await probes.tls_handshake("localhost", port, trusting)
        finally:
            server.close()
            await server.wait_closed()
        return failed.value.message + " | " + failed.value.hint, info

    message, info = asyncio.run(scenario())
    assert "the certificate of localhost is not trusted" in message
    assert "CA file" in message
    assert info.subject == "localhost" and info.version.startswith("TLS")


def test_a_refused_port_says_nothing_listens() -> None:
    port = _free_port()
    with pytest.raises(probes.ProbeFailed) as failed:
        asyncio.run(probes.tcp_connect("127.0.0.1", port))
    assert failed.value.message.startswith(f"no TCP connection to 127.0.0.1:{port}")
    assert failed.value.hint.startswith("Nothing listens on that port")


def test_unresolvable_host() -> None:
    with pytest.raises(probes.ProbeFailed) as failed:
        asyncio.run(probes.resolve("no-such-host.invalid", 80))
    assert failed.value.message.startswith("no-such-host.invalid does not resolve")


def test_event_ping_counts_only_pongs_that_come_in_time() -> None:
    """A fake SOP that answers the first ccPing with a pong in another spelling, then never."""

    async def scenario() -> probes.PingTimes:
        writers: list[asyncio.StreamWriter] = []

        async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writers.append(writer)
            await reader.read()

        server = await asyncio.start_server(accept, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        pings = 0

        async def ping() -> None:
            nonlocal pings
            pings += 1
            while not writers:  # noqa: ASYNC110 - the accept callback fills it
                await asyncio.sleep(0.001)
            if pings <= 2:
                writers[0].write(b"<?xml version='1.0'?>\n<evPong><Time>1</Time></evPong>\n")

        try:
            return await probes.event_ping("127.0.0.1", port, ping, count=3, pong_timeout_s=0.2)
        finally:
            for writer in writers:
                writer.close()
            server.close()
            await server.wait_closed()

    times = asyncio.run(scenario())
    # one warm-up ping answered, then 1 of 3 measured pings answered
    assert len(times.times_ms) == 3 and times.times_ms[1:] == [None, None]
    assert times.times_ms[0] is not None and not times.all_answered
