"""The adaptive client: documented URL form first, the other form after a 404 (the SOP did
nothing, so this is no retry), and the form that worked remembered for this server."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from app.sop.client import SopClient
from app.sop.errors import SetProfileError, SopHttpError, SopTimeout
from tests.helpers import reference
from tests.unit.sop.test_client_support import FakeSop

PUM_OK = "<CALLResult><Result>0</Result><Extension>201</Extension></CALLResult>"
SET_OK_XML = "<dbSetProfileResult><Result>0</Result></dbSetProfileResult>"


class FormsSop(FakeSop):
    """A SOP that serves only the URL paths in ``served`` (404 for every other form)."""

    def __init__(self, served: set[str], body: str) -> None:
        super().__init__((200, body))
        self.served = served
        self.body = body

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path not in self.served:
            self.requests.append(request)
            return httpx.Response(404, text="Not Found")
        self.requests.append(request)
        call = request.url.path.rsplit("/", 1)[1].split(".")[0]
        return httpx.Response(200, text=self.body.replace("CALL", call))


def drive(sop: FakeSop, *actions: Callable[[SopClient], Awaitable[Any]], **options: Any) -> Any:
    async def main() -> tuple[list[Any], dict[str, str]]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(sop)) as http:
            client = SopClient("http://sop.test", http=http, read_retries=0, **options)
            results = [await action(client) for action in actions]
            return results, client.forms_used

    return asyncio.run(main())


def test_pum_login_goes_suffix_less_as_documented() -> None:
    sop = FormsSop(reference.paths("pumLogin"), PUM_OK)
    (result,), forms = drive(sop, lambda c: c.pum_login("201", "SDP1"))
    assert result.extension == "201"
    assert [sop.path(i) for i in range(sop.count)] == ["/xml/pumLogin"]
    assert forms == {"pumLogin": "pumLogin"}


def test_after_a_404_the_conventional_form_is_tried_once_and_remembered() -> None:
    # A SOP that only knows pumLogin.php: one 404, then .php, then .php straight away.
    sop = FormsSop({"/xml/pumLogin.php", "/xml/pumLogout.php"}, PUM_OK)
    _, forms = drive(sop, lambda c: c.pum_login("201", "SDP1"), lambda c: c.pum_logout("201"))
    assert [sop.path(i) for i in range(sop.count)][:2] == ["/xml/pumLogin", "/xml/pumLogin.php"]
    assert forms == {"pumLogin": "pumLogin.php", "pumLogout": "pumLogout.php"}

    sop = FormsSop({"/xml/pumLogin.php"}, PUM_OK)
    drive(sop, *(lambda c: c.pum_login("201", "SDP1") for _ in range(3)))
    assert [sop.path(i) for i in range(sop.count)] == [
        "/xml/pumLogin",
        "/xml/pumLogin.php",
        "/xml/pumLogin.php",
        "/xml/pumLogin.php",
    ]


def test_a_state_changing_call_is_never_resent_after_a_timeout() -> None:
    sop = FakeSop(httpx.ReadTimeout("lost"))
    with pytest.raises(SopTimeout):
        drive(sop, lambda c: c.pum_login("201", "SDP1"))
    assert sop.count == 1


def test_every_form_404_gives_a_clear_error() -> None:
    sop = FakeSop((404, "<html>Not Found</html>"))
    with pytest.raises(SopHttpError) as caught:
        drive(sop, lambda c: c.pum_logout("201"))
    assert caught.value.status_code == 404
    assert "pumLogout" in caught.value.message
    assert [sop.path(i) for i in range(sop.count)] == ["/xml/pumLogout", "/xml/pumLogout.php"]


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("body", [SET_OK_XML, '{"Result":0}', "0"], ids=["xml", "json", "bare"])
def test_set_profile_goes_through_the_documented_xml_form(fmt: str, body: str) -> None:
    sop = FakeSop((200, body))
    drive(sop, lambda c: c.set_profile("201", status="Office"), fmt=fmt)
    assert sop.path() == "/xml/dbSetProfile.php"


def test_set_profile_refusal_is_decoded_from_the_xml_answer() -> None:
    sop = FakeSop((200, "<dbSetProfileResult><Result>3</Result></dbSetProfileResult>"))
    with pytest.raises(SetProfileError) as caught:
        drive(sop, lambda c: c.set_profile("201", status="Nope"))
    assert caught.value.code == 3


def test_a_json_only_sop_still_gets_status_changes() -> None:
    sop = FormsSop({"/xml/dbSetProfile.json"}, '{"Result":0}')
    _, forms = drive(sop, lambda c: c.set_profile("201", status="Office"))
    assert forms == {"dbSetProfile": "dbSetProfile.json"}
