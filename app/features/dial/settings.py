"""The "Dialling" tab of the settings dialog: number rules, the global hotkey, tel: links."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core import demo_mode
from app.core.number_display import display_number
from app.core.numbers import DialRules, InvalidNumber, canonical, dial_string
from app.core.settings import Settings
from app.platform.hotkeys import MANUAL_COMMAND, backend_kind
from app.ui.settings_pages import example_label, mark_field

#: the numbers the example under the dialling rules shows: abroad, national, an extension
SAMPLES = ("+31205551234", "0475123456", "104")


class DialSettingsPage(QWidget):
    """A SettingsPage: ``title``, ``widget`` and ``apply``."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialSettingsPage")
        self.title = self.tr("Dialling")
        self.widget: QWidget = self
        prefix = QRegularExpressionValidator(QRegularExpression(r"[0-9*#]{0,8}"), self)
        self.outside_prefix = QLineEdit(settings.dial_outside_prefix)
        self.outside_prefix.setValidator(prefix)
        self.outside_prefix.setPlaceholderText(self.tr("none, e.g. 0"))
        self.international_prefix = QLineEdit(settings.dial_international_prefix)
        self.international_prefix.setValidator(prefix)
        self.international_prefix.setPlaceholderText(self.tr("keep +, e.g. 00"))
        self.extension_max_len = QSpinBox()
        self.extension_max_len.setRange(1, 15)
        self.extension_max_len.setValue(settings.dial_extension_max_len)
        self.hotkey = QKeySequenceEdit(QKeySequence(settings.dial_hotkey))
        self.hotkey.setObjectName("dialHotkey")
        self.hotkey.setMaximumSequenceLength(1)
        self.hotkey.setClearButtonEnabled(True)
        self.hotkey_help = QLabel(self._hotkey_help())
        self.hotkey_help.setObjectName("dialHotkeyHelp")
        self.hotkey_help.setTextFormat(Qt.TextFormat.PlainText)
        self.hotkey_help.setWordWrap(True)
        self.hotkey_help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_example = example_label("dialRulesExample")
        for field in (self.outside_prefix, self.international_prefix):
            field.textChanged.connect(self._show_rules_example)
        self.extension_max_len.valueChanged.connect(self._show_rules_example)
        self._show_rules_example()
        mark_field(self.outside_prefix, "dial_outside_prefix")
        mark_field(self.international_prefix, "dial_international_prefix")
        mark_field(self.extension_max_len, "dial_extension_max_len")
        mark_field(self.hotkey, "dial_hotkey")
        form = QFormLayout(self)
        form.addRow(self.tr("Prefix for an outside line"), self.outside_prefix)
        form.addRow(self.tr("Dial this instead of +"), self.international_prefix)
        form.addRow(self.tr("Internal extensions have at most (digits)"), self.extension_max_len)
        form.addRow(self.rules_example)
        form.addRow(self.tr("Global hotkey"), self.hotkey)
        form.addRow(self.hotkey_help)
        if sys.platform.startswith("linux"):
            self.links = QPushButton(self.tr("Open tel: and callto: links with SOP Companion"))
            self.links.setObjectName("registerLinks")
            self.links_result = QLabel("")
            self.links_result.setTextFormat(Qt.TextFormat.PlainText)
            self.links_result.setWordWrap(True)
            self.links.clicked.connect(self._register_links)
            if demo_mode.active():  # the demo leaves the computer as it found it
                self.links.setEnabled(False)
                self.links_result.setText(
                    self.tr("This is the demo: it does not change which application opens links.")
                )
            row = QHBoxLayout()
            row.addWidget(self.links)
            row.addStretch(1)
            form.addRow(row)
            form.addRow(self.links_result)

    def _show_rules_example(self) -> None:
        """What the phone dials for a number abroad, a national number and an extension."""
        rules = DialRules(
            outside_prefix=self.outside_prefix.text().strip(),
            international_prefix=self.international_prefix.text().strip(),
            extension_max_len=self.extension_max_len.value(),
        )
        try:
            dialled = [dial_string(canonical(n), rules) for n in SAMPLES]
        except InvalidNumber as exc:
            self.rules_example.setText(str(exc))
            return
        n1, n2, n3 = (display_number(n) for n in SAMPLES)
        text = self.tr("Your phone dials {a} for {n1}, {b} for {n2} and {c} for extension {n3}.")
        self.rules_example.setText(
            text.format(a=dialled[0], b=dialled[1], c=dialled[2], n1=n1, n2=n2, n3=n3)
        )

    def _hotkey_help(self) -> str:
        kind = backend_kind(QGuiApplication.platformName())
        manual = self.tr(
            "You can also bind this command in your desktop's keyboard settings: {command}"
        ).format(command=MANUAL_COMMAND)
        if kind == "x11":
            return self.tr("The hotkey works everywhere on this X11 desktop.") + "\n" + manual
        if kind in ("windows", "macos"):
            return self.tr("The hotkey works in every application.")
        if kind == "portal":
            return (
                self.tr(
                    "On Wayland the desktop may ask you to confirm the shortcut; desktops "
                    "without the global shortcuts portal ignore it."
                )
                + "\n"
                + manual
            )
        return (
            self.tr("No global hotkey is available on this desktop.")
            + "\n"
            + self.tr("Bind this command in your desktop's keyboard settings instead: {command}")
            .format(command=MANUAL_COMMAND)
        )  # fmt: skip

    def _register_links(self) -> None:
        if demo_mode.active():
            return
        from app.platform.url_handlers import HandlerError, register_linux

        try:
            path = register_linux()
        except HandlerError as exc:
            self.links_result.setText(self.tr("Not registered: {error}").format(error=exc))
        else:
            self.links_result.setText(self.tr("Registered: {path}").format(path=path))

    def apply(self, settings: Settings) -> Settings:
        sequence = self.hotkey.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        return settings.replace(
            dial_outside_prefix=self.outside_prefix.text().strip(),
            dial_international_prefix=self.international_prefix.text().strip(),
            dial_extension_max_len=self.extension_max_len.value(),
            dial_hotkey=sequence,
        )
