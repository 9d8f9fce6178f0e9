"""The call in progress: call window, tray-menu section, ``call`` command line."""

from __future__ import annotations

from app.features.call.menu import CallUi
from app.features.call.model import CallFeature
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("call", CallFeature, CallUi)
