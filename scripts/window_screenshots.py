"""Screenshots of the app's windows (dial box, call history, incoming-call popup), from the real
widgets of a real Controller talking to the simulator, on the X server in $DISPLAY.

Usage: DISPLAY=:93 .venv/bin/python scripts/window_screenshots.py [LANG...]  (default: en fr nl de)
Writes docs/screenshots/{dial,history,popup,call,settings}-LANG.png. The tray menu shots come from
scripts/screenshots (it opens the real tray menu with xdotool).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


async def until(predicate) -> None:
    """Poll widget state (it has nothing to await) for at most 15 s."""
    async with asyncio.timeout(15):
        while not predicate():  # noqa: ASYNC110
            await asyncio.sleep(0.05)


def grab(widget, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


async def shoot(lang: str, sim) -> None:
    from app.core.qt_workarounds import guard_immortals
    from app.features.dial.menu import DialUi
    from app.features.history.menu import HistoryUi
    from app.features.incoming.menu import IncomingUi
    from app.sim import DEMO_EXT
    from app.ui.application import _install_translators
    from app.ui.controller import Controller

    guard_immortals()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    translators = _install_translators(app, lang)
    cfg = Path(tempfile.mkdtemp(prefix="sop-shots-"))
    controller = Controller(
        cfg,
        overrides={
            "server_url": sim.http_url,
            "user": DEMO_EXT,
            "events_port": sim.events_port,
            "language": lang,
            "dial_hotkey": "",
            "incoming_timeout_s": 0,
        },
        persist_overrides=False,
    )
    await controller.start()
    uis = controller.feature_uis
    dial = next(u for u in uis if isinstance(u, DialUi))
    history = next(u for u in uis if isinstance(u, HistoryUi))
    incoming = next(u for u in uis if isinstance(u, IncomingUi))
    await until(lambda: controller.session is not None and controller.session.connected)

    box = dial.open_dial_box()
    await asyncio.sleep(1.0)  # the directory copy loads
    box.input.setText("pee")
    await asyncio.sleep(0.8)
    grab(box, f"dial-{lang}.png")
    box.close()

    window = history.open_window()
    window.resize(820, 460)
    await asyncio.sleep(1.5)
    grab(window, f"history-{lang}.png")
    window.close()

    sim.call(lambda s: asyncio.ensure_future(s.emit_incoming_call(DEMO_EXT, caller_id="100")))
    await until(lambda: bool(incoming.popups))
    await asyncio.sleep(1.0)  # the caller's name arrives
    grab(next(iter(incoming.popups.values())), f"popup-{lang}.png")

    # The call window: an answered call, recording.
    from app.features.call.menu import CallUi

    call_ui = next(u for u in uis if isinstance(u, CallUi))
    sim.call(lambda s: asyncio.ensure_future(
        s.emit_incoming_call(DEMO_EXT, caller_id="+3225214928", answered=True)))  # fmt: skip
    await until(lambda: call_ui.window is not None and call_ui.window.isVisible())
    await call_ui.call.record(True)
    await asyncio.sleep(2.2)  # the duration counts a little
    grab(call_ui.window, f"call-{lang}.png")
    await call_ui.call.hangup()

    controller.open_settings()
    await until(lambda: controller.dialog is not None)
    dialog = controller.dialog
    dialog.resize(800, 560)
    dialog.connection_test.test_button.click()  # the doctor's checks, as a user runs them
    await until(lambda: dialog.connection_test.test_button.isEnabled())
    await asyncio.sleep(0.3)
    grab(dialog, f"settings-{lang}.png")
    dialog.close()

    await controller.shutdown()
    for t in translators:
        app.removeTranslator(t)


def main() -> int:
    os.environ.setdefault("QT_LOGGING_RULES", "qt.core.qobject.connect=false")
    import qasync
    from PySide6.QtWidgets import QApplication

    from app.sim import SimConfig, SimThread

    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    sim = SimThread(SimConfig())
    sim.start()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        for lang in sys.argv[1:] or ["en", "fr", "nl", "de"]:
            sim.reset()
            loop.run_until_complete(shoot(lang, sim))
    finally:
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()
        sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
