"""Reads are retried with backoff on transient failures; writes are sent exactly once."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import httpx
import pytest

from app.sop.client import READ_CALLS, SopClient
from app.sop.errors import (
    SopAuthError,
    SopError,
    SopHttpError,
    SopProtocolError,
    SopTimeout,
    SopUnreachable,
)
from tests.unit.sop.test_client_support import FakeSop, Sleeps, run

Action = Callable[[SopClient], Awaitable[Any]]

READS: list[tuple[str, Action]] = [
    ("dbGetDirectoryInfo", lambda c: c.get_directory_info(ext="201")),
    ("dbGetCallflow", lambda c: c.get_callflow("201")),
    ("dbGetProfileParameters", lambda c: c.get_profile_parameters("201")),
    (
        "dbGetCallHistory",
        lambda c: c.get_call_history("201", limit=5, start_date=datetime(2026, 1, 1)),
    ),
    ("dbGetParkedChannels", lambda c: c.get_parked_channels()),
    ("dbGetQueueInfo", lambda c: c.get_queue_info()),
    ("dbGetRegistration", lambda c: c.get_registration()),
    ("ccGetChannels", lambda c: c.get_channels()),
    ("ccPing", lambda c: c.ping()),
    ("ccGetQueueMembers", lambda c: c.get_queue_members()),
    ("ccGetQueueStatus", lambda c: c.get_queue_status("Q")),
    ("ccGetvar", lambda c: c.get_var("SIP/a-1", "v")),
]

WRITES: list[tuple[str, Action]] = [
    ("dbSetProfile", lambda c: c.set_profile("201", status="Office")),
    ("dbSetProfileParameters", lambda c: c.set_profile_parameters("201", {"A": "1"})),
    ("dbAuthenticate", lambda c: c.authenticate("201", password="1234")),
    ("ccOriginate", lambda c: c.originate(phone_id="SDP1", to="100")),
    ("ccHangup", lambda c: c.hangup("SIP/a-1")),
    ("ccRedirect", lambda c: c.redirect("SIP/a-1", "100")),
    ("ccHold", lambda c: c.hold("SIP/a-1")),
    ("ccPark", lambda c: c.park("SIP/a-1")),
    ("ccJoinPark", lambda c: c.join_park("SIP/a-1", "701")),
    ("ccQueueAdd", lambda c: c.queue_add("Q", "SDP1")),
    ("ccQueueRemove", lambda c: c.queue_remove("Q", "SDP1")),
    ("fusionQueuesSet", lambda c: c.fusion_queues_set(["Q"], "SDP1")),
    ("fusionQueuesRemove", lambda c: c.fusion_queues_remove(["Q"], "SDP1")),
    ("ccQueuePause", lambda c: c.queue_pause("Q", "SDP1", True)),
    ("ccQueuePauseAll", lambda c: c.queue_pause_all("SDP1", True)),
    ("ccRecord", lambda c: c.record("SIP/a-1", mailbox="201")),
    ("ccSetvar", lambda c: c.set_var("SIP/a-1", "v", "x")),
    ("pumLogin", lambda c: c.pum_login("201", "SDP1")),
    ("pumLogout", lambda c: c.pum_logout("201")),
]

FAILURES = [
    httpx.ConnectError("refused"),
    httpx.ReadTimeout("timed out"),
    httpx.RemoteProtocolError("closed"),
    (500, "oops"),
    (503, "busy"),
]
FAILURE_IDS = ["connect", "timeout", "protocol", "http500", "http503"]


def test_every_read_and_write_is_listed() -> None:
    assert {name for name, _ in READS} == READ_CALLS
    public = {
        name
        for name in dir(SopClient)
        if not name.startswith("_") and callable(getattr(SopClient, name))
    } - {"aclose", "suffix", "candidates"}
    assert len(READS) + len(WRITES) == len(public)


@pytest.mark.parametrize("failure", FAILURES, ids=FAILURE_IDS)
@pytest.mark.parametrize(("call", "action"), READS, ids=[r[0] for r in READS])
def test_reads_retry_then_give_up(call: str, action: Action, failure: Any) -> None:
    sop = FakeSop(failure)
    sleeps = Sleeps()
    with pytest.raises((SopUnreachable, SopTimeout, SopHttpError)):
        run(sop, action, sleeps=sleeps, read_retries=2, retry_backoff_s=0.2)
    assert sop.count == 3
    assert sleeps.delays == [0.2, 0.4]
    assert all(call in request.url.path for request in sop.requests)


@pytest.mark.parametrize("failure", FAILURES, ids=FAILURE_IDS)
@pytest.mark.parametrize(("call", "action"), WRITES, ids=[w[0] for w in WRITES])
def test_writes_are_sent_exactly_once(call: str, action: Action, failure: Any) -> None:
    sop = FakeSop(failure)
    sleeps = Sleeps()
    with pytest.raises(SopError):
        run(sop, action, sleeps=sleeps, read_retries=5)
    assert sop.count == 1
    assert sleeps.delays == []
    assert call in sop.path()


def test_read_succeeds_after_transient_failures() -> None:
    good = "<Queues><Queue><Id>AQA1</Id><Name>Sales</Name></Queue></Queues>"
    sop = FakeSop(httpx.ConnectError("refused"), (502, "bad gateway"), (200, good))
    sleeps = Sleeps()
    result = run(sop, lambda c: c.get_queue_info(), sleeps=sleeps, retry_backoff_s=0.5)
    assert [q.name for q in result] == ["Sales"]
    assert sop.count == 3
    assert sleeps.delays == [0.5, 1.0]


@pytest.mark.parametrize(
    "reply",
    [(400, "<Error>missing parameter</Error>"), (401, ""), (200, "garbage")],
    ids=["400", "401", "garbage"],
)
def test_reads_do_not_retry_permanent_failures(reply: Any) -> None:
    sop = FakeSop(reply)
    with pytest.raises((SopHttpError, SopAuthError, SopProtocolError)):
        run(sop, lambda c: c.get_callflow("201"), read_retries=3)
    assert sop.count == 1


def test_a_404_tries_each_other_form_once_never_the_same_form_twice() -> None:
    sop = FakeSop((404, "no"))
    with pytest.raises(SopHttpError):
        run(sop, lambda c: c.get_callflow("201"), read_retries=3)
    paths = [sop.path(i) for i in range(sop.count)]
    assert paths == ["/xml/dbGetCallflow.json", "/xml/dbGetCallflow.php", "/xml/dbGetCallflow"]


def test_zero_retries_means_one_attempt() -> None:
    sop = FakeSop(httpx.ConnectError("refused"))
    with pytest.raises(SopUnreachable):
        run(sop, lambda c: c.get_callflow("201"), read_retries=0)
    assert sop.count == 1
