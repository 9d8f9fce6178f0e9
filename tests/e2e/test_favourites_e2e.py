"""A favourite's tray-menu item in the real app on a real X server with a tray host: pinned
from the command line, the menu opened with a right click on the icon, its digit calls."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from tests.e2e.test_tray_e2e import start_against, status_json


def callflow_reads(sim) -> int:
    return len(
        [c for c, _ in sim.call(lambda s: list(s.state.request_log)) if c == "dbGetCallflow"]
    )


def icon_centre(env: dict[str, str]) -> tuple[int, int] | None:
    """Where trayer docked the app's icon (22 pixels wide)."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                          text=True, timeout=30).stdout  # fmt: skip
    for line in tree.splitlines():
        m = re.search(r'"SOP Companion": \(".*\s(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(\d+)\+(\d+)', line)
        if m and int(m.group(1)) < 64:  # the docked icon, not a window
            w, h, x, y = map(int, m.groups())
            return x + w // 2, y + h // 2
    return None


@pytest.mark.xvfb
def test_a_favourites_menu_item_calls_them(app_process, sim, xdisplay) -> None:
    env = {**os.environ, "DISPLAY": xdisplay}
    app_process.env.update(DISPLAY=xdisplay, QT_QPA_PLATFORM="xcb")
    start_against(app_process, sim, "--lang", "en")
    colleague = sim.call(lambda s: s.state.person("102"))
    assert app_process.cli("favourite", "add", colleague.ext).returncode == 0
    app_process.wait_until(
        lambda: (
            [f["name"] for f in (status_json(app_process) or {}).get("favourites", [])]
            == [colleague.name]
        )
    )
    app_process.wait_until(lambda: icon_centre(env) is not None)
    x, y = icon_centre(env) or (0, 0)
    before = callflow_reads(sim)
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "3"], env=env, check=True,
                   timeout=30)  # fmt: skip
    app_process.wait_until(lambda: callflow_reads(sim) > before)  # the menu opened (and refreshes)
    subprocess.run(["xdotool", "key", "1"], env=env, check=True, timeout=30)
    app_process.wait_until(lambda: sim.call(lambda s: list(s.state.originations)))
    call = sim.call(lambda s: s.state.originations[-1])
    assert (call["to"], call["phone_id"]) == (colleague.ext, "SDP20001")
