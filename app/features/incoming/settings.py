"""The "Incoming calls" tab of the settings dialog: popups, their timeout, voicemail, CRM link."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.core.numbers import DIALLABLE, InvalidNumber, canonical
from app.core.settings import Settings
from app.features.incoming.crm_link import CrmLinkError, check_template, crm_url
from app.ui.settings_pages import example_label, mark_field

DEFAULT_VOICEMAIL = Settings().incoming_voicemail
#: the caller the examples under the templates use
SAMPLE_NUMBER, SAMPLE_NAME = "+3225551234", "Jolien Mertens"


def own_extension(settings: Settings) -> str:
    """The user's extension for the examples: the login when it is one, else 201."""
    user = settings.user.strip()
    return user if user.isdigit() else "201"


_FIELD = re.compile(r"\{[^{}]*\}")


def voicemail_problem(template: str, example_ext: str = "201") -> str:
    """Why ``template`` cannot be the voicemail number ("" when it can): {ext} is the only
    field, and with it filled in the rest must be a number (digits, *, #, a leading +)."""
    template = template.strip()
    if not template:
        return ""
    others = sorted({f for f in _FIELD.findall(template) if f != "{ext}"})
    if others:
        return QCoreApplication.translate(
            "IncomingSettingsPage", "Only {ext} is filled in here, not {fields}."
        ).format(ext="{ext}", fields=", ".join(others))
    try:
        number = canonical(template.replace("{ext}", example_ext))
    except InvalidNumber:
        number = ""
    if not DIALLABLE.match(number):
        return QCoreApplication.translate(
            "IncomingSettingsPage",
            "The voicemail number must be a number (digits, *, #), with {ext} where your "
            "extension goes.",
        ).format(ext="{ext}")
    return ""


class IncomingSettingsPage(QWidget):
    """A SettingsPage: ``title``, ``widget`` and ``apply``."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomingSettingsPage")
        self.title = self.tr("Incoming calls")
        self.widget: QWidget = self
        self.enabled = QCheckBox(self.tr("Show a popup when a call rings my extension"))
        self.enabled.setChecked(bool(settings.incoming_popups))
        self.timeout = QSpinBox()
        self.timeout.setRange(0, 600)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setSpecialValueText(self.tr("until the call ends"))
        self.timeout.setValue(max(0, min(600, settings.incoming_timeout_s)))
        self.voicemail = QLineEdit(settings.incoming_voicemail)
        self.voicemail.setPlaceholderText(DEFAULT_VOICEMAIL)
        self.crm = QLineEdit(settings.incoming_crm_url)
        self.crm.setObjectName("crmUrl")
        self.crm.setPlaceholderText("https://crm.example.com/search?phone={number}")
        self._ext = own_extension(settings)
        self.voicemail_example = example_label("voicemailExample", one_line=True)
        self.crm_example = example_label("crmExample", one_line=True)
        self.voicemail_help = QLabel(
            self.tr(
                "The number “To voicemail” sends a call to. Write {ext} where your extension "
                "goes: *{ext} is * followed by your extension."
            )
        )
        self.voicemail_help.setTextFormat(Qt.TextFormat.PlainText)
        self.voicemail_help.setWordWrap(True)
        self.voicemail_error = QLabel("")
        self.voicemail_error.setObjectName("voicemailError")
        self.voicemail_error.setTextFormat(Qt.TextFormat.PlainText)
        self.voicemail_error.setWordWrap(True)
        self.voicemail.textChanged.connect(self._check_voicemail)
        self._check_voicemail(self.voicemail.text())
        self.crm_help = QLabel(
            self.tr(
                "The web page “Open in CRM” opens for a caller. Write {number} where the "
                "caller's number goes, {name} for their name and {ext} for your extension: "
                "they are filled in for each call. Leave empty to hide the button."
            )
        )
        self.crm_help.setTextFormat(Qt.TextFormat.PlainText)
        self.crm_help.setWordWrap(True)
        self.crm_error = QLabel("")
        self.crm_error.setObjectName("crmUrlError")
        self.crm_error.setTextFormat(Qt.TextFormat.PlainText)
        self.crm_error.setWordWrap(True)
        self.crm.textChanged.connect(self._check_crm)
        self.voicemail.textChanged.connect(self._show_voicemail_example)
        self._check_crm(self.crm.text())
        self._show_voicemail_example(self.voicemail.text())
        mark_field(self.enabled, "incoming_popups")
        mark_field(self.timeout, "incoming_timeout_s")
        mark_field(self.voicemail, "incoming_voicemail")
        mark_field(self.crm, "incoming_crm_url")
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("Close the popup after"), self.timeout)
        form.addRow(self.tr("Voicemail number"), self.voicemail)
        form.addRow("", self.voicemail_example)
        form.addRow(self.voicemail_help)
        form.addRow(self.voicemail_error)
        form.addRow(self.tr("Open callers in my CRM at"), self.crm)
        form.addRow("", self.crm_example)
        form.addRow(self.crm_help)
        form.addRow(self.crm_error)

    def _show_voicemail_example(self, text: str) -> None:
        """ "Calls you send to voicemail go to *201", as the app will dial it."""
        template = text.strip() or DEFAULT_VOICEMAIL
        try:
            target = canonical(template.replace("{ext}", self._ext))
        except InvalidNumber as exc:
            self.voicemail_example.setText(str(exc))
            return
        self.voicemail_example.setText(
            self.tr("For you (extension {ext}): calls sent to voicemail go to {target}").format(
                ext=self._ext, target=target
            )
        )

    def _check_voicemail(self, text: str) -> None:
        message = voicemail_problem(text)
        self.voicemail_error.setText(message)
        self.voicemail_error.setVisible(bool(message))

    def _check_crm(self, text: str) -> None:
        message = ""
        if text.strip():
            try:
                check_template(text)
            except CrmLinkError as exc:
                message = str(exc)
        self.crm_error.setText(message)
        self.crm_error.setVisible(bool(message))
        example = ""
        if text.strip() and not message:
            url = crm_url(text, number=SAMPLE_NUMBER, name=SAMPLE_NAME, ext=self._ext)
            example = self.tr("For a call from {name}: {url}").format(name=SAMPLE_NAME, url=url)
        self.crm_example.setText(example)
        self.crm_example.setVisible(bool(example))

    def apply(self, settings: Settings) -> Settings:
        crm = self.crm.text().strip()
        try:
            if crm:
                check_template(crm)
        except CrmLinkError:
            crm = settings.incoming_crm_url  # an invalid link is not saved (shown on the page)
        return settings.replace(
            incoming_popups=int(self.enabled.isChecked()),
            incoming_timeout_s=self.timeout.value(),
            # a voicemail number that is not one is not saved (the page says why)
            incoming_voicemail=(
                self.voicemail.text().strip()
                if not voicemail_problem(self.voicemail.text())
                else settings.incoming_voicemail
            )
            or DEFAULT_VOICEMAIL,
            incoming_crm_url=crm,
        )
