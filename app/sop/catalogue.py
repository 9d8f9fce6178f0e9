"""The SOP API calls as the reference documents them: one table for the client, the simulator
and the tests.

For each call: its URL forms exactly as the reference shows them (``.php``, ``.json`` or no
suffix at all, with the line of the reference that shows each), whether it only reads or changes
something on the SOP, the root element of its documented XML answer and its documented result
codes. Line numbers are those of the vendor's "Escaux Fusion SOP API Reference Guide" text;
``tests/unit/sop/test_catalogue.py`` checks every entry against that text, so a form that
drifts from the reference fails the suite.

Where the reference is silent the client tries a *conventional* form after the documented ones:
``.php`` for a call documented without a suffix, no suffix for a ``.php``-only call. A 404 means
the SOP did nothing, so trying the next form is not a retry of a state-changing call.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

Suffix = Literal["php", "json", ""]
Format = Literal["json", "xml"]


@dataclass(frozen=True, slots=True)
class Form:
    """One URL form: ``/xml/<call>.<suffix>`` (or ``/xml/<call>`` when ``suffix`` is empty)."""

    suffix: Suffix
    line: int  # the reference line that shows this form

    @property
    def fmt(self) -> Format:
        return "json" if self.suffix == "json" else "xml"


@dataclass(frozen=True, slots=True)
class CallDef:
    """One documented call. ``results`` maps each documented result code to its meaning."""

    name: str
    forms: tuple[Form, ...]
    read_only: bool
    root: str | None = None  # root element of the documented XML answer (None: bare or none)
    root_line: int = 0
    results: tuple[tuple[int | str, str], ...] = ()
    results_line: int = 0  # line of the first documented result code
    json_answer: bool = True  # False: the .json URL is shown but only an XML answer is
    bare_answer: bool = False  # the documented answer is a bare value, not an XML document
    deprecated: bool = False

    @property
    def suffixes(self) -> tuple[Suffix, ...]:
        """The documented suffixes, in the reference's order, without repeats."""
        seen: list[Suffix] = []
        for form in self.forms:
            if form.suffix not in seen:
                seen.append(form.suffix)
        return tuple(seen)

    @property
    def conventional(self) -> tuple[Suffix, ...]:
        """Undocumented forms worth trying after a 404 on the documented ones."""
        documented = self.suffixes
        if documented == ("json",):
            return ()
        if "php" not in documented:
            return ("php",)
        if "" not in documented:
            return ("",)
        return ()

    def candidates(self, fmt: Format) -> tuple[Suffix, ...]:
        """The forms to try, best first, for a client that prefers answers in ``fmt``.

        A call whose JSON answer is not documented (dbSetProfile) always starts with its XML
        form; otherwise ``fmt`` picks which documented format comes first.
        """
        documented = self.suffixes
        xml = tuple(s for s in documented if s != "json")
        json = tuple(s for s in documented if s == "json")
        first, second = (json, xml) if fmt == "json" and self.json_answer else (xml, json)
        return (*first, *second, *self.conventional)

    def meaning(self, code: int | str) -> str:
        """The documented meaning of result ``code``, or "" when the reference lists none."""
        for known, text in self.results:
            if known == code:
                return text
        return ""


def _c(name: str, *forms: tuple[Suffix, int], read_only: bool, **rest: object) -> CallDef:
    return CallDef(name, tuple(Form(s, line) for s, line in forms), read_only, **rest)  # type: ignore[arg-type]


_OK_ERROR: tuple[tuple[int | str, str], ...] = ((0, "success"), (1, "error"))

CALLS: tuple[CallDef, ...] = (
    # -- DB access ---------------------------------------------------------------------------
    _c(
        "dbGetDirectoryInfo",
        ("php", 50),
        ("json", 50),
        read_only=True,
        root="DirectoryInfo",
        root_line=180,
    ),
    _c(
        "dbGetCallflow",
        ("json", 270),
        ("php", 283),
        read_only=True,
        root="dbGetCallflowResult",
        root_line=287,
    ),
    _c(
        "dbGetNextStatus",
        ("php", 361),
        read_only=True,
        root="dbGetNextStatusResult",
        root_line=371,
        deprecated=True,
    ),
    _c(
        "dbSetProfile",
        ("php", 381),
        ("json", 381),
        read_only=False,
        root="dbSetProfileResult",
        root_line=399,
        results=(
            (0, "action was successful"),
            (1, "illegal extension format"),
            (2, "attempt to change profile class"),
            (3, "profile_name doesn't exist"),
            (5, "synchronization to SMP failed"),
        ),
        results_line=404,
        json_answer=False,  # "The URI returns an XML Object of the form" (397)
    ),
    _c(
        "dbGetProfileParameters",
        ("json", 424),
        ("php", 436),
        read_only=True,
        root="ProfileParameters",
        root_line=438,
    ),
    _c(
        "dbSetProfileParameters",
        ("json", 470),
        ("php", 489),
        read_only=False,
        root="dbSetProfileParametersResult",
        root_line=493,
        results=(
            (0, "OK"),
            (1, "Missing or syntactically invalid parameter"),
            (2, "nknown global parameter"),
            (3, "Global parameter not applicable to profile"),
            (5, "Sync to SMP failed"),
        ),
        results_line=500,
    ),
    _c(
        "dbGetPhoneState",
        ("json", 518),
        ("php", 530),
        read_only=True,
        root="PhoneState",
        root_line=534,
        deprecated=True,
    ),
    _c(
        "dbCheckPincode",
        ("php", 552),
        read_only=True,
        root="dbCheckPincode",
        root_line=569,
        deprecated=True,
    ),
    _c(
        "dbGetCallHistory",
        ("json", 578),
        ("php", 607),
        read_only=True,
        root="CallHistory",
        root_line=609,
    ),
    _c(
        "dbGetParkedChannels",
        ("php", 655),
        read_only=True,
        root="Channels",
        root_line=671,
    ),
    _c("dbGetQueueInfo", ("php", 685), read_only=True, root="Queues", root_line=693),
    _c(
        "dbAuthenticate",
        ("php", 714),
        read_only=False,  # command=set changes the PIN
        root="Authenticate",
        root_line=735,
        results=(
            ("OK", "provided match the one stored"),
            ("NOK", "does not match"),
            ("UNDEFINED", "pincode stored into the database is empty"),
        ),
        results_line=734,
    ),
    # Only the section title names the form ("dbGetRegistration.php", 761); no URL is shown.
    _c(
        "dbGetRegistration",
        ("php", 761),
        read_only=True,
        root="dbGetRegistrationResult",
        root_line=765,
    ),
    # -- Call control ------------------------------------------------------------------------
    _c(
        "ccOriginate",
        ("php", 787),
        read_only=False,
        root="ccOriginateResult",
        root_line=806,
        results=_OK_ERROR,
        results_line=810,
    ),
    _c(
        "ccHangup",
        ("php", 820),
        read_only=False,
        root="ccHangupResult",
        root_line=826,
        results=_OK_ERROR,
        results_line=830,
    ),
    _c(
        "ccRedirect",
        ("php", 844),
        read_only=False,
        root="ccRedirectResult",
        root_line=848,
        results=_OK_ERROR,
        results_line=852,
    ),
    _c("ccHold", ("php", 872), read_only=False, deprecated=True),
    _c(
        "ccPark",
        ("php", 891),
        read_only=False,
        root="ccParkResult",
        root_line=895,
        results=_OK_ERROR,
        results_line=899,
    ),
    _c(
        "ccJoinPark",
        ("php", 928),
        read_only=False,
        root="ccJoinParkResult",
        root_line=935,
        results=_OK_ERROR,
        results_line=939,
    ),
    # ccPing changes nothing on the SOP; it only makes it send evPong on the event socket.
    _c(
        "ccPing",
        ("php", 951),
        read_only=True,
        root="ccPingResult",
        root_line=960,
        results=_OK_ERROR,
        results_line=964,
    ),
    _c(
        "ccGetChannels",
        ("php", 970),
        ("", 974),
        ("", 997),
        read_only=True,
        root="Channels",
        root_line=978,
    ),
    _c(
        "ccGetQueueMembers",
        ("php", 1018),
        read_only=True,
        root="Members",
        root_line=1044,
        results=(
            (0, "Unknown"),
            (1, "Not in use"),
            (2, "In use"),
            (3, "Busy"),
            (4, "Invalid"),
            (5, "Unavailable"),
            (6, "Ringing"),
        ),
        results_line=1032,
    ),
    _c("ccQueueAdd", ("php", 1060), read_only=False, root="ccQueueAdd", root_line=1068),
    _c("fusionQueuesSet", ("json", 1078), read_only=False),
    _c("ccQueueRemove", ("php", 1088), read_only=False, root="ccQueueRemove", root_line=1096),
    _c("fusionQueuesRemove", ("json", 1106), read_only=False),
    _c("ccGetQueueStatus", ("php", 1116), read_only=True, root="Queues", root_line=1124),
    _c(
        "ccQueuePause",
        ("php", 1137),
        read_only=False,
        root="ccQueuePauseResult",
        root_line=1145,
    ),
    _c(
        "ccQueuePauseAll",
        ("php", 1156),
        read_only=False,
        root="PauseAll",
        root_line=1164,
        results=(
            (0, "pause failed"),
            (1, "pause succeeded"),
            (2, "unpause failed"),
            (3, "unpause succeeded"),
        ),
        results_line=1171,
    ),
    _c(
        "ccRecord",
        ("", 1182),
        ("", 1186),
        read_only=False,
        root="ccRecord",
        root_line=1202,
        results=((0, "record succeeded"), (1, "record failed")),
        results_line=1209,
    ),
    _c(
        "ccSetvar",
        ("", 1216),
        read_only=False,
        results=((0, "SetVar succeeded"), (1, "SetVar failed")),
        results_line=1223,
        bare_answer=True,  # the answer is shown as a bare "0" (1218)
    ),
    _c("ccGetvar", ("", 1232), read_only=True, bare_answer=True),  # bare "test" (1234)
    # -- PUM ---------------------------------------------------------------------------------
    _c(
        "pumLogin",
        ("", 1269),
        read_only=False,
        root="pumLoginResult",
        root_line=1271,
        results=((0, "connection has been successfully done"), (1, "an error has occurs")),
        results_line=1255,
    ),
    _c(
        "pumLogout",
        ("", 1302),
        read_only=False,
        root="pumLogoutResult",
        root_line=1304,
        results=((0, "connection has been successfully done"), (1, "an error has occurs")),
        results_line=1290,
    ),
)

BY_NAME: Mapping[str, CallDef] = MappingProxyType({call.name: call for call in CALLS})

#: calls that change nothing on the SOP: safe to send again after a transport failure
READ_ONLY = frozenset(call.name for call in CALLS if call.read_only)


def get(name: str) -> CallDef:
    """The catalogue entry of ``name``; KeyError for a call the reference does not document."""
    return BY_NAME[name]


def url_path(name: str, suffix: str) -> str:
    """``dbGetCallflow.json``, or the bare name when ``suffix`` is empty."""
    return f"{name}.{suffix}" if suffix else name
