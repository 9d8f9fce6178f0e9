"""Registers click-to-dial (dial box, global hotkey, tel:/callto: links, issue 3)."""

from __future__ import annotations

from app.features.dial.menu import DialUi
from app.features.dial.model import DialFeature
from app.features.dial.settings import DialSettingsPage
from app.ui.feature_ui import REGISTRY
from app.ui.settings_pages import SETTINGS_PAGES

REGISTRY.append((DialFeature, DialUi))
SETTINGS_PAGES.append(DialSettingsPage)
