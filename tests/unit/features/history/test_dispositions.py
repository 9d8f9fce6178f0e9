"""The disposition table of dbGetCallHistory, decoded (reference: dbGetCallHistory)."""

from __future__ import annotations

import pytest

from app.features.history.dispositions import Category, Device, decode

C, D = Category, Device
TABLE = [
    ("000", C.PLACED, D.NONE, "Placed"),
    ("001", C.PLACED, D.PRIMARY, "Placed from the primary phone"),
    ("002", C.PLACED, D.SECONDARY, "Placed from the secondary phone"),
    ("003", C.PLACED, D.MOBILE, "Placed from the mobile phone"),
    ("100", C.MISSED, D.NONE, "Missed"),
    ("101", C.MISSED, D.PRIMARY, "Missed on the primary phone"),
    ("102", C.MISSED, D.SECONDARY, "Missed on the secondary phone"),
    ("103", C.MISSED, D.MOBILE, "Missed on the mobile phone"),
    ("200", C.ANSWERED, D.NONE, "Answered"),
    ("201", C.ANSWERED, D.PRIMARY, "Answered on the primary phone"),
    ("202", C.ANSWERED, D.SECONDARY, "Answered on the secondary phone"),
    ("203", C.ANSWERED, D.MOBILE, "Answered on the mobile phone"),
    ("300", C.VOICEMAIL, D.NONE, "Sent to voicemail"),
]


@pytest.mark.parametrize(("code", "category", "device", "label"), TABLE)
def test_every_documented_code(qapp, code, category, device, label) -> None:
    disp = decode(code)
    assert (disp.code, disp.category, disp.device, disp.label()) == (code, category, device, label)
    assert disp.known
    assert disp.counts_as_missed == (category is C.MISSED)  # 300 is listed, never counted


def test_device_labels(qapp) -> None:
    assert decode("103").device_label() == "Mobile phone"
    assert decode("201").device_label() == "Primary phone"
    assert decode("002").device_label() == "Secondary phone"
    assert decode("300").device_label() == ""


@pytest.mark.parametrize(("raw", "code"), [("1", "001"), ("0", "000"), (" 101 ", "101")])
def test_json_numbers_lose_leading_zeros_and_are_padded(raw, code) -> None:
    assert decode(raw).code == code and decode(raw).known


@pytest.mark.parametrize("raw", ["301", "400", "999", "104", "1000", "0001", "abc", "10a", "١٠١"])
def test_unknown_codes_are_shown_raw_and_count_nowhere(qapp, raw) -> None:
    disp = decode(raw)
    assert disp.category is C.UNKNOWN and disp.device is D.NONE
    assert not disp.known and not disp.counts_as_missed
    assert disp.label() == f"Other (code {raw})"


@pytest.mark.parametrize("raw", ["", None, 101, [1], {"a": 1}, b"101"])
def test_garbage_never_raises(qapp, raw) -> None:
    disp = decode(raw)
    assert disp.category is C.UNKNOWN
    assert disp.label() == "No disposition"


@pytest.mark.parametrize(
    ("raw", "code", "missed"),
    [
        ("missed", "100", True),
        ("Missed on primary phone", "101", True),
        ("'MISSED ON MOBILE PHONE'", "103", True),
        ("answered on secondary phone", "202", False),
        ("Placed by primary phone", "001", False),
        ("sent to voicemail", "300", False),
    ],
)
def test_the_references_texts_are_read_as_their_codes(qapp, raw, code, missed) -> None:
    # A SOP that sends the documented text instead of the code must still count missed calls.
    disp = decode(raw)
    assert disp.known and disp.code == code
    assert disp.counts_as_missed is missed
