"""The "Queues" settings tab: the long-wait notification is off by default, and what the user
sets is what is saved."""

from __future__ import annotations

from app.core.settings import Settings
from app.features.queues.settings import QueuesPage


def test_off_by_default_and_round_trip(qapp) -> None:
    page = QueuesPage(Settings())
    assert not page.alert.isChecked() and not page.seconds.isEnabled()
    assert page.apply(Settings()).queue_wait_alert_s == 0
    page.alert.setChecked(True)
    page.seconds.setValue(120)
    saved = page.apply(Settings())
    assert saved.queue_wait_alert_s == 120
    again = QueuesPage(saved)
    assert again.alert.isChecked() and again.seconds.value() == 120
    again.alert.setChecked(False)
    assert again.apply(saved).queue_wait_alert_s == 0
