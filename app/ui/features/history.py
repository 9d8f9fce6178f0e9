"""Registers missed calls and call history (tray section, badge, history window, issue 4)."""

from __future__ import annotations

from app.core.history import HistoryFeature
from app.ui.feature_ui import REGISTRY
from app.ui.history_menu import HistoryUi

REGISTRY.append((HistoryFeature, HistoryUi))
