"""The real SopClient against the real simulator over real sockets, in both formats.

One simulator thread serves the whole module; each test resets it. Every documented call is
exercised with ``fmt="json"`` and ``fmt="xml"`` (the XML-only calls then simply run twice).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from datetime import datetime
from typing import Any, TypeVar

import pytest

from app.sim import DEMO_EXT, DEMO_LOGIN, SimConfig, SimThread
from app.sim.data import DEMO_PINCODE
from app.sop.client import SopClient
from app.sop.errors import (
    CallControlError,
    PumError,
    SetProfileError,
    SetProfileParametersError,
    SopAuthError,
    SopHttpError,
    SopProtocolError,
    SopTimeout,
)
from app.sop.models import AuthResult

T = TypeVar("T")
DEMO_DP = "SDP20001"
LONG_AGO = datetime(2000, 1, 1)


class Clock:
    """The simulator's monotonic clock, moved by tests (the PUM 90-second rule)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


CLOCK = Clock()


@pytest.fixture(scope="module")
def sim(sim_profile: str) -> Iterator[SimThread]:
    config = SimConfig(
        seed=2026, directory_size=240, http_port=0, events_port=0, profile=sim_profile
    )
    thread = SimThread(config, clock=CLOCK)
    thread.start()
    try:
        yield thread
    finally:
        thread.stop()


@pytest.fixture
def sop(sim: SimThread) -> SimThread:
    sim.call(lambda s: s.reset())
    return sim


@pytest.fixture(params=["json", "xml"])
def fmt(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def run(sim: SimThread, fmt: str, action: Callable[[SopClient], Awaitable[T]], **options: Any) -> T:
    async def main() -> T:
        options.setdefault("timeout_s", 5.0)
        async with SopClient(sim.http_url, fmt=fmt, **options) as client:  # type: ignore[arg-type]
            return await action(client)

    return asyncio.run(main())


def log(sim: SimThread) -> list[tuple[str, dict[str, str]]]:
    return list(sim.call(lambda s: list(s.state.request_log)))


def incoming_call(sim: SimThread, ext: str = DEMO_EXT) -> str:
    result = sim.call(lambda s: s.emit_incoming_call(ext))
    return str(result)


# -- DB access ------------------------------------------------------------------------------------


def test_directory_by_ext_and_login(sop: SimThread, fmt: str, sim_profile: str) -> None:
    found = run(sop, fmt, lambda c: c.get_directory_info(ext=DEMO_EXT, wildcards="strict"))
    [me] = [e for e in found if e.ext == DEMO_EXT]
    assert (me.ext, me.login, me.dp) == (DEMO_EXT, DEMO_LOGIN, DEMO_DP)
    assert me.name.strip()
    again = run(sop, fmt, lambda c: c.get_directory_info(login=DEMO_LOGIN))
    assert me in again
    if sim_profile == "reference":
        # No wildcards=strict before API 2.33.3: a substring match, the decoy listed first.
        assert found[0].ext != DEMO_EXT and DEMO_EXT in found[0].ext
        assert again[0].login != DEMO_LOGIN and DEMO_LOGIN in again[0].login
    else:
        assert found == [me] and again == [me]


def test_directory_wildcards(sop: SimThread, fmt: str, sim_profile: str) -> None:
    rows = run(sop, fmt, lambda c: c.get_directory_info(ext="2%", wildcards="strict"))
    assert rows
    if sim_profile == "reference":
        assert all("2" in row.ext for row in rows)  # '%' a wildcard, the rest a substring
    else:
        assert all(row.ext.startswith("2") for row in rows)
    everyone = run(sop, fmt, lambda c: c.get_directory_info())
    assert len(everyone) >= len(rows)


def test_callflow_and_set_profile(sop: SimThread, fmt: str) -> None:
    flow = run(sop, fmt, lambda c: c.get_callflow(DEMO_EXT))
    names = [option.name for option in flow.statuses]
    assert flow.current_profile
    assert flow.current_status in names
    target = next(name for name in names if name != flow.current_status)
    run(sop, fmt, lambda c: c.set_profile(DEMO_EXT, status=target))
    assert sop.call(lambda s: s.state.current_status(DEMO_EXT)) == target
    assert run(sop, fmt, lambda c: c.get_callflow(DEMO_EXT)).current_status == target


def test_callflow_translations(sop: SimThread, fmt: str) -> None:
    flow = run(sop, fmt, lambda c: c.get_callflow(DEMO_EXT, lang="fr"))
    assert all(option.translated for option in flow.statuses)
    assert any(option.translated != option.name for option in flow.statuses)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"ext": "not-an-ext", "status": "Office"}, 1),
        ({"ext": DEMO_EXT, "profile_name": "No-Such-Profile"}, 3),
    ],
)
def test_set_profile_refusals(sop: SimThread, fmt: str, kwargs: dict[str, str], code: int) -> None:
    with pytest.raises(SetProfileError) as caught:
        run(sop, fmt, lambda c: c.set_profile(**kwargs))
    assert caught.value.code == code


def test_set_profile_forced_smp_failure(sop: SimThread, fmt: str) -> None:
    sop.call(lambda s: s.faults.set_result("dbSetProfile", 5))
    with pytest.raises(SetProfileError, match="SMP"):
        run(sop, fmt, lambda c: c.set_profile(DEMO_EXT, status="Office"))


def test_profile_parameters_round_trip(sop: SimThread, fmt: str) -> None:
    params = run(sop, fmt, lambda c: c.get_profile_parameters(DEMO_EXT))
    assert params
    with_admin = run(sop, fmt, lambda c: c.get_profile_parameters(DEMO_EXT, show_admin=True))
    assert len(with_admin) >= len(params)
    user_var = next(p for p in params if p.owner_type != "AdminVar")
    run(sop, fmt, lambda c: c.set_profile_parameters(DEMO_EXT, {user_var.name: "4321"}))
    after = run(sop, fmt, lambda c: c.get_profile_parameters(DEMO_EXT))
    assert {p.name: p.value for p in after}[user_var.name] == "4321"


def test_set_unknown_profile_parameter(sop: SimThread, fmt: str) -> None:
    with pytest.raises(SetProfileParametersError) as caught:
        run(sop, fmt, lambda c: c.set_profile_parameters(DEMO_EXT, {"No.Such.Param": "1"}))
    assert caught.value.code in (2, 3)


def test_call_history(sop: SimThread, fmt: str) -> None:
    calls = run(sop, fmt, lambda c: c.get_call_history(DEMO_EXT, limit=10, start_date=LONG_AGO))
    assert 0 < len(calls) <= 10
    stamps = [call.timestamp for call in calls]
    assert all(stamps)
    assert stamps == sorted(stamps, reverse=True)  # type: ignore[type-var]
    assert all(call.uniqueid and call.disposition for call in calls)


def test_queue_info_and_registration(sop: SimThread, fmt: str) -> None:
    queues = run(sop, fmt, lambda c: c.get_queue_info())
    assert queues
    assert all(q.id and q.name for q in queues)
    registrations = run(sop, fmt, lambda c: c.get_registration())
    assert registrations
    assert any(r.registered for r in registrations)


def test_authenticate_check_and_set(sop: SimThread, fmt: str) -> None:
    def check(pin: str) -> AuthResult:
        return run(sop, fmt, lambda c: c.authenticate(DEMO_EXT, password=pin))

    assert check(DEMO_PINCODE) is AuthResult.OK
    assert check("0000") is AuthResult.NOK
    changed = run(
        sop,
        fmt,
        lambda c: c.authenticate(
            DEMO_EXT, command="set", password=DEMO_PINCODE, newpassword="5678"
        ),
    )
    assert changed is AuthResult.OK
    assert check("5678") is AuthResult.OK
    assert check(DEMO_PINCODE) is AuthResult.NOK
    wrong = run(
        sop, fmt, lambda c: c.authenticate(DEMO_EXT, command="set", password="0", newpassword="1")
    )
    assert wrong is AuthResult.NOK


# -- call control ---------------------------------------------------------------------------------


def test_ping(sop: SimThread, fmt: str) -> None:
    assert run(sop, fmt, lambda c: c.ping()) is None


def test_originate(sop: SimThread, fmt: str) -> None:
    run(
        sop,
        fmt,
        lambda c: c.originate(
            phone_id=DEMO_DP, to="003225550101", ext=DEMO_EXT, variables={"CrmId": "A1b2"}
        ),
    )
    [origination] = sop.call(lambda s: list(s.state.originations))
    assert origination["phone_id"] == DEMO_DP
    assert origination["to"] == "003225550101"
    assert origination["var"] == "CrmId=A1b2"
    assert origination["async"] == "true"


def test_incoming_call_park_join_redirect_hangup(
    sop: SimThread, fmt: str, sim_profile: str
) -> None:
    channel = incoming_call(sop)
    ids = [ch.id for ch in run(sop, fmt, lambda c: c.get_channels())]
    # Only established channels are listed on the reference profile: a ringing leg is not.
    assert (channel in ids) is (sim_profile == "default")
    run(sop, fmt, lambda c: c.park(channel))
    [parked] = run(sop, fmt, lambda c: c.get_parked_channels(channel))
    assert parked.channel_id == channel
    assert parked.park_slot
    assert channel in [ch.id for ch in run(sop, fmt, lambda c: c.get_channels(parked_only=True))]
    other = incoming_call(sop)
    run(sop, fmt, lambda c: c.join_park(other, parked.park_slot))
    run(sop, fmt, lambda c: c.redirect(other, "202"))
    run(sop, fmt, lambda c: c.hangup(channel))
    assert channel not in [ch.id for ch in run(sop, fmt, lambda c: c.get_channels())]


def test_hangup_unknown_channel(sop: SimThread, fmt: str) -> None:
    with pytest.raises(CallControlError):
        run(sop, fmt, lambda c: c.hangup("SIP/NOPE-0000"))


def test_channel_variables_and_record(sop: SimThread, fmt: str) -> None:
    channel = incoming_call(sop)
    sop.call(lambda s: setattr(s.state.channels.get(channel), "state", "Up"))  # answered
    run(sop, fmt, lambda c: c.set_var(channel, "CrmId", "X42"))
    assert run(sop, fmt, lambda c: c.get_var(channel, "CrmId")) == "X42"
    [listed] = [
        ch
        for ch in run(sop, fmt, lambda c: c.get_channels(show_vars=("CrmId",)))
        if ch.id == channel
    ]
    assert listed.vars.get("CrmId") == "X42"
    run(sop, fmt, lambda c: c.record(channel, mailbox=DEMO_EXT, caller_id=DEMO_EXT))
    run(sop, fmt, lambda c: c.record(channel, action="stop", mailbox=DEMO_EXT))


def test_queues(sop: SimThread, fmt: str) -> None:
    queue = run(sop, fmt, lambda c: c.get_queue_info())[0].name
    run(sop, fmt, lambda c: c.queue_add(queue, DEMO_DP))
    members = run(sop, fmt, lambda c: c.get_queue_members(queue=queue))
    assert DEMO_DP in [m.phone for m in members]
    paused = run(sop, fmt, lambda c: c.queue_pause(queue, DEMO_DP, True))
    assert paused.paused
    mine = run(sop, fmt, lambda c: c.get_queue_members(queue=queue, phone=DEMO_DP))
    assert [m.paused for m in mine] == [True]
    run(sop, fmt, lambda c: c.queue_pause_all(DEMO_DP, False))
    run(sop, fmt, lambda c: c.queue_remove(queue, DEMO_DP))
    members = run(sop, fmt, lambda c: c.get_queue_members(queue=queue))
    assert DEMO_DP not in [m.phone for m in members]
    [status] = run(sop, fmt, lambda c: c.get_queue_status(queue))
    assert status.name == queue
    assert status.calls >= 0


def test_fusion_queues(sop: SimThread, fmt: str) -> None:
    names = [q.name for q in run(sop, fmt, lambda c: c.get_queue_info())][:2]
    run(sop, fmt, lambda c: c.fusion_queues_set(names, DEMO_DP))
    queues = {m.queue for m in run(sop, fmt, lambda c: c.get_queue_members(phone=DEMO_DP))}
    assert set(names) <= queues
    run(sop, fmt, lambda c: c.fusion_queues_remove(names, DEMO_DP))
    queues = {m.queue for m in run(sop, fmt, lambda c: c.get_queue_members(phone=DEMO_DP))}
    assert not set(names) & queues


# -- PUM ------------------------------------------------------------------------------------------


def test_pum_login_then_too_soon(sop: SimThread, fmt: str) -> None:
    phone = next(r.id for r in run(sop, fmt, lambda c: c.get_registration()) if r.registered)
    login = run(sop, fmt, lambda c: c.pum_login(DEMO_EXT, phone))
    assert (login.extension, login.phone, login.status) == (DEMO_EXT, phone, "OK")
    assert login.virtual
    with pytest.raises(PumError) as caught:
        run(sop, fmt, lambda c: c.pum_logout(DEMO_EXT))
    assert caught.value.detail
    assert "90" in caught.value.detail
    CLOCK.now += 91
    logout = run(sop, fmt, lambda c: c.pum_logout(DEMO_EXT))
    assert (logout.extension, logout.status) == (DEMO_EXT, "OK")


def test_pum_unknown_phone(sop: SimThread, fmt: str) -> None:
    with pytest.raises(PumError) as caught:
        run(sop, fmt, lambda c: c.pum_login(DEMO_EXT, "SDP99999"))
    assert "SDP99999" in caught.value.detail


# -- wire behaviour and faults --------------------------------------------------------------------


def test_a_value_cannot_add_a_parameter(sop: SimThread, fmt: str) -> None:
    assert run(sop, fmt, lambda c: c.get_directory_info(ext="1&ext=999")) == []
    name, params = log(sop)[-1]
    assert name == "dbGetDirectoryInfo"
    assert params == {"ext": "1&ext=999"}


@pytest.mark.parametrize("mode", ["garbage", "html", "truncated", "empty"])
def test_broken_answers_are_protocol_errors(sop: SimThread, fmt: str, mode: str) -> None:
    sop.call(lambda s: s.faults.set_mode(call="dbGetCallflow", mode=mode))
    with pytest.raises(SopProtocolError) as caught:
        run(sop, fmt, lambda c: c.get_callflow(DEMO_EXT), read_retries=0)
    if mode == "html":
        assert "web page" in caught.value.message


def test_http500_read_retried_write_not(sop: SimThread, fmt: str) -> None:
    sop.call(lambda s: s.faults.set_mode(call="*", mode="http500"))
    with pytest.raises(SopHttpError):
        run(sop, fmt, lambda c: c.get_queue_info(), read_retries=2, retry_backoff_s=0.01)
    with pytest.raises(SopHttpError):
        run(sop, fmt, lambda c: c.originate(phone_id=DEMO_DP, to="202"), read_retries=2)
    names = [name for name, _ in log(sop)]
    assert names.count("dbGetQueueInfo") == 3
    assert names.count("ccOriginate") == 1


def test_hang_times_out(sop: SimThread, fmt: str) -> None:
    sop.call(lambda s: s.faults.set_mode(call="ccPing", mode="hang"))
    with pytest.raises(SopTimeout):
        run(sop, fmt, lambda c: c.ping(), timeout_s=0.3)


@pytest.fixture(scope="module")
def auth_sim() -> Iterator[SimThread]:
    thread = SimThread(SimConfig(http_port=0, events_port=0, basic_auth=("api", "s3cret")))
    thread.start()
    try:
        yield thread
    finally:
        thread.stop()


def test_basic_auth(auth_sim: SimThread, fmt: str) -> None:
    with pytest.raises(SopAuthError):
        run(auth_sim, fmt, lambda c: c.ping())
    with pytest.raises(SopAuthError):
        run(auth_sim, fmt, lambda c: c.ping(), auth=("api", "wrong"))
    assert run(auth_sim, fmt, lambda c: c.ping(), auth=("api", "s3cret")) is None


def test_forms_used_are_documented_ones(sop: SimThread, fmt: str) -> None:
    from tests.helpers import reference

    async def main() -> dict[str, str]:
        async with SopClient(sop.http_url, fmt=fmt) as client:  # type: ignore[arg-type]
            await client.ping()
            await client.get_callflow(DEMO_EXT)
            await client.get_channels()
            await client.pum_logout(DEMO_EXT)
            return client.forms_used

    forms = asyncio.run(main())
    assert set(forms) == {"ccPing", "dbGetCallflow", "ccGetChannels", "pumLogout"}
    for call, form in forms.items():
        assert f"/xml/{form}" in reference.paths(call)
    assert forms["pumLogout"] == "pumLogout"  # documented without a suffix
    # Only what was needed was asked: no 404 on either profile for a documented first form.
    assert [name for name, _ in log(sop)].count("pumLogout") == 1
