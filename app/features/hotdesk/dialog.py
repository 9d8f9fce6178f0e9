""" "Log in at this desk": someone else logs in at this PC's desk phone with extension and PIN.

The PIN is checked by the SOP (dbAuthenticate) before pumLogin. The field is cleared after
every attempt; the PIN is kept only when "remember" is ticked, and then only in the OS keyring.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.tasks import spawn
from app.features.hotdesk.model import HotDesk, HotDeskError, throttled_message
from app.features.hotdesk.pum_throttle import Throttled
from app.sop.errors import SopError
from app.ui.dialog_buttons import plain_buttons


class GuestLoginDialog(QDialog):
    def __init__(self, hotdesk: HotDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pumGuestDialog")
        self.hotdesk = hotdesk
        self.setWindowTitle(self.tr("Log in at this desk"))
        intro = QLabel(
            self.tr("Log in your extension at this desk's phone {phone}.").format(
                phone=hotdesk.desk_phone
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.ext = QLineEdit()
        self.ext.setObjectName("pumExt")
        self.ext.setPlaceholderText(self.tr("e.g. 203"))
        self.pin = QLineEdit()
        self.pin.setObjectName("pumPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the PIN (in the system keyring)"))
        self.remember.setObjectName("pumRemember")
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log in"))
        plain_buttons(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Extension"), self.ext)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ext.editingFinished.connect(self._on_ext_entered)

    def _on_ext_entered(self) -> None:
        # The keyring is read off the Qt thread (it may prompt); only the latest answer counts.
        spawn(self._show_remembered(self.ext.text()))

    async def _show_remembered(self, ext: str) -> None:
        known = await self.hotdesk.has_remembered_pin(ext)
        try:
            if ext != self.ext.text():
                return  # the extension changed meanwhile: its own lookup answers for it
        except RuntimeError:
            return  # the dialog was closed (and deleted) meanwhile
        self.pin.setPlaceholderText(self.tr("remembered — leave empty to use it") if known else "")
        if known:
            self.remember.setChecked(True)

    def submit(self) -> None:
        ext, pin = self.ext.text().strip(), self.pin.text()
        self.pin.clear()  # the PIN stays in no widget longer than needed
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking the PIN…"))
        spawn(self._login(ext, pin, self.remember.isChecked()), on_error=self._on_unexpected)

    async def _login(self, ext: str, pin: str, remember: bool) -> None:
        try:
            result = await self.hotdesk.login_guest(ext, pin, remember=remember)
        except Throttled as exc:
            self.message.setText(throttled_message(exc))
        except HotDeskError as exc:
            self.message.setText(str(exc))
        except SopError as exc:
            self.message.setText(self.hotdesk.report(exc))
        else:
            self.hotdesk.notify.emit(
                self.tr("Hot desk"), self.hotdesk.success_message(result, login=True)
            )
            self.accept()
            return
        finally:
            self.buttons.setEnabled(True)

    def _on_unexpected(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("Unexpected error: {error}").format(error=type(exc).__name__))
