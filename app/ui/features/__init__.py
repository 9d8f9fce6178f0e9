"""Importing this package registers every feature (see app.ui.feature_ui.REGISTRY).

Add one import line per feature module; each module appends its (Feature, FeatureUi) pair.
Only the last import carries ``# noqa: F401``: all bind the name ``app``, the last looks unused.
"""

import app.ui.features.desktop  # issue 7: start with the session, applications menu
import app.ui.features.dial
import app.ui.features.history  # issue 4: missed calls and call history
import app.ui.features.hotdesk  # issue 6: hot-desk / PUM
import app.ui.features.incoming  # noqa: F401  (issue 5: incoming-call popups)
