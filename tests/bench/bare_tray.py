"""The baseline: a bare PySide6 tray app that does what the app does on its way to the statuses.

It shows a tray icon with a menu, then asks the SOP the same two requests (dbGetDirectoryInfo
for the user, dbGetCallflow for the statuses) with Qt's own QNetworkAccessManager, fills the
menu with the statuses and quits. Prints ``bare-trace shown <unix time> <peak RSS KiB>`` when
the icon is shown and ``bare-trace statuses ...`` when the statuses are in the menu.
Usage: ``bare_tray.py [SERVER_URL EXT]`` (without them it quits once shown).
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget


def peak_rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def trace(name: str) -> None:
    print(f"bare-trace {name} {time.time():.6f} {peak_rss_kib()}", file=sys.stderr, flush=True)


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    menu = QMenu()
    menu.addAction("Starting…").setEnabled(False)
    menu.addSeparator()
    menu.addAction("Quit")
    pm = QPixmap(22, 22)
    pm.fill()
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = QSystemTrayIcon(QIcon(pm))
        tray.setContextMenu(menu)
        tray.show()
    else:  # offscreen: a small window stands in for the tray, as the app does
        window = QWidget()
        window.addActions(menu.actions())
        window.show()
    server, ext = (sys.argv[1], sys.argv[2]) if len(sys.argv) > 2 else ("", "")

    def shown() -> None:
        trace("shown")
        if not server:
            app.quit()
            return
        from PySide6.QtNetwork import QNetworkAccessManager, QNetworkRequest

        nam = QNetworkAccessManager(app)

        def get(path: str, then) -> None:  # type: ignore[no-untyped-def]
            reply = nam.get(QNetworkRequest(QUrl(f"{server}/xml/{path}")))
            reply.finished.connect(lambda: then(json.loads(bytes(reply.readAll().data()))))

        def statuses(answer: dict) -> None:  # type: ignore[type-arg]
            menu.clear()
            current = answer.get("CurrentStatus")
            for name, shown_as in zip(answer["Status"], answer["TranslatedStatus"], strict=False):
                action = menu.addAction(shown_as)
                action.setCheckable(True)
                action.setChecked(name == current)
            menu.addSeparator()
            menu.addAction("Quit")
            trace("statuses")
            app.quit()

        def user(entries: list) -> None:  # type: ignore[type-arg]
            found = [e for e in entries if e.get("ext") == ext]
            get(f"dbGetCallflow.json?ext={found[0]['ext']}&lang=en", statuses)

        get(f"dbGetDirectoryInfo.json?ext={ext}&wildcards=strict", user)

    QTimer.singleShot(0, shown)
    app.exec()


if __name__ == "__main__":
    main()
