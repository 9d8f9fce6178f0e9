"""The widget side of click-to-dial: the "Dial…" menu entry, the dial box and the global hotkey.

The hotkey backend (app.platform.hotkeys) is chosen for this desktop; when it cannot grab the
key, the reason is kept in ``status --json`` ("dial.hotkey") and the settings page shows the
command to bind in the desktop's own keyboard settings instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from app.core.feature import Feature
from app.core.numbers import looks_like_number
from app.features.dial.model import DialFeature
from app.features.dial.window import DialWindow
from app.platform.hotkeys import HotkeyBackend, HotkeyError, backend_kind, create_backend
from app.platform.selection import read_selection_or_clipboard
from app.ui.feature_ui import FeatureUi, Shell


class DialUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, DialFeature)
        self.dial: DialFeature = feature
        self.window: DialWindow | None = None
        self.action: QAction | None = None
        feature.read_selection = lambda: read_selection_or_clipboard(looks_like_number)
        self.hotkey: HotkeyBackend | None = None
        self._setup_hotkey(controller.settings.dial_hotkey.strip())

    # -- hotkey ---------------------------------------------------------------------------------
    def _setup_hotkey(self, sequence: str) -> None:
        kind = backend_kind(QGuiApplication.platformName())
        state: dict[str, object] = {"backend": kind, "sequence": sequence, "active": False}
        self.dial.hotkey_state = state
        if not sequence:
            return
        backend = create_backend(kind, self)
        try:
            backend.register(sequence)
        except HotkeyError as exc:
            state["error"] = str(exc)
            backend.deleteLater()
            return
        backend.activated.connect(self.on_hotkey)
        backend.failed.connect(self._on_hotkey_failed)
        state["active"] = True
        self.hotkey = backend

    def _on_hotkey_failed(self, reason: str) -> None:
        if self.dial.hotkey_state is not None:
            self.dial.hotkey_state.update(active=False, error=reason)

    def on_hotkey(self) -> None:
        """Open the dial box with the selected number (or the clipboard's) filled in."""
        self.open_dial_box(self.dial.selection_number() or "")

    # -- menu -----------------------------------------------------------------------------------
    def shape(self) -> tuple[object, ...]:
        return ("dial",)

    def menu_cleared(self) -> None:
        self.action = None

    def build_menu(self, menu: QMenu) -> None:
        menu.addSeparator()  # apart from the statuses: a click here places a call
        self.action = menu.addAction(self.tr("Dial…"))
        self.action.setObjectName("dialAction")
        self.action.triggered.connect(lambda _checked=False: self.open_dial_box(near_tray=True))

    def open_dial_box(self, prefill: str = "", *, near_tray: bool = False) -> DialWindow:
        if self.window is None:
            self.window = DialWindow(self.dial)
        near: QPoint | None = None
        icon = self.controller.tray.icon
        if near_tray and icon is not None and not icon.geometry().isEmpty():
            near = icon.geometry().center()
        self.window.open(prefill, near)
        return self.window

    def close(self) -> None:
        if self.hotkey is not None:
            self.hotkey.unregister()
            self.hotkey = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
