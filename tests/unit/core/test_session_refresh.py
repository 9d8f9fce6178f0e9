"""How often the session reads the status again, on an injected clock: every 5 minutes at
most (jittered shorter), counted from the last read, and at once when the menu opens."""

from __future__ import annotations

from app.core.session import Session
from tests.helpers.fake_clock import FakeClock
from tests.helpers.stubs import FakeClient


def reads(client: FakeClient) -> int:
    return sum(name == "get_callflow" for name, _ in client.calls)


def walk(qloop, session: Session, timers: FakeClock, seconds: float, step: float = 5.0) -> None:
    for _ in range(int(seconds / step)):
        timers.advance(step)
        qloop.until(lambda: session._refreshing is None or session._refreshing.done())


def test_the_status_is_read_every_five_minutes_and_when_the_menu_opens(qapp, qloop) -> None:
    client, timers = FakeClient(), FakeClock()
    session = Session(client, "201", "en", timers=timers)
    assert qloop.run(session.refresh())
    session.start_polling()
    walk(qloop, session, timers, 4 * 60)
    assert reads(client) == 1  # nothing between: the status is not older than 5 minutes yet
    walk(qloop, session, timers, 60)
    assert reads(client) == 2
    walk(qloop, session, timers, 100)
    session.refresh_soon()  # the menu opens: read at once
    walk(qloop, session, timers, 5)
    assert reads(client) == 3
    walk(qloop, session, timers, 4 * 60)
    assert reads(client) == 3  # the periodic read counts from the menu's
    walk(qloop, session, timers, 60)
    assert reads(client) == 4
    session.stop_polling()
    walk(qloop, session, timers, 20 * 60, step=60)
    assert reads(client) == 4
