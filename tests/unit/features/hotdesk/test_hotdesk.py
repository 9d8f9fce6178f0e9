"""Hot-desk feature against a fake client: throttle first, state persisted, commands' exit codes."""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, time

import httpx
import pytest

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK, EXIT_THROTTLED
from app.core.settings import Settings
from app.features.hotdesk.model import HotDeskError, parse_hhmm
from app.features.hotdesk.pum_throttle import Throttled
from app.sop.errors import (
    SopAuthError,
    SopError,
    SopHttpError,
    SopProtocolError,
    SopTimeout,
    SopUnreachable,
)
from tests.helpers.hotdesk_fakes import DESK, Clocks, FakePumClient, make_hotdesk

SETTINGS = Settings(server_url="http://sop.test", user="201", desk_phone=DESK)


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def client() -> FakePumClient:
    return FakePumClient()


@pytest.fixture
def hotdesk(cfg_dir, client, clocks, qapp, qloop):
    feature = make_hotdesk(cfg_dir, client, clocks)
    qloop.run(feature.ctx.session.refresh())
    yield feature
    qloop.run(feature.stop())


def restart(hotdesk, client, clocks, qloop, **kw):
    """The same config folder in a new process (new monotonic origin)."""
    qloop.run(hotdesk.stop())
    clocks.mono = 3.0
    again = make_hotdesk(hotdesk.ctx.cfg_dir, client, clocks, **kw)
    qloop.run(again.ctx.session.refresh())
    return again


def test_state_is_unknown_before_the_first_action(hotdesk) -> None:
    assert hotdesk.snapshot()["pum"] == {
        "logged_in": None,
        "phone": DESK,
        "retry_after_s": 0,
        "ext": "201",
        "virtual": "",
        "status_text": "",
        "busy": False,
    }


def test_login_then_logout_at_once_is_refused_without_sending(hotdesk, client, clocks, qloop):
    result = qloop.run(hotdesk.login())
    assert result.virtual == "SVE20101"
    assert client.pum_calls() == [("pum_login", {"ext": "201", "phone": DESK})]
    pum = hotdesk.snapshot()["pum"]
    assert pum["logged_in"] is True and pum["phone"] == DESK and pum["retry_after_s"] == 90
    assert pum["virtual"] == "SVE20101" and pum["status_text"] == "Connexion successfully done."
    clocks.advance(17)
    with pytest.raises(Throttled) as info:
        qloop.run(hotdesk.logout())
    assert info.value.seconds_left == 73
    assert len(client.pum_calls()) == 1  # nothing sent
    clocks.advance(73)
    qloop.run(hotdesk.logout())
    assert client.pum_calls()[-1] == ("pum_logout", {"ext": "201"})
    assert hotdesk.snapshot()["pum"]["logged_in"] is False


def test_commands_exit_codes(hotdesk, client, clocks, qloop) -> None:
    commands = hotdesk.commands()
    ok = qloop.run(commands["pum-login"]({"cmd": "pum-login"}))
    assert ok["exit"] == EXIT_OK and DESK in ok["message"] and "SVE20101" in ok["message"]
    assert ok["result"]["logged_in"] is True
    clocks.advance(1)
    refused = qloop.run(commands["pum-logout"]({"cmd": "pum-logout"}))
    assert refused["exit"] == EXIT_THROTTLED
    assert refused["result"] == {"retry_after_s": 89}
    assert "89 s" in refused["message"] and "nothing was sent" in refused["message"]
    assert len(client.pum_calls()) == 1
    bad = qloop.run(commands["pum-login"]({"cmd": "pum-login", "phone": ""}))
    assert bad["exit"] == EXIT_INVALID
    clocks.advance(89)
    client.refuse_pum = "Phone SDP80002 is not registered"
    failed = qloop.run(commands["pum-logout"]({"cmd": "pum-logout"}))
    assert failed["exit"] == EXIT_FAILED
    assert "Phone SDP80002 is not registered" in failed["message"]
    # The SOP's refusal is kept where status --json shows it, and the state is unchanged.
    assert hotdesk.ctx.session.errors[-1] == failed["message"]
    assert hotdesk.logged_in


def test_login_at_another_phone_with_phone_option(hotdesk, client, qloop) -> None:
    reply = qloop.run(hotdesk.commands()["pum-login"]({"cmd": "pum-login", "phone": "SDPH0100"}))
    assert reply["exit"] == EXIT_OK
    assert client.pum_calls() == [("pum_login", {"ext": "201", "phone": "SDPH0100"})]
    assert hotdesk.snapshot()["pum"]["phone"] == "SDPH0100"


def test_no_desk_phone_is_invalid_input_and_sends_nothing(cfg_dir, client, clocks, qapp, qloop):
    feature = make_hotdesk(cfg_dir, client, clocks, settings=SETTINGS.replace(desk_phone=""))
    qloop.run(feature.ctx.session.refresh())
    reply = qloop.run(feature.commands()["pum-login"]({"cmd": "pum-login"}))
    assert reply["exit"] == EXIT_INVALID and "--phone" in reply["message"]
    assert client.pum_calls() == []


def test_not_signed_in_yet_fails(cfg_dir, client, clocks, qapp, qloop) -> None:
    feature = make_hotdesk(cfg_dir, client, clocks)  # session never refreshed: user unknown
    reply = qloop.run(feature.commands()["pum-login"]({"cmd": "pum-login"}))
    assert reply["exit"] == EXIT_FAILED
    assert client.pum_calls() == []


def test_sop_refusal_starts_the_window_and_says_why(hotdesk, client, qloop) -> None:
    # The reference counts the time between pumLogin/pumLogout *calls*: a refused call counts.
    client.refuse_pum = "Too many PUM requests for extension 201: wait 40 more seconds"
    reply = qloop.run(hotdesk.commands()["pum-login"]({"cmd": "pum-login"}))
    assert reply["exit"] == EXIT_FAILED and "wait 40 more seconds" in reply["message"]
    assert "counts refused requests too" in reply["message"]
    assert hotdesk.seconds_left() == 90
    assert hotdesk.state.logged_in is None


def _caused(exc: SopError, cause: BaseException) -> SopError:
    exc.__cause__ = cause  # as the transport chains them
    return exc


def test_never_sent_does_not_throttle_but_a_timeout_does(hotdesk, client, qloop) -> None:
    refused = httpx.ConnectError("refused")
    client.fail_next["pum_login"] = _caused(SopUnreachable("down", call="pumLogin"), refused)
    with pytest.raises(SopUnreachable):
        qloop.run(hotdesk.login())
    assert hotdesk.seconds_left() == 0
    client.fail_next["pum_login"] = SopTimeout("slow", call="pumLogin")
    reply = qloop.run(hotdesk.commands()["pum-login"]({"cmd": "pum-login"}))
    assert reply["exit"] == EXIT_FAILED
    assert "may have reached the phone system" in reply["message"]
    assert hotdesk.seconds_left() == 90  # it may have been done: never send twice in 90 s


@pytest.mark.parametrize(
    "failure",
    [
        _caused(SopUnreachable("reset", call="pumLogin"), httpx.RemoteProtocolError("reset")),
        _caused(SopUnreachable("reset", call="pumLogin"), httpx.ReadError("reset")),
        SopProtocolError("garbled", call="pumLogin"),
        SopHttpError("oops", status_code=502, call="pumLogin"),
    ],
    ids=["disconnected", "read-error", "garbled", "http502"],
)
def test_a_lost_or_garbled_answer_starts_the_window(hotdesk, client, qloop, failure) -> None:
    client.fail_next["pum_logout"] = failure
    reply = qloop.run(hotdesk.commands()["pum-logout"]({"cmd": "pum-logout"}))
    assert reply["exit"] == EXIT_FAILED
    assert "may have reached the phone system" in reply["message"]
    assert hotdesk.seconds_left() == 90
    again = qloop.run(hotdesk.commands()["pum-logout"]({"cmd": "pum-logout"}))
    assert "nothing was sent" in again["message"]
    assert [name for name, _ in client.calls].count("pum_logout") == 1


@pytest.mark.parametrize(
    "failure",
    [
        SopHttpError("no such call", status_code=404, call="pumLogin"),
        SopAuthError("denied", call="pumLogin"),
        _caused(SopTimeout("connect", call="pumLogin"), httpx.ConnectTimeout("slow")),
    ],
    ids=["http404", "auth", "connect-timeout"],
)
def test_a_request_that_surely_did_nothing_does_not_throttle(hotdesk, client, qloop, failure):
    client.fail_next["pum_login"] = failure
    with pytest.raises(SopError):
        qloop.run(hotdesk.login())
    assert hotdesk.seconds_left() == 0


def test_state_and_throttle_survive_a_restart(hotdesk, client, clocks, qloop) -> None:
    qloop.run(hotdesk.login())
    clocks.advance(20)
    again = restart(hotdesk, client, clocks, qloop)
    pum = again.snapshot()["pum"]
    assert pum["logged_in"] is True and pum["virtual"] == "SVE20101"
    assert pum["retry_after_s"] == 70
    with pytest.raises(Throttled):
        qloop.run(again.logout())
    assert len(client.pum_calls()) == 1
    data = json.loads((hotdesk.ctx.cfg_dir / "pum-state.json").read_text("utf-8"))
    assert data["server"] == "http://sop.test" and data["state"]["logged_in"] is True
    qloop.run(again.stop())


def test_state_of_another_server_is_not_used(hotdesk, client, clocks, qloop) -> None:
    qloop.run(hotdesk.login())
    other = restart(
        hotdesk, client, clocks, qloop, settings=SETTINGS.replace(server_url="http://other")
    )
    assert other.state.logged_in is None
    qloop.run(other.stop())


# -- someone else at this desk (PIN) ------------------------------------------------------------


def test_guest_login_checks_pin_then_logs_in(hotdesk, client, qloop) -> None:
    qloop.run(hotdesk.login_guest(" 203 ", "4321", remember=False))
    names = [n for n, _ in client.calls if n in ("authenticate", "pum_login")]
    assert names == ["authenticate", "pum_login"]
    auth = next(kw for n, kw in client.calls if n == "authenticate")
    assert auth == {"ext": "203", "parameter": "UserPincode"}
    assert client.pum_calls() == [("pum_login", {"ext": "203", "phone": DESK})]
    assert hotdesk.is_guest and hotdesk.occupant_ext == "203"
    assert hotdesk.pins.saved == {}  # not remembered: not stored anywhere


def test_guest_wrong_pin_sends_no_login(hotdesk, client, qloop) -> None:
    with pytest.raises(HotDeskError, match="Wrong PIN"):
        qloop.run(hotdesk.login_guest("203", "0000", remember=True))
    assert client.pum_calls() == []
    assert hotdesk.pins.saved == {}  # a wrong PIN is never remembered
    assert hotdesk.seconds_left("203") == 0


def test_guest_undefined_pin_is_refused(hotdesk, client, qloop) -> None:
    client.pins["203"] = ""
    with pytest.raises(HotDeskError, match="no PIN"):
        qloop.run(hotdesk.login_guest("203", "9999", remember=False))
    assert client.pum_calls() == []


def test_guest_pin_parameter_is_configurable(cfg_dir, client, clocks, qapp, qloop) -> None:
    settings = SETTINGS.replace(pum_pin_parameter="Pincode.Pincode")
    feature = make_hotdesk(cfg_dir, client, clocks, settings=settings)
    qloop.run(feature.ctx.session.refresh())
    qloop.run(feature.login_guest("203", "4321", remember=False))
    auth = next(kw for n, kw in client.calls if n == "authenticate")
    assert auth["parameter"] == "Pincode.Pincode"


def test_guest_throttled_sends_nothing_not_even_the_pin_check(hotdesk, client, clocks, qloop):
    qloop.run(hotdesk.login_guest("203", "4321", remember=False))
    sent = len(client.calls)
    clocks.advance(45)
    hotdesk.state = hotdesk.state.__class__()  # as if logged out elsewhere: the rule still holds
    with pytest.raises(Throttled) as info:
        qloop.run(hotdesk.login_guest("203", "4321", remember=False))
    assert info.value.seconds_left == 45
    assert len(client.calls) == sent


def test_remembered_pin_is_used_and_forgotten_when_wrong(hotdesk, client, clocks, qloop) -> None:
    qloop.run(hotdesk.login_guest("203", "4321", remember=True))
    assert hotdesk.pins.saved == {("http://sop.test", "203"): "4321"}
    assert qloop.run(hotdesk.has_remembered_pin("203"))
    assert not qloop.run(hotdesk.has_remembered_pin("201"))
    clocks.advance(90)
    qloop.run(hotdesk.logout())
    clocks.advance(90)
    qloop.run(hotdesk.login_guest("203", "", remember=True))  # empty: the remembered one
    assert hotdesk.is_guest
    clocks.advance(90)
    qloop.run(hotdesk.logout())
    clocks.advance(90)
    client.pins["203"] = "5555"  # changed on the phone
    with pytest.raises(HotDeskError, match="Wrong PIN"):
        qloop.run(hotdesk.login_guest("203", "", remember=True))
    assert hotdesk.pins.saved == {}


def test_the_keyring_is_never_called_on_the_qt_thread(hotdesk, client, clocks, qloop) -> None:
    # A locked keyring may prompt and wait: on the Qt thread that would freeze the tray.
    qloop.run(hotdesk.login_guest("203", "4321", remember=True))
    assert qloop.run(hotdesk.has_remembered_pin("203"))
    clocks.advance(90)
    qloop.run(hotdesk.logout())
    clocks.advance(90)
    client.pins["203"] = "5555"
    with pytest.raises(HotDeskError, match="Wrong PIN"):
        qloop.run(hotdesk.login_guest("203", "", remember=True))
    assert {op for op, _ in hotdesk.pins.threads} == {"get", "set", "delete"}
    assert threading.main_thread().ident not in {ident for _, ident in hotdesk.pins.threads}


def test_pin_never_logged(hotdesk, qloop, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    qloop.run(hotdesk.login_guest("203", "4321", remember=True))
    with pytest.raises(HotDeskError):
        qloop.run(hotdesk.login_guest("201", "987654", remember=False))
    assert "4321" not in caplog.text and "987654" not in caplog.text


# -- never forget to log out ----------------------------------------------------------------------


def test_quit_logs_out_once(hotdesk, client, clocks, qloop) -> None:
    qloop.run(hotdesk.login())
    clocks.advance(90)
    hotdesk.begin_quit()
    hotdesk.begin_quit()  # aboutToQuit after the menu's Quit: still once
    qloop.run(hotdesk.stop())  # waits for the logout before the client is closed
    assert [n for n, _ in client.pum_calls()] == ["pum_login", "pum_logout"]
    assert hotdesk.state.logged_in is False


def test_quit_while_throttled_says_so_and_sends_nothing(hotdesk, client, clocks, qloop, qtbot):
    qloop.run(hotdesk.login())
    clocks.advance(30)
    with qtbot.waitSignal(hotdesk.notify, timeout=1000) as blocker:
        hotdesk.begin_quit()
    assert "60 s" in blocker.args[1] and DESK in blocker.args[1]
    qloop.run(hotdesk.stop())
    assert len(client.pum_calls()) == 1
    assert hotdesk.state.logged_in is True  # shown as such at the next start


def test_quit_does_nothing_when_disabled_or_logged_out(cfg_dir, client, clocks, qapp, qloop):
    feature = make_hotdesk(cfg_dir, client, clocks, settings=SETTINGS.replace(pum_logout_at_quit=0))
    qloop.run(feature.ctx.session.refresh())
    qloop.run(feature.login())
    clocks.advance(90)
    feature.begin_quit()
    qloop.run(feature.stop())
    assert len(client.pum_calls()) == 1


def test_login_at_start_waits_for_the_user_then_logs_in(cfg_dir, client, clocks, qapp, qloop):
    feature = make_hotdesk(cfg_dir, client, clocks, settings=SETTINGS.replace(pum_login_at_start=1))
    feature.start()  # user not known yet: nothing sent
    assert client.pum_calls() == []
    qloop.run(feature.ctx.session.refresh())  # session.changed -> the automatic login
    qloop.until(lambda: feature.logged_in)
    assert client.pum_calls() == [("pum_login", {"ext": "201", "phone": DESK})]
    qloop.run(feature.stop())


def test_login_at_start_skipped_when_already_logged_in(hotdesk, client, clocks, qloop) -> None:
    qloop.run(hotdesk.login())
    clocks.advance(200)
    again = restart(hotdesk, client, clocks, qloop, settings=SETTINGS.replace(pum_login_at_start=1))
    again.start()
    qloop.run(again.ctx.session.refresh())
    assert len(client.pum_calls()) == 1
    qloop.run(again.stop())


def test_reminder_once_a_day_while_logged_in(cfg_dir, client, clocks, qapp, qloop, qtbot):
    settings = SETTINGS.replace(pum_reminder_time="17:30")
    now = [datetime(2026, 11, 5, 17, 29)]
    feature = make_hotdesk(cfg_dir, client, clocks, settings=settings)
    feature._now = lambda: now[0]
    qloop.run(feature.ctx.session.refresh())
    seen: list[str] = []
    feature.notify.connect(lambda _t, text: seen.append(text))
    feature.check_reminder()
    assert seen == []  # logged out: nothing to remind
    qloop.run(feature.login())
    seen.clear()
    feature.check_reminder()
    assert seen == []  # too early
    now[0] = datetime(2026, 11, 5, 17, 30)
    feature.check_reminder()
    feature.check_reminder()
    assert len(seen) == 1 and DESK in seen[0]
    now[0] = datetime(2026, 11, 6, 18, 0)
    feature.check_reminder()
    assert len(seen) == 2
    qloop.run(feature.stop())


def test_parse_hhmm() -> None:
    assert parse_hhmm("17:30") is not None and parse_hhmm("07:05") == time(7, 5)
    assert parse_hhmm("") is None and parse_hhmm("25:00") is None and parse_hhmm("5pm") is None


def test_a_login_or_logout_at_the_desk_reads_the_status_again(hotdesk, client, clocks, qloop):
    def reads() -> int:
        return sum(name == "get_callflow" for name, _ in client.calls)

    before = reads()
    qloop.run(hotdesk.login())
    qloop.until(lambda: reads() == before + 1)  # the periodic read is minutes away
    clocks.advance(90)
    qloop.run(hotdesk.logout())
    qloop.until(lambda: reads() == before + 2)
