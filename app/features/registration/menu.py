"""The registration warning's part of the tray: a tooltip line while the phone is off."""

from __future__ import annotations

from app.core.feature import Feature
from app.features.registration.model import RegistrationFeature
from app.ui.feature_ui import FeatureUi, Shell


class RegistrationUi(FeatureUi):
    def __init__(self, feature: Feature, controller: Shell) -> None:
        super().__init__(feature, controller)
        assert isinstance(feature, RegistrationFeature)
        self.registration = feature

    def tooltip(self) -> str:
        return self.registration.warning()
