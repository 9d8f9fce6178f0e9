"""Everything the simulated SOP knows and changes while it runs.

Theory of operation: ``SimState`` is built from ``build_company(seed, size)`` plus a few live
calls, all from seeded generators, so a fresh state is always the same company. Handlers read and
change it only on the simulator's event-loop thread; tests read it (``current_status``,
``request_log``, ``originations``) between requests. ``reset`` in the simulator simply replaces
the whole object with a new one built from the same seed. Two clocks come in from outside:
``clock`` (monotonic seconds: PUM rule, call durations) and ``now`` (wall time: CDR timestamps),
so tests move time instead of sleeping.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from typing import Any

from app.sim import history
from app.sim.channels import ChannelTable, LiveChannel, caller_id_text
from app.sim.data import DEMO_EXT, Device, Member, Person, QueueDef, build_company, decoy_person
from app.sim.names import EXTERNAL_CALLERS
from app.sim.profiles import DEFAULT, SimProfile
from app.sim.pum import PumThrottle


class SimState:
    """The demo company plus its live calls, PUM sessions and a log of the requests served."""

    def __init__(
        self,
        *,
        seed: int,
        directory_size: int,
        clock: Callable[[], float],
        now: Callable[[], datetime],
        profile: SimProfile = DEFAULT,
    ) -> None:
        company = build_company(seed, directory_size)
        self.profile = profile
        self.seed = seed
        self.now = now
        self.anchor = now()
        self.rng = random.Random(f"{seed}:live")
        people = sorted(company.people, key=lambda p: (len(p.ext), p.ext))
        if profile.decoy_user:
            people.insert(0, decoy_person())  # listed first, as the worst database order would
        self.people: dict[str, Person] = {p.ext: p for p in people}
        self.queues: list[QueueDef] = company.queues
        self.members: list[Member] = company.members
        self.devices: dict[str, Device] = {d.id: d for d in company.devices}
        self.clock = clock
        # Callers waiting per queue: they come and go over time (see app.sim.api_queue).
        self.queue_calls: dict[str, int] = {q.name: q.calls for q in company.queues}
        self.queue_calls_at = clock()
        self.queue_rng = random.Random(f"{seed}:queues")
        self.channels = ChannelTable(self.rng, clock)
        self.pum = PumThrottle(clock)
        self.pum_sessions: dict[str, str] = {}  # ext -> physical phone
        self.request_log: list[tuple[str, dict[str, str]]] = []
        self.originations: list[dict[str, str]] = []
        self._history: dict[str, list[history.Record]] = {}
        # Incoming calls still ringing: their CDR is written once the call stops ringing, as on
        # a real SOP (a CDR exists only once the call ended). channel -> (ext, code, caller, when)
        self._pending_cdrs: dict[str, tuple[str, str, tuple[str, str, str], datetime]] = {}
        self._cdr_counter = 0
        self._open_initial_calls()

    # -- directory ---------------------------------------------------------------------------

    def person(self, ext: str) -> Person | None:
        return self.people.get(ext)

    def current_status(self, ext: str) -> str:
        """The status name extension ``ext`` is in now ("" for an unknown extension)."""
        person = self.people.get(ext)
        return person.status if person else ""

    def owner_of(self, phone: str) -> Person | None:
        """The first extension whose primary or secondary phone is ``phone``."""
        for person in self.people.values():
            if phone and phone in (person.dp, person.sp):
                return person
        return None

    def queue(self, name_or_id: str) -> QueueDef | None:
        for queue in self.queues:
            if name_or_id in (queue.name, queue.id):
                return queue
        return None

    # -- call history ------------------------------------------------------------------------

    def history(self, ext: str) -> list[history.Record]:
        """The CDRs of ``ext``, newest first (generated on first use)."""
        self._write_ended_calls()
        if ext not in self._history:
            person = self.people.get(ext)
            colleagues = list(self.people.values())
            self._history[ext] = (
                history.generate(self.seed, person, colleagues, self.anchor) if person else []
            )
        return self._history[ext]

    def add_call_record(
        self,
        ext: str,
        code: str,
        other: tuple[str, str, str],
        *,
        when: datetime | None = None,
        origchannel: str = "",
    ) -> None:
        """Record a call the simulator just saw (origination, incoming call) for ``ext``."""
        person = self.people.get(ext)
        if person is None:
            return
        when = when or self.now()
        self._cdr_counter += 1
        uniqueid = f"{int(when.timestamp())}.9{self._cdr_counter:06d}"
        record = history.make_record(person, code, when, other, self.rng, uniqueid)
        if origchannel:
            record["origchannel"] = origchannel  # the channel evNewOrigChannel announced
        records = self.history(ext)
        records.insert(0, record)
        records.sort(key=lambda r: r["timestamp"], reverse=True)

    def record_when_ended(
        self, channel_id: str, ext: str, code: str, caller: tuple[str, str, str]
    ) -> None:
        """Write the CDR of the incoming call ``channel_id`` once it no longer rings ``ext``."""
        self._pending_cdrs[channel_id] = (ext, code, caller, self.now())

    def incoming_handled(
        self, channel_id: str, *, redirected_to: str = "", parked: bool = False
    ) -> None:
        """The user acted on a ringing call (ccRedirect, ccPark): it is no longer a missed one.

        The reference says which codes exist, not which one a handled call gets; this reading:
        sent to the voicemail number (``*<ext>``) is 300, to the callee's own mobile 203
        (answered on mobile phone), elsewhere or parked 200 (answered: the call was taken, if
        not by the phone). A call the caller gave up on, or the user rejected, stays missed.
        """
        pending = self._pending_cdrs.get(channel_id)
        if pending is None or not pending[1].startswith("1"):
            return
        ext, _code, caller, when = pending
        code = "200"
        target = "".join(ch for ch in redirected_to if ch.isdigit() or ch == "*")
        person = self.people.get(ext)
        mobile = "".join(ch for ch in person.mobile if ch.isdigit()) if person else ""
        if not parked and target == f"*{ext}":
            code = "300"
        elif (
            not parked and mobile and len(target) >= 8 and mobile.endswith(target.lstrip("0")[-8:])
        ):
            code = "203"
        self._pending_cdrs[channel_id] = (ext, code, caller, when)

    @property
    def ringing_calls_without_cdr(self) -> int:
        """Incoming calls whose CDR is not written yet (still ringing, or not read since)."""
        return len(self._pending_cdrs)

    def _write_ended_calls(self) -> None:
        for channel_id, (ext, code, caller, when) in list(self._pending_cdrs.items()):
            channel = self.channels.get(channel_id)
            if channel is not None and channel.state == "Ring" and channel.extension == ext:
                continue
            if self._pending_cdrs.pop(channel_id, None) is None:
                continue  # written meanwhile: add_call_record reads the history, which writes
            self.add_call_record(ext, code, caller, when=when, origchannel=channel_id)

    # -- live calls --------------------------------------------------------------------------

    def random_caller(self, exclude: str = "") -> tuple[str, str, str]:
        """A realistic caller: (name, number, device) of a colleague or an outside number."""
        if self.rng.random() < 0.5:
            candidates = [p for p in self.people.values() if p.ext != exclude and (p.dp or p.sp)]
            if candidates:
                person = self.rng.choice(candidates)
                return person.name, person.ext, person.dp or person.sp
        name, number = self.rng.choice(EXTERNAL_CALLERS)
        return name, number, ""

    def open_incoming(self, ext: str, caller: tuple[str, str, str]) -> LiveChannel:
        """A ringing call from ``caller`` towards extension ``ext``."""
        name, number, device = caller
        # Outside calls (no device) arrive on the trunk and are named as such.
        return self.channels.open(device, caller_id_text(name, number), state="Ring", extension=ext)

    def _open_initial_calls(self) -> None:
        with_phone = [p for p in self.people.values() if p.dp and p.ext != DEMO_EXT]
        with_phone.sort(key=lambda p: (len(p.ext), p.ext))  # the decoy has no phone anyway
        for index, person in enumerate(self.rng.sample(with_phone, min(6, len(with_phone)))):
            name, number, _ = self.random_caller(exclude=person.ext)
            age = self.rng.randint(20, 1900)
            inside = self.channels.open(
                person.dp, caller_id_text(name, number), age_s=age, extension=person.ext
            )
            outside = self.channels.open(
                "", caller_id_text(name, number), age_s=age, extension=person.ext
            )
            inside.link, outside.link = outside.id, inside.id
            inside.vars = {"CRMId": f"C{self.rng.randint(10000, 99999)}", "Language": person.lang}
            if index == 0:
                inside.on_hold = True
            elif index in (1, 2):
                self.channels.park(outside.id)
                outside.vars = {"OperatorExtension": person.ext, "ParkReason": "Park"}
                self.channels.hangup(inside.id)

    def summary(self) -> dict[str, Any]:
        """A JSON-able overview for ``GET /_sim/state``."""
        return {
            "seed": self.seed,
            "directory_size": len(self.people),
            "statuses": {ext: p.status for ext, p in self.people.items()},
            "channels": len(self.channels.channels),
            "parked": {c.park_slot: c.id for c in self.channels.parked()},
            "queue_calls": dict(self.queue_calls),
            "pum_sessions": dict(self.pum_sessions),
            "originations": list(self.originations),
            "requests": len(self.request_log),
        }
