"""The statuses at start-up, before the HTTP stack is imported.

A warm start knows the user from the state cache; the one request between the tray and its
statuses is dbGetCallflow. Asking it with Qt's own network access (already loaded, non-blocking,
a nested event loop keeps the tray responsive) puts the statuses in the menu before asyncio,
httpx and the features are imported, which take longer than the request and most of the
start-up memory. Anything unusual (a login, a CA file, XML answers, TLS without a backend, an
error, more than ``DEADLINE_S``) gives None, and the controller asks the SOP its usual way.
"""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from PySide6.QtCore import QEventLoop, QTimer, QUrl

from app.core.settings import Settings
from app.sop.models import Callflow, DirectoryEntry

log = logging.getLogger(__name__)

DEADLINE_S = 1.5
MAX_BYTES = 256 * 1024  # a callflow answer is a few KB


def usable(settings: Settings, user: DirectoryEntry | None) -> bool:
    """Whether the quick read can be tried (else the controller does all the work)."""
    url = settings.server_url.strip().lower()
    if user is None or not url.startswith(("http://", "https://")):
        return False
    if settings.http_username or settings.ca_file or settings.response_format == "xml":
        return False
    if url.startswith("https://"):
        from PySide6.QtNetwork import QSslSocket

        return bool(QSslSocket.supportsSsl())
    return True


def read_callflow(settings: Settings, user: DirectoryEntry, lang: str) -> Callflow | None:
    """dbGetCallflow for ``user`` in its documented JSON form, within ``DEADLINE_S``."""
    from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

    query = urlencode({"ext": user.ext, "lang": lang})
    url = QUrl(f"{settings.server_url.rstrip('/')}/xml/dbGetCallflow.json?{query}")
    nam = QNetworkAccessManager()
    request = QNetworkRequest(url)
    request.setTransferTimeout(int(DEADLINE_S * 1000))
    loop = QEventLoop()
    reply = nam.get(request)
    reply.finished.connect(loop.quit)
    QTimer.singleShot(int(DEADLINE_S * 1000) + 100, loop.quit)
    loop.exec()
    try:
        if not reply.isFinished() or reply.error() != QNetworkReply.NetworkError.NoError:
            return None
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        body = bytes(reply.read(MAX_BYTES + 1).data())
        if status != 200 or len(body) > MAX_BYTES:
            return None
        from app.sop import parse_db
        from app.sop.errors import SopError
        from app.sop.payload import decode

        try:
            return parse_db.callflow(decode(body, call="dbGetCallflow"))
        except SopError as exc:
            log.info("first look at the statuses: %s", exc)
            return None
    finally:
        reply.abort()
        reply.deleteLater()
        nam.deleteLater()
