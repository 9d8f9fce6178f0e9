"""The call in progress through the real app path against the simulator: the event socket tells
the app a call involves the user, ccGetChannels (only then) finds the established call, the call
window and ``status --json`` show it, and each action reaches the simulator once, refusals
included.

Each test is one coroutine on the qasync loop, from start to shutdown (see test_incoming_sim).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.features.call.menu import CallUi
from app.features.call.model import CallFeature
from app.sim import DEMO_EXT, SimThread, live_calls
from app.ui.controller import Controller
from tests.helpers.waiting import until

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

COLLEAGUE = "102"
DEMO_PHONE = "SDP20001"


class App:
    def __init__(self, sim: SimThread, cfg_dir: Path) -> None:
        self.sim = sim
        self.controller = Controller(
            cfg_dir,
            overrides={
                "server_url": sim.http_url,
                "user": DEMO_EXT,
                "events_port": sim.events_port,
                "dial_hotkey": "",
                "incoming_popups": 0,  # the popups have their own tests
            },
            persist_overrides=False,
            event_options={"heartbeat_s": 0.3, "pong_timeout_s": 0.5,
                           "backoff_initial_s": 0.05, "backoff_max_s": 0.3},
        )  # fmt: skip

    @property
    def feature(self) -> CallFeature:
        return next(f for f in self.controller.features if isinstance(f, CallFeature))

    @property
    def ui(self) -> CallUi:
        return next(u for u in self.controller.feature_uis if isinstance(u, CallUi))

    def status(self) -> dict[str, Any]:
        return self.controller.snapshot()

    async def start(self) -> None:
        await self.controller.start()
        await until(lambda: self.status()["connected"] is True, what="connected")
        await until(
            lambda: self.sim.call(lambda s: s.connected_event_clients) >= 1, what="the socket"
        )
        await until(lambda: len(self.feature.cache.index) > 0, what="the directory copy")

    def sent(self, call: str) -> list[dict[str, str]]:
        log = self.sim.call(lambda s: list(s.state.request_log))
        return [params for name, params in log if name == call]

    def answered_call(self, caller: str = COLLEAGUE) -> str:
        """A call from ``caller`` that the user picks up at once: returns the user's leg."""
        far = self.sim.call(
            lambda s: s.emit_incoming_call(DEMO_EXT, caller_id=caller, answered=True)
        )
        return str(self.sim.call(lambda s: s.state.channels.get(far).link))

    async def call_shown(self) -> None:
        await until(lambda: self.status()["current_call"] is not None, what="the call")
        await until(lambda: self.ui.window is not None and self.ui.window.isVisible(), what="win")

    def click(self, qtbot: Any, button: str) -> None:
        assert self.ui.window is not None
        qtbot.mouseClick(self.ui.window.buttons[button], Qt.MouseButton.LeftButton)

    def far_leg(self, own: str) -> Any:
        return self.sim.call(lambda s: s.state.channels.get(s.state.channels.get(own).link))


def run(qloop, sim, cfg_dir, scenario: Callable[[App], Awaitable[None]]) -> None:
    app = App(sim, cfg_dir)

    async def main() -> None:
        try:
            await app.start()
            await scenario(app)
        finally:
            await app.controller.shutdown()

    qloop.run(main(), timeout=60)


def test_an_idle_desktop_never_asks_for_channels(qapp, qloop, sim, cfg_dir) -> None:
    async def scenario(app: App) -> None:
        # Several heartbeats go by (ccPing every 0.3 s of silence): the app is alive and idle.
        await until(lambda: len(app.sent("ccPing")) >= 4, what="heartbeats")
        # The parked-calls section reads the parked channels once at start; nothing asks for
        # the user's calls.
        assert [q for q in app.sent("ccGetChannels") if q.get("parked_only") != "1"] == []
        assert len(app.sent("ccGetChannels")) <= 1
        assert app.status()["current_call"] is None
        assert app.status()["call"]["watching"] is False

    run(qloop, sim, cfg_dir, scenario)


def test_an_answered_call_shows_and_hangs_up_once(qapp, qloop, sim, cfg_dir, qtbot) -> None:
    async def scenario(app: App) -> None:
        own = app.answered_call()
        await app.call_shown()
        person = sim.call(lambda s: s.state.person(COLLEAGUE))
        current = app.status()["current_call"]
        assert {k: current[k] for k in ("channel", "other_number", "other_name")} == {
            "channel": own, "other_number": COLLEAGUE, "other_name": person.name,
        }  # fmt: skip
        assert current["recording"] is False and current["on_hold"] is False
        window = app.ui.window
        assert window is not None and window.name_label.text() == person.name
        assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        assert window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
        assert app.status()["call"]["watching"] is True

        app.click(qtbot, "hangup")
        await until(lambda: app.status()["current_call"] is None, what="hung up")
        await until(lambda: not app.feature.watching, what="the polling to stop")
        assert app.sent("ccHangup") == [{"channel_id": own}]
        assert sim.call(lambda s: s.state.channels.get(own)) is None
        assert not window.isVisible()
        polls = len(app.sent("ccGetChannels"))
        await until(lambda: len(app.sent("ccPing")) >= 8, what="more heartbeats")
        assert len(app.sent("ccGetChannels")) == polls  # idle again: no more looks

    run(qloop, sim, cfg_dir, scenario)


def test_a_call_the_user_places_shows_the_colleague(qapp, qloop, sim, cfg_dir) -> None:
    async def scenario(app: App) -> None:
        dialer = app.controller.features[0].ctx.services.dialer
        assert dialer is not None
        answer = await dialer.dial("150")
        assert answer["exit"] == 0, answer
        await app.call_shown()
        person = sim.call(lambda s: s.state.person("150"))
        assert app.status()["current_call"]["other_name"] == person.name
        assert app.status()["current_call"]["channel"].startswith(f"SIP/{DEMO_PHONE}-")

    run(qloop, sim, cfg_dir, scenario)


def test_transfer_to_a_colleague(qapp, qloop, sim, cfg_dir) -> None:
    async def scenario(app: App) -> None:
        own = app.answered_call()
        await app.call_shown()
        far = app.far_leg(own)
        dialog = app.ui.open_transfer_dialog()
        dialog.picker.input.setText("150")
        dialog.picker.pick()
        await until(lambda: app.status()["current_call"] is None, what="transferred")
        assert app.sent("ccRedirect") == [{"channel_id": far.id, "to": "150"}]
        moved = sim.call(lambda s: s.state.channels.get(far.id))
        assert (moved.extension, moved.state) == ("150", "Ring")
        assert sim.call(lambda s: s.state.channels.get(own)) is None  # the user's phone is free

    run(qloop, sim, cfg_dir, scenario)


def test_park_shows_the_slot(qapp, qloop, sim, cfg_dir, qtbot) -> None:
    async def scenario(app: App) -> None:
        own = app.answered_call()
        await app.call_shown()
        far = app.far_leg(own)
        app.click(qtbot, "park")
        await until(lambda: app.status()["call"]["parked_slot"], what="evParked")
        slot = app.status()["call"]["parked_slot"]
        assert sim.call(lambda s: s.state.channels.get(far.id).park_slot) == slot
        assert app.sent("ccPark") == [{"channel_id": far.id}]
        await until(lambda: app.status()["current_call"] is None, what="the call to end")

    run(qloop, sim, cfg_dir, scenario)


def test_record_start_and_stop_into_the_voicemail(qapp, qloop, sim, cfg_dir, qtbot) -> None:
    async def scenario(app: App) -> None:
        own = app.answered_call()
        await app.call_shown()
        window = app.ui.window
        assert window is not None
        app.click(qtbot, "record")
        await until(lambda: app.status()["current_call"]["recording"], what="recording")
        assert sim.call(lambda s: s.state.channels.get(own).recording) == DEMO_EXT
        assert window.recording_label.isVisible()
        assert window.buttons["record"].text() == "Stop recording"
        app.click(qtbot, "record")
        await until(lambda: not app.status()["current_call"]["recording"], what="stopped")
        assert sim.call(lambda s: s.state.channels.get(own).recording) == ""
        base = {"channel_id": own, "mailbox": DEMO_EXT, "caller_id": DEMO_EXT}
        assert app.sent("ccRecord") == [{**base, "action": "start"}, {**base, "action": "stop"}]
        assert not window.recording_label.isVisible()

    run(qloop, sim, cfg_dir, scenario)


def test_hold_then_resume(qapp, qloop, sim, cfg_dir, qtbot) -> None:
    async def scenario(app: App) -> None:
        own = app.answered_call()
        await app.call_shown()
        far = app.far_leg(own)
        app.click(qtbot, "hold")
        await until(lambda: app.status()["current_call"]["on_hold"], what="on hold")
        assert sim.call(lambda s: s.state.channels.get(far.id).on_hold) is True
        assert app.ui.window is not None
        assert app.ui.window.buttons["hold"].text() == "Resume"
        app.click(qtbot, "hold")
        await until(lambda: not app.status()["current_call"]["on_hold"], what="resumed")
        assert app.sent("ccHold") == [{"channel_id": far.id}]
        assert app.sent("ccRedirect") == [{"channel_id": far.id, "to": DEMO_EXT}]
        back = sim.call(lambda s: s.state.channels.get(far.id))
        assert (back.on_hold, back.state, back.link) == (False, "Up", own)

    run(qloop, sim, cfg_dir, scenario)


@pytest.mark.parametrize(
    ("button", "call", "words"),
    [
        ("hangup", "ccHangup", "The phone system refused to hang up the call."),
        ("park", "ccPark", "The phone system refused to park the call."),
        ("record", "ccRecord", "The phone system refused to start recording."),
        ("hold", "ccHold", "The phone system refused to put the call on hold."),
    ],
)
def test_a_refusal_is_said_in_words_and_sent_once(
    qapp, qloop, sim, cfg_dir, qtbot, button: str, call: str, words: str
) -> None:
    async def scenario(app: App) -> None:
        app.answered_call()
        await app.call_shown()
        sim.call(lambda s: s.faults.set_result(call, 1))
        app.click(qtbot, button)
        await until(lambda: app.feature.error != "", what="the refusal")
        window = app.ui.window
        assert window is not None and window.state_label.text() == words
        assert len(app.sent(call)) == 1
        assert app.status()["current_call"] is not None  # still in the call
        assert app.status()["call"]["last_action"]["ok"] is False

    run(qloop, sim, cfg_dir, scenario)


def test_a_call_that_ends_on_the_other_side_closes_the_window(qapp, qloop, sim, cfg_dir) -> None:
    async def scenario(app: App) -> None:
        own = app.answered_call()
        await app.call_shown()
        far = app.far_leg(own)
        sim.call(lambda s: live_calls.hangup(s.state.channels, far.id))
        await until(lambda: app.status()["current_call"] is None, what="the end")
        await until(lambda: not app.feature.watching, what="the polling to stop")
        assert app.ui.window is not None and not app.ui.window.isVisible()

    run(qloop, sim, cfg_dir, scenario)


def test_call_show_finds_a_call_the_app_was_not_told_about(qapp, qloop, sim, cfg_dir) -> None:
    async def scenario(app: App) -> None:
        own = sim.call(lambda s: s.establish_call(DEMO_EXT, "+3225214928"))
        answer = await app.controller.commands({"cmd": "call", "action": "show"})
        assert answer["exit"] == 0
        assert "Brasserie Cantillon" in answer["message"]
        assert answer["result"]["channel"] == own
        assert len(app.sent("ccGetChannels")) >= 1

    run(qloop, sim, cfg_dir, scenario)
