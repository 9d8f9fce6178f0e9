"""Call queues: members, joining and leaving, waiting calls, pausing.

ccQueueAdd/ccQueueRemove name a queue; fusionQueuesSet/fusionQueuesRemove (JSON only) take
``queues`` as a comma-separated list (or repeated), by name or id. Static members cannot be
removed, as in Asterisk. A phone must be a known device to join. Callers arrive in queues and
leave them over time: every ``QUEUE_STEP_S`` of the simulator's clock each queue gains or loses
one (seeded, so runs repeat), between 0 and ``MAX_WAITING``.
"""

from __future__ import annotations

from app.sim.calls import CallRequest, CallSpec, truthy
from app.sim.data import Member
from app.sim.render import Reply, element, json_reply, missing, result_reply, xml_reply
from app.sim.state import SimState

QUEUE_STEP_S = 20.0
MAX_WAITING = 6


def advance_waiting(state: SimState) -> None:
    """Move the queues' waiting callers on to the simulator's current time."""
    steps = int((state.clock() - state.queue_calls_at) // QUEUE_STEP_S)
    if steps <= 0:
        return
    state.queue_calls_at += steps * QUEUE_STEP_S
    for _ in range(min(steps, 50)):  # after a long pause the counts are as good as random
        for name, calls in state.queue_calls.items():
            step = state.queue_rng.choice((-1, 0, 0, 1))
            state.queue_calls[name] = max(0, min(MAX_WAITING, calls + step))


def _members(state: SimState, queue: str = "", phone: str = "") -> list[Member]:
    return [
        m
        for m in state.members
        if (not queue or m.queue == queue) and (not phone or m.phone == phone)
    ]


def get_queue_members(req: CallRequest) -> Reply:
    state = req.state
    queue = state.queue(req.get("queue"))
    if req.get("queue") and queue is None:
        return xml_reply(element("Members"))
    root = element("Members")
    for member in _members(state, queue.name if queue else "", req.get("phone")):
        owner = state.owner_of(member.phone)
        root.append(
            element(
                "Member",
                None,
                element("Name", owner.name if owner else member.phone),
                element("Ext", owner.ext if owner else ""),
                element("Phone", member.phone),
                element("Queue", member.queue),
                element("Status", member.status),
                element("Membership", member.membership),
                element("Paused", int(member.paused)),
            )
        )
    return xml_reply(root)


def _add(state: SimState, queue_key: str, phone: str, *, idempotent: bool) -> bool:
    queue = state.queue(queue_key)
    if queue is None or phone not in state.devices:
        return False
    if _members(state, queue.name, phone):
        return idempotent
    status = 1 if state.devices[phone].registered else 5
    state.members.append(Member(queue.name, phone, "dynamic", status))
    return True


def _remove(state: SimState, queue_key: str, phone: str, *, idempotent: bool) -> bool:
    queue = state.queue(queue_key)
    if queue is None or not phone:
        return False
    found = _members(state, queue.name, phone)
    if not found:
        return idempotent
    if found[0].membership == "static":
        return False
    state.members.remove(found[0])
    return True


def _forced_or(req: CallRequest, ok: bool) -> int:
    forced = req.forced_result()
    return forced if forced is not None else (0 if ok else 1)


def queue_add(req: CallRequest) -> Reply:
    ok = req.forced_result() is None
    ok = ok and _add(req.state, req.get("queue"), req.get("phone"), idempotent=False)
    return result_reply(req.fmt, "ccQueueAdd", _forced_or(req, ok))


def queue_remove(req: CallRequest) -> Reply:
    ok = req.forced_result() is None
    ok = ok and _remove(req.state, req.get("queue"), req.get("phone"), idempotent=False)
    return result_reply(req.fmt, "ccQueueRemove", _forced_or(req, ok))


def _queue_list(req: CallRequest) -> list[str]:
    return [q.strip() for value in req.values("queues") for q in value.split(",") if q.strip()]


def fusion_queues(req: CallRequest, *, add: bool) -> Reply:
    state, phone, queues = req.state, req.get("phone"), _queue_list(req)
    ok = bool(queues) and req.forced_result() is None
    # Check everything first so a bad list changes nothing.
    ok = ok and phone in state.devices and all(state.queue(q) for q in queues)
    if ok:
        action = _add if add else _remove
        ok = all([action(state, q, phone, idempotent=True) for q in queues])
    return json_reply({"Result": _forced_or(req, ok)})


def get_queue_status(req: CallRequest) -> Reply:
    """Callers waiting per queue. Without ``queue`` the default profile lists every queue; the
    reference profile, which documents ``queue`` only, lists none."""
    state = req.state
    advance_waiting(state)
    wanted = req.get("queue")
    every = not wanted and state.profile.queue_status_lists_all
    root = element("Queues")
    for queue in state.queues:
        if every or wanted in (queue.name, queue.id):
            calls = element("Calls", state.queue_calls.get(queue.name, 0))
            root.append(element("Queue", None, element("Name", queue.name), calls))
    return xml_reply(root)


def queue_pause(req: CallRequest) -> Reply:
    for name in ("queue", "phone", "paused"):
        if not req.has(name):
            return missing(name)
    paused = truthy(req.get("paused"))
    queue = req.state.queue(req.get("queue"))
    found = _members(req.state, queue.name, req.get("phone")) if queue else []
    root = element("ccQueuePauseResult")
    if paused is None or not found:
        if req.state.profile.pause_refusal_as_result:
            root.extend([element("Result", 1), element("Queue", req.get("queue"))])
            return xml_reply(root)
        root.extend([element("Paused", 0), element("Queue", req.get("queue"))])
        root.append(element("Error", "Phone is not a member of this queue"))
        return xml_reply(root)
    found[0].paused = paused
    root.extend([element("Paused", int(paused)), element("Queue", found[0].queue)])
    return xml_reply(root)


def queue_pause_all(req: CallRequest) -> Reply:
    if not req.has("phone"):
        return missing("phone")
    paused = truthy(req.get("paused"))
    if paused is None:
        return missing("paused")
    forced = req.forced_result()
    found = _members(req.state, phone=req.get("phone")) if forced is None else []
    for member in found:
        member.paused = paused
    # 0 pause failed, 1 pause succeeded, 2 unpause failed, 3 unpause succeeded.
    code = (1 if found else 0) if paused else (3 if found else 2)
    return result_reply(req.fmt, "PauseAll", code if forced is None else forced)


CALLS = (
    CallSpec("ccGetQueueMembers", get_queue_members),
    CallSpec("ccQueueAdd", queue_add),
    CallSpec("ccQueueRemove", queue_remove),
    CallSpec("fusionQueuesSet", lambda req: fusion_queues(req, add=True)),
    CallSpec("fusionQueuesRemove", lambda req: fusion_queues(req, add=False)),
    CallSpec("ccGetQueueStatus", get_queue_status),
    CallSpec("ccQueuePause", queue_pause),
    CallSpec("ccQueuePauseAll", queue_pause_all),
)
