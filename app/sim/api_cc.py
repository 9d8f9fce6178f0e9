"""Call control: originate, hang up, redirect, park, ping, channels, recording, variables.

Every call answers ``<xxxResult><Result>0|1</Result></xxxResult>`` (reference: Call Control XML).
ccPark and ccPing also put an event on the event socket, sent right after the HTTP answer.
"""

from __future__ import annotations

import re

from lxml import etree

from app.sim import events, live_calls
from app.sim.calls import CallRequest, CallSpec, truthy
from app.sim.channels import caller_id_text, parse_vars
from app.sim.render import Reply, element, result_reply, text_reply, xml_reply

_SIP_PHONE = re.compile(r"S[DV][A-Z0-9]{6}")
_NUMBER = re.compile(r"\+?[0-9*#]{1,20}")
_FILENAME = re.compile(r"[0-9A-Za-z_.-]{1,64}")


def _result(req: CallRequest, root_tag: str, ok: bool, *docs: bytes) -> Reply:
    forced = req.forced_result()
    if forced is not None:
        return result_reply(req.fmt, root_tag, forced)
    reply = result_reply(req.fmt, root_tag, 0 if ok else 1)
    if ok:
        reply.events.extend(docs)
    return reply


def _originate_ok(req: CallRequest) -> bool:
    state = req.state
    phone_id, to = req.get("phone_id").strip(), req.get("to").strip()
    technology = req.get("technology").strip()
    if not phone_id or not _NUMBER.fullmatch(to):
        return False
    if technology not in ("", "Local", "IAX", "SIP"):
        return False
    for flag in ("async", "local_optimization"):
        if req.has(flag) and truthy(req.get(flag)) is None:
            return False
    if parse_vars(req.get("var")) is None:
        return False
    if req.has("ext") or technology == "Local":
        caller = state.person(req.get("ext"))
        if caller is None or not (caller.dp or caller.sp):
            return False
    if technology in ("", "SIP"):
        return bool(_SIP_PHONE.fullmatch(phone_id)) and phone_id in state.devices
    return technology != "Local" or bool(_NUMBER.fullmatch(phone_id))


def originate(req: CallRequest) -> Reply:
    if not _originate_ok(req) or req.forced_result() is not None:
        return _result(req, "ccOriginateResult", False)
    state = req.state
    phone_id, to = req.get("phone_id").strip(), req.get("to").strip()
    caller = state.person(req.get("ext")) or state.owner_of(phone_id)
    state.originations.append(dict(req.params))
    number = caller.ext if caller else phone_id
    name = caller.name if caller else ""
    device = (
        phone_id if _SIP_PHONE.fullmatch(phone_id) else (caller.dp or caller.sp if caller else "")
    )
    channel = state.channels.open(
        device,
        caller_id_text(name, number),
        state="Ring",
        extension=to,
        variables=parse_vars(req.get("var")),
    )
    docs = []
    callee = state.person(to)
    if caller is not None:
        far = (callee.name, callee.ext, callee.dp or callee.sp) if callee else ("", to, "")
        code = "001" if device and device == caller.dp else "002" if device else "000"
        state.add_call_record(caller.ext, code, far)
    if callee is not None:
        docs.append(events.new_orig_channel(channel.id, number, callee.ext))
    elif caller is not None and device:
        docs.append(events.new_orig_channel(channel.id, number, to))  # an outside number
    if caller is not None and device and device in (caller.dp, caller.sp):
        # The caller's phone picks up and so does the other party: an established call.
        far = (callee.name, callee.ext, callee.dp or callee.sp) if callee else ("", to, "")
        live_calls.establish(state.channels, caller, far, near_channel=channel)
    return _result(req, "ccOriginateResult", True, *docs)


def hangup(req: CallRequest) -> Reply:
    ok = req.forced_result() is None and live_calls.hangup(
        req.state.channels, req.get("channel_id")
    )
    return _result(req, "ccHangupResult", ok)


def redirect(req: CallRequest) -> Reply:
    to = req.get("to").strip()
    ok = bool(_NUMBER.fullmatch(to)) and req.forced_result() is None
    table, channel_id = req.state.channels, req.get("channel_id")
    if ok and _takes_back(req, channel_id, to):
        return _result(req, "ccRedirectResult", True)
    if ok and table.get(channel_id) is not None:
        live_calls.release_partner(table, channel_id)
    ok = ok and table.redirect(channel_id, to)
    if ok:
        req.state.incoming_handled(channel_id, redirected_to=to)
    return _result(req, "ccRedirectResult", ok)


def _takes_back(req: CallRequest, channel_id: str, to: str) -> bool:
    """A held leg redirected to the extension of the phone it was talking to resumes."""
    table = req.state.channels
    channel = table.get(channel_id)
    other = live_calls.partner(table, channel) if channel is not None else None
    owner = req.state.owner_of(live_calls.device_of(other.id)) if other is not None else None
    return owner is not None and live_calls.take_back(table, channel_id, to, owner.ext)


def hold(req: CallRequest) -> Reply:
    """Deprecated ccHold: the channel goes on hold (ccRedirect takes it back)."""
    channel = req.state.channels.get(req.get("channel_id"))
    if channel is not None and req.forced_result() is None:
        channel.on_hold = True
    return _result(req, "ccHoldResult", channel is not None)


def park(req: CallRequest) -> Reply:
    channels = req.state.channels
    channel_id = req.get("channel_id")
    second = req.get("channel_id2")
    if req.forced_result() is not None or (second and channels.get(second) is None):
        return _result(req, "ccParkResult", False)
    if not second and channels.get(channel_id) is not None:
        live_calls.release_partner(channels, channel_id)  # the far leg of a call: near hangs up
    slot = channels.park(channel_id)
    if slot is None:
        return _result(req, "ccParkResult", False)
    req.state.incoming_handled(channel_id, parked=True)
    if second:
        # Barge-in (ccPark v1.2): the second channel joins the slot as well.
        joining = channels.get(second)
        if joining is not None:
            joining.link = channel_id
    return _result(req, "ccParkResult", True, events.parked(slot, channel_id))


def join_park(req: CallRequest) -> Reply:
    ok = req.forced_result() is None
    ok = ok and req.state.channels.join(req.get("channel_id"), req.get("to"))
    return _result(req, "ccJoinParkResult", ok)


def ping(req: CallRequest) -> Reply:
    with_child = req.state.profile.pong_with_child
    docs = () if req.faults.withhold_pong else (events.pong(with_child=with_child),)
    return _result(req, "ccPingResult", True, *docs)


def get_channels(req: CallRequest) -> Reply:
    table = req.state.channels
    parked_only = req.get("parked_only") == "1"
    hold_only = req.get("hold_only") == "1"
    wanted_vars = [name for name in req.get("show_vars").split("|") if _is_xml_name(name)]
    root = element("Channels")
    established_only = not req.state.profile.lists_ringing_channels
    for channel in table.channels.values():
        if established_only and channel.state != "Up":
            continue  # "Retrieve the list of established channels"
        if (parked_only or hold_only) and not (
            (parked_only and channel.park_slot) or (hold_only and channel.on_hold)
        ):
            continue
        node = element(
            "Channel",
            None,
            element("ID", channel.id),
            element("CallerId", channel.caller_id),
            element("Seconds", table.seconds(channel)),
            element("State", channel.state),
            element("Link", channel.link),
        )
        if req.has("show_vars"):
            node.append(
                element("Vars", None, *(element(n, channel.vars.get(n, "")) for n in wanted_vars))
            )
        root.append(node)
    return xml_reply(root)


def _is_xml_name(name: str) -> bool:
    try:
        etree.Element(name)
    except ValueError:
        return False
    return True


def record(req: CallRequest) -> Reply:
    channel = req.state.channels.get(req.get("channel_id"))
    action = req.get("action", "start")
    target = req.get("mailbox") or req.get("filename")
    ok = channel is not None and req.forced_result() is None
    if ok and channel is not None and action == "start":
        valid_target = req.get("mailbox").isdigit() or bool(
            _FILENAME.fullmatch(req.get("filename"))
        )
        ok = valid_target and not channel.recording
        if ok:
            channel.recording = target
    elif ok and channel is not None and action == "stop":
        ok = bool(channel.recording)
        channel.recording = ""
    else:
        ok = False
    return _result(req, "ccRecord", ok)


def set_var(req: CallRequest) -> Reply:
    channel = req.state.channels.get(req.get("channel_id"))
    name = req.get("variable")
    ok = channel is not None and bool(name.strip()) and req.forced_result() is None
    if ok and channel is not None:
        channel.vars[name] = req.get("value")
    if req.state.profile.bare_var_answers:  # the reference shows the answer as a bare "0"
        forced = req.forced_result()
        return text_reply(str(forced if forced is not None else 0 if ok else 1))
    return _result(req, "ccSetVarResult", ok)


def get_var(req: CallRequest) -> Reply:
    channel = req.state.channels.get(req.get("channel_id"))
    ok = channel is not None and bool(req.get("variable").strip())
    value = channel.vars.get(req.get("variable"), "") if channel is not None and ok else ""
    if req.state.profile.bare_var_answers:  # the reference shows the bare value ("test")
        return text_reply(value)
    return xml_reply(
        element("ccGetVarResult", None, element("Result", 0 if ok else 1), element("Value", value))
    )


CALLS = (
    CallSpec("ccOriginate", originate),
    CallSpec("ccHangup", hangup),
    CallSpec("ccRedirect", redirect),
    CallSpec("ccHold", hold, deprecated=True),
    CallSpec("ccPark", park),
    CallSpec("ccJoinPark", join_park),
    CallSpec("ccPing", ping),
    CallSpec("ccGetChannels", get_channels),
    CallSpec("ccRecord", record),
    CallSpec("ccSetvar", set_var, aliases=("ccSetVar",)),
    CallSpec("ccGetvar", get_var, aliases=("ccGetVar",)),
)
