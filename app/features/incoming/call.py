"""One incoming call as a popup shows it, and the parsing of the caller id it arrived with.

No Qt here. The evNewOrigChannel ``CallerId`` is a number in the reference's example (``104``);
ccGetChannels shows ``"Name" [number]`` (docs/ARCHITECTURE.md) and Asterisk elsewhere
``"Name" <number>``, so :func:`split_caller_id` accepts all three. Names and numbers are
caller-controlled text: they are shown as plain text only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

_WITH_NAME = re.compile(r'\A\s*"?(?P<name>[^"\[<]*?)"?\s*[\[<](?P<number>[^\]>]*)[\]>]\s*\Z')


def split_caller_id(text: str) -> tuple[str, str]:
    """``(name, number)`` of a caller id: ``'"Anna" [104]'`` -> ``("Anna", "104")``,
    ``"104"`` -> ``("", "104")``. A name that only repeats the number is dropped."""
    name, number = _split(text.strip())
    # Bounded: a caller id is one line on a popup (a 60 KB name once cost 400 MB of layout).
    return name[:MAX_NAME_CHARS], number[:MAX_NUMBER_CHARS]


MAX_NAME_CHARS = 100
MAX_NUMBER_CHARS = 64


def _split(text: str) -> tuple[str, str]:
    m = _WITH_NAME.match(text)
    if m is None:
        return "", text
    name, number = m.group("name").strip(), m.group("number").strip()
    if not number:
        return "", name
    return ("" if name == number else name), number


class CallState(Enum):
    RINGING = "ringing"
    PARKED = "parked"  # ccPark accepted (the slot comes with evParked)
    REDIRECTED = "redirected"
    REJECTED = "rejected"
    ENDED = "ended"  # gone from ccGetChannels
    DISMISSED = "dismissed"  # the user closed the popup, or it timed out


@dataclass
class IncomingCall:
    """What a popup shows; the feature changes it and emits ``call_changed(channel)``."""

    channel: str
    caller_id: str  # as the event carried it
    number: str  # the caller's number (from caller_id)
    extension: str  # the user's extension the call rings
    at: str  # ISO 8601, local time with offset
    name: str = ""  # "" while unknown
    company: str = ""
    name_source: str = ""  # "directory", "caller id" or ""
    state: CallState = CallState.RINGING
    park_slot: str = ""
    redirected_to: str = ""
    pending: str = ""  # the action being sent ("redirect", "park", "reject"), "" when idle
    error: str = ""  # why the last action failed ("" when it did not)
    seen_in_channels: bool = False  # a ccGetChannels poll listed the channel
    missed_polls: int = 0  # consecutive polls that did not list it

    @property
    def shown_name(self) -> str:
        """The name, or the number alone when the caller is unknown."""
        return self.name or self.number or self.caller_id

    def last_incoming(self) -> dict[str, str]:
        """``status --json`` ``last_incoming``."""
        return {
            "caller_id": self.caller_id,
            "caller_name": self.name,
            "channel": self.channel,
            "at": self.at,
        }
