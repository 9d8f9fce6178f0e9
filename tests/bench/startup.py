"""Start-up benchmark: run on purpose with ``python tests/bench/startup.py``.

From process start to (a) the tray icon shown and (b) the SOP's statuses in the menu, and the
peak RSS at (b), against a bare PySide6 tray app measured in the same run (``bare_tray.py``: it
shows its icon, then asks the simulator for the user and the statuses with QNetworkAccessManager
and fills its menu), alternating runs so the machine's noise hits both alike. The app starts
warm (its state cache holds the user, so it asks only dbGetCallflow; the bare app asks both).
Targets: (a) <= 1.5x the bare app's icon; (b) <= 1.5x the bare app's statuses, RSS <= 1.5x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.bench.common import start_display  # noqa: E402


def trace(
    proc_args: list[str], env: dict[str, str], prefix: str
) -> tuple[float, dict[str, tuple[float, int]]]:
    t0 = time.time()
    out = subprocess.run(proc_args, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    marks: dict[str, tuple[float, int]] = {}
    for line in out.stderr.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == prefix:
            marks[parts[1]] = (float(parts[2]) - t0, int(parts[3]))
    if not marks:
        raise SystemExit(f"no trace from {proc_args}:\n{out.stderr[-2000:]}")
    return t0, marks


def start_xserver() -> tuple[dict[str, str], list[subprocess.Popen[bytes]]]:
    env = dict(os.environ)
    return env, start_display(env)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--offscreen", action="store_true", help="no Xvfb: offscreen platform")
    ap.add_argument(
        "--demo",
        action="store_true",
        help="measure python -m app --demo (the simulator starts inside the app, as the "
        "bundle benchmark does) instead of the app against a simulator of its own",
    )
    args = ap.parse_args()

    # An installed app has its bytecode compiled (pip does it); a checkout may not, and this
    # machine sets PYTHONDONTWRITEBYTECODE, so compile once instead of on every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True)

    from app.sim import DEMO_EXT, SimConfig, SimThread

    sim = SimThread(SimConfig())
    sim.start()
    if args.offscreen:
        env, procs = dict(os.environ, QT_QPA_PLATFORM="offscreen"), []
    else:
        env, procs = start_xserver()
    env["QT_LOGGING_RULES"] = "qt.core.qobject.connect=false"
    cfg = tempfile.mkdtemp(prefix="sop-bench-")
    app_env = dict(
        env,
        SOP_COMPANION_CONFIG_DIR=cfg,
        SOP_COMPANION_TRACE_STARTUP="1",
        SOP_COMPANION_EXIT_AFTER="started",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    app_cmd = [
        sys.executable,
        "-m",
        "app",
        "--server",
        sim.http_url,
        "--user",
        DEMO_EXT,
        "--events-port",
        str(sim.events_port),
        "--lang",
        "en",
    ]
    if args.demo:
        app_cmd = [sys.executable, "-m", "app", "--demo", "--lang", "en"]
    bare_cmd = [sys.executable, str(ROOT / "tests/bench/bare_tray.py"), sim.http_url, DEMO_EXT]
    try:
        # Warm-up (file cache, .pyc, the app's state cache), not counted.
        trace(bare_cmd, env, "bare-trace")
        trace(app_cmd, app_env, "sop-companion-trace")
        bare_t, bare_rss, tray_t, ready_t, ready_rss, full_rss = [], [], [], [], [], []
        tray_rss: list[int] = []
        bare_ready_t: list[float] = []
        bare_ready_rss: list[int] = []
        for _ in range(args.runs):
            _, b = trace(bare_cmd, env, "bare-trace")
            bare_t.append(b["shown"][0])
            bare_rss.append(b["shown"][1])
            bare_ready_t.append(b["statuses"][0])
            bare_ready_rss.append(b["statuses"][1])
            _, m = trace(app_cmd, app_env, "sop-companion-trace")
            tray_t.append(m["tray-shown"][0])
            tray_rss.append(m["tray-shown"][1])
            ready_t.append(m["statuses-shown"][0])
            ready_rss.append(m["statuses-shown"][1])
            full_rss.append(m["started"][1])
    finally:
        for p in procs:
            p.terminate()
        sim.stop()
        shutil.rmtree(cfg, ignore_errors=True)

    med = statistics.median
    platform = "offscreen" if env.get("QT_QPA_PLATFORM") == "offscreen" else "Xvfb+trayer"
    what = "python -m app --demo" if args.demo else "python -m app against a simulator"
    print(f"start-up of {what}, median of {args.runs} runs on {platform} (alternating)")
    print(
        f"  bare PySide6 tray app shown     {med(bare_t) * 1000:7.1f} ms   RSS {med(bare_rss) / 1024:6.1f} MiB"
    )
    print(
        f"  bare app's statuses in its menu {med(bare_ready_t) * 1000:7.1f} ms   RSS {med(bare_ready_rss) / 1024:6.1f} MiB"
    )
    print(
        f"  (a) SOP Companion tray shown    {med(tray_t) * 1000:7.1f} ms   ratio {med(tray_t) / med(bare_t):.2f}x (target <= 1.5x)"
    )
    print(
        f"      RSS at (a)                  {med(tray_rss) / 1024:7.1f} MiB  ratio {med(tray_rss) / med(bare_rss):.2f}x"
    )
    print(
        f"  (b) statuses in the menu        {med(ready_t) * 1000:7.1f} ms   ratio {med(ready_t) / med(bare_ready_t):.2f}x (target <= 1.5x)"
    )
    print(
        f"      RSS at (b)                  {med(ready_rss) / 1024:7.1f} MiB  ratio {med(ready_rss) / med(bare_ready_rss):.2f}x (target <= 1.5x)"
    )
    print(
        f"      RSS with every feature and the event socket started  {med(full_rss) / 1024:7.1f} MiB  ratio {med(full_rss) / med(bare_ready_rss):.2f}x (for information)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
