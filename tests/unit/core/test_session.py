from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.session import Session, UnknownStatus, directory_filter
from app.sop.errors import SopTimeout, SopUnreachable
from tests.helpers.stubs import ALICE, FakeClient


@pytest.fixture
def client() -> FakeClient:
    return FakeClient()


@pytest.fixture
def session(client: FakeClient, qapp) -> Session:
    return Session(client, "alice@example.be", "fr")


def test_directory_filter_picks_login_or_extension() -> None:
    assert directory_filter(" alice@example.be ") == {
        "login": "alice@example.be",
        "wildcards": "strict",
    }
    assert directory_filter("201") == {"ext": "201", "wildcards": "strict"}


def test_directory_filter_escapes_like_wildcards() -> None:
    # '_' and '%' are wildcards for the SOP: a_b@x must not match axb@x.
    assert directory_filter("a_b%c@x.be") == {"login": "a\\_b\\%c@x.be", "wildcards": "strict"}


DECOY = replace(ALICE, ext="1201", login="marie.alice@example.be", fn="Marie", dp="")


@pytest.mark.parametrize("user", ["201", "alice@example.be", "ALICE@example.be"])
def test_an_old_sop_matching_substrings_still_identifies_the_exact_user(
    client, qapp, qloop, user
) -> None:
    client.substrings = True
    client.directory = [DECOY, ALICE]  # the decoy comes first, as a database may list it
    session = Session(client, user, "en")
    assert qloop.run(session.refresh()) is True
    assert session.user == ALICE


def test_several_exact_matches_are_a_clear_message_never_a_guess(client, qapp, qloop) -> None:
    client.directory = [ALICE, replace(ALICE, ext="202", fn="Alice bis")]
    session = Session(client, "alice@example.be", "en")
    assert qloop.run(session.refresh()) is False
    assert session.user is None
    assert "Several users" in session.errors[-1] and "201, 202" in session.errors[-1]


def test_only_a_substring_match_is_no_user(client, qapp, qloop) -> None:
    client.substrings = True
    client.directory = [DECOY]
    session = Session(client, "201", "en")
    assert qloop.run(session.refresh()) is False
    assert session.user is None and "201" in session.errors[-1]


def test_refresh_identifies_user_and_loads_translated_statuses(session, client, qloop) -> None:
    assert qloop.run(session.refresh()) is True
    assert session.user is not None and session.user.name == "Alice Dupont"
    assert client.calls[1] == ("get_callflow", {"ext": "201", "lang": "fr"})
    snap = session.snapshot()
    assert snap["user"] == {
        "ext": "201",
        "login": "alice@example.be",
        "name": "Alice Dupont",
        "primary_phone": "SDP1",
    }
    assert snap["status"]["current"] == "Office"
    assert snap["status"]["current_translated"] == "Bureau"
    assert {"name": "Telework", "translated": "Télétravail"} in snap["status"]["available"]
    assert snap["missed_unseen"] is None and snap["pum"] is None


def test_unknown_user_is_an_error_message_not_an_exception(client, qapp, qloop) -> None:
    session = Session(client, "nobody@example.be", "en")
    assert qloop.run(session.refresh()) is False
    assert session.user is None
    assert "nobody@example.be" in session.errors[-1]


def test_set_status_accepts_translated_name_and_rereads(session, client, qloop) -> None:
    qloop.run(session.refresh())
    qloop.run(session.set_status("télétravail"))
    assert ("set_profile", {"ext": "201", "status": "Telework"}) in client.calls
    assert session.callflow is not None and session.callflow.current_status == "Telework"
    assert client.count("get_callflow") == 2


def test_set_status_unknown_name_sends_nothing(session, client, qloop) -> None:
    qloop.run(session.refresh())
    with pytest.raises(UnknownStatus, match="Bureau"):
        qloop.run(session.set_status("Beach"))
    assert client.count("set_profile") == 0


def test_failed_set_is_not_retried_and_menu_shows_real_state(session, client, qloop) -> None:
    qloop.run(session.refresh())
    client.fail_next["set_profile"] = SopTimeout("timed out", call="dbSetProfile")
    with pytest.raises(SopTimeout):
        qloop.run(session.set_status("Busy"))
    assert client.count("set_profile") == 1
    assert session.callflow is not None and session.callflow.current_status == "Office"
    assert session.pending_status is None


def test_refresh_failure_keeps_cached_state(session, client, qloop) -> None:
    qloop.run(session.refresh())
    client.fail_next["get_callflow"] = SopUnreachable("refused", call="dbGetCallflow")
    failures: list[str] = []
    session.failed.connect(failures.append)
    assert qloop.run(session.refresh()) is False
    assert session.callflow is not None and session.callflow.current_status == "Office"
    assert failures and "cannot be reached" in failures[0]
    assert session.snapshot()["errors"] == failures


def test_refresh_soon_does_not_overlap(session, client, qloop) -> None:
    import asyncio

    qloop.run(session.refresh())
    client.gate = asyncio.Event()
    session.refresh_soon()
    session.refresh_soon()
    session.refresh_soon()
    client.gate.set()
    qloop.until(lambda: session._refreshing is not None and session._refreshing.done())
    assert client.count("get_callflow") == 2


def test_errors_are_bounded(session) -> None:
    for i in range(50):
        session.record_error(f"e{i}")
    assert len(session.errors) == Session.MAX_ERRORS
    assert session.errors[-1] == "e49"


def test_a_sop_without_backslash_escapes_is_asked_once_more_as_typed(client, qapp, qloop) -> None:
    odd = replace(ALICE, ext="207", login="a_b@example.be")
    client.directory = [ALICE, odd]  # the fake compares raw text: "a\\_b" matches nothing
    session = Session(client, "a_b@example.be", "en")
    assert qloop.run(session.refresh()) is True
    assert session.user == odd
    asked = [kw["login"] for name, kw in client.calls if name == "get_directory_info"]
    assert asked == ["a\\_b@example.be", "a_b@example.be"]


def test_status_json_says_why_the_event_socket_is_down(session) -> None:
    reason = "no answer: ccPing failed (timed out) and the event socket is silent"
    session.set_connected(False, reason)
    state = session.snapshot()
    assert state["connected"] is False
    assert "ccPing failed" in state["disconnect_reason"]
    session.set_connected(True)
    assert session.snapshot()["disconnect_reason"] is None


def test_a_status_added_on_the_sop_since_the_last_read_is_set_after_one_reread(
    session, client, qloop
) -> None:
    """The list in memory may be older than the SOP's: it is read again before refusing."""
    from app.sop.models import StatusOption

    qloop.run(session.refresh())
    client.callflow = replace(
        client.callflow, statuses=(*client.callflow.statuses, StatusOption("Lunch", "Lunch"))
    )
    qloop.run(session.set_status("Lunch"))
    assert ("set_profile", {"ext": "201", "status": "Lunch"}) in client.calls
    assert client.count("set_profile") == 1
    assert session.callflow is not None and session.callflow.current_status == "Lunch"


def test_an_unknown_status_is_refused_after_one_reread_naming_at_most_25(
    session, client, qloop
) -> None:
    from app.sop.models import StatusOption

    many = tuple(StatusOption(f"S{i}", f"S{i}") for i in range(5_000))
    client.callflow = replace(client.callflow, statuses=many)
    qloop.run(session.refresh())
    reads = client.count("get_callflow")
    with pytest.raises(UnknownStatus) as refused:
        qloop.run(session.set_status("Beach"))
    assert client.count("get_callflow") == reads + 1  # read once more, not in a loop
    assert client.count("set_profile") == 0
    message = str(refused.value)
    assert "S24," not in message and "S24" in message and "S25" not in message
    assert "4975 more" in message and len(message) < 400
