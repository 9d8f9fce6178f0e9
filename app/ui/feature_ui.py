"""The widget side of a feature: its tray-menu section, its part of the icon badge, windows.

Each entry of :data:`REGISTRY` pairs a core :class:`~app.core.feature.Feature` with the
:class:`FeatureUi` that shows it (or None). The controller builds both per session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from app.core.feature import Feature

if TYPE_CHECKING:
    from app.ui.controller import Controller


class FeatureUi(QObject):
    """Default: no menu section, no badge."""

    def __init__(self, feature: Feature, controller: Controller) -> None:
        super().__init__(controller)
        self.feature = feature
        self.controller = controller

    def shape(self) -> tuple[Any, ...]:
        """What decides this section's structure; when it changes the menu is rebuilt."""
        return ()

    def build_menu(self, menu: QMenu) -> None:
        """Add this feature's section to ``menu`` (between the statuses and Settings)."""

    def update_menu(self) -> None:
        """Refresh labels of the actions built last time (the structure did not change)."""

    def menu_cleared(self) -> None:
        """The menu is about to delete every action this section built: forget them (a later
        :meth:`update_menu` before the next :meth:`build_menu` must touch none of them)."""

    def badge(self) -> int:
        """A count for the tray icon's badge (missed calls)."""
        return 0

    def close(self) -> None:
        """Close this feature's windows (session ends or app quits)."""


# (Feature subclass, FeatureUi subclass or None), in menu order. Features append themselves here.
REGISTRY: list[tuple[type[Feature], type[FeatureUi] | None]] = []


def registry() -> list[tuple[type[Feature], type[FeatureUi] | None]]:
    """The registered features; importing the feature modules fills :data:`REGISTRY`."""
    import app.ui.features  # noqa: F401  (each module there registers itself)

    return REGISTRY
