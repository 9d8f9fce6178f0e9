"""Caller ids in their shapes, and the CRM link with URL-encoded values."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from app.features.incoming.call import split_caller_id
from app.features.incoming.crm_link import CrmLinkError, crm_url


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("104", ("", "104")),
        (" +3225214928 ", ("", "+3225214928")),
        ('"Brasserie Cantillon" [+3225214928]', ("Brasserie Cantillon", "+3225214928")),
        ('"Anna" <104>', ("Anna", "104")),
        ('"0027884390" [0027884390]', ("", "0027884390")),
        ("Anna [104]", ("Anna", "104")),
        ("", ("", "")),
    ],
)
def test_split_caller_id(text: str, expected: tuple[str, str]) -> None:
    assert split_caller_id(text) == expected


def test_crm_url_encodes_every_value(qapp) -> None:
    url = crm_url(
        "https://crm.example.com/find?phone={number}&who={name}&agent={ext}#top",
        number="+32 2 555",
        name='Dupont & Fils/"x"?a=1#frag {ext}',
        ext="201",
    )
    parts = urlsplit(url)
    assert parts.fragment == "top" and parts.path == "/find"
    assert parse_qs(parts.query) == {
        "phone": ["+32 2 555"],
        "who": ['Dupont & Fils/"x"?a=1#frag {ext}'],  # no placeholder expanded inside a value
        "agent": ["201"],
    }
    assert "%2B32%202%20555" in url


@pytest.mark.parametrize(
    "template", ["", "file:///etc/passwd?{number}", "javascript:alert({name})", "{number}"]
)
def test_crm_url_refuses_non_http_links(qapp, template: str) -> None:
    with pytest.raises(CrmLinkError):
        crm_url(template, number="1", name="n", ext="201")
