"""The doctor's lines, summary and redacted report."""

from __future__ import annotations

from app.doctor.model import CheckResult, Verdict
from app.doctor.report import HIDDEN, line, redact, report_text, safe_url, summary


def result(verdict: Verdict, title: str = "Event socket", hint: str = "do this") -> CheckResult:
    return CheckResult("events", title, verdict, "detail", hint)


def test_line_shows_hint_only_for_failures_and_warnings() -> None:
    assert line(result(Verdict.PASS)).startswith("PASS  Event socket")
    assert "hint" not in line(result(Verdict.PASS))
    assert line(result(Verdict.FAIL)).endswith("\n      hint: do this")
    assert "hint: do this" in line(result(Verdict.WARN))


def test_summary_names_the_failed_checks() -> None:
    results = [result(Verdict.PASS, "A"), result(Verdict.FAIL, "B"), result(Verdict.SKIP, "C")]
    assert summary(results) == "1 of 3 checks failed: B."
    assert summary([result(Verdict.PASS), result(Verdict.SKIP)]) == (
        "All 1 checks passed (1 not applicable)."
    )


def test_redact_hides_names_numbers_and_addresses_but_not_hosts_or_times() -> None:
    text = (
        "Camille Peeters (ext 201, SDP20001) mobile +32 475 12 34 56, camille@acme.be; "
        "127.0.0.1:5050 at 2026-12-01 17:35:49, 201 ms"
    )
    out = redact(text, {"Camille Peeters", "201"})
    assert "Camille" not in out and "475" not in out and "acme.be" not in out
    assert "ext <hidden>" in out
    assert "SDP20001" in out  # a device id is not personal
    assert "127.0.0.1:5050" in out and "2026-12-01 17:35:49" in out


def test_report_keeps_personal_data_only_when_asked() -> None:
    results = [CheckResult("user", "User", Verdict.PASS, "Camille Peeters (ext 201)")]
    kwargs = {"server": "http://sop", "user": "201", "events_port": 5050}
    hidden = report_text(
        results, personal={"Camille Peeters", "201"}, keep_personal_data=False, **kwargs
    )
    kept = report_text(
        results, personal={"Camille Peeters", "201"}, keep_personal_data=True, **kwargs
    )
    assert "Camille" not in hidden and f"user: {HIDDEN}" in hidden
    assert "Camille Peeters (ext 201)" in kept
    assert "All 1 checks passed." in kept and '"ok": true' in kept


def test_urls_lose_their_credentials() -> None:
    assert safe_url("https://bob:pw@sop.example.be:8443/x") == "https://sop.example.be:8443/x"
    assert safe_url("http://sop.example.be") == "http://sop.example.be"
    text = report_text(
        [],
        server="http://bob:pw@sop",
        user="",
        events_port=5050,
        personal=(),
        keep_personal_data=True,
    )
    assert "pw" not in text and "server: http://sop" in text
