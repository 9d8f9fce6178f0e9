"""Favourite colleagues: a tray-menu section with their status, one click calls them."""

from __future__ import annotations

from app.features.favourites.menu import FavouritesUi
from app.features.favourites.model import FavouritesFeature
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("favourites", FavouritesFeature, FavouritesUi)
