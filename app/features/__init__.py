"""Every feature of the app, in menu order: one folder each, one line each below.

A feature's folder holds its logic (``model.py`` and helpers: QtCore at most, no widgets), its
tray-menu section (``menu.py``), its windows and settings page, and ``feature.py``, which names
them in a :class:`~app.ui.feature_ui.FeatureSpec`. Nothing registers itself on import: a feature
is part of the app because it is listed here. Features never import each other; what they share
lives in the shell (``app.core.feature.Services``).

The lists are built on the first call, so importing a feature's logic never imports the widgets
of every feature (start-up loads them after the statuses are shown). A feature with subcommands
also has ``commands.py`` (no Qt), listed in :func:`cli_commands`: the command line imports only
those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.cli_command import CliCommand
    from app.ui.feature_ui import FeatureSpec


def features() -> tuple[FeatureSpec, ...]:
    from app.features.call.feature import FEATURE as call
    from app.features.desktop.feature import FEATURE as desktop
    from app.features.dial.feature import FEATURE as dial
    from app.features.favourites.feature import FEATURE as favourites
    from app.features.forward.feature import FEATURE as forward
    from app.features.history.feature import FEATURE as history
    from app.features.hotdesk.feature import FEATURE as hotdesk
    from app.features.incoming.feature import FEATURE as incoming
    from app.features.parked.feature import FEATURE as parked
    from app.features.queues.feature import FEATURE as queues
    from app.features.registration.feature import FEATURE as registration
    from app.features.rules.feature import FEATURE as rules

    return (
        desktop,
        rules,
        forward,
        call,
        dial,
        favourites,
        history,
        hotdesk,
        queues,
        incoming,
        parked,
        registration,
    )


def cli_commands() -> tuple[CliCommand, ...]:
    from app.features.call.commands import COMMAND as call
    from app.features.dial.commands import COMMAND as dial
    from app.features.favourites.commands import COMMAND as favourite
    from app.features.forward.commands import COMMAND as forward
    from app.features.hotdesk.commands import COMMAND as hotdesk
    from app.features.parked.commands import COMMAND as parked
    from app.features.queues.commands import COMMAND as queues

    return (hotdesk, dial, call, favourite, queues, forward, parked)
