"""A tiny control API for a standalone simulator (``python -m app.sim``).

``GET /_sim/state``      JSON summary: ports, statuses, live calls, originations, fault knobs.
``POST /_sim/faults``    JSON object of fault knobs (see ``Faults.apply``), plus
                         ``incoming_call_every_s`` and ``flood_events_per_s``.
``POST /_sim/incoming``  ``{"ext": "201", "caller_id": "+3221234567"}``: ring an extension now.
``POST /_sim/reset``     back to the initial state, no faults.
``POST /_sim/call``      ``{"ext": "201", "other": "102"}``: an established call between them.
``POST /_sim/answer``    ``{"channel": "SIP/..."}``: a ringing call is picked up.
``POST /_sim/status``    ``{"ext": "102", "status": "Busy"}``: a colleague's status changes.
``POST /_sim/registration`` ``{"phone": "SDP20001", "registered": false}``.
These routes ignore the fault knobs and basic auth: they are how one turns those on and off.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from app.sim import presence
from app.sim.host import SimHost


def _error(message: str) -> web.Response:
    return web.json_response({"error": message}, status=400)


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json() if request.can_read_body else {}
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"body is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise ValueError("body must be a JSON object")
    return body


def add_control_routes(app: web.Application, sim: SimHost) -> None:
    async def state(_: web.Request) -> web.Response:
        return web.json_response(sim.describe(), dumps=lambda o: json.dumps(o, ensure_ascii=False))

    async def faults(request: web.Request) -> web.Response:
        try:
            knobs = await _body(request)
            every = knobs.pop("incoming_call_every_s", sim.incoming_call_every_s)
            flood = knobs.pop("flood_events_per_s", sim.flood_events_per_s)
            sim.faults.apply(knobs)
            sim.set_incoming_every(None if every is None else float(every))
            sim.set_flood(float(flood or 0.0))
        except (ValueError, TypeError) as exc:
            return _error(str(exc))
        return web.json_response(sim.faults.snapshot())

    async def incoming(request: web.Request) -> web.Response:
        try:
            body = await _body(request)
        except ValueError as exc:
            return _error(str(exc))
        ext = str(body.get("ext") or "")
        if sim.state.person(ext) is None:
            return _error(f"unknown extension {ext!r}")
        caller = body.get("caller_id")
        channel = await sim.emit_incoming_call(ext, None if caller is None else str(caller))
        return web.json_response({"channel": channel})

    async def call(request: web.Request) -> web.Response:
        """``{"ext": "201", "other": "102"}``: an established call between the two."""
        try:
            body = await _body(request)
        except ValueError as exc:
            return _error(str(exc))
        channel = sim.establish_call(str(body.get("ext") or ""), str(body.get("other") or ""))
        if channel is None:
            return _error("unknown extension, or one without a phone")
        return web.json_response({"channel": channel})

    async def answer(request: web.Request) -> web.Response:
        """``{"channel": "SIP/..."}``: the ringing call is picked up."""
        try:
            body = await _body(request)
        except ValueError as exc:
            return _error(str(exc))
        channel = sim.answer_call(str(body.get("channel") or ""))
        if channel is None:
            return _error("no such ringing call")
        return web.json_response({"channel": channel})

    async def status(request: web.Request) -> web.Response:
        """``{"ext": "102", "status": "Busy"}``: a colleague's status changes."""
        try:
            body = await _body(request)
        except ValueError as exc:
            return _error(str(exc))
        person = sim.state.person(str(body.get("ext") or ""))
        if person is None or not presence.set_status(person, str(body.get("status") or "")):
            return _error("unknown extension, or a status its profile lacks")
        return web.json_response({"ext": person.ext, "status": person.status})

    async def registration(request: web.Request) -> web.Response:
        """``{"phone": "SDP20001", "registered": false}``: a phone drops off or registers."""
        try:
            body = await _body(request)
        except ValueError as exc:
            return _error(str(exc))
        device = sim.state.devices.get(str(body.get("phone") or ""))
        if device is None:
            return _error("unknown phone")
        presence.set_registered(device, bool(body.get("registered")))
        return web.json_response({"phone": device.id, "registered": device.registered})

    async def reset(_: web.Request) -> web.Response:
        sim.reset()
        return web.json_response({"reset": True})

    app.router.add_get("/_sim/state", state)
    app.router.add_post("/_sim/faults", faults)
    app.router.add_post("/_sim/incoming", incoming)
    app.router.add_post("/_sim/reset", reset)
    app.router.add_post("/_sim/call", call)
    app.router.add_post("/_sim/answer", answer)
    app.router.add_post("/_sim/status", status)
    app.router.add_post("/_sim/registration", registration)
