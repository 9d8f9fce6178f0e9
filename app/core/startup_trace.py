"""Start-up milestones for the benchmark and the smoke tests.

With ``SOP_COMPANION_TRACE_STARTUP=1`` each milestone prints one line on stderr:
``sop-companion-trace <name> <unix time> <peak RSS KiB>``. With
``SOP_COMPANION_EXIT_AFTER=<name>`` the app quits cleanly once that milestone is reached.
"""

from __future__ import annotations

import os
import sys
import time


def peak_rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except (ImportError, OSError):
        return 0


def milestone(name: str) -> bool:
    """Record ``name``; True when the app was asked to exit at this milestone."""
    if os.environ.get("SOP_COMPANION_TRACE_STARTUP"):
        print(f"sop-companion-trace {name} {time.time():.6f} {peak_rss_kib()}", file=sys.stderr)
        sys.stderr.flush()
    return os.environ.get("SOP_COMPANION_EXIT_AFTER") == name
