"""Bundle benchmark: run on purpose with ``python tests/bench/bundle.py``.

Prints the size of dist/sop-companion (as ``du -sh`` counts it) and the start-up time of the
bundle against ``python -m app``, both with ``--demo``, from process start to (a) the tray shown
and (b) the statuses in the menu, median of ``--runs`` runs, alternating so the machine's noise
hits both alike. Uses the start-up trace (SOP_COMPANION_TRACE_STARTUP / _EXIT_AFTER). Builds the
bundle first if it is missing or stale (packaging/build.py --if-stale).
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

BUNDLE = ROOT / "dist" / "sop-companion"
PREFIX = "sop-companion-trace"


def du_sh(path: Path) -> str:
    return subprocess.run(
        ["du", "-sh", str(path)], capture_output=True, text=True, check=True
    ).stdout.split()[0]


def trace(cmd: list[str], env: dict[str, str]) -> dict[str, tuple[float, int]]:
    t0 = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    marks = {}
    for line in out.stderr.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == PREFIX:
            marks[parts[1]] = (float(parts[2]) - t0, int(parts[3]))
    if out.returncode != 0 or "statuses-shown" not in marks:
        raise SystemExit(f"{cmd} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return marks


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--offscreen", action="store_true", help="no Xvfb: offscreen platform")
    args = ap.parse_args()

    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--if-stale"], check=True, cwd=ROOT
    )
    # As in tests/bench/startup.py: an installed app has its bytecode compiled, so compile it.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True)

    env = {k: v for k, v in os.environ.items() if not k.startswith("SOP_COMPANION_")}
    procs: list[subprocess.Popen[bytes]] = []
    if args.offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        procs = start_display(env)
    cfg = tempfile.mkdtemp(prefix="sop-bench-bundle-")
    env.update(
        SOP_COMPANION_CONFIG_DIR=cfg,
        SOP_COMPANION_TRACE_STARTUP="1",
        SOP_COMPANION_EXIT_AFTER="statuses-shown",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_LOGGING_RULES="qt.core.qobject.connect=false",
    )
    commands = {
        "bundle": [str(BUNDLE / "sop-companion"), "--demo"],
        "python -m app": [sys.executable, "-m", "app", "--demo"],
    }
    results: dict[str, dict[str, list[float]]] = {
        k: {"tray": [], "ready": [], "rss": []} for k in commands
    }
    try:
        for cmd in commands.values():  # warm-up: file cache, not counted
            trace(cmd, env)
        for _ in range(args.runs):
            for name, cmd in commands.items():
                marks = trace(cmd, env)
                results[name]["tray"].append(marks["tray-shown"][0])
                results[name]["ready"].append(marks["statuses-shown"][0])
                results[name]["rss"].append(marks["statuses-shown"][1] / 1024)
    finally:
        for p in procs:
            p.terminate()
            p.wait()
        shutil.rmtree(cfg, ignore_errors=True)

    med = statistics.median
    platform = "offscreen" if env.get("QT_QPA_PLATFORM") == "offscreen" else "Xvfb+trayer"
    print(f"bundle size: {du_sh(BUNDLE)}  ({BUNDLE})")
    print(f"start-up with --demo, median of {args.runs} runs on {platform} (alternating)")
    print(f"  {'':16} {'(a) tray shown':>15} {'(b) statuses shown':>19} {'RSS at (b)':>11}")
    for name, r in results.items():
        print(
            f"  {name:16} {med(r['tray']) * 1000:12.0f} ms {med(r['ready']) * 1000:16.0f} ms {med(r['rss']):7.0f} MiB"
        )
    b, p = results["bundle"], results["python -m app"]
    print(
        f"  bundle / python: (a) {med(b['tray']) / med(p['tray']):.2f}x  (b) {med(b['ready']) / med(p['ready']):.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
