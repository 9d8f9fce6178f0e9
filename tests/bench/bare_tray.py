"""The baseline: a bare PySide6 app that shows a tray icon with a menu and quits.

Prints ``bare-trace shown <unix time> <peak RSS KiB>`` when the icon is shown.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget


def peak_rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    menu = QMenu()
    for name in ("Office", "Telework", "Busy", "Holiday", "OutOfOffice"):
        menu.addAction(name).setCheckable(True)
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

    def shown() -> None:
        print(f"bare-trace shown {time.time():.6f} {peak_rss_kib()}", file=sys.stderr, flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


if __name__ == "__main__":
    main()
