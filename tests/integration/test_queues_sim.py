"""Call queues with the real client and feature against the real simulator, in both formats
(and, through ``sim_profile``, both readings of the reference): every queue call, every
decoded code, the refusals, and the poll that runs while the menu is closed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core.commands import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from app.core.feature import FeatureContext
from app.core.session import Session
from app.core.settings import Settings
from app.features.queues.codes import member_status_text, pause_all_text
from app.features.queues.model import QueuesFeature
from app.sim import DEMO_EXT, SimConfig, SimThread
from app.sim.api_queue import QUEUE_STEP_S
from app.sop.client import SopClient
from app.sop.errors import CallControlError
from tests.integration.sim_helpers import FakeClock

DEMO_DP = "SDP20001"
MINE = ["Sales", "Support-FR"]  # the demo user's dynamic memberships


@pytest.fixture(scope="module")
def sim_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def queue_sim(sim_profile: str, sim_clock: FakeClock) -> Iterator[SimThread]:
    """A simulator of our own, whose clock moves the waiting callers when the test says so."""
    thread = SimThread(SimConfig(profile=sim_profile), clock=sim_clock)
    thread.start()
    yield thread
    thread.stop()


@pytest.fixture
def sim(queue_sim: SimThread) -> Iterator[SimThread]:
    queue_sim.reset()
    yield queue_sim
    queue_sim.reset()


@pytest.fixture(params=["json", "xml"])
def fmt(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(sim: SimThread, fmt: str, qloop) -> Iterator[SopClient]:
    sop = SopClient(sim.http_url, fmt=fmt)  # type: ignore[arg-type]
    yield sop
    qloop.run(sop.aclose())


def make_feature(sim, client, cfg_dir, qloop, **settings: Any) -> tuple[QueuesFeature, FakeClock]:
    session = Session(client, DEMO_EXT, "en")
    assert qloop.run(session.refresh())
    ctx = FeatureContext(
        Settings(server_url=sim.http_url, user=DEMO_EXT, **settings), session, client, cfg_dir, "en"
    )
    clock = FakeClock(500.0)
    return QueuesFeature(ctx, clock=clock), clock


@pytest.fixture
def feature(sim, client, cfg_dir, qapp, qloop) -> Iterator[QueuesFeature]:
    queues, _clock = make_feature(sim, client, cfg_dir, qloop)
    qloop.run(queues.refresh())
    yield queues
    qloop.run(queues.stop())


def requests(sim: SimThread, prefix: str = "") -> list[tuple[str, dict[str, str]]]:
    log = sim.call(lambda s: list(s.state.request_log))
    return [(n, p) for n, p in log if n.startswith(prefix)]


def member_of(s, queue: str, phone: str = DEMO_DP):
    """The simulator's membership of ``phone`` in ``queue`` (on the simulator's thread)."""
    return next((m for m in s.state.members if m.queue == queue and m.phone == phone), None)


def member(sim: SimThread, queue: str, phone: str = DEMO_DP):
    return sim.call(lambda s: member_of(s, queue, phone))


# -- the client, call by call ------------------------------------------------------------------


def test_every_queue_call(sim, client, fmt, sim_profile, qloop) -> None:
    run = qloop.run
    info = run(client.get_queue_info())
    assert [q.name for q in info][:3] == ["Réception", "Sales", "Support-FR"]
    assert info[1].id == "AQA00002"
    mine = run(client.get_queue_members(phone=DEMO_DP))
    assert sorted(m.queue for m in mine) == MINE
    assert {(m.membership, m.paused, m.status) for m in mine} == {("dynamic", False, 1)}
    run(client.queue_add("Billing", DEMO_DP))
    assert member(sim, "Billing").membership == "dynamic"
    assert run(client.queue_pause("Billing", DEMO_DP, True)).paused is True
    assert member(sim, "Billing").paused is True
    assert run(client.queue_pause("Billing", DEMO_DP, False)).paused is False
    run(client.queue_pause_all(DEMO_DP, True))
    assert all(member(sim, q).paused for q in [*MINE, "Billing"])
    run(client.queue_pause_all(DEMO_DP, False))
    assert not any(member(sim, q).paused for q in [*MINE, "Billing"])
    run(client.queue_remove("Billing", DEMO_DP))
    assert member(sim, "Billing") is None
    run(client.fusion_queues_set(["Billing", "AQA00006"], DEMO_DP))  # by name or id
    assert member(sim, "Helpdesk-DE") is not None
    run(client.fusion_queues_remove(["Billing", "Helpdesk-DE"], DEMO_DP))
    assert member(sim, "Billing") is None and member(sim, "Helpdesk-DE") is None
    calls = sim.call(lambda s: dict(s.state.queue_calls))
    [sales] = run(client.get_queue_status("Sales"))
    assert (sales.name, sales.calls) == ("Sales", calls["Sales"])
    listed = run(client.get_queue_status())
    # Two readings: without `queue` the default SOP lists every queue, the reference one none.
    assert len(listed) == (6 if sim_profile == "default" else 0)


def test_refusals_from_the_sop(sim, client, sim_profile, qloop) -> None:
    run = qloop.run
    with pytest.raises(CallControlError) as not_member:
        run(client.queue_pause("Billing", DEMO_DP, True))  # not a member
    if sim_profile == "default":
        assert "not a member" in not_member.value.detail  # <Error> beside <Paused>0</Paused>
    with pytest.raises(CallControlError):
        run(client.queue_pause("Billing", DEMO_DP, False))  # "not paused", but still refused
    static = sim.call(lambda s: next(m for m in s.state.members if m.membership == "static"))
    with pytest.raises(CallControlError):
        run(client.queue_remove(static.queue, static.phone))
    assert member(sim, static.queue, static.phone) is not None
    with pytest.raises(CallControlError, match="pause failed"):
        run(client.queue_pause_all("SDPH0101", True))  # a phone in no queue: 0
    with pytest.raises(CallControlError, match="unpause failed"):
        run(client.queue_pause_all("SDPH0101", False))  # 2


@pytest.mark.parametrize("code", [0, 1, 2, 3])
@pytest.mark.parametrize("paused", [True, False])
def test_pause_all_codes_and_direction(sim, client, code, paused, qloop) -> None:
    sim.call(lambda s: s.faults.set_result("ccQueuePauseAll", code))
    if code == (1 if paused else 3):
        qloop.run(client.queue_pause_all(DEMO_DP, paused))
        return
    with pytest.raises(CallControlError) as refused:
        qloop.run(client.queue_pause_all(DEMO_DP, paused))
    assert refused.value.code == code


# -- the feature -------------------------------------------------------------------------------


def test_feature_lists_queues_and_memberships(feature, sim) -> None:
    rows = {q["name"]: q for q in feature.snapshot()["queues"]}
    assert list(rows) == [
        "Réception",
        "Sales",
        "Support-FR",
        "Support-NL",
        "Billing",
        "Helpdesk-DE",
    ]
    calls = sim.call(lambda s: dict(s.state.queue_calls))
    assert rows["Sales"] == {
        "name": "Sales",
        "id": "AQA00002",
        "member": True,
        "membership": "dynamic",
        "paused": False,
        "member_status": 1,
        "waiting": calls["Sales"],
    }
    assert rows["Billing"]["member"] is False and rows["Billing"]["membership"] is None
    assert {name: row["waiting"] for name, row in rows.items()} == calls


@pytest.mark.parametrize("code", [0, 1, 2, 3, 4, 5, 6, 9])
def test_member_status_codes_are_decoded(sim, client, cfg_dir, qapp, qloop, code) -> None:
    sim.call(lambda s: [setattr(m, "status", code) for m in s.state.members if m.phone == DEMO_DP])
    feature, _clock = make_feature(sim, client, cfg_dir, qloop)
    qloop.run(feature.refresh())
    words = {0: "unknown", 1: "not in use", 2: "in use", 3: "busy", 4: "invalid"}
    words |= {5: "unavailable", 6: "ringing", 9: "status 9"}
    assert [r.member_status for r in feature.rows() if r.member] == [code, code]
    assert member_status_text(code) == words[code]
    assert f"{words[code]}" in feature.list_text()


def test_join_pause_leave_through_commands(feature, sim, sim_profile, qloop) -> None:
    cmd = feature.commands()
    done = qloop.run(cmd["queue-join"]({"queue": "billing"}))  # any case
    assert done["exit"] == EXIT_OK, done
    assert [n for n, _ in requests(sim, "ccQueue")] == ["ccQueueAdd"]
    assert member(sim, "Billing") is not None
    assert next(q for q in done["result"] if q["name"] == "Billing")["member"] is True
    paused = qloop.run(cmd["queue-pause"]({"queue": "AQA00005"}))  # by id
    assert paused["exit"] == EXIT_OK and member(sim, "Billing").paused
    assert next(r for r in feature.rows() if r.name == "Billing").paused is True
    everywhere = qloop.run(cmd["queue-unpause"]({"all": True}))
    assert everywhere["exit"] == EXIT_OK, everywhere
    assert "unpause succeeded" in everywhere["message"]
    assert not any(member(sim, q).paused for q in [*MINE, "Billing"])
    left = qloop.run(cmd["queue-leave"]({"queue": "Billing"}))
    assert left["exit"] == EXIT_OK and member(sim, "Billing") is None
    assert [n for n, _ in requests(sim, "ccQueue")] == [
        "ccQueueAdd",
        "ccQueuePause",
        "ccQueuePauseAll",
        "ccQueueRemove",
    ]


def test_refusals_of_the_app_send_nothing(feature, sim, qloop) -> None:
    static = sim.call(lambda s: next(m for m in s.state.members if m.membership == "static"))
    sim.call(lambda s: s.state.members.append(type(static)(static.queue, DEMO_DP, "static", 1)))
    qloop.run(feature.refresh())
    before = len(requests(sim))
    cmd = feature.commands()
    assert qloop.run(cmd["queue-join"]({"queue": "Nope"}))["exit"] == EXIT_INVALID
    leave_static = qloop.run(cmd["queue-leave"]({"queue": static.queue}))
    assert leave_static["exit"] == EXIT_INVALID and "static" in leave_static["message"]
    elsewhere = next(r.name for r in feature.rows() if not r.member)
    not_member = qloop.run(cmd["queue-pause"]({"queue": elsewhere}))
    assert not_member["exit"] == EXIT_INVALID and "not a member" in not_member["message"]
    assert qloop.run(cmd["queue-leave"]({"queue": elsewhere}))["exit"] == EXIT_INVALID
    assert qloop.run(cmd["queue-pause"]({}))["exit"] == EXIT_INVALID
    assert len(requests(sim)) == before  # nothing reached the SOP
    assert member(sim, static.queue) is not None


def test_sop_refusals_through_the_feature(feature, sim, qloop) -> None:
    cmd = feature.commands()
    # The SOP says "unpause succeeded" to a pause: a failure, decoded, exit 1.
    sim.call(lambda s: s.faults.set_result("ccQueuePauseAll", 3))
    wrong_way = qloop.run(cmd["queue-pause"]({"all": True}))
    assert wrong_way["exit"] == EXIT_FAILED
    assert pause_all_text(3) in wrong_way["message"] and "(code 3)" in wrong_way["message"]
    sim.call(lambda s: s.faults.set_result("ccQueuePauseAll", 0))
    failed = qloop.run(cmd["queue-pause"]({"all": True}))
    assert failed["exit"] == EXIT_FAILED and "pause failed" in failed["message"]
    sim.call(lambda s: s.faults.set_result("ccQueuePauseAll", None))
    # The membership went away behind the app's back: the SOP refuses the pause.
    sim.call(lambda s: s.state.members.remove(member_of(s, "Sales")))
    refused = qloop.run(cmd["queue-pause"]({"queue": "Sales"}))
    assert refused["exit"] == EXIT_FAILED and "did not pause you in Sales" in refused["message"]
    sim.call(lambda s: s.faults.set_result("ccQueueAdd", 1))
    join = qloop.run(cmd["queue-join"]({"queue": "Billing"}))
    assert join["exit"] == EXIT_FAILED and "refused to add" in join["message"]


def test_join_falls_back_to_fusion_queues_when_cc_queue_add_is_missing(feature, sim, qloop) -> None:
    sim.call(lambda s: s.faults.set_mode(call="ccQueueAdd", mode="http404"))
    sim.call(lambda s: s.faults.set_mode(call="ccQueueRemove", mode="http404"))
    cmd = feature.commands()
    assert qloop.run(cmd["queue-join"]({"queue": "Billing"}))["exit"] == EXIT_OK
    assert member(sim, "Billing") is not None
    assert qloop.run(cmd["queue-leave"]({"queue": "Billing"}))["exit"] == EXIT_OK
    assert member(sim, "Billing") is None
    names = [n for n, _ in requests(sim) if "Queue" in n and not n.startswith(("ccGet", "dbGet"))]
    # ccQueueAdd answered 404 (in each of its URL forms): nothing done, fusionQueues* from then on.
    assert names.count("fusionQueuesSet") == 1 and names.count("fusionQueuesRemove") == 1
    assert "ccQueueRemove" not in names


def test_poll_reads_only_my_queues_and_follows_the_callers(
    feature, sim, sim_clock, sim_profile, qloop
) -> None:
    assert feature._poll_timer.isActive()  # a member: one poll a minute
    assert 50_000 <= feature._poll_timer.remainingTime() <= 70_000
    before = len(requests(sim))
    sim_clock.advance(QUEUE_STEP_S * 30)  # ten minutes of callers coming and going
    qloop.run(feature.poll())
    polled = requests(sim)[before:]
    if sim_profile == "default":
        assert polled == [("ccGetQueueStatus", {})]  # one request lists them all
    else:
        assert polled == [("ccGetQueueStatus", {"queue": q}) for q in MINE]
    calls = sim.call(lambda s: dict(s.state.queue_calls))
    assert {q: feature.waiting[q] for q in MINE} == {q: calls[q] for q in MINE}
    assert feature.waiting_in_my_queues() == calls["Sales"] + calls["Support-FR"]


def test_no_poll_for_someone_in_no_queue(sim, client, cfg_dir, qapp, qloop) -> None:
    sim.call(lambda s: s.state.members.__setitem__(
        slice(None), [m for m in s.state.members if m.phone != DEMO_DP]))  # fmt: skip
    feature, _clock = make_feature(sim, client, cfg_dir, qloop)
    qloop.run(feature.refresh())
    assert feature.loaded and not feature.is_member
    assert not feature._poll_timer.isActive()
    before = len(requests(sim))
    qloop.run(feature.poll())  # even if it fired: nothing is sent
    assert len(requests(sim)) == before
    assert qloop.run(feature.commands()["queue-pause"]({"all": True}))["exit"] == EXIT_INVALID


def test_long_wait_notification_where_paused(sim, client, cfg_dir, qapp, qloop) -> None:
    feature, clock = make_feature(sim, client, cfg_dir, qloop, queue_wait_alert_s=90)
    shown: list[tuple[str, str]] = []
    feature.notify.connect(lambda title, text: shown.append((title, text)))
    sim.call(lambda s: s.state.queue_calls.update({"Sales": 2, "Support-FR": 3}))
    qloop.run(feature.refresh())
    qloop.run(feature.pause("Sales", True))
    clock.now += 60
    qloop.run(feature.poll())
    assert shown == []  # not yet 90 s
    clock.now += 31
    qloop.run(feature.poll())
    assert len(shown) == 1 and "Sales" in shown[0][1] and "paused" in shown[0][1]
    assert "Support-FR" not in shown[0][1]  # active there: no alert
    clock.now += 60
    qloop.run(feature.poll())
    assert len(shown) == 1  # once per wait


def test_the_hot_desk_phone_counts_while_logged_in(sim, client, cfg_dir, qapp, qloop) -> None:
    desk = "SDPH0100"
    sim.call(
        lambda s: s.state.members.append(type(s.state.members[0])("Billing", desk, "dynamic", 1))
    )
    feature, _clock = make_feature(sim, client, cfg_dir, qloop)
    feature.ctx.services.hotdesk_phone = desk  # what the hot-desk feature says after a login
    qloop.run(feature.refresh())
    assert feature.phones() == [desk, DEMO_DP, "SDX60001"]  # hot desk, primary, secondary
    billing = next(r for r in feature.rows() if r.name == "Billing")
    assert (billing.member, billing.phone) == (True, desk)
    assert qloop.run(feature.commands()["queue-join"]({"queue": "Billing"}))["exit"] == EXIT_OK
    joined = qloop.run(feature.commands()["queue-join"]({"queue": "Helpdesk-DE"}))
    assert joined["exit"] == EXIT_OK and desk in joined["message"]  # joins with the desk phone
    assert member(sim, "Helpdesk-DE", desk) is not None
