"""Settings: server, user, event port, desk phone, language, optional HTTP login.

Saving first checks the server, the user, the event port and the desk phone for real
(``checker``), so an unreachable server or an unknown user is a clear sentence in the dialog,
never a crash. "Test connection" runs every doctor check on the fields as typed. The password
goes to the OS keyring only.

Signals:
    saved(object): the Settings that were checked and stored; ``password`` holds the new one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.company_defaults import NO_DEFAULTS, CompanyDefaults
from app.core.language import NATIVE_NAMES, SUPPORTED
from app.core.server_address import SPACES, complete_url, url_problem
from app.core.settings import Settings
from app.core.tasks import spawn
from app.ui.dialog_buttons import plain_buttons
from app.ui.icons import app_icon
from app.ui.settings_pages import SettingsPage, field_of, mark_field

# checker(settings, password) -> None when fine, else the sentence to show
Checker = Callable[[Settings, str], Awaitable[str | None]]


class SettingsDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        settings: Settings,
        checker: Checker,
        *,
        has_password: bool = False,
        first_start: bool = False,
        defaults: CompanyDefaults = NO_DEFAULTS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("SOP Companion — Settings"))
        self.setWindowIcon(app_icon())
        self._checker = checker
        self._original = settings
        self._locked = defaults.locked
        self.password = ""

        self.server = QLineEdit(settings.server_url)
        self.server.setPlaceholderText("https://sop.example.com")
        self.user = QLineEdit(settings.user)
        self.user.setPlaceholderText(self.tr("login e-mail or extension"))
        self.events_port = QSpinBox()
        self.events_port.setRange(1, 65535)
        self.events_port.setValue(settings.events_port)
        self.desk_phone = QLineEdit(settings.desk_phone)
        self.desk_phone.setPlaceholderText("SDP80002")
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code in SUPPORTED:
            self.language.addItem(NATIVE_NAMES[code], code)
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        self.http_user = QLineEdit(settings.http_username)
        self.http_user.setPlaceholderText(self.tr("only if the API asks for a login"))
        self.http_password = QLineEdit()
        self.http_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.http_password.setPlaceholderText(
            self.tr("stored in the system keyring") if has_password else ""
        )

        for widget, name in (
            (self.server, "server_url"),
            (self.user, "user"),
            (self.events_port, "events_port"),
            (self.desk_phone, "desk_phone"),
            (self.language, "language"),
            (self.http_user, "http_username"),
        ):
            mark_field(widget, name)

        form = QFormLayout()
        self.events_port.setToolTip(
            self.tr("Where the phone system sends call events: 5050 unless told otherwise.")
        )
        self.desk_phone.setToolTip(
            self.tr("The ID of the phone on this desk, for hot desking (on its label).")
        )
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Your login"), self.user)
        form.addRow(self.tr("Call events port"), self.events_port)
        form.addRow(self.tr("This desk's phone"), self.desk_phone)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Server login (optional)"), self.http_user)
        form.addRow(self.tr("Server password"), self.http_password)

        self.warning = QLabel()
        self.warning.setObjectName("plainHttpWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #b06000;")
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        plain_buttons(self.buttons)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._check: asyncio.Task[None] | None = None
        # Cancel stays available while the server is checked (a hanging server takes its
        # time): it stops the check and closes the dialog, nothing saved (Esc and the
        # window's close button reject too).
        self.rejected.connect(self._cancel_check)
        # "sop.mycompany.be" is completed to "https://sop.mycompany.be" in the field itself.
        self.server.editingFinished.connect(self._complete_server)

        layout = QVBoxLayout(self)
        if first_start:
            intro = QLabel(
                self.tr("Welcome! Tell SOP Companion where your phone system is and who you are.")
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        from app.ui.connection_test import ConnectionTestPanel

        # "Test connection": the doctor's checks on what is typed now, nothing saved
        self.connection_test = ConnectionTestPanel(
            lambda: (self._connection_settings(), self.http_password.text())
        )
        self.finished.connect(lambda _result: self.connection_test.cancel())
        connection = QWidget()
        connection_layout = QVBoxLayout(connection)
        connection_layout.addLayout(form)
        connection_layout.addWidget(self.connection_test)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)  # all tabs visible: the dialog widens to fit them
        self.tabs.addTab(connection, self.tr("Connection"))
        from app.features import features

        self.pages: list[SettingsPage] = [
            page(settings) for feature in features() for page in feature.settings_pages
        ]
        for page in self.pages:
            self.tabs.addTab(page.widget, page.title)
        # Every tab's title whole, in every language: the dialog is at least as wide as its tabs.
        tabs_width = self.tabs.tabBar().sizeHint().width() + 8
        self.tabs.setMinimumWidth(max(tabs_width, self.tabs.minimumSizeHint().width()))
        self.locked_note = QLabel()
        self.locked_note.setObjectName("lockedNote")
        self.locked_note.setWordWrap(True)
        self.locked_note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.tabs)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._show_locked(defaults.source)
        for field in (self.server, self.http_user, self.http_password):
            field.textChanged.connect(self._update_warning)
        self._update_warning()
        # An explicit minimum replaces the layout's: take the larger, so no tab is squeezed.
        layout.activate()
        self.setMinimumWidth(max(460, layout.minimumSize().width()))

    def current(self) -> Settings:
        settings = self._connection_settings()
        for page in self.pages:
            settings = page.apply(settings)
        # Locked settings keep the value the dialog opened with, whatever a page did.
        return settings.replace(**{name: getattr(self._original, name) for name in self._locked})

    def _show_locked(self, source: str) -> None:
        """Greys out the fields the administrator locked, and says why above the tabs."""
        note = self.tr("Set by your administrator: cannot be changed here.")
        locked = [w for w in self.findChildren(QWidget) if field_of(w) in self._locked]
        for widget in locked:
            widget.setEnabled(False)
            widget.setToolTip(note)
        self.locked_note.setText(
            self.tr(
                "Your administrator set the greyed-out settings for everyone ({source}); "
                "they cannot be changed here."
            ).format(source=source)
        )
        self.locked_note.setVisible(bool(locked))

    def _complete_server(self) -> None:
        completed = complete_url(self.server.text())
        if completed != self.server.text().strip():
            self.server.setText(completed)
            self.show_message(
                self.tr("Server address completed as {address}: check that it is right.").format(
                    address=completed
                )
            )

    def _cancel_check(self) -> None:
        if self._check is not None and not self._check.done():
            self._check.cancel()

    def _connection_settings(self) -> Settings:
        return self._original.replace(
            server_url=complete_url(self.server.text()).rstrip("/"),
            user=self.user.text().strip(),
            events_port=self.events_port.value(),
            desk_phone=self.desk_phone.text().strip(),
            language=str(self.language.currentData() or ""),
            http_username=self.http_user.text().strip(),
        )

    def _update_warning(self) -> None:
        plain = self.server.text().strip().lower().startswith("http://")
        creds = bool(self.http_user.text().strip())
        self.warning.setText(
            self.tr("Warning: the server login would cross the network unencrypted (http://).")
            if plain and creds
            else ""
        )
        self.warning.setVisible(plain and creds)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _on_save(self) -> None:
        self._complete_server()
        settings = self.current()
        problem = url_problem(settings.server_url)
        if problem:
            self.show_message(
                self.tr("The server address cannot contain spaces: check “{address}”.").format(
                    address=settings.server_url
                )
                if problem == SPACES
                else self.tr("Enter the server address as http://host or https://host.")
            )
            self.server.setFocus()
            return
        if not settings.user:
            self.show_message(self.tr("Enter your login e-mail or extension."))
            self.user.setFocus()
            return
        self.password = self.http_password.text()
        self.save_button.setEnabled(False)
        self.show_message(self.tr("Checking the connection…"))
        self._check = spawn(self._check_and_save(settings), on_error=self._on_unexpected)

    async def _check_and_save(self, settings: Settings) -> None:
        try:
            problem = await self._checker(settings, self.password)
        finally:
            self.save_button.setEnabled(True)
        if problem:
            self.show_message(problem)
            field = getattr(problem, "field", "")  # a FieldProblem: put the cursor there
            widget = getattr(self, field, None) if field else None
            if isinstance(widget, QWidget):
                widget.setFocus()
            return
        self.saved.emit(settings)
        self.accept()

    def _on_unexpected(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.show_message(self.tr("Unexpected error: {error}").format(error=type(exc).__name__))
