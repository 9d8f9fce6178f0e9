"""The user's established call, read from a ccGetChannels answer. No Qt here.

A call the SOP has established shows as channels in state ``Up`` (reference: ccGetChannels).
The user's leg is the one on one of the user's phones (``SIP/<phone>-...``: the primary,
secondary or hot-desk phone); its ``Link`` is the other party's leg, which transfer, park and
hold act on. Who the other party is: the caller id of the user's leg when it names someone
else, else the linked leg's (``"Name" [number]``, Asterisk's ``"Name" <number>`` or a bare
number). Names and numbers are text from the SOP: shown as plain text only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.sop.models import Channel

_WITH_NAME = re.compile(r'\A\s*"?(?P<name>[^"\[<]*?)"?\s*[\[<](?P<number>[^\]>]*)[\]>]\s*\Z')
MAX_TEXT = 100  # a name or number is one line in a menu


def split_caller_id(text: str) -> tuple[str, str]:
    """``'"Anna" [104]'`` -> ``("Anna", "104")``; ``"104"`` -> ``("", "104")``."""
    m = _WITH_NAME.match(text.strip())
    if m is None:
        return "", text.strip()[:MAX_TEXT]
    name, number = m.group("name").strip(), m.group("number").strip()
    if not number:
        return "", name[:MAX_TEXT]
    return ("" if name == number else name[:MAX_TEXT]), number[:MAX_TEXT]


def device_of(channel_id: str) -> str:
    """``SIP/SDP20001-0a1b2c3d`` -> ``SDP20001``; "" when the id names no SIP device."""
    if not channel_id.startswith("SIP/"):
        return ""
    return channel_id[4:].rpartition("-")[0]


@dataclass
class CurrentCall:
    """The call in progress as the app shows it; ``recording`` and ``on_hold`` are what the
    user's last accepted actions set (ccGetChannels does not say)."""

    channel: str  # the user's leg
    far: str  # the other party's leg ("" when the SOP links none)
    other_number: str
    other_name: str
    since: datetime  # local time, with offset
    recording: bool = False
    on_hold: bool = False

    @property
    def shown_name(self) -> str:
        return self.other_name or self.other_number or "?"

    def seconds(self, now: datetime) -> int:
        return max(0, int((now - self.since).total_seconds()))

    def to_json(self) -> dict[str, object]:
        """``status --json`` ``current_call``."""
        return {
            "channel": self.channel,
            "other_number": self.other_number,
            "other_name": self.other_name,
            "since": self.since.isoformat(timespec="seconds"),
            "recording": self.recording,
            "on_hold": self.on_hold,
        }


def duration_text(seconds: int) -> str:
    """``75`` -> ``1:15``; ``3725`` -> ``1:02:05``."""
    minutes, secs = divmod(max(0, seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def find_call(
    channels: list[Channel], phones: set[str], own_ext: str, now: datetime
) -> CurrentCall | None:
    """The user's established call in ``channels`` (the oldest if several), or None."""
    by_id = {c.id: c for c in channels}
    mine = [
        c for c in channels if c.state.casefold() == "up" and device_of(c.id) in phones and phones
    ]
    if not mine:
        return None
    own = max(mine, key=lambda c: c.seconds or 0)
    far = by_id.get(own.link)
    name, number = split_caller_id(own.caller_id)
    if (not number or number == own_ext) and far is not None:
        name, number = split_caller_id(far.caller_id)
    if number == own_ext:
        name, number = "", ""
    seconds = own.seconds if own.seconds is not None else (far.seconds if far else None)
    since = now - timedelta(seconds=seconds or 0)
    return CurrentCall(own.id, own.link, number, name, since.replace(microsecond=0))
