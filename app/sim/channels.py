"""Live calls: channels, park slots, hold, recordings and channel variables.

A channel is one call leg as the SOP's Asterisk names it (``SIP/SDP20001-0a1b2c3d``). Parking
moves a channel into the first free slot from 701 up (reference: ccPark, dbGetParkedChannels);
ccJoinPark and ccRedirect take it out again, and a call left in its slot for
``park_timeout_s`` goes back to whoever parked it (its ``OperatorExtension`` variable), or ends
when nobody did, as Asterisk's parking timeout does. The table is capped so a long demo run with
scripted incoming calls stays bounded.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

FIRST_PARK_SLOT = 701
PARK_TIMEOUT_S = 300.0
TRUNK = "IAX2/escaux@81.83.50.216:4569"
MAX_CHANNELS = 200

# ccOriginate var: "name1=value1|name2=|..." with values of at most 59 [0-9A-Za-z].
_VAR_VALUE = re.compile(r"[0-9A-Za-z]{0,59}")


def parse_vars(text: str) -> dict[str, str] | None:
    """The variables of a ccOriginate ``var`` parameter, or None when the format is invalid."""
    if text == "":
        return {}
    result: dict[str, str] = {}
    for item in text.split("|"):
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not _VAR_VALUE.fullmatch(value):
            return None
        result[name] = value
    return result


def caller_id_text(name: str, number: str) -> str:
    """The ``"Name" [number]`` form ccGetChannels shows."""
    return f'"{name or number}" [{number}]'


@dataclass
class LiveChannel:
    id: str
    caller_id: str
    started: float
    state: str = "Up"
    link: str = ""
    extension: str = ""
    vars: dict[str, str] = field(default_factory=dict)
    park_slot: str = ""
    on_hold: bool = False
    recording: str = ""
    parked_at: float = 0.0
    bridged: bool = False  # one leg of an established call (app.sim.live_calls)


class ChannelTable:
    """The SOP's current channels, keyed by id, in creation order."""

    def __init__(self, rng: random.Random, clock: Callable[[], float]) -> None:
        self._rng = rng
        self._clock = clock
        self.channels: dict[str, LiveChannel] = {}
        self.park_timeout_s = PARK_TIMEOUT_S

    def new_id(self, device: str) -> str:
        """A fresh id: ``SIP/<device>-<hex>``, or a trunk leg when ``device`` is ""."""
        while True:
            if device:
                channel_id = f"SIP/{device}-{self._rng.getrandbits(32):08x}"
            else:
                channel_id = f"{TRUNK}/{self._rng.randint(1, 9999)}"
            if channel_id not in self.channels:
                return channel_id

    def add(self, channel: LiveChannel) -> LiveChannel:
        self.channels[channel.id] = channel
        while len(self.channels) > MAX_CHANNELS:
            oldest = next(iter(self.channels))
            self.hangup(oldest)
        return channel

    def open(
        self,
        device: str,
        caller_id: str,
        *,
        age_s: float = 0.0,
        state: str = "Up",
        extension: str = "",
        variables: dict[str, str] | None = None,
        channel_id: str | None = None,
    ) -> LiveChannel:
        """A new channel on ``device`` (or named ``channel_id``) that started ``age_s`` ago."""
        channel = LiveChannel(
            id=channel_id or self.new_id(device),
            caller_id=caller_id,
            started=self._clock() - age_s,
            state=state,
            extension=extension,
            vars=dict(variables or {}),
        )
        return self.add(channel)

    def get(self, channel_id: str) -> LiveChannel | None:
        return self.channels.get(channel_id)

    def seconds(self, channel: LiveChannel) -> int:
        return max(0, int(self._clock() - channel.started))

    def hangup(self, channel_id: str) -> bool:
        channel = self.channels.pop(channel_id, None)
        if channel is None:
            return False
        linked = self.channels.get(channel.link)
        if linked is not None and linked.link == channel_id:
            linked.link = ""
        return True

    def parked(self) -> list[LiveChannel]:
        self.expire_parked()
        return [c for c in self.channels.values() if c.park_slot]

    def expire_parked(self) -> list[str]:
        """Calls parked longer than ``park_timeout_s`` leave their slot; their ids."""
        now = self._clock()
        expired = [
            c for c in self.channels.values()
            if c.park_slot and now - c.parked_at >= self.park_timeout_s
        ]  # fmt: skip
        for channel in expired:
            back = channel.vars.get("OperatorExtension", "")
            if back:
                self.redirect(channel.id, back)  # rings whoever parked it again
            else:
                self.hangup(channel.id)
        return [c.id for c in expired]

    def park(self, channel_id: str) -> str | None:
        """Park ``channel_id`` in the first free slot; None if unknown or already parked."""
        channel = self.channels.get(channel_id)
        if channel is None or channel.park_slot:
            return None
        taken = {c.park_slot for c in self.parked()}
        slot = FIRST_PARK_SLOT
        while str(slot) in taken:
            slot += 1
        channel.park_slot = str(slot)
        channel.parked_at = self._clock()
        channel.on_hold = False
        channel.state = "Up"  # a parked caller is answered (music on hold), no longer ringing
        return channel.park_slot

    def by_slot(self, slot: str) -> LiveChannel | None:
        for channel in self.parked():
            if channel.park_slot == slot.strip():
                return channel
        return None

    def join(self, channel_id: str, slot: str) -> bool:
        """Connect ``channel_id`` to the call parked in ``slot``."""
        joining = self.channels.get(channel_id)
        parked = self.by_slot(slot)
        if joining is None or parked is None or joining is parked:
            return False
        parked.park_slot = ""
        parked.link, joining.link = joining.id, parked.id
        parked.state = joining.state = "Up"
        return True

    def redirect(self, channel_id: str, to: str) -> bool:
        """Send ``channel_id`` to ``to``: it leaves park/hold and rings there."""
        channel = self.channels.get(channel_id)
        if channel is None:
            return False
        channel.park_slot = ""
        channel.on_hold = False
        channel.extension = to
        channel.state = "Ring"
        return True
