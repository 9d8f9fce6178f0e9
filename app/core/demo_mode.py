"""Whether this process is the demo (``--demo``), which leaves the computer as it found it.

The demo keeps its settings in a throw-away folder and its secrets in memory. The entries a
desktop keeps outside the app's own folder (starting with the session, the applications menu,
the handler of tel: links) are not written either: the settings tabs show why instead.
"""

from __future__ import annotations

_active = [False]


def enter() -> None:
    """This process is the demo, until :func:`leave` (tests)."""
    _active[0] = True


def leave() -> None:
    _active[0] = False


def active() -> bool:
    return _active[0]
