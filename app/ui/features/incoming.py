"""Registers incoming-call popups (issue 5)."""

from __future__ import annotations

from app.features.incoming.menu import IncomingUi
from app.features.incoming.model import IncomingCalls
from app.features.incoming.settings import IncomingSettingsPage
from app.ui.feature_ui import REGISTRY
from app.ui.settings_pages import SETTINGS_PAGES

REGISTRY.append((IncomingCalls, IncomingUi))
SETTINGS_PAGES.append(IncomingSettingsPage)
