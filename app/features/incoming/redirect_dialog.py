""" "Redirect to…": a small dialog to pick a colleague or type any number, for one incoming call.

Unlike the popup it takes the keyboard (the user clicked "To…" to type). It searches the
directory as the dial box does (``app.ui.directory_picker``: presence, extension, status,
number); Enter or OK sends the call to the selected row, or to the typed number. The number is
checked with the dialling rules before anything is sent (app.core.numbers); the SOP's refusal
keeps the dialog open with the reason.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.core.commands import EXIT_OK
from app.core.numbers import InvalidNumber
from app.core.tasks import spawn
from app.features.incoming.model import IncomingCalls
from app.ui.dialog_buttons import plain_buttons, show_message
from app.ui.directory_picker import DirectoryPicker


class RedirectDialog(QDialog):
    def __init__(self, feature: IncomingCalls, channel: str) -> None:
        super().__init__(None)
        self.setObjectName("redirectDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.feature = feature
        self.channel = channel
        call = feature.calls.get(channel)
        who = call.shown_name if call is not None else channel
        self.setWindowTitle(self.tr("Redirect the call"))
        prompt = QLabel(self.tr("Send the call from {caller} to:").format(caller=who))
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        callflow = feature.ctx.session.callflow
        self.picker = DirectoryPicker(
            feature.cache,
            status_text=callflow.translated if callflow is not None else str,
            placeholder=self.tr("a name, or a number, e.g. 0475 12 34 56 or 104"),
            parent=self,
        )
        self.picker.picked.connect(lambda _number, _name: self.send())
        self.input = self.picker.input
        self.input.setObjectName("redirectNumber")
        self.message = QLabel("")
        self.message.setObjectName("redirectMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        plain_buttons(self.buttons)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.picker)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        feature.call_closed.connect(self._on_call_closed)

    def _show(self, text: str) -> None:
        show_message(self, self.message, text)

    def send(self) -> None:
        if not self.buttons.isEnabled():
            return
        text = self.picker.target()[0]
        try:
            self.feature.number_target(text)
        except InvalidNumber as exc:
            self._show(str(exc))
            return
        self.buttons.setEnabled(False)
        spawn(self._send(text))

    async def _send(self, text: str) -> None:
        answer = await self.feature.redirect_to(self.channel, text)
        if answer["exit"] == EXIT_OK:
            self.accept()
            return
        self.buttons.setEnabled(True)
        self._show(answer["message"])

    def _on_call_closed(self, channel: str) -> None:
        if channel == self.channel and self.buttons.isEnabled():
            self.reject()  # the call ended or was handled meanwhile: nothing left to redirect

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.feature.call_closed.disconnect(self._on_call_closed)
        super().done(result)
