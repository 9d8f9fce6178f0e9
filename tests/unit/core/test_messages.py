"""What the user reads when the SOP refuses: our words, no jargon, the SOP's text as detail."""

from __future__ import annotations

from app.core.messages import describe
from app.sop.errors import CallControlError, SetProfileError
from app.sop.results import check_call_control, check_set_profile


def raised(check, *args, **kwargs) -> Exception:
    try:
        check(*args, **kwargs)
    except Exception as exc:
        return exc
    raise AssertionError("nothing raised")


def test_a_failed_synchronisation_is_worded_for_users(qapp) -> None:
    error = raised(check_set_profile, 5)
    assert isinstance(error, SetProfileError)
    text = describe(error)
    assert "SMP" not in text and "SOP" not in text
    assert text.startswith("The status was not changed: the phone system could not apply it")
    assert text.endswith("(code 5).")


def test_call_control_failures_are_our_sentences_with_the_sops_text_as_detail(qapp) -> None:
    error = raised(check_call_control, 1, call="ccRedirect", detail="Channel not found")
    assert isinstance(error, CallControlError)
    assert describe(error) == "The phone system could not redirect the call. (Channel not found)"
    other = raised(check_call_control, 1, call="ccRecord")
    assert describe(other) == "The phone system refused the request (code 1)."


def test_http_errors_are_our_sentences(qapp) -> None:
    from app.sop.errors import SopHttpError

    error = SopHttpError(
        "The SOP failed while answering dbGetCallflow (HTTP 502).",
        status_code=502,
        call="dbGetCallflow",
        detail="Bad Gateway",
    )
    assert describe(error) == "The phone system had an internal error (HTTP 502). (Bad Gateway)"
