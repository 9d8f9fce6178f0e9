"""Favourites without a SOP: the list survives a restart, nothing is asked without favourites,
the minute is jittered, a failed refresh keeps the statuses."""

from __future__ import annotations

from app.features.favourites.model import FavouritesFeature, jittered
from app.sop.errors import SopUnreachable
from tests.helpers.dial_fakes import INES
from tests.helpers.incoming_fakes import CallClient, incoming_context


def test_jitter_stays_within_a_tenth() -> None:
    assert jittered(60, lambda: 0.0) == 54
    assert jittered(60, lambda: 1.0) == 66


def test_no_favourite_no_request_and_the_list_survives(qapp, qloop, cfg_dir) -> None:
    client = CallClient()
    feature = FavouritesFeature(incoming_context(client, cfg_dir), refresh_s=0.05)
    feature.start()
    qloop.run(feature.cache.refresh())
    assert not feature.refreshing and not feature._timer.isActive()
    feature.pin(INES.ext)
    qloop.until(lambda: feature.refreshed >= 2)  # refreshed now, then again after the "minute"
    assert feature.snapshot()["favourites"] == [{"ext": INES.ext, "name": INES.name,
                                                 "status": ""}]  # fmt: skip
    qloop.run(feature.stop())

    again = FavouritesFeature(incoming_context(CallClient(), cfg_dir))
    assert again.exts == [INES.ext]


def test_a_failed_refresh_keeps_what_was_shown(qapp, qloop, cfg_dir) -> None:
    client = CallClient()
    feature = FavouritesFeature(incoming_context(client, cfg_dir), refresh_s=30)
    feature.exts = [INES.ext]
    assert qloop.run(feature.refresh())
    client.fail_next["get_directory_info"] = SopUnreachable("down")
    assert not qloop.run(feature.refresh())
    assert feature.snapshot()["favourites"][0]["name"] == INES.name
    qloop.run(feature.stop())
