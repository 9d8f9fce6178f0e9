"""Starting the app in the background for a command that needs a running instance.

``sop-companion dial NUMBER`` (and tel:/callto: links) must work when nothing runs yet: the app
is started detached with the saved settings, and the request is retried until the new instance
answers, for a few seconds. Blocking and Qt-free but for QtCore's local socket (CLI side only).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from app.platform.launch import launch_command, project_root
from app.platform.single_instance import NoInstance, send_request

Send = Callable[[str, dict[str, Any]], dict[str, Any]]


def start_detached(config_dir: str | None = None) -> None:
    """Start the tray app in its own session, detached from this terminal."""
    command = launch_command()
    if config_dir:
        command += ["--config-dir", config_dir]
    kwargs: dict[str, Any] = {}
    if sys.platform == "win32":
        kwargs["creationflags"] = 0x00000008 | 0x00000200  # DETACHED | NEW_PROCESS_GROUP
    else:
        kwargs["start_new_session"] = True
    subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=project_root(),
        close_fds=True,
        **kwargs,
    )


def request_with_autostart(
    name: str,
    request: dict[str, Any],
    *,
    config_dir: str | None = None,
    wait_s: float = 10.0,
    send: Send = send_request,
    start: Callable[[str | None], None] = start_detached,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> dict[str, Any]:
    """Send ``request``; if no instance runs, start one and send it once it has a session.

    Raises NoInstance when the started instance does not answer within ``wait_s``. If it
    answers but has no session (not configured), its answer is returned as it is.
    """
    try:
        return send(name, request)
    except NoInstance:
        pass
    start(config_dir)
    deadline = clock() + wait_s
    while True:
        try:
            status = send(name, {"cmd": "status"})
        except NoInstance:
            if clock() > deadline:
                raise
            sleep(0.1)
            continue
        if int(status.get("exit", 1)) != 0:
            return status  # running, but not configured: say so
        return send(name, request)
