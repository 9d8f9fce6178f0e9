"""Incoming-call popups through the real app path against the simulator: the event socket
(EventLink) feeds the Controller, which hands events to the feature; popups' buttons reach the
simulator; drops and silences of the socket show in ``status --json`` and the tray's tooltip,
and the app reconnects by itself.

Each test is one coroutine on the qasync loop, from start to shutdown: qasync's
run_until_complete processes Qt events once more after the loop stopped, which would step the
event socket's tasks outside a running loop between two ``qloop.run`` calls.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.number_display import display_number
from app.features.incoming.menu import IncomingUi
from app.features.incoming.model import IncomingCalls
from app.sim import DEMO_EXT, SimThread, events
from app.ui.controller import Controller
from tests.helpers.waiting import until

# Offscreen: the fallback window's size hints and raise() are no-ops.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

HEARTBEAT_S = 0.3
PONG_TIMEOUT_S = 0.5
COLLEAGUE = "102"  # in the demo directory
OUTSIDE = ("Brasserie Cantillon", "+3225214928")  # an outside caller of the simulator


class App:
    """The real Controller against the simulator, with a short heartbeat."""

    def __init__(self, sim: SimThread, cfg_dir: Path, **event_options: float) -> None:
        self.sim = sim
        self.controller = Controller(
            cfg_dir,
            overrides={
                "server_url": sim.http_url,
                "user": DEMO_EXT,
                "events_port": sim.events_port,
                "dial_hotkey": "",
                "incoming_timeout_s": 0,
            },
            persist_overrides=False,
            event_options={
                "heartbeat_s": HEARTBEAT_S,
                "heartbeat_jitter": 0.0,  # each quiet period exactly heartbeat_s
                "pong_timeout_s": PONG_TIMEOUT_S,
                "backoff_initial_s": 0.05,
                "backoff_max_s": 0.3,
                **event_options,
            },
        )

    @property
    def feature(self) -> IncomingCalls:
        return next(f for f in self.controller.features if isinstance(f, IncomingCalls))

    @property
    def ui(self) -> IncomingUi:
        return next(u for u in self.controller.feature_uis if isinstance(u, IncomingUi))

    def status(self) -> dict[str, Any]:
        return self.controller.snapshot()

    async def start(self) -> None:
        await self.controller.start()
        await until(lambda: self.status()["connected"] is True, what="connected")
        await until(lambda: self.clients() >= 1, what="the simulator to see the socket")
        await until(lambda: len(self.feature.cache.index) > 0, what="the directory copy")

    def clients(self) -> int:
        return int(self.sim.call(lambda s: s.connected_event_clients))

    def ring(self, caller: str = COLLEAGUE) -> str:
        return str(self.sim.call(lambda s: s.emit_incoming_call(DEMO_EXT, caller_id=caller)))

    def sent(self, call: str) -> list[dict[str, str]]:
        log = self.sim.call(lambda s: list(s.state.request_log))
        return [params for name, params in log if name == call]

    def fault(self, **knobs: Any) -> None:
        def apply(s: Any) -> None:
            for name, value in knobs.items():
                setattr(s.faults, name, value)

        self.sim.call(apply)


def run(qloop, sim, cfg_dir, scenario: Callable[[App], Awaitable[None]], **options: Any) -> None:
    app = App(sim, cfg_dir, **options)

    async def main() -> None:
        try:
            await app.start()
            await scenario(app)
        finally:
            await app.controller.shutdown()

    qloop.run(main(), timeout=60)


def test_a_call_pops_up_with_the_name_and_status_reports_it(qapp, qloop, sim, cfg_dir) -> None:
    async def scenario(app: App) -> None:
        other = sim.call(lambda s: s.emit_incoming_call("202", caller_id="105"))
        channel = app.ring()
        await until(lambda: channel in app.ui.popups, what="the popup")
        assert other not in app.ui.popups
        popup = app.ui.popups[channel]
        person = sim.call(lambda s: s.state.person(COLLEAGUE))
        assert popup.name_label.text() == person.name
        assert popup.company_label.text() == person.company
        last = app.status()["last_incoming"]
        assert {k: last[k] for k in ("caller_id", "caller_name", "channel")} == {
            "caller_id": COLLEAGUE, "caller_name": person.name, "channel": channel,
        }  # fmt: skip
        assert last["at"]

    run(qloop, sim, cfg_dir, scenario)


def test_buttons_reach_the_simulator(qapp, qloop, sim, cfg_dir, qtbot) -> None:
    def click(app: App, channel: str, button: str) -> None:
        popup = app.ui.popups[channel]
        if button == popup.primary_key:
            qtbot.mouseClick(popup.primary, Qt.MouseButton.LeftButton)
        else:
            popup.call_actions[button].trigger()

    async def scenario(app: App) -> None:
        ui, feature = app.ui, app.feature
        first, second, third = app.ring(), app.ring(), app.ring(OUTSIDE[1])
        await until(lambda: {first, second, third} <= set(ui.popups), what="three popups")

        click(app, first, "voicemail")
        await until(lambda: first not in ui.popups, what="voicemail")
        assert app.sent("ccRedirect") == [{"channel_id": first, "to": f"*{DEMO_EXT}"}]
        assert sim.call(lambda s: s.state.channels.get(first).extension) == f"*{DEMO_EXT}"

        click(app, second, "park")
        await until(lambda: feature.calls[second].park_slot != "", what="evParked")
        slot = feature.calls[second].park_slot
        assert ui.popups[second].state_label.text() == f"Parked on {slot}"
        assert sim.call(lambda s: s.state.channels.get(second).park_slot) == slot

        click(app, third, "reject")
        await until(lambda: third not in ui.popups, what="reject")
        assert app.sent("ccHangup") == [{"channel_id": third}]
        assert sim.call(lambda s: s.state.channels.get(third)) is None

        user = app.controller.session.user if app.controller.session else None
        assert user is not None and user.mobile
        click(app, second, "mobile")  # a parked call is taken back with ccRedirect
        await until(lambda: second not in ui.popups, what="redirect to the mobile")
        mobile = "".join(c for c in user.mobile if c in "+0123456789")
        assert app.sent("ccRedirect")[-1] == {"channel_id": second, "to": mobile}
        assert app.status()["incoming"]["last_action"]["target"] == "mobile"

    run(qloop, sim, cfg_dir, scenario)


def test_outside_caller_named_from_the_channel_and_closed_when_the_call_ends(
    qapp, qloop, sim, cfg_dir, sim_profile
) -> None:
    async def scenario(app: App) -> None:
        channel = app.ring(OUTSIDE[1])
        await until(lambda: channel in app.ui.popups, what="the popup")
        popup = app.ui.popups[channel]
        if sim_profile == "default":  # ccGetChannels lists the ringing leg and its caller id
            await until(lambda: popup.name_label.text() == OUTSIDE[0], what="the caller id name")
            assert popup.number_label.text() == display_number(OUTSIDE[1])  # "02 521 49 28"
        else:  # only established channels are listed: the number is all there is
            assert popup.name_label.text() == display_number(OUTSIDE[1])
        sim.call(lambda s: s.state.channels.hangup(channel))  # the caller gives up
        await until(lambda: channel not in app.ui.popups, what="the popup to close")

    run(qloop, sim, cfg_dir, scenario)


def test_drop_shows_disconnected_then_reconnects_and_resyncs(qapp, qloop, sim, cfg_dir) -> None:
    async def scenario(app: App) -> None:
        ui, feature, tray = app.ui, app.feature, app.controller.tray
        kept, ended = app.ring(), app.ring()
        await until(lambda: {kept, ended} <= set(ui.popups), what="two popups")
        resyncs = feature.resyncs
        app.fault(events_mode="drop")
        await until(lambda: app.status()["connected"] is False, what="disconnected")
        await until(lambda: "Disconnected: " in tray.tooltip, what="the tooltip")
        sim.call(lambda s: s.state.channels.hangup(ended))  # ends while the socket is down
        app.fault(events_mode="normal")
        await until(lambda: feature.resyncs > resyncs, what="a resync after the reconnect")
        await until(lambda: app.status()["connected"] is True, what="connected again")
        await until(lambda: ended not in ui.popups, what="the ended call's popup to close")
        assert kept in ui.popups
        assert "Disconnected" not in tray.tooltip
        await until(lambda: app.clients() >= 1, what="the simulator to see the socket")
        # The socket repeats a call already shown: still one popup; a new call pops up.
        sim.call(lambda s: s.hub.broadcast(events.new_orig_channel(kept, COLLEAGUE, DEMO_EXT)))
        fresh = app.ring()
        await until(lambda: fresh in ui.popups, what="a popup after the reconnect")
        assert list(ui.popups) == [kept, fresh]

    run(qloop, sim, cfg_dir, scenario)


SLOW_HEARTBEAT_S = 1.0  # long against the slack, so "within one heartbeat" is what is tested


@pytest.mark.parametrize("fault", ["silent", "withhold_pong"])
def test_a_silent_socket_is_noticed_within_one_heartbeat(qapp, qloop, sim, cfg_dir, fault) -> None:
    async def scenario(app: App) -> None:
        knob = "events_mode" if fault == "silent" else "withhold_pong"
        on, off = ("silent", "normal") if fault == "silent" else (True, False)
        app.fault(**{knob: on})
        began = time.monotonic()
        reason = f"Disconnected: no evPong within {PONG_TIMEOUT_S:g} s"
        await until(
            lambda: app.status()["connected"] is False and reason in app.controller.tray.tooltip,
            within=6,
            what="the dead link noticed",
        )
        noticed = time.monotonic() - began
        # One heartbeat, its pong timeout and some slack; a second heartbeat would be too late.
        assert noticed <= SLOW_HEARTBEAT_S + PONG_TIMEOUT_S + 0.4, noticed
        app.fault(**{knob: off})
        await until(lambda: app.status()["connected"] is True, what="connected again")
        await until(lambda: app.clients() >= 1, what="the simulator to see the socket")
        channel = app.ring()
        await until(lambda: channel in app.ui.popups, what="a popup after the silence")

    # The first reconnect waits 0.25-0.5 s: long enough to see the disconnected state, as the
    # silenced simulator accepts the new connection at once.
    run(qloop, sim, cfg_dir, scenario, heartbeat_s=SLOW_HEARTBEAT_S, backoff_initial_s=0.5)


def test_ccgetchannels_is_asked_only_while_a_popup_is_open(qapp, qloop, sim, cfg_dir) -> None:
    async def scenario(app: App) -> None:
        # Idle: the heartbeat pings, nobody asks for every channel of the SOP.
        pings = len(app.sent("ccPing"))
        await until(lambda: len(app.sent("ccPing")) >= pings + 5, what="five heartbeats")
        # (The parked-calls section reads only the parked channels, parked_only=1, at start.)
        assert [p for p in app.sent("ccGetChannels") if "parked_only" not in p] == []
        channel = app.ring()
        await until(lambda: channel in app.ui.popups, what="the popup")
        await until(lambda: len(app.sent("ccGetChannels")) >= 1, what="a ccGetChannels poll")
        app.feature.dismiss(channel)  # the user closes the popup
        await until(lambda: channel not in app.ui.popups, what="the popup to close")
        # The call-in-progress section watches a call of the user until it is gone: the caller
        # gives up, one poll sees it gone, then nothing more is asked.
        sim.call(lambda s: s.state.channels.hangup(channel))
        pings = len(app.sent("ccPing"))
        await until(lambda: len(app.sent("ccPing")) >= pings + 2, what="two more heartbeats")
        asked = len(app.sent("ccGetChannels"))
        pings = len(app.sent("ccPing"))
        await until(lambda: len(app.sent("ccPing")) >= pings + 5, what="five more heartbeats")
        assert len(app.sent("ccGetChannels")) <= asked + 1  # at most a poll already under way

    run(qloop, sim, cfg_dir, scenario)


def test_a_ringing_call_keeps_its_popup_until_it_really_ends(qapp, qloop, sim, cfg_dir) -> None:
    # On a SOP whose ccGetChannels lists only established channels the ringing leg is never
    # there: polls that miss it prove nothing, the call's record in the history does.
    async def scenario(app: App) -> None:
        channel = app.ring(OUTSIDE[1])
        await until(lambda: channel in app.ui.popups, what="the popup")
        asked = len(app.sent("ccGetChannels"))
        await until(lambda: len(app.sent("ccGetChannels")) >= asked + 3, 15, "three more polls")
        assert channel in app.ui.popups
        sim.call(lambda s: s.state.channels.hangup(channel))  # the caller gives up
        await until(lambda: channel not in app.ui.popups, 30, "the popup to close")

    run(qloop, sim, cfg_dir, scenario)
