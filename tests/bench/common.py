"""Pieces the benchmarks share: an event-loop stall meter and an X server with a tray host."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path


class StallMeter:
    """A 1 ms precise timer; the longest gap between two ticks is the longest loop stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = 0.0, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()  # a stall that lasts until now counts too
        return self.longest * 1000


def wait_for(predicate, what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"{what} did not start")
        time.sleep(0.05)


def start_display(env: dict[str, str]) -> list[subprocess.Popen[bytes]]:
    """Xvfb with trayer as the tray host (as tests/e2e does); [] when they are missing."""
    if not (shutil.which("Xvfb") and shutil.which("trayer")):
        env["QT_QPA_PLATFORM"] = "offscreen"
        return []
    n = next(n for n in range(140, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    xvfb = subprocess.Popen(
        ["Xvfb", f":{n}", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{n}").exists(), "Xvfb")
    env["DISPLAY"] = f":{n}"
    env.pop("QT_QPA_PLATFORM", None)
    trayer = subprocess.Popen(
        [
            "trayer",
            "--edge",
            "top",
            "--align",
            "right",
            "--widthtype",
            "pixel",
            "--width",
            "200",
            "--height",
            "48",
        ],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    # Its panel window appears once trayer holds the tray selection (seen with xwininfo).
    if shutil.which("xwininfo"):
        tree = ["xwininfo", "-root", "-tree"]
        wait_for(
            lambda: (
                '"panel"' in subprocess.run(tree, env=env, capture_output=True, text=True).stdout
            ),
            "trayer",
        )
    return [trayer, xvfb]
