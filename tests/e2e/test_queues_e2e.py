"""Call queues from the command line of the real app, and from its tray menu on a real X server
with a tray host: what each command or click sent to the simulator, and the exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from tests.e2e.test_tray_e2e import start_against, status_json
from tests.helpers.waiting import wait_until

DEMO_DP = "SDP20001"


def queue_requests(sim) -> list[tuple[str, dict[str, str]]]:
    log = sim.call(lambda s: list(s.state.request_log))
    return [(n, p) for n, p in log if "Queue" in n and not n.startswith(("ccGet", "dbGet"))]


def memberships(sim) -> dict[str, bool]:
    return sim.call(lambda s: {m.queue: m.paused for m in s.state.members if m.phone == DEMO_DP})


def queues_ready(app) -> bool:
    return isinstance((status_json(app) or {}).get("queues"), list)


def test_queue_commands_against_a_running_app(app_process, sim) -> None:
    app_process.env["QT_QPA_PLATFORM"] = "offscreen"
    start_against(app_process, sim, "--lang", "en")
    app_process.wait_until(lambda: queues_ready(app_process))
    listed = app_process.cli("queue", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {q["name"]: q for q in json.loads(listed.stdout)}
    assert {n for n, q in rows.items() if q["member"]} == {"Sales", "Support-FR"}
    assert rows["Sales"]["membership"] == "dynamic" and rows["Sales"]["member_status"] == 1
    text = app_process.cli("queue", "list")
    assert text.returncode == 0 and re.search(
        r"Sales \(AQA00002\): \d+ waiting — member", text.stdout
    )

    assert app_process.cli("queue", "join", "Billing").returncode == 0
    assert queue_requests(sim)[-1] == ("ccQueueAdd", {"queue": "Billing", "phone": DEMO_DP})
    assert app_process.cli("queue", "pause", "Billing").returncode == 0
    assert queue_requests(sim)[-1] == (
        "ccQueuePause",
        {"queue": "Billing", "phone": DEMO_DP, "paused": "true"},
    )
    assert memberships(sim)["Billing"] is True
    assert app_process.cli("queue", "unpause", "Billing").returncode == 0
    assert memberships(sim)["Billing"] is False
    assert app_process.cli("queue", "pause", "--all").returncode == 0
    assert queue_requests(sim)[-1] == ("ccQueuePauseAll", {"phone": DEMO_DP, "paused": "true"})
    assert all(memberships(sim).values())
    resumed = app_process.cli("queue", "unpause", "--all")
    assert resumed.returncode == 0 and "unpause succeeded" in resumed.stdout
    assert not any(memberships(sim).values())
    assert app_process.cli("queue", "leave", "Billing").returncode == 0
    assert queue_requests(sim)[-1] == ("ccQueueRemove", {"queue": "Billing", "phone": DEMO_DP})
    assert "Billing" not in memberships(sim)

    state = status_json(app_process)
    assert state is not None
    sales = next(q for q in state["queues"] if q["name"] == "Sales")
    assert set(sales) == {"name", "id", "member", "membership", "paused", "member_status",
                          "waiting"}  # fmt: skip
    assert "Queues:" in app_process.cli("status").stdout

    # Refused at once (exit 2), nothing sent: an unknown queue, a queue the user is not in, a
    # static membership, no queue given.
    sent = len(queue_requests(sim))
    unknown = app_process.cli("queue", "join", "NoSuchQueue")
    assert unknown.returncode == 2 and "NoSuchQueue" in unknown.stderr
    assert app_process.cli("queue", "pause", "Billing").returncode == 2
    assert app_process.cli("queue", "pause").returncode == 2
    assert app_process.cli("queue", "pause", "Sales", "--all").returncode == 2
    sim.call(lambda s: [setattr(m, "membership", "static") for m in s.state.members
                        if m.phone == DEMO_DP and m.queue == "Sales"])  # fmt: skip
    app_process.cli("queue", "list")  # reads the memberships again
    static = app_process.cli("queue", "leave", "Sales")
    assert static.returncode == 2 and "static" in static.stderr
    assert len(queue_requests(sim)) == sent

    # The SOP refuses: exit 1, the decoded answer, sent once.
    sim.call(lambda s: s.faults.set_result("ccQueuePauseAll", 0))
    failed = app_process.cli("queue", "pause", "--all")
    assert failed.returncode == 1 and "pause failed" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert [n for n, _ in queue_requests(sim)[sent:]] == ["ccQueuePauseAll"]


def test_queue_cli_without_a_running_instance_fails(app_process) -> None:
    assert app_process.cli("queue", "list").returncode == 1


def _x(env: dict[str, str], *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)


def _windows(env: dict[str, str]) -> list[tuple[int, int, int, int]]:
    """The app's top-level windows (x, y, width, height), topmost first: open menus first."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                          text=True, timeout=30).stdout  # fmt: skip
    pattern = r'^     0x[0-9a-f]+ "SOP Companion": \("[^)]*"\)\s+(\d+)x(\d+)\+\S+\s+'
    found = re.findall(pattern + r"\+(-?\d+)\+(-?\d+)", tree, re.MULTILINE)
    return [(int(x), int(y), int(w), int(h)) for w, h, x, y in found]


def _icon(env: dict[str, str]) -> tuple[int, int]:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                          text=True, timeout=30).stdout  # fmt: skip
    found = re.search(r'"SOP Companion": \("[^)]*"\)\s+22x\d+\+\d+\+\d+\s+\+(\d+)\+(\d+)', tree)
    assert found, tree[-2000:]
    return int(found.group(1)), int(found.group(2))


def _open_submenu(env: dict[str, str], *keys: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Right-click the icon in trayer's panel, type ``keys`` in the menu; the tray menu's and
    the open submenu's geometry (x, y, width, height)."""
    x, y = _icon(env)
    before = len(_windows(env))
    _x(env, "mousemove", str(x + 11), str(y + 11), "click", "3")
    wait_until(lambda: len(_windows(env)) > before, 10)
    for key in keys:
        _x(env, "sleep", "0.3", "key", key)
    wait_until(lambda: len(_windows(env)) > before + 1, 10)
    top, below = _windows(env)[:2]
    return below, top  # the submenu opened last, above the tray menu


def _click(env: dict[str, str], x: int, y: int) -> None:
    _x(env, "mousemove", str(x), str(y), "sleep", "0.3", "click", "1")


@pytest.mark.xvfb
def test_tray_menu_queue_items_on_a_real_x_server(app_process, sim, xdisplay) -> None:
    env = {**os.environ, "DISPLAY": xdisplay}
    app_process.env["DISPLAY"] = xdisplay
    app_process.env.pop("QT_QPA_PLATFORM", None)
    start_against(app_process, sim, "--lang", "en")
    app_process.wait_until(lambda: queues_ready(app_process))
    others = [q["name"] for q in status_json(app_process)["queues"] if not q["member"]]
    # "Join a queue" (its mnemonic opens it); a click on its second row joins that queue.
    menu, sub = _open_submenu(env, "j")
    row = sub[3] // len(others)
    _click(env, sub[0] + 40, sub[1] + row + row // 2)
    wait_until(lambda: others[1] in memberships(sim), 15)
    assert queue_requests(sim) == [("ccQueueAdd", {"queue": others[1], "phone": DEMO_DP})]
    # "Pause all queues": the row below "Join a queue", whose submenu opens level with it.
    app_process.wait_until(lambda: others[1] not in _non_members(app_process))
    menu, sub = _open_submenu(env, "j")
    _click(env, menu[0] + 60, sub[1] + row + row // 2)
    wait_until(lambda: all(memberships(sim).values()), 15)
    assert queue_requests(sim)[-1] == ("ccQueuePauseAll", {"phone": DEMO_DP, "paused": "true"})
    # The first queue's submenu (Sales: above the other memberships and "Join a queue"):
    # its second row resumes the user there.
    members = len(memberships(sim))
    menu, sub = _open_submenu(env, "j", "Left", *(["Up"] * members), "Right")
    _click(env, sub[0] + 40, sub[1] + sub[3] // 2)  # info, Resume, Leave: the middle one
    wait_until(lambda: memberships(sim)["Sales"] is False, 15)
    assert queue_requests(sim)[-1] == (
        "ccQueuePause",
        {"queue": "Sales", "phone": DEMO_DP, "paused": "false"},
    )


def _non_members(app) -> list[str]:
    return [q["name"] for q in (status_json(app) or {}).get("queues") or [] if not q["member"]]
