"""Registers click-to-dial (dial box, global hotkey, tel:/callto: links, issue 3)."""

from __future__ import annotations

from app.core.dialer import DialFeature
from app.ui.dial_settings import DialSettingsPage
from app.ui.dial_ui import DialUi
from app.ui.feature_ui import REGISTRY
from app.ui.settings_pages import SETTINGS_PAGES

REGISTRY.append((DialFeature, DialUi))
SETTINGS_PAGES.append(DialSettingsPage)
