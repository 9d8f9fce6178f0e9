"""Established calls between two parties: the two legs of a bridge, and what call control does
to them (hang up, transfer, park, hold and take back, record).

A call the simulated SOP has established is two channels linked to each other and both
``Up``: the leg on one party's phone (``SIP/SDP20001-...``) and the other party's leg (their
phone, or a trunk leg for an outside number). The near leg's caller id names the other party,
so a client looking at its own leg reads who it talks to; a far leg that rang keeps the caller
id it rang with. Legs built here are marked ``bridged``:
ending or moving one of them frees the other, as a real bridge does (a hang-up ends the call, a
transfer or a park of the far leg hangs up the near one). A far leg on hold that is redirected
to the extension whose phone holds its partner comes back to that call (reference: "Retrieving
a channel"). Channels built elsewhere (ringing calls, parked calls) keep their own rules.
"""

from __future__ import annotations

from app.sim.channels import ChannelTable, LiveChannel, caller_id_text
from app.sim.data import Person


def device_of(channel_id: str) -> str:
    """``SIP/SDP20001-0a1b2c3d`` -> ``SDP20001``; "" for a trunk leg."""
    if not channel_id.startswith("SIP/"):
        return ""
    return channel_id[4:].rpartition("-")[0]


def establish(
    table: ChannelTable,
    near: Person,
    far: tuple[str, str, str],
    *,
    near_device: str = "",
    near_channel: LiveChannel | None = None,
    far_channel: LiveChannel | None = None,
    age_s: float = 0.0,
) -> tuple[LiveChannel, LiveChannel]:
    """Bridge ``near`` (on ``near_device``, else their primary phone) with ``far`` (name,
    number, device): returns (near leg, far leg), both Up. Existing legs (a ringing call being
    answered, an origination) are reused and relabelled."""
    name, number, device = far
    near_label = caller_id_text(name, number)
    far_label = caller_id_text(near.name, near.ext)
    if near_channel is None:
        near_channel = table.open(near_device or near.dp or near.sp, near_label, age_s=age_s)
    if far_channel is None:  # an existing far leg keeps the caller id it rang with
        far_channel = table.open(device, far_label, age_s=age_s)
    near_channel.caller_id = near_label
    near_channel.extension, far_channel.extension = near.ext, number
    near_channel.link, far_channel.link = far_channel.id, near_channel.id
    for leg in (near_channel, far_channel):
        leg.state, leg.bridged, leg.on_hold = "Up", True, False
    return near_channel, far_channel


def partner(table: ChannelTable, channel: LiveChannel) -> LiveChannel | None:
    """The other leg of ``channel``'s bridge, if it still links back."""
    other = table.get(channel.link) if channel.link else None
    return other if other is not None and other.link == channel.id else None


def hangup(table: ChannelTable, channel_id: str) -> bool:
    """ccHangup: a bridged leg ends the whole call; any other channel goes alone."""
    channel = table.get(channel_id)
    if channel is None:
        return False
    other = partner(table, channel) if channel.bridged else None
    table.hangup(channel_id)
    if other is not None:
        table.hangup(other.id)
    return True


def release_partner(table: ChannelTable, channel_id: str) -> None:
    """The far leg of a bridge is moved away (transfer, park): the near leg hangs up."""
    channel = table.get(channel_id)
    if channel is None or not channel.bridged:
        return
    other = partner(table, channel)
    channel.bridged = False
    channel.link = ""
    if other is not None:
        table.hangup(other.id)


def take_back(table: ChannelTable, channel_id: str, to: str, owner_ext: str) -> bool:
    """ccRedirect of a held bridged leg to the extension ``owner_ext`` whose phone holds the
    other leg: the call resumes (True). False when this is not such a redirect."""
    channel = table.get(channel_id)
    if channel is None or not channel.bridged or not channel.on_hold:
        return False
    if partner(table, channel) is None or to != owner_ext:
        return False
    channel.on_hold = False
    return True
