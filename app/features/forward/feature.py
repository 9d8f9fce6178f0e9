"""Call forwarding: the number behind the forwarding status."""

from __future__ import annotations

from app.features.forward.menu import ForwardUi
from app.features.forward.model import ForwardFeature
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("forward", ForwardFeature, ForwardUi)
