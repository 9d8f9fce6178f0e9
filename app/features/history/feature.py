"""Missed calls and call history: the tray section, the badge, the history window."""

from __future__ import annotations

from app.features.history.menu import HistoryUi
from app.features.history.model import HistoryFeature
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("history", HistoryFeature, HistoryUi)
