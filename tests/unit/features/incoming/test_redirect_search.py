"""The popup's "Redirect to…" searches the directory like the dial box: a colleague found by
name, with presence, is where the call goes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from tests.helpers.dial_fakes import INES
from tests.helpers.incoming_fakes import CallClient, ring
from tests.unit.features.incoming.test_incoming_popup import build, deliver

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def test_redirect_to_a_colleague_found_by_name(qapp, qloop, cfg_dir, qtbot) -> None:
    client = CallClient()
    client.directory = [replace(e, status="Busy") if e.ext == INES.ext else e
                        for e in client.directory]  # fmt: skip
    feature, ui = build(qloop, client, cfg_dir)
    try:
        deliver(qloop, feature, ring("SIP/r-9", "+3225214928"))
        ui.popups["SIP/r-9"].call_actions["number"].trigger()  # "More" -> "To…"
        dialog = ui.dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.input, "van dam")
        model = dialog.picker.model
        assert model.rowCount() == 1
        assert model.index(0).data().split("   ")[:3] == ["Inès Van Damme", INES.ext, "Busy"]
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
        qloop.until(lambda: ui.dialog is None)
        assert client.sent == [("ccRedirect", {"channel_id": "SIP/r-9", "to": INES.ext})]
    finally:
        ui.close()
        qloop.run(feature.stop())
