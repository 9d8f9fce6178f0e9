"""The app's own 90-second PUM rule: injected clocks, persistence, clock jumps."""

from __future__ import annotations

import json

import pytest

from app.features.hotdesk.pum_throttle import PumThrottle, Throttled
from tests.helpers.hotdesk_fakes import Clocks


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


def make(tmp_path, clocks: Clocks) -> PumThrottle:
    return PumThrottle(tmp_path / "pum-throttle.json", monotonic=clocks.monotonic, wall=clocks.wall)


def test_fresh_extension_may_go(tmp_path, clocks) -> None:
    throttle = make(tmp_path, clocks)
    assert throttle.remaining_s("201") == 0.0
    throttle.check("201")  # no exception


def test_counts_down_90_seconds_per_extension(tmp_path, clocks) -> None:
    throttle = make(tmp_path, clocks)
    throttle.record("201")
    assert throttle.seconds_left("201") == 90
    assert throttle.seconds_left("203") == 0  # per extension
    clocks.advance(16.2)
    assert throttle.seconds_left("201") == 74  # rounded up: never "0 s" while still closed
    with pytest.raises(Throttled) as info:
        throttle.check("201")
    assert info.value.seconds_left == 74 and info.value.ext == "201"
    clocks.advance(73.7)
    assert throttle.seconds_left("201") == 1
    clocks.advance(0.1)
    assert throttle.seconds_left("201") == 0
    throttle.check("201")
    assert not throttle.any_active()


def test_wall_clock_changes_do_not_matter_within_a_run(tmp_path, clocks) -> None:
    throttle = make(tmp_path, clocks)
    throttle.record("201")
    clocks.wall_s -= 3600  # clock set back an hour
    clocks.mono += 30
    assert throttle.seconds_left("201") == 60
    clocks.wall_s += 7200  # and forward
    assert throttle.seconds_left("201") == 60


def test_restart_does_not_reopen_the_window(tmp_path, clocks) -> None:
    make(tmp_path, clocks).record("201")
    clocks.advance(30)
    # A new process: its monotonic clock starts somewhere else entirely.
    clocks.mono = 5.0
    again = make(tmp_path, clocks)
    assert again.seconds_left("201") == 60
    clocks.advance(60)
    assert again.seconds_left("201") == 0


def test_persisted_atomically_as_wall_time(tmp_path, clocks) -> None:
    throttle = make(tmp_path, clocks)
    throttle.record("201")
    data = json.loads((tmp_path / "pum-throttle.json").read_text("utf-8"))
    assert data == {"version": 1, "last_action": {"201": clocks.wall_s}}
    assert [p.name for p in tmp_path.iterdir()] == ["pum-throttle.json"]  # no temp file left


def test_clock_set_back_before_restart_locks_out_at_most_90_s(tmp_path, clocks) -> None:
    make(tmp_path, clocks).record("201")
    clocks.wall_s -= 24 * 3600  # a day back: naive arithmetic would say "wait a day"
    clocks.mono = 0.0
    again = make(tmp_path, clocks)
    assert again.seconds_left("201") == 90
    # ...and its timestamp is clamped to "now" when saved again (here with another
    # extension's action), so a later restart does not lock it out once more.
    clocks.advance(10)
    again.record("203")
    clocks.advance(80)
    assert again.seconds_left("201") == 0
    clocks.mono = 0.0
    third = make(tmp_path, clocks)
    assert third.seconds_left("201") == 0
    assert third.seconds_left("203") == 10


def test_expired_entries_are_not_kept(tmp_path, clocks) -> None:
    throttle = make(tmp_path, clocks)
    throttle.record("201")
    clocks.advance(100)
    throttle.record("203")
    data = json.loads((tmp_path / "pum-throttle.json").read_text("utf-8"))
    assert set(data["last_action"]) == {"203"}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[]",
        b'{"last_action": []}',
        b'{"last_action": {"201": "x"}}',
        b'{"last_action": {"201": NaN}}',
    ],
)
def test_damaged_file_means_nothing_is_throttled(tmp_path, clocks, content) -> None:
    (tmp_path / "pum-throttle.json").write_bytes(content)
    assert make(tmp_path, clocks).seconds_left("201") == 0


def test_without_a_file_it_still_throttles(clocks) -> None:
    throttle = PumThrottle(None, monotonic=clocks.monotonic, wall=clocks.wall)
    throttle.record("201")
    assert throttle.seconds_left("201") == 90
