"""Golden tests: every example payload of the reference parses into the expected typed result.

The payloads live in golden/ (copied from the reference; see golden/README.md). Each case is
served by a fake SOP and read through the public SopClient method, in the format(s) that fit.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import pytest

from app.sop.client import JSON_CALLS, SopClient
from app.sop.errors import AuthenticateError, SetProfileError
from app.sop.models import (
    AuthResult,
    Callflow,
    CallRecord,
    Channel,
    DirectoryEntry,
    ParkedChannel,
    ProfileParameter,
    PumResult,
    Queue,
    QueueMember,
    QueuePauseResult,
    QueueStatus,
    Registration,
    StatusOption,
)
from tests.helpers import reference
from tests.unit.sop.test_client_support import FakeSop, golden, run

Action = Callable[[SopClient], Awaitable[Any]]

WHEN = datetime(2026, 1, 1)

JOHN = DirectoryEntry(
    ext="666",
    login="john.doe@destiny.be",
    fn="Tim",
    ln="Schmit",
    dp="SVE20012",
    sp="SDX60076",
    mobile="+32123456789",
    home="+32123456789",
    email="john.doe@destiny.be",
    profile="Template-User",
    status="Office",
)
DOMINIQUE = DirectoryEntry(
    ext="599",
    login="sergey@google.com",
    fn="Dominique",
    ln="Bogaerts",
    dp="SDPJ0003",
    sp="SDX60002",
    mobile="+32123456789",
    home="+32123456789",
    email="sergey@google.com",
    company="Project Management",
    profile="Template-User",
    status="Telework",
)
SERGEY = DirectoryEntry(
    ext="189",
    login="sergey@google.com",
    fn="Sergey",
    ln="Brin",
    dp="SDC20102",
    sp="SDX10001",
    email="sergey@google.com",
    company="Google",
    site="1",
    grp="3",
    profile="User",
    status="Telework",
)
FIVE = ("Office", "OutOfOffice", "Busy", "Holiday", "Telework")
SIX = ("Forward", "Absent", "FollowMe", "Busy", "Office", "Telework")
TEMPLATE_CALL = CallRecord(
    uniqueid="...",
    timestamp=None,
    caller_name="...",
    caller_number="...",
    called_number="...",
    disposition="...",
    last_action="...",
    last_application="...",
    context="...",
    origchannel="...",
    dstchannel="...",
)
LINK = "IAX2/escaux@81.83.50.216:4569/3"
CALLER = '"0027884390" [0027884390]'


# (golden file, action, expected result)
CASES: list[tuple[str, Action, object]] = [
    ("dbGetDirectoryInfo.example1.json", lambda c: c.get_directory_info(ext="6"), [JOHN]),
    (
        "dbGetDirectoryInfo.example2.json",
        lambda c: c.get_directory_info(login="sergey@google.com"),
        [DOMINIQUE],
    ),
    ("dbGetDirectoryInfo.template.xml", lambda c: c.get_directory_info(), [DirectoryEntry("")]),
    (
        "dbGetDirectoryInfo.example.xml",
        lambda c: c.get_directory_info(login="sergey@google.com"),
        [SERGEY],
    ),
    (
        "dbGetCallflow.example.json",
        lambda c: c.get_callflow("102"),
        Callflow("Template-User", "Telework", tuple(StatusOption(s, s, 30) for s in FIVE)),
    ),
    (
        "dbGetCallflow.example.xml",
        lambda c: c.get_callflow("102"),
        Callflow("User", "Office", tuple(StatusOption(s, s) for s in SIX)),
    ),
    ("dbGetCallflow.template.xml", lambda c: c.get_callflow("102"), Callflow("", "")),
    (
        "dbGetProfileParameters.example.xml",
        lambda c: c.get_profile_parameters("102", show_admin=True),
        [
            ProfileParameter(
                "ForwardNumber", "Number to forward to", "", "1000", "EXTENSION", "UserVar"
            ),
            ProfileParameter(
                "SecretaryDevice",
                "Téléphone de votre assistante : SVE...",
                "",
                "",
                "DEVICE",
                "AdminVar",
            ),
        ],
    ),
    (
        "dbSetProfileParameters.example.json",
        lambda c: c.set_profile_parameters("512", {"CFU.Number": "526"}),
        None,
    ),
    (
        "dbSetProfileParameters.example.xml",
        lambda c: c.set_profile_parameters("512", {"CFU.Number": "526"}),
        None,
    ),
    (
        "dbGetCallHistory.template.json",
        lambda c: c.get_call_history("102", limit=10, start_date=WHEN),
        [TEMPLATE_CALL],
    ),
    (
        "dbGetCallHistory.template.xml",
        lambda c: c.get_call_history("102", limit=10, start_date=WHEN),
        [TEMPLATE_CALL],
    ),
    (
        "dbGetParkedChannels.example.xml",
        lambda c: c.get_parked_channels(),
        [
            ParkedChannel(
                "SIP/SDP40001-b6840650", "102", "701", "OperatorExtension=633,ParkReason=Park"
            )
        ],
    ),
    (
        "dbGetQueueInfo.example.xml",
        lambda c: c.get_queue_info(),
        [
            Queue("AQA00001", "GeneralQ1"),
            Queue("AQA00002", "PersonalQ1"),
            Queue("AQA00003", "GeneralQ2"),
        ],
    ),
    ("dbAuthenticate.ok.xml", lambda c: c.authenticate("2001", password="1234"), AuthResult.OK),
    ("dbAuthenticate.nok.xml", lambda c: c.authenticate("2001", password="1"), AuthResult.NOK),
    (
        "dbAuthenticate.undefined.xml",
        lambda c: c.authenticate("2001", password=""),
        AuthResult.UNDEFINED,
    ),
    (
        "dbGetRegistration.example.xml",
        lambda c: c.get_registration(),
        [
            Registration("SDPH0100", "-none-", 0, False),
            Registration("SDPH0101", "172.16.0.1", 5374, True),
        ],
    ),
    (
        "ccGetChannels.example.xml",
        lambda c: c.get_channels(),
        [
            Channel("SIP/SDC30016-97c7", CALLER, None, "Up", LINK),
            Channel(LINK, CALLER, 1855, "Up", "SIP/SDC30016-97c7"),
        ],
    ),
    (
        "ccGetChannels.vars.xml",
        lambda c: c.get_channels(show_vars=("variable1", "variable2", "variable3")),
        [
            Channel(
                "SIP/SDC30016-97c7",
                CALLER,
                None,
                "Up",
                LINK,
                {"Variable1": "Variable1", "Variable2": "Variable2", "Variable3": "Variable3"},
            )
        ],
    ),
    (
        "ccGetQueueMembers.example.xml",
        lambda c: c.get_queue_members(queue="GeneralQueue"),
        [
            QueueMember(
                "Queue Receptionist", "2000", "SDO30001", "GeneralQueue", 1, "dynamic", False
            )
        ],
    ),
    ("ccQueueAdd.example.xml", lambda c: c.queue_add("GeneralQueueDemo", "SDP40001"), None),
    ("ccQueueRemove.example.xml", lambda c: c.queue_remove("GeneralQueueDemo", "SDP40001"), None),
    (
        "ccGetQueueStatus.example.xml",
        lambda c: c.get_queue_status("GeneralQueueDemo"),
        [QueueStatus("GeneralQueueDemo", 0)],
    ),
    (
        "ccQueuePause.example.xml",
        lambda c: c.queue_pause("GeneralQueueDemo", "SDX10008", True),
        QueuePauseResult(paused=True, queue="HuntGroup1"),
    ),
    ("ccQueuePauseAll.example.xml", lambda c: c.queue_pause_all("SDX10008", True), None),
    ("ccRecord.example.xml", lambda c: c.record("SIP/SDO30001-0000003d", mailbox="1000"), None),
    ("ccSetvar.example.txt", lambda c: c.set_var("SIP/x-1", "foo", "bar"), None),
    ("ccGetvar.example.txt", lambda c: c.get_var("SIP/x-1", "foo"), "test"),
    (
        "pumLogin.example.xml",
        lambda c: c.pum_login("2002", "SDP80002"),
        PumResult("2002", "SDP80003", "OK", "Connexion successfully done.", "SVE20001"),
    ),
    (
        "pumLogout.example.xml",
        lambda c: c.pum_logout("2002"),
        PumResult("2002", "", "OK", "Logout successfully done.", ""),
    ),
]


@pytest.mark.parametrize(("name", "action", "expected"), CASES, ids=[c[0] for c in CASES])
def test_golden_payload_parses(name: str, action: Action, expected: object) -> None:
    # A JSON example is what a fmt="json" client asks for; an XML example is what fmt="xml" asks
    # for, and what both ask for on the XML-only calls.
    fmt = "json" if name.endswith(".json") else "xml"
    sop = FakeSop((200, golden(name)))
    assert run(sop, action, fmt=fmt) == expected
    call = name.split(".")[0]
    assert sop.path() in reference.paths(call)
    assert sop.path().endswith(".json") == (fmt == "json" and call in JSON_CALLS)


XML_ONLY_CASES = [c for c in CASES if c[0].split(".")[0] not in JSON_CALLS]


@pytest.mark.parametrize(
    ("name", "action", "expected"), XML_ONLY_CASES, ids=[c[0] for c in XML_ONLY_CASES]
)
def test_golden_xml_only_calls_use_their_documented_form_in_json_mode_too(
    name: str, action: Action, expected: object
) -> None:
    sop = FakeSop((200, golden(name)))
    assert run(sop, action, fmt="json") == expected
    assert sop.path() in reference.paths(name.split(".")[0])
    assert not sop.path().endswith(".json")


def test_golden_xml_and_json_call_history_agree() -> None:
    def history(fmt: str, name: str) -> object:
        action: Action = lambda c: c.get_call_history("1", limit=1, start_date=WHEN)  # noqa: E731
        return run(FakeSop((200, golden(name))), action, fmt=fmt)

    assert history("json", "dbGetCallHistory.template.json") == history(
        "xml", "dbGetCallHistory.template.xml"
    )


def test_golden_authenticate_error_is_decoded() -> None:
    sop = FakeSop((200, golden("dbAuthenticate.error.xml")))
    with pytest.raises(AuthenticateError) as caught:
        run(sop, lambda c: c.authenticate("2001", command="check"))
    assert caught.value.detail == "Bad command XXXXXX"
    assert "Bad command XXXXXX" in caught.value.message


def test_golden_set_profile_template_has_no_numeric_code() -> None:
    # The reference's template literally says <Result>code</Result>: it parses, and an unknown
    # code is never taken for success.
    sop = FakeSop((200, golden("dbSetProfile.template.xml")))
    with pytest.raises(SetProfileError) as caught:
        run(sop, lambda c: c.set_profile("102", status="Forward"), fmt="xml")
    assert caught.value.code == "code"
    assert "'code'" in caught.value.message
