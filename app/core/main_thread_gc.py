"""Python's cyclic garbage collector, run on the Qt thread only.

Python collects reference cycles in whichever thread happens to allocate when a threshold is
crossed: a worker decoding a big answer, the demo's simulator thread. A cycle that holds a Qt
object (a window and the lambda connected to its signal, a feature's menu) is then destroyed in
that thread, against Qt's rules; while the Qt thread adds or removes a menu action, the two
threads can wait for each other for good (the Qt thread holds the interpreter lock and waits for
a Qt lock the collecting thread holds, which waits for the interpreter lock). A stress test shows
it within seconds every time, and a test run hung on it once.

:class:`MainThreadCollector` turns automatic collection off and does the same work from a Qt
timer: every second it looks at the collector's counts and collects the generations whose
thresholds were crossed, as the interpreter would have. Reference counting still frees
everything that is not in a cycle at once, in any thread.

The Qt thread itself is no safe place for an automatic collection either: it starts at any
allocation, also inside a Qt object's destructor while Qt holds one of its locks, and a Qt
object of the garbage that needs the same lock waits for it for good (seen at a test session's
end, with one thread). A collection started from the timer runs with no Qt code on the stack.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the counts are looked at; a check costs a microsecond
CHECK_MS = 1000


class MainThreadCollector(QObject):
    """Collects cycles on the thread it lives on (the Qt thread); :meth:`stop` gives the
    collection back to the interpreter."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.collections = [0, 0, 0]  # per generation, since start
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation whose threshold was crossed; the generation, or None."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = None
        for gen in range(3):
            if thresholds[gen] and counts[gen] > thresholds[gen]:
                generation = gen
            else:
                break  # an older generation is only due when the younger one overflowed
        if generation is None:
            return None
        gc.collect(generation)
        self.collections[generation] += 1
        return generation

    def stop(self, *, automatic: bool = False) -> None:
        """Stop the checks after a last collection. Automatic collection stays off unless
        ``automatic`` (and it was on before): at shutdown it would start inside the destructors
        of Qt objects, which hold Qt's locks (the test session hung there)."""
        self._timer.stop()
        gc.collect()
        if automatic and self._was_enabled:
            gc.enable()
