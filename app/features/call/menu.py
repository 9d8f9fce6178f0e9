"""The widget side of the call in progress: the call window and the tray-menu section.

While the feature knows a call, the menu shows "In a call with Anna — 2:14" and the actions,
and the call window shows near the tray (never taking focus); both go when the call ends.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from app.core.feature import Feature
from app.core.tasks import spawn
from app.features.call.dialog import TransferDialog
from app.features.call.model import CallFeature
from app.features.call.window import CallWindow
from app.ui.feature_ui import FeatureUi, Shell

MARGIN = 8


class CallUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, CallFeature)
        self.call = feature
        self.window: CallWindow | None = None
        self.dialog: TransferDialog | None = None
        self.actions: dict[str, QAction] = {}
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        feature.call_changed.connect(self._on_call_changed)

    # -- window -----------------------------------------------------------------------------------
    def _on_call_changed(self) -> None:
        if self.call.current is None:
            self.ticker.stop()
            if self.window is not None:
                self.window.hide()
            return
        if not self.ticker.isActive():
            self.ticker.start()
        if self.window is None:
            self.window = CallWindow(self.call)
            self.window.action.connect(self.on_action)
        self.window.refresh()
        self._place(self.window)
        self.window.show()

    def _place(self, window: CallWindow) -> None:
        icon = self.controller.tray.icon
        geo = icon.geometry() if icon is not None else QRect()
        has_icon = geo.isValid() and not geo.isEmpty()
        screen = QGuiApplication.screenAt(geo.center()) if has_icon else None
        screen = screen or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
        size = window.sizeHint().expandedTo(window.minimumSizeHint())
        up = not has_icon or geo.center().y() > area.center().y()
        corner = QPoint(geo.right(), geo.top() if up else geo.bottom()) if has_icon else None
        right = min(corner.x(), area.right()) if corner is not None else area.right()
        x = max(area.left() + MARGIN, right - size.width() - MARGIN + 1)
        if up:
            bottom = corner.y() if corner is not None else area.bottom()
            y = bottom - MARGIN - size.height()
        else:
            y = (corner.y() if corner is not None else area.top()) + MARGIN
        y = max(area.top(), min(y, area.bottom() - size.height()))
        window.resize(size)
        window.move(x, y)

    def on_action(self, action: str) -> None:
        f = self.call
        current = f.current
        if current is None:
            return
        if action == "transfer":
            self.open_transfer_dialog()
        elif action == "park":
            spawn(f.park())
        elif action == "record":
            spawn(f.record(not current.recording))
        elif action == "hold":
            spawn(f.resume() if current.on_hold else f.hold())
        elif action == "hangup":
            spawn(f.hangup())

    def open_transfer_dialog(self) -> TransferDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = TransferDialog(self.call)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget_dialog(self, dialog: TransferDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- menu -------------------------------------------------------------------------------------
    def shape(self) -> tuple[object, ...]:
        return ("call", self.call.current is not None, self.call.hold_offered)

    def menu_cleared(self) -> None:
        self.actions = {}

    def build_menu(self, menu: QMenu) -> None:
        if self.call.current is None:
            return
        menu.addSeparator()
        header = menu.addAction("")
        header.setObjectName("callHeader")
        header.setEnabled(False)
        self.actions = {"header": header}
        keys = ["transfer", "park", "record", "hold", "hangup"]
        if not self.call.hold_offered:
            keys.remove("hold")
        for key in keys:
            action = menu.addAction("")
            action.setObjectName(f"callMenu_{key}")
            action.triggered.connect(lambda _checked=False, k=key: self.on_action(k))
            self.actions[key] = action
        self.update_menu()

    def update_menu(self) -> None:
        call = self.call.current
        if call is None or not self.actions:
            return
        header = self.tr("In a call with {name} — {duration}").format(
            name=call.shown_name, duration=self.call.duration()
        )
        if call.recording:
            header += " " + self.tr("● recording")
        if call.on_hold:
            header += " " + self.tr("(on hold)")
        labels = {
            "header": header,
            "transfer": self.tr("Transfer…"),
            "park": self.tr("Park the call"),
            "record": self.tr("Stop recording") if call.recording else self.tr("Record the call"),
            "hold": self.tr("Resume the call") if call.on_hold else self.tr("Put on hold"),
            "hangup": self.tr("Hang up"),
        }
        for key, action in self.actions.items():
            action.setText(labels[key])
            if key != "header":
                action.setEnabled(not self.call.pending)

    def _tick(self) -> None:
        header = self.actions.get("header")
        if header is not None and self.call.current is not None:
            self.update_menu()

    def tooltip(self) -> str:
        call = self.call.current
        if call is None:
            return ""
        return self.tr("In a call with {name}").format(name=call.shown_name)

    def close(self) -> None:
        self.ticker.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
