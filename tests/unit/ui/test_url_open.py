from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from app.ui.url_open import UrlOpenFilter


def test_tel_link_becomes_a_dial_request_and_files_pass_through(qapp, qloop) -> None:
    asked: list[dict] = []

    async def handle(request: dict) -> dict:
        asked.append(request)
        return {"exit": 0}

    filt = UrlOpenFilter(handle, qapp)
    qapp.installEventFilter(filt)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(QUrl("tel:+32%202%20555%2012%2034")))
        QApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile("/tmp/report.pdf")))
        qloop.until(lambda: bool(asked))
    finally:
        qapp.removeEventFilter(filt)
    assert asked == [{"cmd": "dial", "number": "tel:+32 2 555 12 34"}]
