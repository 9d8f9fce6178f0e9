"""The ``GET /xml/{call}[.json|.php]`` endpoint: routing, formats, auth, logging and faults.

Order of work for one request: log it (``state.request_log``, so tests can count what arrived,
even refused requests), check basic auth, find the call and the format, wait the configured
latency, then either misbehave as a fault mode says or run the handler. Events a handler
produced (evPong, evParked, evNewOrigChannel) are broadcast only once the answer is written.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from aiohttp import BasicAuth, web

from app.sim import api_access, api_cc, api_db, api_profile, api_queue
from app.sim.calls import CallRequest, CallSpec
from app.sim.host import SimHost
from app.sim.render import HTML_ERROR_PAGE, HTML_TYPE, Reply, error_reply, mangle

SUFFIXES = ("json", "php")


def registry(specs: Iterable[CallSpec] | None = None) -> dict[str, CallSpec]:
    """Every served call by name and alias."""
    if specs is None:
        specs = (
            *api_db.CALLS,
            *api_profile.CALLS,
            *api_access.CALLS,
            *api_cc.CALLS,
            *api_queue.CALLS,
        )
    table: dict[str, CallSpec] = {}
    for spec in specs:
        for name in (spec.name, *spec.aliases):
            table[name] = spec
    return table


CALLS = registry()


def split_name(raw: str) -> tuple[str, str | None]:
    """``"dbGetCallflow.json"`` -> ("dbGetCallflow", "json"), ``"pumLogin"`` -> ("pumLogin", "");
    an unknown suffix -> (name, None)."""
    stem, dot, suffix = raw.rpartition(".")
    if not dot:
        return raw, ""
    suffix = suffix.lower()
    return stem, suffix if suffix in SUFFIXES else None


def _authorized(request: web.Request, expected: tuple[str, str] | None) -> bool:
    if expected is None:
        return True
    header = request.headers.get("Authorization", "")
    given = None
    for encoding in ("utf-8", "latin1"):  # RFC 7617 says UTF-8; old clients send Latin-1
        try:
            given = BasicAuth.decode(header, encoding=encoding)
            break
        except ValueError:
            continue
    if given is None:
        return False
    user_ok = hmac.compare_digest(given.login.encode(), expected[0].encode())
    password_ok = hmac.compare_digest(given.password.encode(), expected[1].encode())
    return user_ok and password_ok


def _response(reply: Reply) -> web.Response:
    return web.Response(
        body=reply.body, status=reply.status, headers={"Content-Type": reply.content_type}
    )


class ApiEndpoint:
    """The aiohttp handler of ``/xml/{name}`` for one simulator."""

    def __init__(self, sim: SimHost) -> None:
        self._sim = sim

    async def handle(self, request: web.Request) -> web.StreamResponse:
        sim = self._sim
        raw = request.match_info["name"]
        name, suffix = split_name(raw)
        params: dict[str, str] = {}
        all_params: dict[str, list[str]] = {}
        for key, value in request.query.items():
            params.setdefault(key, value)
            all_params.setdefault(key, []).append(value)
        sim.state.request_log.append((name, dict(params)))

        faults = sim.faults
        if not _authorized(request, faults.basic_auth):
            return web.Response(
                status=401,
                text="401 Unauthorized",
                headers={"WWW-Authenticate": 'Basic realm="SOP API"'},
            )
        spec = CALLS.get(name)
        profile = sim.state.profile
        if (
            spec is None
            or suffix is None
            or not profile.serves(spec.name, suffix)
            or (name != spec.name and profile.documented_forms_only)
        ):
            return _response(error_reply(404, f"unknown call {raw}"))
        fmt = "json" if suffix == "json" else "xml"
        if faults.latency_s > 0:
            await sim.pause(faults.latency_s)

        mode = faults.mode_for(spec.name)
        if mode == "hang":
            await sim.pause(None)
            return _response(error_reply(503, "simulator stopping"))
        if mode == "http500":
            return web.Response(status=500, text="500 Internal Server Error")
        if mode == "http404":
            return web.Response(status=404, text="404 Not Found")
        if mode == "html":
            return web.Response(body=HTML_ERROR_PAGE, headers={"Content-Type": HTML_TYPE})

        call = CallRequest(spec.name, fmt, params, sim.state, faults, all_params)
        reply = spec.handler(call)
        if mode is not None:
            reply = mangle(reply, mode, sim.rng)
        response = _response(reply)
        if reply.events:
            # The reference: ccPing answers over HTTP, *then* evPong comes on the socket.
            await response.prepare(request)
            await response.write_eof()
            for document in reply.events:
                sim.hub.broadcast(document)
        return response
