"""Incoming-call popups: who is calling, and what to do with the call."""

from __future__ import annotations

from app.features.incoming.menu import IncomingUi
from app.features.incoming.model import IncomingCalls
from app.features.incoming.settings import IncomingSettingsPage
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("incoming", IncomingCalls, IncomingUi, (IncomingSettingsPage,))
