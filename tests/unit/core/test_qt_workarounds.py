"""The PySide6 6.12.0 / CPython 3.11 bool refcount bug, and the work-around, in subprocesses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
from app.core.qt_workarounds import protect_bools
app = QCoreApplication([])
if sys.argv[1] == "protect":
    protect_bools()
class O(QObject):
    s = Signal()
o = O()
for _ in range(20000):
    o.s.emit()
print("survived")
"""


def run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        cwd=str(ROOT),
    )


def test_many_emits_survive_with_the_work_around() -> None:
    done = run("protect")
    assert done.returncode == 0, done.stderr
    assert "survived" in done.stdout


def test_the_bug_is_still_there_or_the_work_around_can_go() -> None:
    """Fails (on purpose) once the binding is fixed: then drop app/core/qt_workarounds.py."""
    from app.core.qt_workarounds import leaks_bool_refs

    if sys.version_info >= (3, 12):
        pytest.skip("True and False are immortal from 3.12 on")
    if not leaks_bool_refs():
        pytest.fail("PySide6 no longer leaks bool references: remove the work-around")
    done = run("plain")
    assert done.returncode != 0 and "bool_dealloc" in done.stderr
