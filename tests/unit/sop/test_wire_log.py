"""The wire log: every exchange as a JSON line, secrets redacted, through a real transport."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

import httpx

from app.sop.client import SopClient
from app.sop.wire_log import REDACTED, WireLog, WireLogTransport, record_bytes, redact_body


def test_bodies_lose_pin_fields() -> None:
    xml = b"<DirectoryEntry><pincode>1234</pincode><ext>201</ext></DirectoryEntry>"
    assert (
        redact_body(xml)
        == b"<DirectoryEntry><pincode><redacted></pincode><ext>201</ext></DirectoryEntry>"
    )
    assert b"9876" not in redact_body(b'[{"pincode": "9876", "ext": "201"}]')
    param = b"<UserPincode><name>UserPincode</name><value>4321</value></UserPincode>"
    assert b"4321" not in redact_body(param)


def test_transport_records_request_answer_and_redacts_secrets(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    wire = WireLog(path)

    def handler(request: httpx.Request) -> httpx.Response:
        body = b"<Authenticate><Result>OK</Result></Authenticate>"
        return httpx.Response(200, content=body, headers={"Content-Type": "text/xml"})

    async def go() -> None:
        http = httpx.AsyncClient(transport=WireLogTransport(httpx.MockTransport(handler), wire))
        client = SopClient("http://sop.test", http=http, auth=("admin", "pw-secret"))
        result = await client.authenticate("201", password="1234")
        await http.get("http://carol:url-secret@sop.test/xml/ccPing.php")
        assert result is not None
        await http.aclose()

    asyncio.run(go())
    wire.close()
    text = path.read_text()
    assert "pw-secret" not in text and "1234" not in text and "url-secret" not in text
    record, other = [json.loads(line) for line in text.splitlines()]
    assert other["url"] == "http://sop.test/xml/ccPing.php"
    assert record["kind"] == "http" and record["path"] == "/xml/dbAuthenticate.php"
    assert record["headers"]["authorization"] == REDACTED
    assert ["password", REDACTED] in record["params"] and ["ext", "201"] in record["params"]
    assert record["status"] == 200
    assert record_bytes(record, "body") == b"<Authenticate><Result>OK</Result></Authenticate>"


def test_transport_errors_are_recorded() -> None:
    records: list[dict[str, object]] = []
    wire = WireLog(listener=records.append)

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async def go() -> None:
        transport = WireLogTransport(httpx.MockTransport(handler), wire)
        async with httpx.AsyncClient(transport=transport) as http:
            with contextlib.suppress(httpx.ConnectError):
                await http.get("http://sop.test/xml/ccPing.php")

    asyncio.run(go())
    assert records[0]["kind"] == "http_error" and "refused" in str(records[0]["error"])


def test_event_bytes_that_are_not_utf8_are_kept_exactly() -> None:
    records: list[dict[str, object]] = []
    on_bytes = WireLog(listener=records.append).event_reader("sop", 5050)
    on_bytes(b"<evPong/>\n")
    on_bytes(b"\xff\xfe")
    assert records[0]["data"] == "<evPong/>\n" and records[0]["port"] == 5050
    assert record_bytes(records[1], "data") == b"\xff\xfe"
