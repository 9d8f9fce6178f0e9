"""The widget side of a feature, and what a feature gives the shell.

A feature's folder (``app/features/<name>/``) ends with a :class:`FeatureSpec`: its core part
(a :class:`~app.core.feature.Feature`), the :class:`FeatureUi` that shows it in the tray menu and
the icon badge, and its settings pages. ``app.features.features()`` lists them, in menu order;
the controller builds both parts per session, the settings dialog builds the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.core.feature import Feature, FeatureContext
from app.core.settings import Settings
from app.ui.settings_pages import SettingsPage


class TrayIcon(Protocol):
    #: the tray icon, or None where the desktop has no system tray (popups then place
    #: themselves elsewhere)
    icon: QSystemTrayIcon | None


class Shell(Protocol):
    """What a feature's widgets may use of the app's shell (app.ui.controller.Controller)."""

    @property
    def settings(self) -> Settings: ...

    @property
    def tray(self) -> TrayIcon: ...

    @property
    def quitting(self) -> SignalInstance:
        """Emitted once per quit request, before the features stop."""
        ...


class FeatureUi(QObject):
    """Default: no menu section, no badge. ``controller`` is the shell; as a QObject it is
    also this object's parent."""

    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(controller if isinstance(controller, QObject) else None)
        self.feature = feature
        self.controller = controller

    def shape(self) -> tuple[Any, ...]:
        """What decides this section's structure; when it changes the menu is rebuilt."""
        return ()

    def build_menu(self, menu: QMenu) -> None:
        """Add this feature's section to ``menu`` (between the statuses and Settings)."""

    def update_menu(self) -> None:
        """Refresh labels of the actions built last time (the structure did not change)."""

    def tooltip(self) -> str:
        """A line for the tray icon's tooltip ("Busy until 14:00"); empty for none."""
        return ""

    def menu_cleared(self) -> None:
        """The menu is about to delete every action this section built: forget them (a later
        :meth:`update_menu` before the next :meth:`build_menu` must touch none of them)."""

    def status_chosen(self, name: str) -> bool:
        """The user clicked status ``name`` in the menu: True when this section handles it
        (asks something first, then sets the status itself); False lets the shell set it."""
        return False

    def menu_opened(self) -> None:
        """The tray menu is opening (shown at once from what is known; a feature may refresh)."""

    def badge(self) -> int:
        """A count for the tray icon's badge (missed calls)."""
        return 0

    def close(self) -> None:
        """Close this feature's windows (session ends or app quits)."""


@dataclass(frozen=True)
class FeatureSpec:
    """One feature as the shell knows it. ``model`` is None for a feature that has only
    settings (desktop integration); ``ui`` is None for one without widgets in the tray."""

    name: str
    model: Callable[[FeatureContext, QObject], Feature] | None = None
    ui: Callable[[Feature, Shell], FeatureUi] | None = None
    settings_pages: tuple[Callable[[Settings], SettingsPage], ...] = ()
