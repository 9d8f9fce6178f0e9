"""The rules engine over whole simulated days, with an injected clock: which status the SOP ends
up showing, and when the app changed it (never more than once per boundary, never over the
user)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.features.rules.engine import Claim, Reason, RulesEngine, RulesState
from app.features.rules.hours import WorkingHours

BXL = ZoneInfo("Europe/Brussels")
DAY = datetime(2026, 6, 10, tzinfo=BXL)  # a Wednesday


def at(hhmm: str, day: datetime = DAY) -> datetime:
    h, m = hhmm.split(":")
    return day.replace(hour=int(h), minute=int(m)).astimezone(UTC)


class Desk:
    """The SOP's status, the engine, and the app's loop acting on every minute."""

    def __init__(self, status: str = "Office", state: RulesState | None = None) -> None:
        self.engine = RulesEngine(state)
        self.sop = status
        self.changes: list[tuple[str, str, Reason]] = []  # (time, status, reason)
        self.claims: list[Claim] = []
        self.engine.observe(status, at("00:00"))

    def tick(self, now: datetime) -> None:
        decision = self.engine.step(now, self.claims)
        if decision is not None:
            self.sop = decision.status
            self.engine.applied(decision.status)
            local = now.astimezone(BXL).strftime("%H:%M")
            self.changes.append((local, decision.status, decision.reason))

    def user(self, status: str, now: datetime) -> None:
        """The user changes the status (menu, phone, web portal): the app sees it."""
        self.sop = status
        self.engine.observe(status, now)

    def run(self, start: str, end: str, events: dict[str, object] | None = None) -> None:
        """Every minute from ``start`` to ``end``; ``events`` run at their minute first."""
        now, stop = at(start), at(end)
        events = events or {}
        while now <= stop:
            action = events.get(now.astimezone(BXL).strftime("%H:%M"))
            if callable(action):
                action(now)
            self.tick(now)
            now += timedelta(minutes=1)


def lock(desk: Desk, status: str = "Away"):
    def go(now: datetime) -> None:
        desk.claims.append(Claim(Reason.LOCK, status, now))

    return go


def unlock(desk: Desk):
    def go(now: datetime) -> None:
        desk.claims = [
            Claim(c.reason, c.status, c.since, now)
            if c.reason == Reason.LOCK and not c.until
            else c
            for c in desk.claims
        ]

    return go


def meeting(start: str, end: str, status: str = "Meeting") -> Claim:
    return Claim(Reason.CALENDAR, status, at(start), at(end))


def test_lock_and_unlock_come_back_to_the_status_before() -> None:
    desk = Desk()
    desk.run("08:00", "18:00", {"12:00": lock(desk), "13:00": unlock(desk)})
    assert desk.changes == [("12:00", "Away", Reason.LOCK), ("13:00", "Office", Reason.MANUAL)]


def test_a_change_during_the_lock_is_kept_at_unlock() -> None:
    desk = Desk()
    events = {
        "12:00": lock(desk),
        "12:30": lambda now: desk.user("Telework", now),
        "13:00": unlock(desk),
    }
    desk.run("08:00", "18:00", events)
    assert desk.changes == [("12:00", "Away", Reason.LOCK)]
    assert desk.sop == "Telework"


def test_overlapping_meetings_give_one_change_in_and_one_out() -> None:
    desk = Desk()
    desk.claims = [meeting("10:00", "11:00"), meeting("10:30", "12:00")]
    desk.run("08:00", "18:00")
    assert desk.changes == [
        ("10:00", "Meeting", Reason.CALENDAR),
        ("12:00", "Office", Reason.MANUAL),
    ]


def test_a_manual_change_during_a_meeting_wins_until_the_next_meeting() -> None:
    desk = Desk()
    desk.claims = [meeting("10:00", "11:00"), meeting("14:00", "15:00")]
    desk.run("08:00", "18:00", {"10:20": lambda now: desk.user("Office", now)})
    assert desk.changes == [
        ("10:00", "Meeting", Reason.CALENDAR),
        ("14:00", "Meeting", Reason.CALENDAR),
        ("15:00", "Office", Reason.MANUAL),
    ]


def test_a_change_on_the_phone_pauses_automation_until_the_next_boundary() -> None:
    desk = Desk()
    desk.claims = [meeting("10:00", "12:00"), meeting("11:00", "11:30", "Busy")]
    # Seen on a refresh: someone set DoNotDisturb on the phone during the first meeting.
    desk.run("08:00", "18:00", {"10:05": lambda now: desk.user("DoNotDisturb", now)})
    assert desk.changes == [
        ("10:00", "Meeting", Reason.CALENDAR),
        ("11:00", "Busy", Reason.CALENDAR),  # a meeting starting later is a new boundary
        ("11:30", "DoNotDisturb", Reason.MANUAL),  # the user's choice comes back, not Office
    ]


def test_precedence_timer_then_lock_then_calendar_then_hours() -> None:
    desk = Desk()
    hours = WorkingHours("OutOfOffice", time(8, 0), time(17, 0))
    desk.claims = [*hours.claims(at("12:00"), BXL), meeting("16:30", "17:30")]
    events = {
        "09:00": lambda now: desk.engine.set_timer("Busy", at("09:30"), now),
        "09:10": lock(desk),
        "09:50": unlock(desk),
    }
    desk.run("07:00", "18:00", events)
    assert desk.changes == [
        ("07:00", "OutOfOffice", Reason.HOURS),  # before the working day starts
        ("08:00", "Office", Reason.MANUAL),
        ("09:00", "Busy", Reason.TIMER),
        ("09:30", "Away", Reason.LOCK),  # the timer ended while the screen was locked
        ("09:50", "Office", Reason.MANUAL),
        ("16:30", "Meeting", Reason.CALENDAR),
        ("17:30", "OutOfOffice", Reason.HOURS),  # the evening began during the meeting
    ]


def test_timer_restores_the_status_before_or_the_one_chosen() -> None:
    desk = Desk("Telework")
    events = {
        "09:00": lambda now: desk.engine.set_timer("Busy", at("10:00"), now),
        "11:00": lambda now: desk.engine.set_timer("Lunch", at("12:00"), now, revert_to="Office"),
    }
    desk.run("08:00", "13:00", events)
    assert desk.changes == [
        ("09:00", "Busy", Reason.TIMER),
        ("10:00", "Telework", Reason.MANUAL),
        ("11:00", "Lunch", Reason.TIMER),
        ("12:00", "Office", Reason.MANUAL),
    ]


def test_a_change_elsewhere_cancels_the_timer() -> None:
    desk = Desk()
    events = {
        "09:00": lambda now: desk.engine.set_timer("Busy", at("10:00"), now),
        "09:30": lambda now: desk.user("Telework", now),
    }
    desk.run("08:00", "12:00", events)
    assert desk.changes == [("09:00", "Busy", Reason.TIMER)]
    assert desk.sop == "Telework" and desk.engine.state.timer is None


def test_a_timer_in_the_past_is_refused() -> None:
    engine = RulesEngine()
    engine.observe("Office", at("09:00"))
    with pytest.raises(ValueError):
        engine.set_timer("Busy", at("08:59"), at("09:00"))


def test_restart_past_the_deadline_restores_at_the_first_step() -> None:
    desk = Desk()
    desk.engine.set_timer("Busy", at("10:00"), at("09:00"))
    desk.tick(at("09:00"))
    saved = json.loads(json.dumps(desk.engine.state.to_json()))
    # The app was not running at 10:00; it starts again at 11:15.
    again = RulesEngine(RulesState.from_json(saved))
    again.observe("Busy", at("11:15"))  # what the SOP still shows: set by the app, not manual
    ended = again.expire(at("11:15"))
    assert ended is not None and ended.until == at("10:00")
    decision = again.step(at("11:15"))
    assert decision is not None and (decision.status, decision.reason) == ("Office", Reason.MANUAL)


def test_a_change_made_while_the_app_was_closed_is_the_users() -> None:
    desk = Desk()
    desk.claims = [meeting("10:00", "11:00")]
    desk.run("09:00", "10:10")
    saved = desk.engine.state.to_json()
    again = Desk("Meeting", RulesState.from_json(saved))
    again.claims = desk.claims
    again.user("Telework", at("10:30"))  # the SOP shows Telework at the restart
    again.run("10:30", "12:00")
    assert again.changes == [] and again.sop == "Telework"


def test_working_hours_across_the_spring_dst_change() -> None:
    hours = WorkingHours("OutOfOffice", time(8, 30), time(17, 30))
    friday = datetime(2026, 3, 27, 12, 0, tzinfo=BXL)
    claims = hours.claims(friday, BXL)
    weekend = next(c for c in claims if c.active(friday + timedelta(days=1)))
    assert weekend.since.astimezone(BXL).hour == 17 and weekend.since.astimezone(BXL).minute == 30
    assert weekend.until is not None
    monday = weekend.until.astimezone(BXL)
    assert (monday.day, monday.hour, monday.minute) == (30, 8, 30)  # summer time, still 08:30
    assert weekend.until - weekend.since == timedelta(hours=62)  # one hour less that weekend


def test_days_off_join_the_weekend() -> None:
    from datetime import date

    hours = WorkingHours(
        "OutOfOffice", time(9, 0), time(17, 0), holidays=frozenset({date(2026, 6, 12)})
    )
    claims = hours.claims(at("12:00"), BXL)
    long = next(c for c in claims if c.active(at("12:00", DAY + timedelta(days=2))))
    assert long.since == at("17:00", DAY + timedelta(days=1))  # Thursday evening
    assert long.until == at("09:00", DAY + timedelta(days=5))  # Monday


def test_state_survives_a_round_trip_and_refuses_garbage() -> None:
    engine = RulesEngine()
    engine.observe("Office", at("08:00"))
    engine.set_timer("Busy", at("10:00"), at("09:00"))
    state = RulesState.from_json(json.loads(json.dumps(engine.state.to_json())))
    assert state == engine.state
    for bad in (None, [], {"timer": {"status": "x"}}, {"override_at": "yesterday"}):
        with pytest.raises(ValueError):
            RulesState.from_json(bad)


# -- properties ------------------------------------------------------------------------------
STATUSES = ("Office", "Busy", "Meeting", "Away", "Telework")
minutes = st.integers(min_value=0, max_value=24 * 60)


@st.composite
def day_plans(draw: st.DrawFn) -> tuple[list[Claim], list[tuple[int, str]]]:
    claims = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(minutes)
        length = draw(st.integers(1, 300))
        reason = draw(st.sampled_from(list(Reason)[2:]))
        base = at("00:00")
        claims.append(
            Claim(
                reason,
                draw(st.sampled_from(STATUSES)),
                base + timedelta(minutes=start),
                base + timedelta(minutes=start + length),
            )
        )
    manual = draw(st.lists(st.tuples(minutes, st.sampled_from(STATUSES)), max_size=5))
    return claims, sorted(manual)


@settings(max_examples=150, deadline=None)
@given(day_plans())
def test_never_two_changes_for_one_boundary_nor_over_the_user(
    plan: tuple[list[Claim], list[tuple[int, str]]],
) -> None:
    claims, manual = plan
    desk = Desk()
    desk.claims = claims
    boundaries = {c.since for c in claims} | {c.until for c in claims if c.until}
    last_manual: datetime | None = None
    base = at("00:00")
    for minute in range(0, 24 * 60 + 1):
        now = base + timedelta(minutes=minute)
        for when, status in manual:
            if when == minute and status != desk.sop:  # the same status again: no change
                desk.user(status, now)
                last_manual = now
        before = len(desk.changes)
        desk.tick(now)
        desk.tick(now)  # asking twice at the same instant never changes twice
        made = len(desk.changes) - before
        assert made <= 1
        if made:
            # A change happens only at a rule's boundary (minute 0: the first evaluation)...
            assert now in boundaries or minute == 0
            # ...and never at the minute the user chose, nor over their choice unless a rule
            # began (or ended) after it.
            if last_manual is not None:
                assert now > last_manual


def test_a_timer_across_the_autumn_dst_change_lasts_real_time() -> None:
    # 25 October 2026, 01:30 summer time: "for 2 hours" ends at 02:30 winter time (the clock
    # goes back at 03:00), two real hours later, not at 03:30 on the wall clock.
    start = datetime(2026, 10, 25, 1, 30, tzinfo=BXL).astimezone(UTC)
    engine = RulesEngine()
    engine.observe("Office", start)
    engine.set_timer("Busy", start + timedelta(hours=2), start)
    assert engine.step(start) is not None
    engine.applied("Busy")
    end = engine.state.timer.until.astimezone(BXL)
    assert (end.hour, end.minute, end.utcoffset()) == (2, 30, timedelta(hours=1))
    assert engine.step(start + timedelta(hours=1, minutes=59)) is None
    back = engine.step(start + timedelta(hours=2))
    assert back is not None and back.status == "Office"


@settings(max_examples=150, deadline=None)
@given(
    day_plans(),
    st.lists(st.tuples(minutes, st.integers(1, 240), st.sampled_from(STATUSES)), max_size=3),
)
def test_timers_among_rules_change_only_at_their_boundaries(
    plan: tuple[list[Claim], list[tuple[int, str]]], timers: list[tuple[int, int, str]]
) -> None:
    claims, manual = plan
    desk = Desk()
    desk.claims = claims
    base = at("00:00")
    boundaries = {c.since for c in claims} | {c.until for c in claims if c.until}
    for minute in range(0, 24 * 60 + 1):
        now = base + timedelta(minutes=minute)
        acted_by_user = False
        for when, status in manual:
            if when == minute and status != desk.sop:
                desk.user(status, now)
                acted_by_user = True
        for when, length, status in timers:
            if when == minute:
                desk.engine.set_timer(status, now + timedelta(minutes=length), now)
                boundaries |= {now, now + timedelta(minutes=length)}
                acted_by_user = False  # the timer is the user's latest word
        before = len(desk.changes)
        desk.tick(now)
        desk.tick(now)
        made = len(desk.changes) - before
        assert made <= 1
        if made:
            assert now in boundaries or minute == 0
            assert not acted_by_user  # never straight over what the user just chose
        timer = desk.engine.state.timer
        if timer is not None and timer.since <= now < timer.until:
            assert desk.sop == timer.status  # nothing overrides a timed status but the user
