"""Every way a SOP call can fail maps to the documented typed error with a readable message."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from app.sop.client import SopClient
from app.sop.errors import (
    AuthenticateError,
    CallControlError,
    PumError,
    SetProfileError,
    SetProfileParametersError,
    SopAuthError,
    SopError,
    SopHttpError,
    SopProtocolError,
    SopResultError,
    SopTimeout,
    SopUnreachable,
)
from tests.unit.sop.test_client_support import FakeSop, run

Action = Callable[[SopClient], Awaitable[Any]]


def fail(sop: FakeSop, action: Action, error: type[SopError], **options: Any) -> SopError:
    with pytest.raises(error) as caught:
        run(sop, action, read_retries=0, **options)
    return caught.value


def queues(c: SopClient) -> Awaitable[Any]:
    return c.get_queue_info()


def callflow(c: SopClient) -> Awaitable[Any]:
    return c.get_callflow("201")


# -- HTTP status ----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [401, 403])
def test_401_403_are_auth_errors(status: int) -> None:
    sop = FakeSop((status, "<html><body><h1>Authorization Required</h1></body></html>"))
    error = fail(sop, queues, SopAuthError)
    assert f"HTTP {status}" in error.message
    assert error.detail == "Authorization Required"
    assert error.call == "dbGetQueueInfo"


def test_404_says_the_call_is_not_offered() -> None:
    error = fail(FakeSop((404, "Not Found")), callflow, SopHttpError)
    assert isinstance(error, SopHttpError)
    assert error.status_code == 404
    assert "dbGetCallflow" in error.message


def test_400_carries_the_sop_error_text_without_tags() -> None:
    sop = FakeSop((400, "<Error>missing parameter start_date</Error>"))
    error = fail(sop, callflow, SopHttpError)
    assert error.detail == "missing parameter start_date"


def test_500_detail_is_a_short_plain_excerpt() -> None:
    page = "<html><body><h1>Internal   Server Error</h1>" + "<p>trace</p>" * 5000 + "</body></html>"
    error = fail(FakeSop((500, page)), callflow, SopHttpError)
    assert isinstance(error, SopHttpError)
    assert error.status_code == 500
    assert error.detail.startswith("Internal Server Error trace")
    assert "<" not in error.detail
    assert len(error.detail) <= 200


def test_redirect_is_reported_not_followed() -> None:
    sop = FakeSop((302, "", {"location": "https://sop.test/xml/dbGetCallflow.json"}))
    error = fail(sop, callflow, SopHttpError)
    assert "https://sop.test/xml/dbGetCallflow.json" in error.message
    assert sop.count == 1


# -- transport ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "error"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), SopUnreachable),
        (httpx.ReadError("connection reset"), SopUnreachable),
        (httpx.RemoteProtocolError("peer closed connection"), SopUnreachable),
        (httpx.ConnectTimeout("timed out"), SopTimeout),
        (httpx.ReadTimeout("timed out"), SopTimeout),
        (httpx.PoolTimeout("timed out"), SopTimeout),
    ],
)
def test_transport_errors_are_mapped(exc: Exception, error: type[SopError]) -> None:
    raised = fail(FakeSop(exc), callflow, error)
    assert "sop.test" in raised.message
    assert isinstance(raised.__cause__, httpx.TransportError)


def test_undecodable_compression_is_a_protocol_error() -> None:
    sop = FakeSop((200, b"definitely not gzip", {"content-encoding": "gzip"}))
    error = fail(sop, callflow, SopProtocolError)
    assert "decoded" in error.message


def test_tls_failure_says_secure_connection() -> None:
    exc = httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    error = fail(FakeSop(exc), callflow, SopUnreachable)
    assert "secure connection" in error.message


def test_overall_deadline_covers_a_server_that_never_answers() -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        raise AssertionError("not reached")

    error = fail(FakeSop(hang), callflow, SopTimeout, timeout_s=0.05)
    assert "0.05 s" in error.message


def test_a_slow_drip_body_hits_the_deadline() -> None:
    async def drip() -> AsyncIterator[bytes]:
        yield b"["
        while True:
            await asyncio.sleep(0.01)
            yield b" "

    sop = FakeSop(lambda request: httpx.Response(200, content=drip()))
    fail(sop, callflow, SopTimeout, timeout_s=0.1)


# -- bodies ---------------------------------------------------------------------------------------

HTML_PAGE = "<!DOCTYPE html>\n<html><head><title>Welcome to nginx!</title></head></html>"


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("action", [callflow, queues], ids=["json-call", "xml-only-call"])
def test_html_page_with_200(fmt: str, action: Action) -> None:
    sop = FakeSop((200, HTML_PAGE, {"content-type": "text/html"}))
    error = fail(sop, action, SopProtocolError, fmt=fmt)
    assert "web page, not SOP data" in error.message
    assert "URL" in error.message
    assert "Welcome to nginx!" in error.detail


def test_xml_labelled_text_html_is_still_accepted() -> None:
    # PHP's default Content-Type is text/html; real SOPs send XML under it.
    body = "<Queues><Queue><Id>A</Id><Name>B</Name></Queue></Queues>"
    sop = FakeSop((200, body, {"content-type": "text/html; charset=UTF-8"}))
    assert len(run(sop, queues)) == 1


@pytest.mark.parametrize(
    ("body", "fmt"),
    [
        ("", "json"),
        ("  \r\n", "xml"),
        ("garbage!", "json"),
        ('{"CurrentProfile": "User", "Status": ["Off', "json"),
        ("<dbGetCallflowResult><CurrentProfile>User", "xml"),
        ("\x00\x01\x02", "xml"),
        ("[" * 100_000 + "]" * 100_000, "json"),
        ("[1, 2, 3]", "json"),
        ("<Members/>", "xml"),
        ("<Members/>", "json"),
        ('"just a string"', "json"),
    ],
    ids=[
        "empty",
        "blank",
        "garbage",
        "truncated-json",
        "truncated-xml",
        "binary",
        "deep-json",
        "json-list-for-object",
        "wrong-root",
        "xml-wrong-root-on-json-url",
        "json-scalar",
    ],
)
def test_bad_bodies_are_protocol_errors(body: str, fmt: str) -> None:
    fail(FakeSop((200, body)), callflow, SopProtocolError, fmt=fmt)


def test_wrong_root_for_a_list_call() -> None:
    error = fail(FakeSop((200, "<Members><Member/></Members>")), queues, SopProtocolError)
    assert "<Members>" in error.message
    assert "<Queues>" in error.message


def test_oversized_body_by_content_length() -> None:
    sop = FakeSop((200, "<Queues/>", {"content-length": str(10_000_000)}))
    error = fail(sop, queues, SopProtocolError, max_bytes=1000)
    assert "1000 bytes" in error.message


def test_oversized_body_is_cut_while_streaming() -> None:
    pulled = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal pulled
        yield b"<Queues>"
        while True:
            pulled += 1
            yield b"<Queue><Id>A</Id><Name>B</Name></Queue>" * 100

    sop = FakeSop(lambda request: httpx.Response(200, content=endless()))
    fail(sop, queues, SopProtocolError, max_bytes=64 * 1024)
    assert pulled < 30  # stopped soon after 64 KiB, not after reading everything


def test_body_exactly_at_the_cap_is_fine() -> None:
    body = b"<Queues>" + b" " * (1000 - len(b"<Queues></Queues>")) + b"</Queues>"
    assert len(body) == 1000
    assert run(FakeSop((200, body)), queues, max_bytes=1000) == []


# -- result codes ---------------------------------------------------------------------------------


def set_status(c: SopClient) -> Awaitable[Any]:
    return c.set_profile("201", status="Office")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (1, "illegal extension format"),
        (2, "profile class"),
        (3, "profile name does not exist"),
        (5, "SMP"),
    ],
)
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_set_profile_codes(fmt: str, code: int, words: str) -> None:
    body = (
        f'{{"Result": {code}}}'
        if fmt == "json"
        else f"<dbSetProfileResult><Result>{code}</Result></dbSetProfileResult>"
    )
    error = fail(FakeSop((200, body)), set_status, SetProfileError, fmt=fmt)
    assert isinstance(error, SetProfileError)
    assert error.code == code
    assert words in error.message
    assert f"code {code}" in error.message


@pytest.mark.parametrize("body", ['{"Result": 4}', '{"Result": "4"}', "4"])
def test_set_profile_unknown_code_keeps_the_raw_code(body: str) -> None:
    error = fail(FakeSop((200, body)), set_status, SopResultError)
    assert isinstance(error, SopResultError)
    assert error.code == 4
    assert "unknown result code: 4" in error.message


def test_set_profile_without_result_is_a_protocol_error() -> None:
    fail(FakeSop((200, '{"Status": "ok"}')), set_status, SopProtocolError)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (1, "missing or syntactically invalid"),
        (2, "unknown global parameter"),
        (3, "not applicable"),
        (5, "SMP"),
        (7, "unknown result code: 7"),
    ],
)
def test_set_profile_parameters_codes(code: int, words: str) -> None:
    body = (
        f"<dbSetProfileParametersResult><Result>{code}</Result>"
        "<ResultText>CFU.Nmber unknown</ResultText><Debug/></dbSetProfileParametersResult>"
    )
    error = fail(
        FakeSop((200, body)),
        lambda c: c.set_profile_parameters("512", {"CFU.Nmber": "526"}),
        SetProfileParametersError,
        fmt="xml",
    )
    assert words in error.message
    assert error.detail == "CFU.Nmber unknown"


SIMPLE_CALLS: list[tuple[str, str, Action]] = [
    ("ccOriginate", "ccOriginateResult", lambda c: c.originate(phone_id="SDP1", to="100")),
    ("ccHangup", "ccHangupResult", lambda c: c.hangup("SIP/a-1")),
    ("ccRedirect", "ccRedirectResult", lambda c: c.redirect("SIP/a-1", "9102")),
    ("ccPark", "ccParkResult", lambda c: c.park("SIP/a-1")),
    ("ccJoinPark", "ccJoinParkResult", lambda c: c.join_park("SIP/a-1", "701")),
    ("ccPing", "ccPingResult", lambda c: c.ping()),
    ("ccRecord", "ccRecord", lambda c: c.record("SIP/a-1", filename="f")),
    ("ccQueueAdd", "ccQueueAdd", lambda c: c.queue_add("Q", "SDP1")),
    ("ccQueueRemove", "ccQueueRemove", lambda c: c.queue_remove("Q", "SDP1")),
    ("ccSetvar", "ccSetVarResult", lambda c: c.set_var("SIP/a-1", "v", "x")),
    ("ccGetvar", "ccGetVarResult", lambda c: c.get_var("SIP/a-1", "v")),
    ("ccQueuePause", "ccQueuePauseResult", lambda c: c.queue_pause("Q", "SDP1", True)),
]


@pytest.mark.parametrize(("call", "root", "action"), SIMPLE_CALLS, ids=[c[0] for c in SIMPLE_CALLS])
def test_call_control_result_1_is_a_call_control_error(
    call: str, root: str, action: Action
) -> None:
    body = f"<{root}><Result>1</Result></{root}>"
    error = fail(FakeSop((200, body)), action, CallControlError)
    assert isinstance(error, CallControlError)
    assert error.code == 1
    assert error.call == call
    assert error.message.startswith("The SOP could not ")


@pytest.mark.parametrize(("call", "root", "action"), SIMPLE_CALLS, ids=[c[0] for c in SIMPLE_CALLS])
def test_call_control_unknown_code(call: str, root: str, action: Action) -> None:
    body = f"<{root}><Result>9</Result></{root}>"
    error = fail(FakeSop((200, body)), action, CallControlError)
    assert "unknown result code 9" in error.message


@pytest.mark.parametrize("call", ["fusionQueuesSet", "fusionQueuesRemove"])
def test_fusion_queues_result_1(call: str) -> None:
    action: Action = (
        (lambda c: c.fusion_queues_set(["ABC"], "SDX60001"))
        if call == "fusionQueuesSet"
        else (lambda c: c.fusion_queues_remove(["ABC"], "SDX60001"))
    )
    error = fail(FakeSop((200, '{"Result": 1}')), action, CallControlError)
    assert error.call == call


def test_bare_set_var_code_1() -> None:
    fail(FakeSop((200, "1")), lambda c: c.set_var("SIP/a-1", "v", "x"), CallControlError)


@pytest.mark.parametrize(
    ("code", "paused", "error"),
    [(0, True, "pause failed"), (2, False, "unpause failed"), (7, True, "unknown result code 7")],
)
def test_pause_all_failures(code: int, paused: bool, error: str) -> None:
    body = f"<PauseAll><Result>{code}</Result></PauseAll>"
    raised = fail(
        FakeSop((200, body)), lambda c: c.queue_pause_all("SDX1", paused), CallControlError
    )
    assert error in raised.message


@pytest.mark.parametrize("code", [1, 3])
def test_pause_all_successes(code: int) -> None:
    body = f"<PauseAll><Result>{code}</Result></PauseAll>"
    assert run(FakeSop((200, body)), lambda c: c.queue_pause_all("SDX1", code == 1)) is None


@pytest.mark.parametrize("call", ["pumLogin", "pumLogout"])
def test_pum_error_text_goes_to_detail(call: str) -> None:
    body = (
        f"<{call}Result><Result>1</Result>"
        f"<Error>Wait 90 seconds between PUM actions</Error></{call}Result>"
    )
    action: Action = (
        (lambda c: c.pum_login("201", "SDP1"))
        if call == "pumLogin"
        else (lambda c: c.pum_logout("201"))
    )
    error = fail(FakeSop((200, body)), action, PumError)
    assert error.detail == "Wait 90 seconds between PUM actions"
    assert "Wait 90 seconds" in error.message
    assert error.code == 1


def test_pum_error_without_text() -> None:
    body = "<pumLogoutResult><Result>1</Result></pumLogoutResult>"
    error = fail(FakeSop((200, body)), lambda c: c.pum_logout("201"), PumError)
    assert "no reason given" in error.message


def test_authenticate_unknown_result() -> None:
    body = "<Authenticate><Result>MAYBE</Result></Authenticate>"
    error = fail(FakeSop((200, body)), lambda c: c.authenticate("201"), AuthenticateError)
    assert "'MAYBE'" in error.message


def test_authenticate_empty_answer_is_a_protocol_error() -> None:
    fail(FakeSop((200, "<Authenticate/>")), lambda c: c.authenticate("201"), SopProtocolError)
