"""What goes on the wire: URL, suffix, parameter encoding, validation, auth; no secrets in logs."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import certifi
import httpx
import pytest

from app.sop.client import SopClient
from app.sop.errors import SopUnreachable
from tests.helpers import reference
from tests.unit.sop.test_client_retry import READS, WRITES
from tests.unit.sop.test_client_support import FakeSop, run

Action = Callable[[SopClient], Awaitable[Any]]

NASTY = "1&ext=999 #?=/%+é"


def sent(action: Action, body: str = "<x/>", **options: Any) -> FakeSop:
    """Run ``action`` against a SOP answering ``body``; return the fake holding the request."""
    sop = FakeSop((200, body))
    with contextlib.suppress(Exception):  # only the request matters here
        run(sop, action, read_retries=0, **options)
    assert sop.count == 1
    return sop


# -- URL and format -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize(("call", "action"), READS + WRITES, ids=[c[0] for c in READS + WRITES])
def test_first_form_is_documented_and_follows_fmt(fmt: str, call: str, action: Action) -> None:
    sop = sent(action, fmt=fmt)
    documented = reference.forms()[call]
    # The first request uses a form the reference shows for this call...
    assert sop.path() in reference.paths(call)
    # ...in JSON only where JSON is the only form, or asked for and its answer documented
    # (dbSetProfile's .json URL is shown, but only an XML answer is).
    wants_json = documented == {"json"} or (
        fmt == "json" and "json" in documented and call != "dbSetProfile"
    )
    assert sop.path().endswith(".json") == wants_json


@pytest.mark.parametrize(
    ("base", "url"),
    [
        ("http://sop.test", "http://sop.test/xml/ccPing.php"),
        ("http://sop.test/", "http://sop.test/xml/ccPing.php"),
        ("http://sop.test/xml/", "http://sop.test/xml/ccPing.php"),
        ("https://sop.test:8443/pbx", "https://sop.test:8443/pbx/xml/ccPing.php"),
        (" http://10.0.0.5/xml ", "http://10.0.0.5/xml/ccPing.php"),
    ],
)
def test_base_url_normalisation(base: str, url: str) -> None:
    async def main() -> None:
        sop = FakeSop((200, "<ccPingResult><Result>0</Result></ccPingResult>"))
        async with httpx.AsyncClient(transport=httpx.MockTransport(sop)) as http:
            await SopClient(base, http=http).ping()
        assert str(sop.last.url) == url

    asyncio.run(main())


@pytest.mark.parametrize("base", ["sop.test", "ftp://sop.test", "http://", "file:///etc"])
def test_bad_base_url_is_refused(base: str) -> None:
    with pytest.raises(ValueError, match="http"):
        SopClient(base, http=httpx.AsyncClient())


def test_bad_format_is_refused() -> None:
    with pytest.raises(ValueError, match="fmt"):
        SopClient("http://sop.test", fmt="csv")  # type: ignore[arg-type]


# -- encoding -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "name"),
    [
        (lambda c: c.get_directory_info(ext=NASTY), "ext"),
        (lambda c: c.get_callflow(NASTY), "ext"),
        (lambda c: c.set_profile("201", status=NASTY), "status"),
        (lambda c: c.set_profile_parameters("201", {"CFU.Number": NASTY}), "CFU.Number"),
        (lambda c: c.authenticate("201", password=NASTY), "password"),
        (lambda c: c.originate(phone_id="SDP1", to=NASTY), "to"),
        (lambda c: c.redirect("SIP/a-1", NASTY), "to"),
        (lambda c: c.hangup(NASTY), "channel_id"),
        (lambda c: c.set_var("SIP/a-1", "v", NASTY), "value"),
        (lambda c: c.get_queue_members(queue=NASTY), "queue"),
        (lambda c: c.pum_login(NASTY, "SDP1"), "ext"),
    ],
)
def test_a_value_can_never_add_a_parameter(action: Action, name: str) -> None:
    request = sent(action).last
    assert request.url.params.get_list(name) == [NASTY]
    assert request.url.params.get_list("ext") in ([NASTY], ["201"], [])
    assert "&ext=999" not in str(request.url)


def test_directory_filters_are_passed_as_given() -> None:
    sop = sent(lambda c: c.get_directory_info(ln="Pee%", wildcards="strict", show_invisible="1"))
    assert sop.params() == {"ln": "Pee%", "wildcards": "strict", "show_invisible": "1"}


def test_originate_parameters() -> None:
    sop = sent(
        lambda c: c.originate(
            phone_id="SDP20001",
            to="0032 2 555 01 01",
            ext="201",
            technology="Local",
            async_=False,
            local_optimization=False,
            variables={"CrmId": "A1b2", "Empty": ""},
        )
    )
    assert sop.params() == {
        "phone_id": "SDP20001",
        "to": "0032 2 555 01 01",
        "ext": "201",
        "technology": "Local",
        "async": "false",
        "local_optimization": "false",
        "var": "CrmId=A1b2|Empty=",
    }


def test_originate_defaults() -> None:
    sop = sent(lambda c: c.originate(phone_id="SDP20001", to="202"))
    assert sop.params() == {"phone_id": "SDP20001", "to": "202", "async": "true"}


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"Id": "x" * 60}, "at most 59"),
        ({"Id": "has space"}, "A-Z"),
        ({"Id": "a|b=c"}, "A-Z"),
        ({"Id": "é"}, "A-Z"),
        ({"": "1"}, "name"),
        ({"a=b": "1"}, "name"),
        ({"a|b": "1"}, "name"),
        ({"Id": 5}, "text"),
    ],
)
def test_originate_variables_are_validated_before_sending(
    variables: dict[str, Any], message: str
) -> None:
    sop = FakeSop((200, "<ccOriginateResult><Result>0</Result></ccOriginateResult>"))
    with pytest.raises(ValueError, match=message):
        run(sop, lambda c: c.originate(phone_id="SDP1", to="100", variables=variables))
    assert sop.count == 0


def test_originate_variable_of_59_characters_is_fine() -> None:
    sop = sent(lambda c: c.originate(phone_id="SDP1", to="1", variables={"V": "a" * 59}))
    assert sop.params()["var"] == "V=" + "a" * 59


def test_booleans_and_flags() -> None:
    assert sent(lambda c: c.queue_pause("Q", "SDX1", True)).params()["paused"] == "true"
    assert sent(lambda c: c.queue_pause_all("SDX1", False)).params()["paused"] == "false"
    assert sent(lambda c: c.get_profile_parameters("201", show_admin=True)).params() == {
        "ext": "201",
        "show_admin": "1",
    }
    assert sent(lambda c: c.get_profile_parameters("201", lang="fr")).params() == {
        "ext": "201",
        "lang": "fr",
    }
    channels = sent(
        lambda c: c.get_channels(parked_only=True, hold_only=True, show_vars=("a", "b"))
    )
    assert channels.params() == {"parked_only": "1", "hold_only": "1", "show_vars": "a|b"}
    assert sent(lambda c: c.get_channels()).params() == {}


def test_call_history_parameters() -> None:
    sop = sent(
        lambda c: c.get_call_history("201", limit=50, start_date=datetime(2026, 3, 4, 5, 6, 7))
    )
    assert sop.params() == {"ext": "201", "limit": "50", "start_date": "2026-03-04 05:06:07"}


def test_other_call_parameters() -> None:
    assert sent(lambda c: c.join_park("SIP/a-1", "701")).params() == {
        "channel_id": "SIP/a-1",
        "to": "701",
    }
    assert sent(lambda c: c.park("SIP/a-1", "SIP/b-2")).params() == {
        "channel_id": "SIP/a-1",
        "channel_id2": "SIP/b-2",
    }
    assert sent(
        lambda c: c.record("SIP/a-1", action="stop", filename="f", caller_id="2")
    ).params() == {
        "channel_id": "SIP/a-1",
        "filename": "f",
        "action": "stop",
        "caller_id": "2",
    }
    assert sent(lambda c: c.fusion_queues_set(["A", "B"], "SDX1")).params() == {
        "queues": "A,B",
        "phone": "SDX1",
    }
    assert sent(lambda c: c.fusion_queues_remove("ABC", "SDX1")).params()["queues"] == "ABC"
    assert sent(
        lambda c: c.authenticate(
            "2001", command="set", password="1", newpassword="2", parameter="P"
        )
    ).params() == {
        "ext": "2001",
        "command": "set",
        "password": "1",
        "newpassword": "2",
        "parameter": "P",
    }
    assert sent(lambda c: c.ping()).params() == {}


@pytest.mark.parametrize(
    "action",
    [
        lambda c: c.set_profile("201"),
        lambda c: c.set_profile_parameters("201", {}),
        lambda c: c.set_profile_parameters("201", {"ext": "202"}),
        lambda c: c.set_profile_parameters("201", {" ": "1"}),
        lambda c: c.get_call_history("201", limit=0, start_date=datetime(2026, 1, 1)),
        lambda c: c.authenticate("201", command="drop"),
        lambda c: c.record("SIP/a-1", action="pause"),
        lambda c: c.get_channels(show_vars=("a|b",)),
        lambda c: c.fusion_queues_set([], "SDX1"),
        lambda c: c.fusion_queues_set(["A,B"], "SDX1"),
    ],
)
def test_invalid_arguments_are_refused_before_sending(action: Action) -> None:
    sop = FakeSop((200, "{}"))
    with pytest.raises(ValueError):
        run(sop, action)
    assert sop.count == 0


# -- timeout, auth, TLS, secrets ------------------------------------------------------------------


def test_every_request_carries_the_timeout() -> None:
    request = sent(lambda c: c.ping(), timeout_s=2.5).last
    assert request.extensions["timeout"] == {
        "connect": 2.5,
        "read": 2.5,
        "write": 2.5,
        "pool": 2.5,
    }
    assert request.headers["accept-encoding"] == "identity"


def test_basic_auth_header() -> None:
    request = sent(lambda c: c.ping(), auth=("api", "pa:ss")).last
    expected = base64.b64encode(b"api:pa:ss").decode()
    assert request.headers["authorization"] == f"Basic {expected}"


def test_no_auth_header_by_default() -> None:
    assert "authorization" not in sent(lambda c: c.ping()).last.headers


def test_secrets_never_reach_logs_or_messages(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    sop = FakeSop(httpx.ConnectError("refused"))
    with pytest.raises(SopUnreachable) as caught:
        run(
            sop,
            lambda c: c.authenticate("201", password="s3cretPIN", newpassword="n3wPIN"),
            auth=("api", "hunter2-pw"),
        )
    shown = caplog.text + str(caught.value) + caught.value.detail + repr(caught.value)
    for secret in ("s3cretPIN", "n3wPIN", "hunter2-pw"):
        assert secret not in shown
    assert "dbAuthenticate" in caplog.text  # it did log, just not the values


def test_httpx_request_log_has_no_query(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    body = "<Authenticate><Result>OK</Result></Authenticate>"
    run(FakeSop((200, body)), lambda c: c.authenticate("201", password="s3cretPIN"))
    httpx_lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any("dbAuthenticate.php" in line for line in httpx_lines)
    assert "s3cretPIN" not in caplog.text


def test_owned_http_client_with_ca_file_and_close() -> None:
    async def main() -> None:
        client = SopClient("https://sop.test", verify=certifi.where(), auth=("a", "b"))
        assert "sop.test" in repr(client)
        await client.aclose()
        async with SopClient("https://sop.test", verify=False):
            pass

    asyncio.run(main())


def test_missing_ca_file_is_a_clear_error(tmp_path: Any) -> None:
    with pytest.raises(ValueError, match="CA file"):
        SopClient("https://sop.test", verify=str(tmp_path / "missing.pem"))


def test_injected_http_client_is_not_closed() -> None:
    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(FakeSop((200, "")))) as http:
            async with SopClient("http://sop.test", http=http):
                pass
            assert not http.is_closed

    asyncio.run(main())
