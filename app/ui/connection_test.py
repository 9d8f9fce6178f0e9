"""The settings dialog's "Test connection": the doctor's checks, with progress and Cancel.

The checks run on the qasync loop (never blocking the window); each finished check adds one
line; Cancel stops the run at once (the task is cancelled, its sockets closed). The details of
each line are the doctor's, in English, as support reads them; the rest is translated.

Signals:
    done(bool): a run ended; True when no check failed (not emitted on Cancel).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.server_address import SPACES, url_problem
from app.core.settings import Settings
from app.core.tasks import spawn
from app.doctor.checks import Doctor, ProgressFn, ResultFn
from app.doctor.model import CheckResult, DoctorConfig, Verdict, all_passed

#: runs the checks: (config, on_progress, on_result) -> results
Runner = Callable[[DoctorConfig, ProgressFn, ResultFn], Awaitable[list[CheckResult]]]
#: the settings to test and the password typed ("" when none was typed)
Source = Callable[[], tuple[Settings, str]]
PasswordLookup = Callable[[str, str], str | None]


async def run_checks(
    config: DoctorConfig, on_progress: ProgressFn, on_result: ResultFn
) -> list[CheckResult]:
    return await Doctor(config, on_progress=on_progress, on_result=on_result).run()


def _keyring_password(server_url: str, username: str) -> str | None:
    from app.core.secrets import SecretStore

    return SecretStore().get_password(server_url, username)


class ConnectionTestPanel(QWidget):
    done = Signal(bool)

    def __init__(
        self,
        source: Source,
        *,
        runner: Runner = run_checks,
        password_lookup: PasswordLookup = _keyring_password,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionTest")
        self._source = source
        self._runner = runner
        self._password_lookup = password_lookup
        self._task: asyncio.Task[None] | None = None
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.cancel_button = QPushButton(self.tr("Cancel test"))
        self.cancel_button.setObjectName("cancelTestButton")
        self.cancel_button.setEnabled(False)
        self.progress = QLabel()
        self.progress.setObjectName("testProgress")
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.progress.setWordWrap(True)
        self.results = QPlainTextEdit()  # plain text: details quote what the SOP sent
        self.results.setObjectName("testResults")
        self.results.setReadOnly(True)
        self.results.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.results.setVisible(False)
        self.results.setMinimumHeight(120)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.results)
        self.test_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def verdict_text(self, verdict: Verdict) -> str:
        return {
            Verdict.PASS: self.tr("OK"),
            Verdict.WARN: self.tr("Note"),
            Verdict.FAIL: self.tr("Failed"),
            Verdict.SKIP: self.tr("Skipped"),
        }[verdict]

    def start(self) -> None:
        if self.running:
            return
        settings, password = self._source()
        if not settings.server_url.strip():
            self.progress.setText(self.tr("Enter the server address first."))
            return
        if url_problem(settings.server_url) == SPACES:  # a typing slip, not "unreachable"
            self.progress.setText(
                self.tr("The server address cannot contain spaces: check “{address}”.").format(
                    address=settings.server_url
                )
            )
            return
        self.results.clear()
        self.results.setVisible(True)
        self.test_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setText(self.tr("Testing the connection…"))
        self._task = spawn(self._run(settings, password), on_error=self._on_error)

    def cancel(self) -> None:
        """Stop a running test at once (no-op when none runs)."""
        if self.running:
            assert self._task is not None
            self._task.cancel()
            self._finish(self.tr("Test cancelled."))

    async def _run(self, settings: Settings, password: str) -> None:
        auth = None
        if settings.http_username:
            if not password:
                lookup = self._password_lookup
                found: str | None = await asyncio.to_thread(
                    lookup, settings.server_url, settings.http_username
                )
                password = found or ""
            auth = (settings.http_username, password)
        config = DoctorConfig(
            server_url=settings.server_url,
            user=settings.user,
            events_port=settings.events_port,
            auth=auth,
            verify=settings.ca_file or True,
            fmt=settings.response_format,
            desk_phone=settings.desk_phone,
        )
        results = await self._runner(config, self._on_progress, self._on_result)
        ok = all_passed(results)
        failed = sum(r.verdict is Verdict.FAIL for r in results)
        self._finish(
            self.tr("All checks passed.")
            if ok
            else self.tr("%n check(s) failed: see the lines marked Failed.", "", failed)
        )
        self.done.emit(ok)

    def _on_progress(self, index: int, total: int, title: str) -> None:
        self.progress.setText(
            self.tr("Testing {index} of {total}: {title}…").format(
                index=index, total=total, title=title
            )
        )

    def _on_result(self, result: CheckResult) -> None:
        line = f"{self.verdict_text(result.verdict)} — {result.title}: {result.detail}"
        if result.hint and result.verdict in (Verdict.FAIL, Verdict.WARN):
            line += "\n    " + result.hint
        self.results.appendPlainText(line)

    def _finish(self, text: str) -> None:
        self.progress.setText(text)
        self.test_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_error(self, exc: BaseException) -> None:
        self._finish(self.tr("Unexpected error: {error}").format(error=type(exc).__name__))
