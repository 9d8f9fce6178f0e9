"""Saving settings checks the event port and the desk phone against the real simulator."""

from __future__ import annotations

import socket

from app.core.settings import Settings
from app.sim import DEMO_DP, DEMO_EXT
from app.ui.controller import Controller


def settings(sim, **changes) -> Settings:
    base = Settings(server_url=sim.http_url, user=DEMO_EXT, events_port=sim.events_port)
    return base.replace(**changes)


def check(qloop, cfg_dir, value: Settings) -> str | None:
    controller = Controller(cfg_dir, persist_overrides=False)
    return qloop.run(controller.check_settings(value, ""), timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_right_settings_pass(qapp, qloop, sim, cfg_dir) -> None:
    assert check(qloop, cfg_dir, settings(sim, desk_phone=DEMO_DP)) is None
    assert check(qloop, cfg_dir, settings(sim)) is None  # no desk phone: nothing to check


def test_wrong_event_port_names_the_field(qapp, qloop, sim, cfg_dir) -> None:
    port = free_port()
    problem = check(qloop, cfg_dir, settings(sim, events_port=port))
    assert problem == (
        f"Event port: nothing answers on 127.0.0.1:{port}. Check the event port "
        "(5050 unless your SOP administrator changed it)."
    )
    assert getattr(problem, "field", "") == "events_port"  # the dialog focuses that field


def test_event_socket_without_evpong_names_the_field(qapp, qloop, sim, cfg_dir) -> None:
    sim.call(lambda s: setattr(s.faults, "withhold_pong", True))
    problem = check(qloop, cfg_dir, settings(sim))
    assert problem is not None
    assert problem.startswith(f"Event port: 127.0.0.1:{sim.events_port} accepts connections")


def test_unknown_desk_phone_names_the_field(qapp, qloop, sim, cfg_dir) -> None:
    problem = check(qloop, cfg_dir, settings(sim, desk_phone="SDP99999"))
    assert problem is not None and problem.startswith("Desk phone: ")
    assert getattr(problem, "field", "") == "desk_phone"
    assert "SDP99999" in problem
    sent = [name for name, _ in sim.call(lambda s: list(s.state.request_log))]
    assert "dbGetRegistration" in sent
    assert not {"pumLogin", "pumLogout", "dbSetProfile"} & set(sent)


def test_a_registered_phone_of_someone_else_is_accepted(qapp, qloop, sim, cfg_dir) -> None:
    other = sim.call(
        lambda s: next(p.dp for p in s.state.people.values() if p.dp and p.ext != DEMO_EXT)
    )
    assert check(qloop, cfg_dir, settings(sim, desk_phone=other)) is None
