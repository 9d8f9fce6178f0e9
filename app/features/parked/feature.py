"""Parked calls: every occupied park slot, and picking one up."""

from __future__ import annotations

from app.features.parked.menu import ParkedUi
from app.features.parked.model import ParkedCalls
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("parked", ParkedCalls, ParkedUi)
