"""Registers hot-desk (PUM login/logout at shared desks, issue 6)."""

from __future__ import annotations

from app.core.hotdesk import HotDesk
from app.ui.feature_ui import REGISTRY
from app.ui.hotdesk_menu import HotDeskUi
from app.ui.hotdesk_settings import HotDeskPage
from app.ui.settings_pages import SETTINGS_PAGES

REGISTRY.append((HotDesk, HotDeskUi))
SETTINGS_PAGES.append(HotDeskPage)
