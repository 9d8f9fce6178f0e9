"""Every documented queue code in words, in every language of the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.features.queues.codes import (
    MEMBER_STATUS,
    PAUSE_ALL_RESULT,
    member_status_text,
    pause_all_text,
)

ROOT = Path(__file__).resolve().parents[4]


def test_english_words() -> None:
    assert [member_status_text(c) for c in range(7)] == [
        "unknown", "not in use", "in use", "busy", "invalid", "unavailable", "ringing",
    ]  # fmt: skip
    assert [pause_all_text(c) for c in range(4)] == [
        "pause failed", "pause succeeded", "unpause failed", "unpause succeeded",
    ]  # fmt: skip
    assert member_status_text(9) == "status 9" and member_status_text(None) == ""
    assert pause_all_text(7) == "code 7" and pause_all_text("x") == "code x"


@pytest.mark.parametrize("lang", ["fr", "nl", "de"])
def test_every_code_is_translated(lang: str) -> None:
    table = json.loads((ROOT / "i18n" / "translations" / f"{lang}.json").read_text())["Queues"]
    words = [*MEMBER_STATUS.values(), *PAUSE_ALL_RESULT.values()]
    translated = [table.get(word) for word in words]
    assert all(translated), dict(zip(words, translated, strict=True))
    assert len(set(translated)) == len(words)  # no two codes read the same
