"""A warning (tooltip, one notification) when the desk phone is not registered."""

from __future__ import annotations

from app.features.registration.menu import RegistrationUi
from app.features.registration.model import RegistrationFeature
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("registration", RegistrationFeature, RegistrationUi)
