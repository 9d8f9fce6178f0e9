"""``SimThread``: a simulator on its own event loop in a daemon thread (tests, Qt demo).

``start`` returns once the simulator listens; ``call(fn)`` runs ``fn(sim)`` on the simulator's
loop (awaiting it when it returns an awaitable) and hands back the result; ``stop`` closes every
socket and the loop, so nothing is left for the garbage collector to warn about.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any, TypeVar

from app.sim.config import SimConfig
from app.sim.server import SopSimulator

T = TypeVar("T")


class SimThread:
    """Runs one ``SopSimulator`` in a background thread."""

    def __init__(
        self,
        config: SimConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = datetime.now,
        timeout_s: float = 10.0,
    ) -> None:
        self.sim = SopSimulator(config, clock=clock, now=now)
        self._timeout_s = timeout_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def http_url(self) -> str:
        return self.sim.http_url

    @property
    def events_port(self) -> int:
        return self.sim.events_port

    def start(self) -> SimThread:
        """Start the thread and block until the simulator listens (re-raises its failure)."""
        if self._thread is not None:
            raise RuntimeError("SimThread already started")
        self._thread = threading.Thread(target=self._run, name="sop-simulator", daemon=True)
        self._thread.start()
        if not self._ready.wait(self._timeout_s):
            raise TimeoutError("the SOP simulator did not start in time")
        if self._error is not None:
            self._thread.join(self._timeout_s)
            raise RuntimeError("the SOP simulator failed to start") from self._error
        return self

    def call(self, fn: Callable[[SopSimulator], Any], timeout_s: float | None = None) -> Any:
        """``fn(sim)`` run on the simulator's loop; its result (awaited if awaitable)."""
        loop = self._loop
        if loop is None or not loop.is_running():
            raise RuntimeError("SimThread is not running")

        async def run() -> Any:
            result = fn(self.sim)
            if inspect.isawaitable(result):
                result = await result
            return result

        future = asyncio.run_coroutine_threadsafe(run(), loop)
        return future.result(self._timeout_s if timeout_s is None else timeout_s)

    def reset(self) -> None:
        self.call(lambda sim: sim.reset())

    def stop(self) -> None:
        """Stop the simulator and its loop and join the thread. Idempotent."""
        thread, loop = self._thread, self._loop
        if thread is None:
            return
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
        thread.join(self._timeout_s)
        if thread.is_alive():
            raise TimeoutError("the SOP simulator did not stop in time")
        self._thread = None

    def __enter__(self) -> SimThread:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            try:
                loop.run_until_complete(self.sim.start())
            except BaseException as exc:  # handed to start() in the caller's thread
                self._error = exc
                return
            self._loop = loop
            self._ready.set()
            loop.run_forever()
            loop.run_until_complete(self.sim.stop())
        finally:
            self._ready.set()
            _close_loop(loop)


def _close_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what is left, then close the loop cleanly (no pending-task complaints)."""
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
    asyncio.set_event_loop(None)
    loop.close()
