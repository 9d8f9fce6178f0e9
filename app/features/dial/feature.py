"""Click-to-dial: the dial box, the global hotkey, tel:/callto: links."""

from __future__ import annotations

from app.features.dial.menu import DialUi
from app.features.dial.model import DialFeature
from app.features.dial.settings import DialSettingsPage
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("dial", DialFeature, DialUi, (DialSettingsPage,))
