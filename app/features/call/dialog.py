""" "Transfer to…": pick a colleague (the directory search of the dial box) or type a number.

It takes the keyboard (the user clicked "Transfer…" to type). The number is checked with the
dialling rules before anything is sent; the SOP's refusal keeps the dialog open with the reason.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.core.commands import EXIT_OK
from app.core.numbers import InvalidNumber
from app.core.tasks import spawn
from app.features.call.model import CallFeature
from app.ui.dialog_buttons import plain_buttons, show_message
from app.ui.directory_picker import DirectoryPicker


class TransferDialog(QDialog):
    def __init__(self, feature: CallFeature) -> None:
        super().__init__(None)
        self.setObjectName("transferDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.feature = feature
        call = feature.current
        who = call.shown_name if call is not None else ""
        self.setWindowTitle(self.tr("Transfer the call"))
        prompt = QLabel(self.tr("Transfer {name} to:").format(name=who))
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        callflow = feature.ctx.session.callflow
        self.picker = DirectoryPicker(
            feature.cache,
            status_text=callflow.translated if callflow is not None else str,
            parent=self,
        )
        self.picker.picked.connect(lambda number, _name: self.send(number))
        self.message = QLabel("")
        self.message.setObjectName("transferMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        plain_buttons(self.buttons)
        self.buttons.accepted.connect(lambda: self.send(self.picker.target()[0]))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.picker)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        feature.call_changed.connect(self._on_call_changed)

    def _show(self, text: str) -> None:
        show_message(self, self.message, text)

    def send(self, number: str) -> None:
        if not self.buttons.isEnabled():
            return
        try:
            self.feature.transfer_target(number)
        except InvalidNumber as exc:
            self._show(str(exc))
            return
        self.buttons.setEnabled(False)
        spawn(self._send(number))

    async def _send(self, number: str) -> None:
        answer = await self.feature.transfer(number)
        if answer["exit"] == EXIT_OK:
            self.accept()
            return
        self.buttons.setEnabled(True)
        self._show(answer["message"])

    def _on_call_changed(self) -> None:
        if self.feature.current is None and self.buttons.isEnabled():
            self.reject()  # the call ended meanwhile: nothing left to transfer

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.feature.call_changed.disconnect(self._on_call_changed)
        super().done(result)
