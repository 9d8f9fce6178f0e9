"""``sop-companion doctor``: run the checks in a terminal, print them, write the report.

A progress line on stderr says which check runs (overwritten in place on a terminal); each
result is printed on stdout as it comes, or all at once as one JSON object with ``--json``.
Exit status 0 when no check failed, 1 otherwise.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import TextIO

from app.doctor import report
from app.doctor.checks import Doctor
from app.doctor.model import CheckResult, DoctorConfig, all_passed

EXIT_OK, EXIT_FAILED = 0, 1


class _Printer:
    def __init__(self, out: TextIO, err: TextIO, *, as_json: bool) -> None:
        self._out = out
        self._err = err
        self._json = as_json
        self._tty = err.isatty()
        self._progress_shown = False

    def progress(self, index: int, total: int, title: str) -> None:
        text = f"[{index}/{total}] checking {title}…"
        if self._tty:
            self._err.write("\r\x1b[K" + text)
            self._progress_shown = True
        else:
            self._err.write(text + "\n")
        self._err.flush()

    def clear(self) -> None:
        if self._progress_shown:
            self._err.write("\r\x1b[K")
            self._err.flush()
            self._progress_shown = False

    def result(self, result: CheckResult) -> None:
        if self._json:
            return
        self.clear()
        self._out.write(report.line(result) + "\n")
        self._out.flush()


def run(
    config: DoctorConfig,
    *,
    as_json: bool = False,
    report_path: str | None = None,
    keep_personal_data: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run every check and print them; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    printer = _Printer(out, err, as_json=as_json)
    if not as_json:
        server, user = report.safe_url(config.server_url), config.user or "(no user)"
        out.write(f"SOP Companion doctor: {server} as {user}, event port {config.events_port}\n")
    doctor = Doctor(config, on_progress=printer.progress, on_result=printer.result)
    try:
        asyncio.run(doctor.run())
    except KeyboardInterrupt:
        printer.clear()
        err.write("Interrupted.\n")
        return EXIT_FAILED
    printer.clear()
    results = doctor.results
    if as_json:
        payload = report.as_json(results, server=config.server_url, user=config.user)
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        out.write(report.summary(results) + "\n")
    if report_path:
        text = report.report_text(
            results,
            server=config.server_url,
            user=config.user,
            events_port=config.events_port,
            personal=doctor.personal,
            keep_personal_data=keep_personal_data,
        )
        try:
            Path(report_path).write_text(text, encoding="utf-8")
        except OSError as exc:
            err.write(f"Cannot write the report to {report_path}: {exc.strerror or exc}\n")
            return EXIT_FAILED
        if not as_json:
            out.write(f"Report written to {report_path}.\n")
    return EXIT_OK if all_passed(results) else EXIT_FAILED
