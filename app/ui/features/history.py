"""Registers missed calls and call history (tray section, badge, history window, issue 4)."""

from __future__ import annotations

from app.features.history.menu import HistoryUi
from app.features.history.model import HistoryFeature
from app.ui.feature_ui import REGISTRY

REGISTRY.append((HistoryFeature, HistoryUi))
