"""The settings dialog's "Test connection" against the real simulator."""

from __future__ import annotations

from app.core.settings import Settings
from tests.unit.ui.test_connection_test import click, make


def test_against_the_simulator_every_check_passes(qtbot, qloop, sim) -> None:
    settings = Settings(server_url=sim.http_url, user="201", events_port=sim.events_port)
    dialog = make(qtbot, settings)
    panel = dialog.connection_test
    results: list[bool] = []
    panel.done.connect(results.append)
    click(qtbot, panel.test_button)
    qloop.until(lambda: bool(results), timeout=30)
    assert results == [True]
    assert panel.progress.text() == "All checks passed."
    text = panel.results.toPlainText()
    assert "OK — Event socket (ccPing -> evPong)" in text and "Failed" not in text


def test_against_the_simulator_a_failure_is_shown(qtbot, qloop, sim) -> None:
    sim.call(lambda s: setattr(s.faults, "withhold_pong", True))
    settings = Settings(server_url=sim.http_url, user="201", events_port=sim.events_port)
    dialog = make(qtbot, settings)
    panel = dialog.connection_test
    results: list[bool] = []
    panel.done.connect(results.append)
    click(qtbot, panel.test_button)
    qloop.until(lambda: bool(results), timeout=30)
    assert results == [False]
    assert panel.progress.text() == "1 check(s) failed: see the lines marked Failed."
    assert "Failed — Event socket (ccPing -> evPong)" in panel.results.toPlainText()
