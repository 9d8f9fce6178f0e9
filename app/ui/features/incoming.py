"""Registers incoming-call popups (issue 5)."""

from __future__ import annotations

from app.core.incoming import IncomingCalls
from app.ui.feature_ui import REGISTRY
from app.ui.incoming_settings import IncomingSettingsPage
from app.ui.incoming_ui import IncomingUi
from app.ui.settings_pages import SETTINGS_PAGES

REGISTRY.append((IncomingCalls, IncomingUi))
SETTINGS_PAGES.append(IncomingSettingsPage)
