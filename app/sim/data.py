"""The demo company: a deterministic, seeded set of people, phones, queues and live calls.

``build_company(seed, size)`` always returns the same company for the same arguments (one
``random.Random(seed)`` drives every choice), so tests can rely on names and numbers and the
demo looks the same on every run. The demo user is Camille Peeters, extension 201.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from app.sim import names
from app.sim.catalog import PARAMETERS, PROFILES

DEMO_EXT = "201"
DEMO_LOGIN = "camille.peeters@acme-demo.be"
DEMO_DP = "SDP20001"
DEMO_SP = "SDX60001"
DEMO_PINCODE = "1234"


@dataclass
class Person:
    """One directory entry. ``profile``, ``status`` and ``params`` change at run time."""

    ext: str
    fn: str
    ln: str
    login: str
    lang: str
    dp: str = ""
    sp: str = ""
    virtual: str = ""
    mobile: str = ""
    home: str = ""
    fax: str = ""
    company: str = ""
    office: str = ""
    site: str | None = None
    grp: str = ""
    dep: str = ""
    outgoing_number: str | None = None
    hidden: bool = False
    profile: str = "Template-User"
    status: str = "Office"
    params: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.fn} {self.ln}".strip()

    @property
    def email(self) -> str:
        return self.login


@dataclass(frozen=True)
class QueueDef:
    id: str
    name: str
    calls: int


@dataclass
class Member:
    queue: str
    phone: str
    membership: str  # "static" or "dynamic"
    status: int
    paused: bool = False


@dataclass
class Device:
    id: str
    ip: str = "-none-"
    port: int = 0

    @property
    def registered(self) -> bool:
        return self.port != 0


@dataclass
class DemoCompany:
    people: list[Person]
    queues: list[QueueDef]
    members: list[Member]
    devices: list[Device]


def ascii_slug(text: str) -> str:
    """``"Van den Broeck"`` -> ``"vandenbroeck"``, ``"Gaëlle"`` -> ``"gaelle"`` (for logins)."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(c for c in folded if c.isascii() and c.isalnum()).lower()


def _mobile(rng: random.Random) -> str:
    digits = f"4{rng.choice('5789')}{rng.randint(0, 9)}{rng.randint(0, 999999):06d}"
    if rng.random() < 0.3:  # some entries are typed with spaces, as people do
        return f"+32 {digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}"
    return f"+32{digits}"


def _extensions(rng: random.Random, size: int) -> list[str]:
    pool = [str(n) for n in range(100, 1000) if str(n) != DEMO_EXT]
    if size - 1 > len(pool):
        pool += [str(n) for n in range(1000, 10000)]
    return sorted(rng.sample(pool, max(0, min(size - 1, len(pool)))), key=int)


def _pick_weighted(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights=weights)[0]


def _default_params(person: Person, rng: random.Random, pincode: str) -> dict[str, str]:
    values = {
        "ForwardNumber": "",
        "CFU.Number": "",
        "MobileNumber": person.mobile,
        "RingTimeout": str(rng.choice((15, 20, 20, 25, 30))),
        "VoicemailEnabled": rng.choice(("1", "1", "0")),
        "NightNumber": "+3227001299",
        "SecretaryDevice": "",
        "UserPincode": pincode,
    }
    wanted = PROFILES[person.profile].parameters
    return {name: values[name] for name in wanted if name in PARAMETERS}


def _demo_person() -> Person:
    return Person(
        ext=DEMO_EXT,
        fn="Camille",
        ln="Peeters",
        login=DEMO_LOGIN,
        lang="fr",
        dp=DEMO_DP,
        sp=DEMO_SP,
        virtual="SVE20001",
        mobile="+32475123456",
        company="ACME Demo",
        office="B-2.14",
        site="Brussels",
        grp="Support",
        dep="Customer Care",
        profile="Template-User",
        status="Office",
    )


DECOY_EXT = "1" + DEMO_EXT
DECOY_LOGIN = "marie-" + DEMO_LOGIN


def decoy_person() -> Person:
    """Someone whose extension and login *contain* the demo user's: a SOP that matches
    substrings (no ``wildcards=strict`` before API 2.33.3) returns her too."""
    return Person(
        ext=DECOY_EXT,
        fn="Marie-Camille",
        ln="Peeters-Decoy",
        login=DECOY_LOGIN,
        lang="fr",
        company="ACME Demo",
        profile="Template-User",
        status="Office",
    )


def build_people(rng: random.Random, size: int) -> list[Person]:
    demo = _demo_person()
    people = [demo]
    logins = {demo.login}
    exts = _extensions(rng, size)
    for index, ext in enumerate(exts, start=2):
        lang = _pick_weighted(rng, names.LANGUAGE_WEIGHTS)
        fn = rng.choice(names.FIRST_NAMES[lang])
        ln = rng.choice(names.LAST_NAMES[lang])
        login = f"{ascii_slug(fn)}.{ascii_slug(ln)}@{names.EMAIL_DOMAIN}"
        suffix = 2
        while login in logins:
            login = f"{ascii_slug(fn)}.{ascii_slug(ln)}{suffix}@{names.EMAIL_DOMAIN}"
            suffix += 1
        logins.add(login)
        phones = rng.random()
        person = Person(
            ext=ext,
            fn=fn,
            ln=ln,
            login=login,
            lang=lang,
            # ~8% have no desk phone (softphone only), ~4% no phone at all.
            dp=f"SDP2{index:04d}" if phones > 0.12 else "",
            sp=f"SDX6{index:04d}" if 0.04 <= phones < 0.5 else "",
            virtual=f"SVE2{index:04d}",
            mobile=_mobile(rng) if rng.random() < 0.8 else "",
            home=f"+322{rng.randint(1000000, 9999999)}" if rng.random() < 0.15 else "",
            fax="+3227001201" if rng.random() < 0.05 else "",
            company=_pick_weighted(rng, names.COMPANIES),
            office=f"{rng.choice('ABC')}-{rng.randint(0, 5)}.{rng.randint(1, 40):02d}",
            site=rng.choice(names.SITES),
            grp=rng.choice(names.GROUPS),
            outgoing_number="+3227001200" if rng.random() < 0.1 else None,
            hidden=rng.random() < 0.03,
        )
        person.dep = person.grp
        roll = rng.random()
        if roll < 0.04:
            person.profile = "Template-Reception"
        elif roll < 0.12:
            person.profile = "Template-Manager"
        elif roll < 0.3:
            person.profile = "Template-User-Mobile"
        statuses = PROFILES[person.profile].statuses
        person.status = rng.choices(statuses, weights=[6] + [1] * (len(statuses) - 1))[0]
        people.append(person)
    for person in people:
        if person is demo:
            pincode = DEMO_PINCODE
        else:
            pincode = "" if rng.random() < 0.2 else f"{rng.randint(0, 9999):04d}"
        person.params = _default_params(person, rng, pincode)
    return people


def build_queues(rng: random.Random, people: list[Person]) -> tuple[list[QueueDef], list[Member]]:
    queue_names = ("Réception", "Sales", "Support-FR", "Support-NL", "Billing", "Helpdesk-DE")
    queues = [
        QueueDef(id=f"AQA{n:05d}", name=name, calls=rng.randint(0, 4))
        for n, name in enumerate(queue_names, start=1)
    ]
    with_phone = [p for p in people[1:] if p.dp or p.sp]
    members = [
        Member(queue="Sales", phone=DEMO_DP, membership="dynamic", status=1),
        Member(queue="Support-FR", phone=DEMO_DP, membership="dynamic", status=1),
    ]
    for queue in queues:
        for person in rng.sample(with_phone, min(len(with_phone), rng.randint(3, 7))):
            members.append(
                Member(
                    queue=queue.name,
                    phone=person.dp or person.sp,
                    membership=rng.choice(("static", "dynamic", "dynamic")),
                    status=rng.choices(range(7), weights=[1, 12, 4, 2, 1, 2, 1])[0],
                    paused=rng.random() < 0.15,
                )
            )
    return queues, members


def build_devices(rng: random.Random, people: list[Person]) -> list[Device]:
    devices: list[Device] = []
    ids = [phone for p in people for phone in (p.dp, p.sp) if phone]
    ids += [f"SDPH{n:04d}" for n in range(100, 104)]  # spare phones in a cupboard
    for device_id in ids:
        if device_id in (DEMO_DP, DEMO_SP) or rng.random() < 0.85:
            devices.append(
                Device(device_id, f"10.20.{rng.randint(1, 9)}.{rng.randint(2, 254)}", 5060)
            )
        else:
            devices.append(Device(device_id))
    return devices


def build_company(seed: int, size: int) -> DemoCompany:
    """The demo company for ``seed`` with ``size`` directory entries (at least the demo user)."""
    rng = random.Random(seed)
    people = build_people(rng, max(1, size))
    queues, members = build_queues(rng, people)
    return DemoCompany(people, queues, members, build_devices(rng, people))
