"""Call queues: membership, waiting callers, join/leave and pause."""

from __future__ import annotations

from app.features.queues.menu import QueuesUi
from app.features.queues.model import QueuesFeature
from app.features.queues.settings import QueuesPage
from app.ui.feature_ui import FeatureSpec

FEATURE = FeatureSpec("queues", QueuesFeature, QueuesUi, (QueuesPage,))
