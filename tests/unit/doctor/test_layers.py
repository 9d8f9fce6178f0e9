"""The doctor is shared by the CLI and the settings dialog: it imports no Qt."""

from __future__ import annotations

import subprocess
import sys


def test_doctor_and_replay_import_no_qt() -> None:
    code = (
        "import sys\n"
        "import app.doctor.checks, app.doctor.command, app.doctor.report, app.sim.replay\n"
        "import app.sop.wire_log\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
