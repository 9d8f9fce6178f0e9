"""Registers hot-desk (PUM login/logout at shared desks, issue 6)."""

from __future__ import annotations

from app.features.hotdesk.menu import HotDeskUi
from app.features.hotdesk.model import HotDesk
from app.features.hotdesk.settings import HotDeskPage
from app.ui.feature_ui import REGISTRY
from app.ui.settings_pages import SETTINGS_PAGES

REGISTRY.append((HotDesk, HotDeskUi))
SETTINGS_PAGES.append(HotDeskPage)
