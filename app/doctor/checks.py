"""The doctor's checks, in order: network, API, user, every read-only call, event socket, clock.

Theory of operation: :class:`Doctor` runs the checks one after the other on the running event
loop and reports each through ``on_progress`` (before) and ``on_result`` (after); the CLI prints
them, the settings dialog shows them, and cancelling the task stops the run at once. A check
that depends on an earlier one that failed is skipped with a line that says so. Only read-only
calls are sent (ccPing, dbGetDirectoryInfo, dbGetCallflow, dbGetCallHistory, ccGetChannels,
dbGetRegistration); dbAuthenticate needs a PIN and is left to the hot-desk dialog.
"""

from __future__ import annotations

import email.utils
import ssl
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from app.doctor import probes
from app.doctor.forms import describe_form
from app.doctor.model import CheckResult, DoctorConfig, Verdict
from app.sop.client import SopClient
from app.sop.errors import SopAuthError, SopError, SopHttpError, SopProtocolError
from app.sop.models import DirectoryEntry
from app.sop.transport import make_verify, normalise_base_url
from app.sop.wire_log import WireLog

ProgressFn = Callable[[int, int, str], None]
ResultFn = Callable[[CheckResult], None]

#: (id, title) of every check, in the order they run
CHECKS: tuple[tuple[str, str], ...] = (
    ("dns", "Name resolution"),
    ("tcp", "HTTP port"),
    ("tls", "TLS"),
    ("api", "SOP API (ccPing)"),
    ("user", "User identification"),
    ("wildcards", "wildcards=strict"),
    ("dbGetCallflow", "Statuses (dbGetCallflow)"),
    ("dbGetCallHistory", "Call history (dbGetCallHistory)"),
    ("ccGetChannels", "Channels (ccGetChannels)"),
    ("dbGetRegistration", "Phones (dbGetRegistration)"),
    ("events", "Event socket (ccPing -> evPong)"),
    ("clock", "SOP clock"),
)
#: the only SOP calls the doctor may send
READ_ONLY_CALLS = frozenset(
    {
        "ccPing",
        "dbGetDirectoryInfo",
        "dbGetCallflow",
        "dbGetCallHistory",
        "ccGetChannels",
        "dbGetRegistration",
    }
)


def escape_like(value: str) -> str:
    """``value`` with the SQL LIKE wildcards ``%`` and ``_`` escaped (backslash)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def exact_matches(entries: list[DirectoryEntry], key: str, value: str) -> list[DirectoryEntry]:
    """The entries whose ``key`` field is ``value`` exactly (logins ignore case)."""
    if key == "login":
        wanted = value.casefold()
        return [e for e in entries if e.login.casefold() == wanted]
    return [e for e in entries if e.ext == value]


def _hint_for(exc: BaseException) -> str:
    if isinstance(exc, SopAuthError):
        return "Check the HTTP login and password, or the SOP's allow-list for this computer."
    if isinstance(exc, SopHttpError) and exc.status_code == 404:
        return "The SOP does not offer this call in any form tried: check the URL and API version."
    if isinstance(exc, SopProtocolError):
        return "The answer is not the SOP's (a portal, proxy or error page?): check the URL."
    return "Check the server address, the network and that the SOP is up."


class Doctor:
    """Runs the checks for one configuration. ``results`` fills up as they finish."""

    def __init__(
        self,
        config: DoctorConfig,
        *,
        on_progress: ProgressFn | None = None,
        on_result: ResultFn | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.config = config
        self._on_progress = on_progress
        self._on_result = on_result
        self._now = now
        self.results: list[CheckResult] = []
        self.records: list[dict[str, Any]] = []
        #: values that identify people (names, numbers, logins): reports hide them by default
        self.personal: set[str] = set()
        if config.user:
            self.personal.add(config.user)
        self._wire = config.wire_log or WireLog()
        self._user: DirectoryEntry | None = None
        self._client: SopClient | None = None
        self._history_times: list[datetime] = []
        self._not_run: set[str] = set()

    # -- running ------------------------------------------------------------------------------

    async def run(self) -> list[CheckResult]:
        """Run every check; returns the results (also in ``results``)."""
        self._wire.add_listener(self.records.append)
        try:
            url = normalise_base_url(self.config.server_url)
            self._client = SopClient(
                self.config.server_url,
                fmt="xml" if self.config.fmt == "xml" else "json",
                timeout_s=self.config.timeout_s,
                read_retries=0,  # a doctor reports what happened; it does not hide it
                auth=self.config.auth,
                verify=self.config.verify,
                wire_log=self._wire,
            )
            host = url.host
            port = url.port or (443 if url.scheme == "https" else 80)
            steps: list[Callable[[], Awaitable[CheckResult]]] = [
                lambda: self._dns(host, port),
                lambda: self._tcp(host, port),
                lambda: self._tls(url.scheme, host, port),
                self._api,
                self._identify,
                self._wildcards,
                self._callflow,
                self._history,
                self._channels,
                self._registration,
                lambda: self._events(host),
                self._clock,
            ]
            for index, ((name, title), step) in enumerate(zip(CHECKS, steps, strict=True)):
                if self._on_progress is not None:
                    self._on_progress(index + 1, len(CHECKS), title)
                started = time.perf_counter()
                blocker = self._blocked(name)
                if blocker:
                    result = CheckResult(name, title, Verdict.SKIP, blocker)
                    self._not_run.add(name)
                else:
                    try:
                        result = await step()
                    except SopError as exc:
                        result = CheckResult(name, title, Verdict.FAIL, exc.message, _hint_for(exc))
                    except probes.ProbeFailed as exc:
                        result = CheckResult(name, title, Verdict.FAIL, exc.message, exc.hint)
                    result.name, result.title = name, title
                result.elapsed_ms = (time.perf_counter() - started) * 1000
                self.results.append(result)
                if self._on_result is not None:
                    self._on_result(result)
        finally:
            self._wire.remove_listener(self.records.append)
            if self._client is not None:
                await self._client.aclose()
        return self.results

    def _verdict(self, name: str) -> Verdict | None:
        return next((r.verdict for r in self.results if r.name == name), None)

    def _blocked(self, name: str) -> str:
        """Why check ``name`` cannot run (an earlier failure), or ""."""
        network = ("dns", "tcp", "tls")
        needs = {
            "tcp": ("dns",),
            "tls": ("dns", "tcp"),
            "api": network,
            "user": (*network, "api"),
            "wildcards": ("user",),
            "dbGetCallflow": ("user",),
            "dbGetCallHistory": ("user",),
            "ccGetChannels": ("api",),
            "dbGetRegistration": ("api",),
            "events": ("dns", "api"),
            "clock": ("user",),
        }.get(name, ())
        failed = [n for n in needs if self._verdict(n) is Verdict.FAIL or n in self._not_run]
        if name == "user" and not self.config.user:
            return "no user given (--user)"
        if failed:
            return f"skipped: {failed[0]} did not pass"
        return ""

    def _form(self, call: str) -> str:
        return describe_form(self.records, call, self._client)

    @property
    def client(self) -> SopClient:
        assert self._client is not None
        return self._client

    # -- network ------------------------------------------------------------------------------

    async def _dns(self, host: str, port: int) -> CheckResult:
        addresses = await probes.resolve(host, port, self.config.timeout_s)
        return CheckResult(
            "dns",
            "",
            Verdict.PASS,
            f"{host} -> {', '.join(addresses)}",
            data={"addresses": addresses},
        )

    async def _tcp(self, host: str, port: int) -> CheckResult:
        elapsed = await probes.tcp_connect(host, port, self.config.timeout_s)
        return CheckResult(
            "tcp", "", Verdict.PASS, f"{host}:{port} accepts connections ({elapsed * 1000:.0f} ms)"
        )

    async def _tls(self, scheme: str, host: str, port: int) -> CheckResult:
        if scheme != "https":
            return CheckResult(
                "tls", "", Verdict.SKIP, "plain http: nothing to check (traffic is not encrypted)"
            )
        verify = make_verify(self.config.verify)
        context = verify if isinstance(verify, ssl.SSLContext) else ssl.create_default_context()
        if verify is False:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        info = await probes.tls_handshake(host, port, context, self.config.timeout_s)
        detail = f"{info.version}, certificate for {info.subject or '?'}"
        if info.not_after:
            detail += f", valid until {info.not_after}"
        if verify is False:
            return CheckResult(
                "tls",
                "",
                Verdict.WARN,
                detail + " (not verified)",
                "Certificate checks are off: give the SOP's CA file instead.",
            )
        return CheckResult("tls", "", Verdict.PASS, detail)

    # -- the API ------------------------------------------------------------------------------

    async def _api(self) -> CheckResult:
        await self.client.ping()
        return CheckResult("api", "", Verdict.PASS, f"answers ({self._form('ccPing')})")

    async def _directory(self, key: str, value: str) -> list[DirectoryEntry]:
        return await self.client.get_directory_info(**{key: value, "wildcards": "strict"})

    async def _identify(self) -> CheckResult:
        user = self.config.user.strip()
        key = "login" if "@" in user or not user.isdigit() else "ext"
        entries = await self._directory(key, escape_like(user))
        found = exact_matches(entries, key, user)
        if not found and escape_like(user) != user:
            # A SOP that does not take backslash escapes: ask plainly, keep only exact matches.
            entries = await self._directory(key, user)
            found = exact_matches(entries, key, user)
        if not found:
            return CheckResult(
                "user",
                "",
                Verdict.FAIL,
                f"no directory entry has {key} exactly {user!r}"
                + (f" ({len(entries)} near matches)" if entries else ""),
                "Check the login e-mail or extension (Settings > User).",
            )
        if len(found) > 1:
            return CheckResult(
                "user",
                "",
                Verdict.FAIL,
                f"{len(found)} directory entries have {key} {user!r}",
                "The SOP's directory is ambiguous: use the other identifier (extension or login).",
            )
        self._user = entry = found[0]
        for value in (entry.name, entry.fn, entry.ln, entry.login, entry.email, entry.ext):
            if value:
                self.personal.add(value)
        for value in (entry.mobile, entry.home, entry.fax):
            if value:
                self.personal.add(value)
        phones = ", ".join(p for p in (entry.dp, entry.sp) if p) or "no phone"
        return CheckResult(
            "user",
            "",
            Verdict.PASS,
            f"{entry.name} (ext {entry.ext}, {phones}); exact match on {key}, "
            f"{len(entries)} returned ({self._form('dbGetDirectoryInfo')})",
            data={"ext": entry.ext, "returned": len(entries)},
        )

    async def _wildcards(self) -> CheckResult:
        assert self._user is not None
        probe = self._user.ext[:1]
        if len(self._user.ext) < 2 or not probe:
            return CheckResult("wildcards", "", Verdict.SKIP, "extension too short to test")
        entries = await self._directory("ext", probe)
        others = [e for e in entries if e.ext != probe]
        if others:
            # Both readings work: the app keeps exact matches whatever the SOP returns.
            return CheckResult(
                "wildcards",
                "",
                Verdict.PASS,
                f"not honoured (API before 2.33.3 matches substrings: ext={probe} returned "
                f"{len(others)} other extensions); SOP Companion keeps exact matches only",
                data={"honoured": False},
            )
        return CheckResult(
            "wildcards",
            "",
            Verdict.PASS,
            f"honoured: ext={probe} with wildcards=strict returned {len(entries)} entries",
            data={"honoured": True},
        )

    async def _callflow(self) -> CheckResult:
        assert self._user is not None
        callflow = await self.client.get_callflow(self._user.ext)
        if not callflow.statuses:
            return CheckResult(
                "dbGetCallflow",
                "",
                Verdict.FAIL,
                f"no status offered ({self._form('dbGetCallflow')})",
                "The user's profile offers no status: check the profile on the SOP.",
            )
        return CheckResult(
            "dbGetCallflow",
            "",
            Verdict.PASS,
            f"{len(callflow.statuses)} statuses, current {callflow.current_status!r} "
            f"({self._form('dbGetCallflow')})",
        )

    async def _history(self) -> CheckResult:
        assert self._user is not None
        since = self._now() - timedelta(days=30)
        records = await self.client.get_call_history(self._user.ext, limit=50, start_date=since)
        self._history_times = [r.timestamp for r in records if r.timestamp is not None]
        for record in records:
            for value in (record.caller_name, record.caller_number, record.called_number):
                if value:
                    self.personal.add(value)
        return CheckResult(
            "dbGetCallHistory",
            "",
            Verdict.PASS,
            f"{len(records)} calls in the last 30 days ({self._form('dbGetCallHistory')})",
        )

    async def _channels(self) -> CheckResult:
        channels = await self.client.get_channels()
        return CheckResult(
            "ccGetChannels",
            "",
            Verdict.PASS,
            f"{len(channels)} channels now ({self._form('ccGetChannels')})",
        )

    async def _registration(self) -> CheckResult:
        registrations = await self.client.get_registration()
        form = self._form("dbGetRegistration")
        phone = self.config.desk_phone.strip()
        if not phone:
            return CheckResult(
                "dbGetRegistration", "", Verdict.PASS, f"{len(registrations)} phones ({form})"
            )
        match = next((r for r in registrations if r.id.casefold() == phone.casefold()), None)
        if match is None:
            return CheckResult(
                "dbGetRegistration",
                "",
                Verdict.FAIL,
                f"desk phone {phone} is not among the SOP's {len(registrations)} phones ({form})",
                "Check the desk phone id (printed on the phone or in the SOP portal).",
            )
        state = "registered" if match.registered else "known but not registered now"
        return CheckResult(
            "dbGetRegistration",
            "",
            Verdict.PASS,
            f"desk phone {match.id} {state}; {len(registrations)} phones ({form})",
        )

    async def _events(self, host: str) -> CheckResult:
        port = self.config.events_port
        on_bytes = self._wire.event_reader(host, port)
        async with probes.EventSocketProbe(
            host, port, connect_timeout_s=self.config.timeout_s, on_bytes=on_bytes
        ) as probe:
            ready = await probe.warm_up(self.client.ping, pong_timeout_s=self.config.pong_timeout_s)
            if not ready:
                return CheckResult(
                    "events",
                    "",
                    Verdict.FAIL,
                    f"{host}:{port} accepts connections but sent no evPong for 3 ccPing"
                    + (f"; {probe.closed_reason}" if probe.closed_reason else ""),
                    "Check that this is the SOP's event port (5050 unless changed) and that "
                    "nothing between this computer and the SOP filters it.",
                )
            times = await probe.ping_times(
                self.client.ping, self.config.pings, self.config.pong_timeout_s
            )
        shown = ", ".join("-" if t is None else f"{t:.0f}" for t in times.times_ms)
        data = {"times_ms": [None if t is None else round(t, 1) for t in times.times_ms]}
        if not times.all_answered:
            missing = len(times.times_ms) - len(times.answered)
            return CheckResult(
                "events",
                "",
                Verdict.FAIL,
                f"no evPong within {self.config.pong_timeout_s:g} s for {missing} of "
                f"{len(times.times_ms)} ccPing ({shown} ms)"
                + (f"; {probe.closed_reason}" if probe.closed_reason else ""),
                "The event socket accepts connections but does not answer ccPing: check that "
                "this is the SOP's event port and that nothing between filters it.",
                data=data,
            )
        answered = sorted(times.answered)
        median = answered[len(answered) // 2]
        return CheckResult(
            "events",
            "",
            Verdict.PASS,
            f"{host}:{port}: {len(answered)} of {len(times.times_ms)} evPong, "
            f"median {median:.0f} ms, max {answered[-1]:.0f} ms ({shown} ms)",
            data=data,
        )

    async def _clock(self) -> CheckResult:
        local = self._now()
        server_date = None
        for record in reversed(self.records):
            headers = record.get("response_headers") or {}
            value = next((v for k, v in headers.items() if k.lower() == "date"), None)
            if value:
                parsed = email.utils.parsedate_to_datetime(value)
                server_date = parsed.astimezone().replace(tzinfo=None)
                break
        history = self._history_times
        notes: list[str] = []
        offset_s: float | None = None
        if server_date is not None:
            offset_s = (server_date - local).total_seconds()
            notes.append(f"HTTP Date {offset_s:+.0f} s from this computer")
        ahead_s = 0.0
        if history:
            newest = max(history)
            ahead_s = (newest - local).total_seconds()
            if ahead_s > self.config.clock_warn_s:
                notes.append(f"newest call record is {ahead_s:.0f} s in the future")
            else:
                notes.append(f"newest call record {newest:%Y-%m-%d %H:%M:%S} is not in the future")
        if not notes:
            return CheckResult(
                "clock", "", Verdict.SKIP, "no HTTP Date header and no call records to compare"
            )
        worst = max(abs(offset_s or 0.0), ahead_s)
        data = {"offset_s": offset_s, "history_ahead_s": round(ahead_s, 1)}
        hint = (
            "Set both clocks by NTP (and the same time zone): call times and missed-call "
            "badges depend on them."
        )
        if worst > self.config.clock_fail_s:
            return CheckResult("clock", "", Verdict.FAIL, "; ".join(notes), hint, data=data)
        if worst > self.config.clock_warn_s:
            return CheckResult("clock", "", Verdict.WARN, "; ".join(notes), hint, data=data)
        return CheckResult("clock", "", Verdict.PASS, "; ".join(notes), data=data)


def sent_calls(records: list[dict[str, Any]]) -> list[str]:
    """The SOP calls a run sent, from its wire records (tests assert they are all read-only)."""
    names = []
    for record in records:
        if record.get("kind") in ("http", "http_error"):
            names.append(str(record.get("path", "")).rsplit("/", 1)[-1].partition(".")[0])
    return names


async def run_doctor(
    config: DoctorConfig,
    on_progress: ProgressFn | None = None,
    on_result: ResultFn | None = None,
) -> Doctor:
    """Run every check; returns the Doctor (results, records, personal values)."""
    doctor = Doctor(config, on_progress=on_progress, on_result=on_result)
    await doctor.run()
    return doctor
