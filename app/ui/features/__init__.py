"""Importing this package registers every feature (see app.ui.feature_ui.REGISTRY).

Add one import line per feature module; each module appends its (Feature, FeatureUi) pair.
"""

import app.ui.features.dial
import app.ui.features.hotdesk  # noqa: F401  (issue 6: hot-desk / PUM)
