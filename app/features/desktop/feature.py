"""Desktop integration: the "Desktop" settings tab (start with the session, applications menu).
It has no tray-menu section and no per-session core part."""

from __future__ import annotations

from app.features.desktop.settings import DesktopPage
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("desktop", settings_pages=(DesktopPage,))
