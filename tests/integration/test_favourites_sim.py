"""Favourites through the real app against the simulator: pinned from the dial box, shown in
the tray menu with their status, one click calls them, one directory request refreshes them
all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.features.dial.menu import DialUi
from app.features.favourites.model import FavouritesFeature, covering_pattern
from app.sim import DEMO_EXT, SimThread
from app.ui.controller import Controller
from tests.helpers.waiting import until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def controller(sim: SimThread, cfg_dir: Path) -> Controller:
    return Controller(
        cfg_dir,
        overrides={"server_url": sim.http_url, "user": DEMO_EXT, "events_port": sim.events_port,
                   "dial_hotkey": ""},
        persist_overrides=False,
    )  # fmt: skip


def favourites_of(c: Controller) -> FavouritesFeature:
    return next(f for f in c.features if isinstance(f, FavouritesFeature))


def menu_texts(c: Controller) -> dict[str, str]:
    return {a.objectName(): a.text() for a in c.tray_menu.menu.actions() if a.objectName()}


def sent(sim: SimThread, call: str) -> list[dict[str, str]]:
    return [p for name, p in sim.call(lambda s: list(s.state.request_log)) if name == call]


def test_pin_from_the_dial_box_then_call_from_the_menu(qapp, qloop, sim, cfg_dir, qtbot) -> None:
    c = controller(sim, cfg_dir)
    people = sim.call(
        lambda s: [p for p in s.state.people.values() if len(p.ext) == 3 and p.ext != DEMO_EXT]
    )[:2]
    first, second = (p.ext for p in people)

    async def scenario() -> None:
        await c.start()
        fav = favourites_of(c)
        await until(lambda: len(fav.cache.index) > 0, what="the directory copy")
        dial = next(u for u in c.feature_uis if isinstance(u, DialUi))
        window = dial.open_dial_box()
        for person in people:  # type the extension, pick the colleague's row, Ctrl+P
            window.input.setText(person.ext)
            window.list.setCurrentIndex(window.model.index(1))
            qtbot.keyClick(window.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert fav.exts == [first, second]
        window.close()
        c.tray_menu.rebuild(c.session)
        await until(lambda: f"favourite_{second}" in menu_texts(c), what="the menu section")
        texts = menu_texts(c)
        translated = c.session.callflow.translated if c.session.callflow else str
        assert texts[f"favourite_{first}"] == (
            f"&1  {people[0].name} — {translated(people[0].status)}"
        )
        assert texts[f"favourite_{second}"].startswith(f"&2  {people[1].name}")

        # A colleague's status changes: the next refresh (one request for all) shows it.
        await until(lambda: not fav.refreshing, what="the refresh a pin starts")
        sim.call(lambda s: setattr(s.state.person(second), "status", "Meeting"))
        before = len(sent(sim, "dbGetDirectoryInfo"))
        assert await fav.refresh()
        asked = sent(sim, "dbGetDirectoryInfo")[before:]
        assert asked == [{"ext": covering_pattern([first, second]), "wildcards": "strict"}]
        c.tray_menu.rebuild(c.session)
        assert menu_texts(c)[f"favourite_{second}"].endswith(translated("Meeting"))
        assert c.snapshot()["favourites"][1] == {
            "ext": second, "name": people[1].name, "status": "Meeting",
        }  # fmt: skip

        # One click calls.
        action = next(
            a for a in c.tray_menu.menu.actions() if a.objectName() == f"favourite_{first}"
        )
        action.trigger()
        await until(lambda: sim.call(lambda s: list(s.state.originations)), what="the call")
        assert sim.call(lambda s: s.state.originations[-1]["to"]) == first
        # Pinned for the next start too.
        assert (cfg_dir / "favourites.json").exists()

    async def main() -> None:
        try:
            await scenario()
        finally:
            await c.shutdown()

    qloop.run(main(), timeout=60)


def test_the_covering_pattern() -> None:
    assert covering_pattern(["102", "145", "187"]) == "1__"
    assert covering_pattern(["150", "151"]) == "15_"
    assert covering_pattern(["150", "1501"]) == "150%"
    assert covering_pattern(["201", "999"]) == "___"
    assert covering_pattern(["20", "1501"]) == "%"
