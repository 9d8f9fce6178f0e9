"""Screenshots of every window of the app, from the real widgets of a real Controller talking to
the simulator: the no-tray window, the dial box, the call history, the incoming-call popup and
its "More" menu, the redirect dialog (with a refused number), the hot-desk login, and the
settings dialog (after "Test connection", and its "Incoming calls" tab).

Usage:
    DISPLAY=:93 .venv/bin/python scripts/window_screenshots.py [--theme light|dark]
        [--out DIR] [LANG...]                       (default: en fr nl de, light, docs/screenshots)
    QT_SCALE_FACTOR=2 ... window_screenshots.py ... (2x: the files end in "@2x")

Writes DIR/<window>-<lang>[-dark][@2x].png (dial, history, popup, call, settings, ...). The windows
use Qt's Fusion style with its light palette, or a dark palette with ``--theme dark``. Without a
tray host on the display (or with QT_QPA_PLATFORM=offscreen) the app shows its no-tray window, which
is shot as "window". The tray menu shots come from scripts/screenshots (it opens the real tray menu
with xdotool).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WINDOWS = (
    "window",
    "dial",
    "history",
    "popup",
    "popup-more",
    "redirect",
    "hotdesk",
    "settings",
    "settings-incoming",
)


async def until(predicate) -> None:
    """Poll widget state (it has nothing to await) for at most 15 s."""
    async with asyncio.timeout(15):
        while not predicate():  # noqa: ASYNC110
            await asyncio.sleep(0.05)


class Shooter:
    def __init__(self, out: Path, suffix: str) -> None:
        self.out = out
        self.suffix = suffix

    async def grab(self, widget, window: str, lang: str) -> None:
        await asyncio.sleep(0.1)  # pending layout and paint events (not processEvents: qasync)
        path = self.out / f"{window}-{lang}{self.suffix}.png"
        widget.grab().save(str(path))
        print("wrote", path)


async def shoot(lang: str, sim, shots: Shooter) -> None:
    from app.core.qt_workarounds import guard_immortals
    from app.features.dial.menu import DialUi
    from app.features.history.menu import HistoryUi
    from app.features.hotdesk.menu import HotDeskUi
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
            "desk_phone": "SDPH0100",
        },
        persist_overrides=False,
    )
    await controller.start()
    uis = controller.feature_uis
    dial = next(u for u in uis if isinstance(u, DialUi))
    history = next(u for u in uis if isinstance(u, HistoryUi))
    incoming = next(u for u in uis if isinstance(u, IncomingUi))
    hotdesk = next((u for u in uis if isinstance(u, HotDeskUi)), None)
    await until(lambda: controller.session is not None and controller.session.connected)
    await until(lambda: history.history.loaded)

    window = controller.tray.window
    if window is not None:  # no tray on this display: the app's own window
        await asyncio.sleep(0.5)
        window.sync()
        window.resize(window.minimumWidth() + 40, window.heightForWidth(window.minimumWidth() + 40))
        await shots.grab(window, "window", lang)

    box = dial.open_dial_box()
    await asyncio.sleep(1.0)  # the directory copy loads
    box.input.setText("pee")
    await asyncio.sleep(0.8)
    await shots.grab(box, "dial", lang)
    box.close()

    hist = history.open_window()
    hist.resize(860, 460)
    await asyncio.sleep(1.5)
    await shots.grab(hist, "history", lang)
    hist.close()

    # an outside caller the simulator names (ccGetChannels): the number reads as people write it
    caller = "+3225214928"
    sim.call(lambda s: asyncio.ensure_future(s.emit_incoming_call(DEMO_EXT, caller_id=caller)))
    await until(lambda: bool(incoming.popups))
    await asyncio.sleep(1.0)  # the caller's name arrives
    channel, popup = next(iter(incoming.popups.items()))
    await shots.grab(popup, "popup", lang)
    popup.more_menu.popup(popup.mapToGlobal(popup.more.geometry().bottomLeft()))
    await asyncio.sleep(0.3)
    await shots.grab(popup.more_menu, "popup-more", lang)
    popup.more_menu.hide()

    incoming.open_redirect_dialog(channel)
    dialog = incoming.dialog
    dialog.input.setText("02 & 03")
    dialog.send()  # refused before anything is sent: the message says why
    await asyncio.sleep(0.3)
    await shots.grab(dialog, "redirect", lang)
    dialog.close()

    if hotdesk is not None:
        hotdesk.open_guest_dialog()
        guest = hotdesk.dialog
        if guest is not None:
            await asyncio.sleep(0.3)
            await shots.grab(guest, "hotdesk", lang)
            guest.close()

    # The call window: an answered call, recording.
    from app.features.call.menu import CallUi

    call_ui = next(u for u in uis if isinstance(u, CallUi))
    sim.call(lambda s: asyncio.ensure_future(
        s.emit_incoming_call(DEMO_EXT, caller_id="+3225214928", answered=True)))  # fmt: skip
    await until(lambda: call_ui.window is not None and call_ui.window.isVisible())
    await call_ui.call.record(True)
    await asyncio.sleep(2.2)  # the duration counts a little
    await shots.grab(call_ui.window, "call", lang)
    await call_ui.call.hangup()

    controller.open_settings()
    await until(lambda: controller.dialog is not None)
    settings = controller.dialog
    settings.resize(820, 580)
    settings.connection_test.test_button.click()  # the doctor's checks, as a user runs them
    await until(lambda: settings.connection_test.test_button.isEnabled())
    await asyncio.sleep(0.3)
    await shots.grab(settings, "settings", lang)
    page = next(p for p in settings.pages if p.widget.objectName() == "incomingSettingsPage")
    page.crm.setText("https://crm.example.com/search?phone={number}&who={name}")
    settings.tabs.setCurrentWidget(page.widget)
    await asyncio.sleep(0.2)
    await shots.grab(settings, "settings-incoming", lang)
    settings.close()

    await controller.shutdown()
    for t in translators:
        app.removeTranslator(t)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("langs", nargs="*", default=["en", "fr", "nl", "de"])
    args = parser.parse_args()
    os.environ.setdefault("QT_LOGGING_RULES", "qt.core.qobject.connect=false")
    import qasync
    from PySide6.QtWidgets import QApplication

    from app.sim import SimConfig, SimThread

    args.out.mkdir(parents=True, exist_ok=True)
    import subprocess

    # the compiled translations are not in the repository: build them from the .ts files now
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    from _themes import apply_theme

    apply_theme(app, args.theme)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    suffix = ("-dark" if args.theme == "dark" else "") + (f"@{scale}x" if scale != "1" else "")
    shots = Shooter(args.out, suffix)
    sim = SimThread(SimConfig())
    sim.start()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        for lang in args.langs:
            sim.reset()
            loop.run_until_complete(shoot(lang, sim, shots))
    finally:
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()
        sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
