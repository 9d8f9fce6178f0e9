"""Registers desktop integration (issue 7): the "Desktop" settings tab (start with the session,
applications menu). It has no tray-menu section and no per-session core part."""

from __future__ import annotations

from app.features.desktop.settings import DesktopPage
from app.ui.settings_pages import SETTINGS_PAGES

SETTINGS_PAGES.append(DesktopPage)
