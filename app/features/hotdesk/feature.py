"""Hot desk: PUM login and logout at shared desks."""

from __future__ import annotations

from app.features.hotdesk.menu import HotDeskUi
from app.features.hotdesk.model import HotDesk
from app.features.hotdesk.settings import HotDeskPage
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("hotdesk", HotDesk, HotDeskUi, (HotDeskPage,))
