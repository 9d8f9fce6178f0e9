"""Automatic status: timed status, screen lock, calendar and working hours."""

from __future__ import annotations

from app.features.rules.menu import RulesUi
from app.features.rules.model import StatusRules
from app.features.rules.settings import RulesPage
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("rules", StatusRules, RulesUi, (RulesPage,))
