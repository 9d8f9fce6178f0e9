"""The async client of the Escaux Fusion SOP HTTP API: one method per documented call.

Each method builds its parameters (``params``), sends them through :class:`SopTransport` (which
owns timeouts, the size cap, retries and HTTP error mapping), decodes the body (``payload``) and
reads the typed result (``parse_db`` / ``parse_cc``), raising ``app.sop.errors`` types on failure.
Deprecated calls (dbGetNextStatus, dbGetPhoneState, dbCheckPincode) are left out; ccHold is
kept, for the call in progress, where a SOP still offers it.

URL forms come from the call catalogue (``app.sop.catalogue``): the documented form first
(``.json`` where the reference offers a JSON answer and ``fmt="json"``, else the XML form, which
for pumLogin/pumLogout/ccRecord/ccSetvar/ccGetvar has no suffix at all). When the SOP answers
HTTP 404 the next documented or conventional form is tried: a 404 means the SOP did nothing, so
this is not a retry even for a state-changing call. The form that worked is remembered for this
server (``forms_used``) and tried first from then on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from types import TracebackType
from typing import Literal, TypeVar

import httpx

from app.sop import catalogue, parse_cc, parse_db
from app.sop import params as P
from app.sop.catalogue import Format
from app.sop.decode import field_text
from app.sop.errors import (
    CallControlError,
    SopError,
    SopHttpError,
    SopProtocolError,
    without_frames,
)
from app.sop.models import (
    AuthResult,
    Callflow,
    CallRecord,
    Channel,
    DirectoryEntry,
    ParkedChannel,
    ProfileParameter,
    PumResult,
    Queue,
    QueueMember,
    QueuePauseResult,
    QueueStatus,
    Registration,
)
from app.sop.payload import decode, is_xml
from app.sop.records import single
from app.sop.results import check_set_profile, check_set_profile_parameters, result_code
from app.sop.transport import BIG_BODY_BYTES, Sleep, SopTransport
from app.sop.wire_log import WireLog
from app.sop.xmlsafe import WEB_PAGE_MESSAGE, looks_like_html, strip_preamble

T = TypeVar("T")

#: answers larger than this are decoded in a worker thread, off the event loop
BIG_ANSWER_BYTES = BIG_BODY_BYTES
#: dbGetCallHistory legitimately returns megabytes (10,000 CDRs are about 4 MB of JSON)
HISTORY_MAX_BYTES = 32 * 1024 * 1024

# Derived from the call catalogue (the reference's forms), never listed twice.
JSON_CALLS = frozenset(c.name for c in catalogue.CALLS if "json" in c.suffixes and c.json_answer)
# Safe to send again: they change nothing. Everything else is sent exactly once.
READ_CALLS = frozenset(c.name for c in catalogue.CALLS if c.read_only and not c.deprecated)


class SopClient:
    """Async client for one SOP. Use ``async with`` or call :meth:`aclose` when done.

    ``http`` may be an existing ``httpx.AsyncClient`` (not closed by us; ``verify`` then has no
    effect); otherwise one is created with ``verify`` (True, False or a CA bundle path).
    ``auth`` is HTTP basic auth. ``sleep`` is awaited between read retries (tests pass a fake).
    ``wire_log`` (``app.sop.wire_log.WireLog``) records every exchange (``--wire-log``).
    ``on_big_body`` is called with the size of every body over ``BIG_ANSWER_BYTES`` once read.
    """

    def __init__(
        self,
        base_url: str,
        *,
        http: httpx.AsyncClient | None = None,
        fmt: Format = "json",
        timeout_s: float = 5.0,
        read_retries: int = 2,
        retry_backoff_s: float = 0.2,
        auth: tuple[str, str] | None = None,
        verify: bool | str = True,
        max_bytes: int = 4 * 1024 * 1024,
        sleep: Sleep = asyncio.sleep,
        wire_log: WireLog | None = None,
        on_big_body: Callable[[int], None] | None = None,
    ) -> None:
        if fmt not in ("json", "xml"):
            raise ValueError(f"fmt must be 'json' or 'xml', not {fmt!r}")
        self.fmt: Format = fmt
        self._worked: dict[str, str] = {}  # call -> the suffix this server answered
        self._transport = SopTransport(
            base_url,
            http=http,
            timeout_s=timeout_s,
            read_retries=read_retries,
            retry_backoff_s=retry_backoff_s,
            auth=auth,
            verify=verify,
            max_bytes=max_bytes,
            sleep=sleep,
            wire_log=wire_log,
            on_big_body=on_big_body,
        )

    @property
    def base_url(self) -> str:
        return str(self._transport.base_url)

    def __repr__(self) -> str:
        return f"SopClient({self.base_url!r}, fmt={self.fmt!r})"

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def __aenter__(self) -> SopClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- plumbing -------------------------------------------------------------------------------

    def suffix(self, call: str) -> str:
        """The form sent first for ``call``: the one that worked here, else the documented one."""
        return self.candidates(call)[0]

    def candidates(self, call: str) -> tuple[str, ...]:
        """Every form to try for ``call``, best first."""
        forms: tuple[str, ...] = catalogue.get(call).candidates(self.fmt)
        worked = self._worked.get(call)
        if worked is not None:
            forms = (worked, *(f for f in forms if f != worked))
        return forms

    @property
    def forms_used(self) -> dict[str, str]:
        """Which URL form answered each call so far, e.g. ``{"pumLogin": "pumLogin"}``."""
        return {call: catalogue.url_path(call, s) for call, s in sorted(self._worked.items())}

    async def _body(self, call: str, query: P.Params, *, max_bytes: int | None = None) -> bytes:
        forms = self.candidates(call)
        retry = call in READ_CALLS
        for index, suffix in enumerate(forms):
            try:
                answer = await self._transport.get(
                    call, suffix, query, retry=retry, max_bytes=max_bytes
                )
            except SopHttpError as exc:
                # 404: this form does not exist here and nothing was done; try the next one.
                if exc.status_code != 404 or index + 1 >= len(forms):
                    raise
                continue
            self._worked[call] = suffix
            return answer.body
        raise AssertionError("unreachable")  # pragma: no cover

    async def _parsed(
        self,
        call: str,
        query: P.Params,
        parse: Callable[[object], T],
        *,
        max_bytes: int | None = None,
    ) -> T:
        """Fetch, decode and parse; a big answer is parsed in a worker thread, so a 10,000-row
        history does not freeze the Qt event loop for a tenth of a second."""
        body = await self._body(call, query, max_bytes=max_bytes)

        def work() -> T:
            return parse(decode(body, call=call))

        try:
            if len(body) > BIG_ANSWER_BYTES:
                return await asyncio.to_thread(work)
            return work()
        except SopError as exc:
            # Whoever keeps the error (a feature's last failure) must not keep the answer with
            # it: the traceback's frames hold the body and its decoded form.
            del body
            raise without_frames(exc)  # noqa: B904 - the same error, without those frames

    async def _call(self, call: str, query: P.Params) -> object:
        return decode(await self._body(call, query), call=call)

    async def _simple(self, call: str, query: P.Params) -> None:
        parse_cc.simple_result(await self._call(call, query), call=call)

    # -- DB access ------------------------------------------------------------------------------

    async def get_directory_info(self, **filters: str) -> list[DirectoryEntry]:
        """dbGetDirectoryInfo: directory rows matching ``filters`` (ext=, login=, fn=, ...)."""
        query = P.build(**filters)
        return await self._parsed("dbGetDirectoryInfo", query, parse_db.directory)

    async def get_callflow(self, ext: str, lang: str | None = None) -> Callflow:
        """dbGetCallflow: current profile and status, and the statuses the profile offers."""
        query = P.build(ext=ext, lang=lang)
        return await self._parsed("dbGetCallflow", query, parse_db.callflow)

    async def set_profile(
        self, ext: str, *, status: str | None = None, profile_name: str | None = None
    ) -> None:
        """dbSetProfile: set the status (untranslated name) or the profile; SetProfileError.

        Sent in its documented XML form; a ``{"Result": 0}`` JSON answer is accepted as well.
        """
        if status is None and profile_name is None:
            raise ValueError("dbSetProfile needs a status or a profile_name.")
        call = "dbSetProfile"
        query = P.build(ext=ext, status=status, profile_name=profile_name)
        payload = await self._call(call, query)
        record = (
            payload
            if isinstance(payload, int | str)
            else single(payload, call=call, roots=("dbSetProfileResult",))
        )
        check_set_profile(result_code(record, call=call), call=call)

    async def get_profile_parameters(
        self, ext: str, *, show_admin: bool = False, lang: str | None = None
    ) -> list[ProfileParameter]:
        """dbGetProfileParameters: the parameters of the extension's profile."""
        query = P.build(ext=ext, show_admin="1" if show_admin else None, lang=lang)
        return parse_db.profile_parameters(await self._call("dbGetProfileParameters", query))

    async def set_profile_parameters(self, ext: str, params: Mapping[str, str]) -> None:
        """dbSetProfileParameters: set ``name=value`` pairs; SetProfileParametersError."""
        call = "dbSetProfileParameters"
        payload = await self._call(call, P.profile_parameters(ext, params))
        record = (
            payload
            if isinstance(payload, int | str)
            else single(payload, call=call, roots=("dbSetProfileParametersResult",))
        )
        detail = "" if isinstance(record, int | str) else field_text(record, "ResultText", "Error")
        check_set_profile_parameters(result_code(record, call=call), detail=detail, call=call)

    async def get_call_history(
        self, ext: str, *, limit: int, start_date: datetime
    ) -> list[CallRecord]:
        """dbGetCallHistory: at most ``limit`` CDRs since ``start_date``, sorted newest first.

        The reference says neither in which order the SOP lists them nor which ones ``limit``
        keeps (the newest or the oldest): callers must not rely on either (see
        ``app.features.history.model`` for paging by ``start_date``).
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        query = P.build(ext=ext, limit=int(limit), start_date=P.start_date(start_date))
        records = await self._parsed(
            "dbGetCallHistory", query, parse_db.call_history, max_bytes=HISTORY_MAX_BYTES
        )
        return sorted(records, key=_newest_first)

    async def get_parked_channels(self, channel_id: str | None = None) -> list[ParkedChannel]:
        """dbGetParkedChannels: every parked channel, or only ``channel_id``'s."""
        query = P.build(channel_id=channel_id)
        return parse_db.parked_channels(await self._call("dbGetParkedChannels", query))

    async def get_queue_info(self) -> list[Queue]:
        """dbGetQueueInfo: the queues of the SOP."""
        return parse_db.queue_info(await self._call("dbGetQueueInfo", {}))

    async def authenticate(
        self,
        ext: str,
        *,
        command: Literal["check", "set"] = "check",
        password: str | None = None,
        newpassword: str | None = None,
        parameter: str | None = None,
    ) -> AuthResult:
        """dbAuthenticate: check or set a PIN; AuthenticateError on <Error>Bad command ...>."""
        if command not in ("check", "set"):
            raise ValueError(f"command must be 'check' or 'set', not {command!r}")
        query = P.build(
            ext=ext,
            command=command,
            password=password,
            newpassword=newpassword,
            parameter=parameter,
        )
        return parse_db.authenticate(await self._call("dbAuthenticate", query))

    async def get_registration(self) -> list[Registration]:
        """dbGetRegistration: every device registration on the SOP."""
        return parse_db.registrations(await self._call("dbGetRegistration", {}))

    # -- Call control ---------------------------------------------------------------------------

    async def originate(
        self,
        *,
        phone_id: str,
        to: str,
        ext: str | None = None,
        technology: str | None = None,
        async_: bool = True,
        local_optimization: bool | None = None,
        variables: Mapping[str, str] | None = None,
    ) -> None:
        """ccOriginate: ring ``phone_id``, then call ``to``. Variables are validated first."""
        var = P.originate_vars(variables) if variables else None
        query = P.build(
            phone_id=phone_id,
            to=to,
            ext=ext,
            technology=technology,
            local_optimization=(
                None if local_optimization is None else P.true_false(local_optimization)
            ),
            var=var,
        )
        query["async"] = P.true_false(async_)
        await self._simple("ccOriginate", query)

    async def hangup(self, channel_id: str) -> None:
        """ccHangup: end the call leg ``channel_id``."""
        await self._simple("ccHangup", P.build(channel_id=channel_id))

    async def redirect(self, channel_id: str, to: str) -> None:
        """ccRedirect: send ``channel_id`` to the number ``to`` (also retrieves held calls)."""
        await self._simple("ccRedirect", P.build(channel_id=channel_id, to=to))

    async def hold(self, channel_id: str) -> None:
        """ccHold (deprecated, still offered by some SOPs): put ``channel_id`` on hold; ccRedirect
        takes it back. A SOP that no longer offers it answers HTTP 404 (SopHttpError)."""
        await self._simple("ccHold", P.build(channel_id=channel_id))

    async def park(self, channel_id: str, channel_id2: str | None = None) -> None:
        """ccPark: park ``channel_id`` (and optionally ``channel_id2`` on the same slot)."""
        await self._simple("ccPark", P.build(channel_id=channel_id, channel_id2=channel_id2))

    async def join_park(self, channel_id: str, park_slot: str) -> None:
        """ccJoinPark: connect ``channel_id`` to the call parked on ``park_slot``."""
        await self._simple("ccJoinPark", P.build(channel_id=channel_id, to=park_slot))

    async def ping(self) -> None:
        """ccPing: check the HTTP API (the SOP also sends evPong on the event socket)."""
        await self._simple("ccPing", {})

    async def get_channels(
        self, *, parked_only: bool = False, hold_only: bool = False, show_vars: Sequence[str] = ()
    ) -> list[Channel]:
        """ccGetChannels: established channels, optionally with callflow variables."""
        names = [show_vars] if isinstance(show_vars, str) else list(show_vars)
        for name in names:
            if not name or "|" in name:
                raise ValueError(f"Invalid channel variable name {name!r}.")
        query = P.build(
            parked_only="1" if parked_only else None,
            hold_only="1" if hold_only else None,
            show_vars="|".join(names) or None,
        )
        return parse_cc.channels(await self._call("ccGetChannels", query))

    async def get_queue_members(
        self, queue: str | None = None, phone: str | None = None
    ) -> list[QueueMember]:
        """ccGetQueueMembers: members of one queue / one phone's memberships / everything."""
        query = P.build(queue=queue, phone=phone)
        return parse_cc.queue_members(await self._call("ccGetQueueMembers", query))

    async def queue_add(self, queue: str, phone: str) -> None:
        """ccQueueAdd: add ``phone`` to ``queue``."""
        await self._simple("ccQueueAdd", P.build(queue=queue, phone=phone))

    async def queue_remove(self, queue: str, phone: str) -> None:
        """ccQueueRemove: remove ``phone`` from ``queue``."""
        await self._simple("ccQueueRemove", P.build(queue=queue, phone=phone))

    async def fusion_queues_set(self, queues: Sequence[str], phone: str) -> None:
        """fusionQueuesSet: add ``phone`` to ``queues`` (comma-separated on the wire)."""
        await self._simple("fusionQueuesSet", P.build(queues=_queue_list(queues), phone=phone))

    async def fusion_queues_remove(self, queues: Sequence[str], phone: str) -> None:
        """fusionQueuesRemove: remove ``phone`` from ``queues``."""
        await self._simple("fusionQueuesRemove", P.build(queues=_queue_list(queues), phone=phone))

    async def get_queue_status(self, queue: str | None = None) -> list[QueueStatus]:
        """ccGetQueueStatus: how many callers wait in ``queue``. Without one, some SOPs list
        every queue and others none (the reference shows only the call with ``queue``)."""
        return parse_cc.queue_status(await self._call("ccGetQueueStatus", P.build(queue=queue)))

    async def queue_pause(self, queue: str, phone: str, paused: bool) -> QueuePauseResult:
        """ccQueuePause: pause or unpause ``phone`` in ``queue``. CallControlError when the SOP
        refuses (Result 1, an Error text) or answers the other state than the one asked."""
        call = "ccQueuePause"
        query = P.build(queue=queue, phone=phone, paused=P.true_false(paused))
        result = parse_cc.queue_pause(await self._call(call, query))
        if result.paused != paused:
            state = "paused" if result.paused else "not paused"
            raise CallControlError(
                f"The SOP could not change the pause state in the queue: it is {state}.",
                code=1,
                call=call,
            )
        return result

    async def queue_pause_all(self, phone: str, paused: bool) -> None:
        """ccQueuePauseAll: pause or unpause ``phone`` in every queue; CallControlError on 0/2
        and on the success of the other direction (3 to a pause, 1 to an unpause)."""
        query = P.build(phone=phone, paused=P.true_false(paused))
        parse_cc.pause_all(await self._call("ccQueuePauseAll", query), paused=paused)

    async def record(
        self,
        channel_id: str,
        *,
        action: Literal["start", "stop"] = "start",
        mailbox: str | None = None,
        filename: str | None = None,
        caller_id: str | None = None,
    ) -> None:
        """ccRecord: start or stop recording ``channel_id`` to a mailbox or a file."""
        if action not in ("start", "stop"):
            raise ValueError(f"action must be 'start' or 'stop', not {action!r}")
        query = P.build(
            channel_id=channel_id,
            mailbox=mailbox,
            filename=filename,
            action=action,
            caller_id=caller_id,
        )
        await self._simple("ccRecord", query)

    async def set_var(self, channel_id: str, variable: str, value: str) -> None:
        """ccSetvar: set a variable on a call. Accepts the XML answer or a bare "0"."""
        call = "ccSetvar"
        body = await self._body(
            call, P.build(channel_id=channel_id, variable=variable, value=value)
        )
        if is_xml(body):
            parse_cc.simple_result(decode(body, call=call), call=call)
        else:
            parse_cc.bare_result(_bare_text(body, call), call=call)

    async def get_var(self, channel_id: str, variable: str) -> str:
        """ccGetvar: a variable of a call. Accepts the XML answer or the bare value as text."""
        call = "ccGetvar"
        body = await self._body(call, P.build(channel_id=channel_id, variable=variable))
        if is_xml(body):
            return parse_cc.get_var(decode(body, call=call), call=call)
        return _bare_text(body, call)

    # -- PUM ------------------------------------------------------------------------------------

    async def pum_login(self, ext: str, phone: str) -> PumResult:
        """pumLogin: log ``ext`` in on ``phone``. At most once per 90 s per extension (SOP rule)."""
        return parse_cc.pum(
            await self._call("pumLogin", P.build(ext=ext, phone=phone)), call="pumLogin"
        )

    async def pum_logout(self, ext: str) -> PumResult:
        """pumLogout: remove every virtual phone of ``ext``."""
        return parse_cc.pum(await self._call("pumLogout", P.build(ext=ext)), call="pumLogout")


def _newest_first(record: CallRecord) -> tuple[bool, float]:
    """Sort key: newest first, records without a timestamp last."""
    stamp = record.timestamp
    return (stamp is None, -stamp.timestamp() if stamp is not None else 0.0)


def _queue_list(queues: Sequence[str]) -> str:
    names = [queues] if isinstance(queues, str) else list(queues)
    if not names or any(not name or "," in name for name in names):
        raise ValueError("queues must be one or more queue names without commas.")
    return ",".join(names)


def _bare_text(body: bytes, call: str) -> str:
    """The text of a non-XML answer (ccSetvar/ccGetvar as the reference shows them)."""
    if looks_like_html(body):
        raise SopProtocolError(WEB_PAGE_MESSAGE, call=call)
    try:
        return strip_preamble(body).decode("utf-8").strip()
    except UnicodeDecodeError as exc:
        raise SopProtocolError(f"The SOP's {call} answer is not text.", call=call) from exc
