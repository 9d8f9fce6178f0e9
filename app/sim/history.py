"""Per-extension call history (dbGetCallHistory), generated on first use and then kept.

Each extension gets a fixed, seeded set of CDRs spread over the last 30 days before ``anchor``
(the time the state was built). Every documented disposition code (reference: dbGetCallHistory)
and a few unknown ones occur within the last 7 days, so every client view has something to show.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from app.sim.channels import TRUNK
from app.sim.data import Person
from app.sim.names import EXTERNAL_CALLERS

PLACED = ("000", "001", "002", "003")
MISSED = ("100", "101", "102", "103")
ANSWERED = ("200", "201", "202", "203")
VOICEMAIL = ("300",)
KNOWN_CODES = PLACED + MISSED + ANSWERED + VOICEMAIL
UNKNOWN_CODES = ("301", "400", "999")  # newer SOPs send codes the reference does not list

RECORDS_PER_EXTENSION = 60
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

Record = dict[str, str]


def _channel(device: str, rng: random.Random) -> str:
    return f"SIP/{device}-{rng.getrandbits(32):08x}" if device else ""


def _device_for(person: Person, code: str) -> str:
    """The device a call used, from the disposition's primary/secondary/mobile digit."""
    mobile = f"Local/{person.mobile.replace(' ', '')}" if person.mobile else ""
    device = {"1": person.dp, "2": person.sp, "3": mobile}.get(code[-1:], "")
    return device or person.dp or person.sp


def make_record(
    person: Person,
    code: str,
    when: datetime,
    other: tuple[str, str, str],
    rng: random.Random,
    uniqueid: str,
) -> Record:
    """One CDR of ``person`` with ``other`` (name, number, device or "") on the far end."""
    other_name, other_number, other_device = other
    outgoing = code in PLACED
    device = _device_for(person, code)
    own = _channel(device, rng) if not device.startswith("Local/") else f"{device}@mobile-0001;1"
    far = _channel(other_device, rng) if other_device else f"{TRUNK}/{rng.randint(1, 999)}"
    answered = code in ANSWERED or (outgoing and rng.random() < 0.8)
    billsec = rng.randint(8, 900) if answered else 0
    duration = billsec + rng.randint(2, 25)
    application = "VoiceMail" if code in VOICEMAIL else "Queue" if code in UNKNOWN_CODES else "Dial"
    return {
        "timestamp": when.strftime(TIME_FORMAT),
        "caller_name": person.name if outgoing else other_name,
        "caller_number": person.ext if outgoing else other_number,
        "called_number": other_number if outgoing else person.ext,
        "disposition": code,
        "last_action": "Hangup" if code in MISSED else application,
        "last_application": application,
        "context": "internal" if outgoing else "from-trunk",
        "origchannel": own if outgoing else far,
        "dstchannel": far if outgoing else ("" if code in MISSED else own),
        "duration": str(duration),
        "billsec": str(billsec),
        "uniqueid": uniqueid,
    }


def _working_time(rng: random.Random, anchor: datetime, max_days: float) -> datetime:
    """A moment in the last ``max_days`` days, mostly during office hours."""
    for _ in range(20):
        when = anchor - timedelta(seconds=rng.randint(60, int(max_days * 86400)))
        if 8 <= when.hour < 19 and when.weekday() < 5:
            return when
    return when


def generate(
    seed: int, person: Person, colleagues: Sequence[Person], anchor: datetime
) -> list[Record]:
    """The seeded history of ``person``, newest first, with unique ``uniqueid`` values."""
    rng = random.Random(f"{seed}:history:{person.ext}")
    codes = list(KNOWN_CODES + UNKNOWN_CODES)
    recent = len(codes)
    weights = [3, 4, 2, 1, 3, 3, 1, 1, 6, 8, 3, 1, 3]
    codes += rng.choices(KNOWN_CODES, weights=weights, k=RECORDS_PER_EXTENSION - len(codes))
    others = [c for c in colleagues if c.ext != person.ext]
    records = []
    for index, code in enumerate(codes):
        when = _working_time(rng, anchor, 7 if index < recent else 30)
        if others and rng.random() < 0.45:
            colleague = rng.choice(others)
            other = (colleague.name, colleague.ext, colleague.dp or colleague.sp)
        else:
            other = (*rng.choice(EXTERNAL_CALLERS), "")
        uniqueid = f"{int(when.timestamp())}.{person.ext}{index:04d}"
        records.append(make_record(person, code, when, other, rng, uniqueid))
    records.sort(key=lambda r: r["timestamp"], reverse=True)
    return records


def select(
    records: Sequence[Record], *, start: datetime, limit: int, newest_first: bool = True
) -> list[Record]:
    """Records at or after ``start``, at most ``limit`` of them: the newest, newest first, or
    (the other reading of the reference, which says neither) the oldest, oldest first."""
    cutoff = start.strftime(TIME_FORMAT)
    chosen = [r for r in records if r["timestamp"] >= cutoff]
    if not newest_first:
        chosen = sorted(chosen, key=lambda r: r["timestamp"])
    return chosen[:limit]


def parse_start_date(value: str) -> datetime | None:
    """The reference's ``yyyy-mm-dd hh:mm:ss`` (a date alone is accepted too)."""
    for fmt in (TIME_FORMAT, "%Y-%m-%d"):
        try:
            return datetime.strptime(value.strip(), fmt)
        except ValueError:
            continue
    return None
