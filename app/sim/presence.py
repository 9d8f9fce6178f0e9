"""Colleagues' statuses that change over time, and phones that register and unregister.

The demo company starts with a status for everyone (``app.sim.data``); a real office changes:
people go to meetings, come back, leave for the day. :func:`drift` moves a few colleagues (never
the demo user, whose status only the API and the tests change) to another status of their
profile, from the simulator's seeded generator, so a run is repeatable. Registrations are the
devices of ``dbGetRegistration``: a phone is registered while it has a port.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from app.sim.catalog import PROFILES
from app.sim.data import DEMO_EXT, Device, Person


def drift(people: Iterable[Person], rng: random.Random, count: int = 3) -> list[str]:
    """Give ``count`` colleagues another status of their profile; returns their extensions."""
    others = [p for p in people if p.ext != DEMO_EXT]
    moved = []
    for person in rng.sample(others, min(count, len(others))):
        statuses = [s for s in PROFILES[person.profile].statuses if s != person.status]
        if statuses:
            person.status = rng.choice(statuses)
            moved.append(person.ext)
    return moved


def set_status(person: Person, status: str) -> bool:
    """Set ``person``'s status to one of their profile's; False for a status it lacks."""
    if status not in PROFILES[person.profile].statuses:
        return False
    person.status = status
    return True


def set_registered(device: Device, registered: bool) -> None:
    """A phone registers (an address and port) or drops off (``-none-``, port 0)."""
    if registered and not device.registered:
        device.ip, device.port = "10.20.1.99", 5060
    elif not registered:
        device.ip, device.port = "-none-", 0
