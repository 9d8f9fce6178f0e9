"""Guard against a Qt binding that drops references to Python's immortal singletons.

PySide6 6.12.0 on CPython 3.11 returns ``None`` from every wrapped C++ call that returns nothing
(``QAction.setText``, ``QWidget.resize``, ``QPainter`` drawing, ``QObject.setObjectName``, ...)
and ``True`` from ``SignalInstance.emit()`` without taking a reference, so each call drops the
count of ``None`` (or ``True``) by one. When a count reaches zero the interpreter stops with
"Fatal Python error: none_dealloc" (or "bool_dealloc"): an idle tray app made about 450 such
calls a minute and died after 44 minutes. PySide6 6.11.3 has no such bug and is the version the
project pins; from CPython 3.12 on these objects are immortal (PEP 683) and nothing can happen.

This module stays as a second line for an installation that ends up with a leaking binding all
the same (a distribution's PySide6, a local override): :func:`leaking_immortals` measures the
running binding once, in a few microseconds, with QtCore calls only, and :func:`guard_immortals`
gives each object found leaking a reference count no program can exhaust, which is what 3.12
does. Nothing is touched where the probe finds no leak. Every process the project starts (the
app, the bundle, the test suite, benchmarks and soak runs) calls :func:`guard_immortals` first.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

_HEADROOM = 1 << 40
_PROBE_CALLS = 64

# The singletons a binding can return without a new reference.
IMMORTALS: dict[str, object] = {"None": None, "True": True, "False": False}

_verdict: frozenset[str] | None = None
_guarded: set[str] = set()


def _counts() -> dict[str, int]:
    return {name: sys.getrefcount(value) for name, value in IMMORTALS.items()}


def _probe_calls() -> list[Callable[[], object]]:
    """Qt calls that return None (plain setters) and True (emit) from C++, QtCore only."""
    from PySide6.QtCore import QObject, QTimer, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    timer = QTimer()
    # Keep the objects alive with the lambdas; no Python-level return value is kept.
    return [
        lambda: probe.setObjectName("probe"),
        lambda: timer.setInterval(5),
        lambda: probe.ping.emit(),
    ]


def measure_leaks(calls: int = _PROBE_CALLS) -> dict[str, int]:
    """References lost per immortal over ``calls`` rounds of the probe calls (0 = no leak)."""
    probes = _probe_calls()
    before = _counts()
    for _ in range(calls):
        for call in probes:
            call()
    after = _counts()
    return {name: before[name] - after[name] for name in IMMORTALS}


def leaking_immortals() -> frozenset[str]:
    """Names of the immortals the running binding drops references to (measured once)."""
    global _verdict
    if _verdict is None:
        if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
            _verdict = frozenset()
        else:
            # A leak loses one reference per call; anything below half is caching noise.
            lost = measure_leaks()
            _verdict = frozenset(name for name, n in lost.items() if n >= _PROBE_CALLS // 2)
    return _verdict


def guard_immortals() -> frozenset[str]:
    """Protect every immortal the probe finds leaking; returns the names guarded (idempotent)."""
    leaking = leaking_immortals()
    for name in leaking - _guarded:
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        ctypes.c_ssize_t.from_address(id(IMMORTALS[name])).value += _HEADROOM
        _guarded.add(name)
        log.warning(
            "this Qt binding leaks references to %s; guarded (install the pinned PySide6)", name
        )
    return frozenset(_guarded)
