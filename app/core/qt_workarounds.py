"""Work-arounds for bugs of the Qt binding itself, applied once at start-up.

PySide6 6.12.0 on CPython 3.11: every ``SignalInstance.emit()`` (and ``disconnect()``) returns
``True`` without taking a reference, so each call drops the refcount of ``True`` by one. After a
few hundred emits from Python the interpreter aborts with "Fatal Python error: bool_dealloc:
deallocating True or False" (seen here in the test suite, at exit). From Python 3.12 on, True and
False are immortal (PEP 683) and nothing happens. :func:`leaks_bool_refs` detects the bug;
:func:`protect_bools` gives both objects a reference count no program can exhaust, which is what
3.12 does. No QtWidgets here: QtCore only.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_HEADROOM = 1 << 40


def leaks_bool_refs() -> bool:
    """True when emitting a signal from Python drops a reference to ``True``."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def protect_bools() -> bool:
    """Make ``True``/``False`` effectively immortal where the bug can bite; True if applied."""
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False
    for value in (True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        ctypes.c_ssize_t.from_address(id(value)).value += _HEADROOM
    return True
