"""Pieces the soak runs share: a simulator process, the real app in the tray, a health sampler.

A soak run starts ``python -m app.sim`` on loopback, then the real app (``python -m app``) in tray
mode on Xvfb with trayer as the tray host, configured like a user would (``--server``, ``--user``,
``--events-port``) in a throw-away configuration folder, and reads ``sop-companion health --json``
at intervals: RSS, open files, threads, tasks and the reference counts of None/True/False.
Everything it starts is stopped at the end; every loop is bounded in time.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.common import start_display, wait_for  # noqa: E402


@dataclass
class Sim:
    proc: subprocess.Popen[str]
    http_url: str
    events_port: int

    def control(self, path: str, body: dict[str, Any] | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.http_url}/_sim/{path}", data=data)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.loads(answer.read())


@contextmanager
def simulator(*args: str) -> Iterator[Sim]:
    """``python -m app.sim`` on free loopback ports; stopped on exit."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.sim", "--http-port", "0", "--events-port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url, port = "", 0
        deadline = time.monotonic() + 30
        while not (url and port) and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                raise SystemExit(f"the simulator stopped: exit {proc.poll()}")
            if m := re.search(r"API (http://\S+?)/xml/", line):
                url = m.group(1)
            if m := re.search(r"Event socket: \S+:(\d+)", line):
                port = int(m.group(1))
        if not (url and port):
            raise SystemExit("the simulator did not print its ports")
        yield Sim(proc, url, port)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class TrayApp:
    """The real app in the tray of an Xvfb display, in its own configuration folder."""

    env: dict[str, str]
    proc: subprocess.Popen[bytes] | None = None
    stderr_path: Path | None = None
    helpers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    stderr_saved: str = ""

    def cli(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def request(self, cmd: str, timeout: float = 5.0, **fields: Any) -> dict[str, Any] | None:
        """One request over the instance's local socket, as the CLI sends it; None: no answer.

        Measures the app's own answer time, without the start-up of a CLI process.
        """
        from app.core.paths import config_dir, instance_name

        name = instance_name(config_dir(self.env["SOP_COMPANION_CONFIG_DIR"]))
        path = name if name.startswith("/") else os.path.join(tempfile.gettempdir(), name)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout)
                sock.connect(path)
                sock.sendall(json.dumps({"cmd": cmd, **fields}).encode() + b"\n")
                buf = b""
                while b"\n" not in buf:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return None
                    buf += chunk
        except OSError:  # refused, reset, timed out
            return None
        answer: dict[str, Any] = json.loads(buf.split(b"\n", 1)[0])
        return answer

    def health(self) -> dict[str, Any] | None:
        try:
            done = self.cli("health", "--json")
        except subprocess.TimeoutExpired:
            return None
        if done.returncode != 0:
            return None
        result: dict[str, Any] = json.loads(done.stdout)
        return result

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stderr_text(self) -> str:
        if self.stderr_path is None:
            return self.stderr_saved
        return self.stderr_path.read_text(errors="replace")


@contextmanager
def tray_app(http_url: str, events_port: int, *extra: str) -> Iterator[TrayApp]:
    """The app configured for a SOP (user 201), in the tray; stopped (SIGTERM) on exit.

    Its stderr stays readable (``stderr_text``) after the exit.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOP_COMPANION")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    app = TrayApp(env, helpers=start_display(env))
    argv = ["--server", http_url, "--user", "201", "--events-port", str(events_port)]
    try:
        with tempfile.TemporaryDirectory(prefix="sop-soak-") as tmp:
            env["SOP_COMPANION_CONFIG_DIR"] = str(Path(tmp) / "cfg")
            app.stderr_path = Path(tmp) / "stderr.txt"
            with open(app.stderr_path, "wb") as err:
                app.proc = subprocess.Popen(
                    [sys.executable, "-m", "app", *argv, "--lang", "en", *extra],
                    env=env,
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                )
                try:
                    wait_for(lambda: app.health() is not None, "the app", timeout=60)
                    yield app
                finally:
                    stop(app)
                    app.stderr_saved = app.stderr_text()
                    app.stderr_path = None
                    print_stderr_summary(app)
    finally:
        stop(app)


def stop(app: TrayApp) -> None:
    if app.proc is not None and app.proc.poll() is None:
        app.proc.terminate()
        try:
            app.proc.wait(10)
        except subprocess.TimeoutExpired:
            app.proc.kill()
            app.proc.wait()
    for helper in app.helpers:
        if helper.poll() is not None:
            continue
        helper.terminate()
        try:
            helper.wait(5)
        except subprocess.TimeoutExpired:
            helper.kill()


def print_stderr_summary(app: TrayApp) -> None:
    text = app.stderr_text()
    tracebacks = text.count("Traceback (most recent call last)")
    ignored = text.count("Exception ignored")
    fatal = text.count("Fatal Python error")
    print(f"stderr: {len(text)} bytes, {tracebacks} tracebacks, {ignored} 'Exception ignored',")
    print(f"        {fatal} fatal errors; exit code {app.proc.returncode if app.proc else None}")
    if fatal or tracebacks:
        print(text[-3000:])


def slope_per_minute(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, value) points, per minute."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mean_t = sum(t for t, _ in points) / n
    mean_v = sum(v for _, v in points) / n
    var = sum((t - mean_t) ** 2 for t, _ in points)
    if var == 0:
        return 0.0
    cov = sum((t - mean_t) * (v - mean_v) for t, v in points)
    return cov / var * 60


@dataclass
class Sample:
    t: float
    health: dict[str, Any]


def sample_for(
    app: TrayApp, seconds: float, every: float, label: str, t0: float | None = None
) -> list[Sample]:
    """Read the app's health every ``every`` s for ``seconds``; print a line each time."""
    start = time.monotonic() if t0 is None else t0
    end = time.monotonic() + seconds
    samples: list[Sample] = []
    while True:
        health = app.health()
        now = time.monotonic()
        if health is None:
            if not app.alive():
                print(f"{label}: the app DIED (exit {app.proc.returncode if app.proc else '?'})")
                return samples
            print(f"{label}: t={now - start:7.0f}s  no answer to `health`")
        else:
            samples.append(Sample(now - start, health))
            refs = health["refcounts"]
            print(
                f"{label}: t={now - start:7.0f}s  None={refs['None']:>8}  True={refs['True']:>6}"
                f"  False={refs['False']:>6}  RSS={health['rss_kib'] / 1024:6.1f} MiB"
                f"  fds={health['open_fds']:>4}  threads={health['threads']:>3}"
                f"  tasks={health['asyncio_tasks']}",
                flush=True,
            )
        if now >= end:
            return samples
        time.sleep(max(0.0, min(every, end - now)))


def summarise(label: str, samples: list[Sample], warmup_s: float) -> dict[str, float]:
    """Slopes after warm-up of None's count, RSS and fds; the figures a soak run reports."""
    kept = [s for s in samples if s.t >= warmup_s] or samples
    figures = {
        "samples": float(len(samples)),
        "none_per_min": slope_per_minute([(s.t, s.health["refcounts"]["None"]) for s in kept]),
        "true_per_min": slope_per_minute([(s.t, s.health["refcounts"]["True"]) for s in kept]),
        "rss_kib_per_min": slope_per_minute([(s.t, s.health["rss_kib"]) for s in kept]),
        "fds_per_min": slope_per_minute([(s.t, s.health["open_fds"]) for s in kept]),
        "none_first": float(kept[0].health["refcounts"]["None"]) if kept else 0.0,
        "none_last": float(kept[-1].health["refcounts"]["None"]) if kept else 0.0,
        "none_min": float(min(s.health["refcounts"]["None"] for s in kept)) if kept else 0.0,
        "rss_first_mib": kept[0].health["rss_kib"] / 1024 if kept else 0.0,
        "rss_last_mib": kept[-1].health["rss_kib"] / 1024 if kept else 0.0,
        "fds_first": float(kept[0].health["open_fds"]) if kept else 0.0,
        "fds_last": float(kept[-1].health["open_fds"]) if kept else 0.0,
    }
    print(
        f"{label} summary after {warmup_s:.0f} s warm-up: None {figures['none_first']:.0f} -> "
        f"{figures['none_last']:.0f} (min {figures['none_min']:.0f}, slope "
        f"{figures['none_per_min']:+.1f}/min), True slope {figures['true_per_min']:+.1f}/min, "
        f"RSS {figures['rss_first_mib']:.1f} -> {figures['rss_last_mib']:.1f} MiB "
        f"({figures['rss_kib_per_min'] / 1024:+.3f} MiB/min), fds {figures['fds_first']:.0f} -> "
        f"{figures['fds_last']:.0f} ({figures['fds_per_min']:+.2f}/min)",
        flush=True,
    )
    return figures
