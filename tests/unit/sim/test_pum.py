"""The SOP's 90-second PUM rule, with a clock the test moves."""

from __future__ import annotations

from app.sim.pum import PUM_INTERVAL_S, PumThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def test_first_call_is_free() -> None:
    assert PumThrottle(Clock()).refusal("201") is None


def test_ninety_seconds_per_extension() -> None:
    clock = Clock()
    throttle = PumThrottle(clock)
    throttle.accept("201")
    clock.now += 30
    refusal = throttle.refusal("201")
    assert refusal is not None and "60" in refusal and "201" in refusal
    assert throttle.refusal("202") is None  # per extension
    clock.now += 59.5
    assert throttle.remaining_s("201") == 0.5
    assert throttle.refusal("201") is not None
    clock.now += 0.5
    assert throttle.refusal("201") is None
    assert PUM_INTERVAL_S == 90


def test_refused_calls_do_not_restart_the_wait() -> None:
    clock = Clock()
    throttle = PumThrottle(clock)
    throttle.accept("201")
    for _ in range(3):
        clock.now += 30
        if throttle.refusal("201") is None:
            break
    assert clock.now - 500 == 90
    assert throttle.refusal("201") is None
