"""Who may do what: dbAuthenticate (pincodes) and PUM login/logout (hot desking).

Pincodes live in the ``UserPincode`` profile parameter (reference: dbAuthenticate, "If not set,
the profile parameter UserPincode will be used"). PUM enforces the SOP's 90-second rule per
extension (see ``app.sim.pum``). Deprecated dbCheckPincode is served too.
"""

from __future__ import annotations

from app.sim.calls import CallRequest, CallSpec
from app.sim.render import Reply, element, xml_reply


def _auth(result: str) -> Reply:
    return xml_reply(element("Authenticate", None, element("Result", result)))


def authenticate(req: CallRequest) -> Reply:
    command = req.get("command")
    if command not in ("check", "set"):
        return xml_reply(element("Authenticate", None, element("Error", f"Bad command {command}")))
    person = req.state.person(req.get("ext"))
    parameter = req.get("parameter") or "UserPincode"
    if person is None or parameter not in person.params:
        return _auth("NOK")
    stored = person.params[parameter]
    password = req.get("password")
    if command == "check":
        if stored == "":
            return _auth("UNDEFINED")
        return _auth("OK" if password == stored else "NOK")
    # set: with no pincode stored yet, any password is accepted.
    if stored and password != stored:
        return _auth("NOK")
    person.params[parameter] = req.get("newpassword")
    return _auth("OK")


def check_pincode(req: CallRequest) -> Reply:
    """Deprecated: 0 when ``pincode`` is the extension's pincode, 1 otherwise."""
    person = req.state.person(req.get("ext"))
    stored = person.params.get("UserPincode", "") if person else ""
    ok = person is not None and stored != "" and req.get("pincode") == stored
    return xml_reply(
        element(
            "dbCheckPincode",
            None,
            element("Result", 0 if ok else 1),
            element("ResultText", "OK" if ok else "NOK"),
        )
    )


def _pum_error(root_tag: str, text: str) -> Reply:
    return xml_reply(element(root_tag, None, element("Result", 1), element("Error", text)))


def _pum_refusal(req: CallRequest) -> str | None:
    ext = req.get("ext")
    if not ext:
        return "Missing parameter ext"
    person = req.state.person(ext)
    if person is None:
        return f"Extension {ext} does not exist"
    refusal = req.state.pum.refusal(ext)
    if req.state.profile.every_pum_call_counts:
        # "The time between pumLogin or pumLogout API calls": read literally, every call for
        # the extension starts the 90 seconds again, refused ones included.
        req.state.pum.accept(ext)
    forced = req.forced_result()
    if forced is not None and forced != 0:
        return "PUM request failed"
    return refusal


def pum_login(req: CallRequest) -> Reply:
    refusal = _pum_refusal(req)
    if refusal is not None:
        return _pum_error("pumLoginResult", refusal)
    state, ext, phone = req.state, req.get("ext"), req.get("phone")
    device = state.devices.get(phone)
    if device is None:
        return _pum_error("pumLoginResult", f"Phone {phone} does not exist")
    if not device.registered:
        return _pum_error("pumLoginResult", f"Phone {phone} is not registered")
    person = state.people[ext]
    state.pum.accept(ext)
    state.pum_sessions[ext] = phone
    return xml_reply(
        element(
            "pumLoginResult",
            None,
            element("Extension", ext),
            element("Phone", phone),
            element("Status", "OK"),
            element("StatusText", "Connexion successfully done."),
            element("Virtual", person.virtual),
            element("Result", 0),
        )
    )


def pum_logout(req: CallRequest) -> Reply:
    refusal = _pum_refusal(req)
    if refusal is not None:
        return _pum_error("pumLogoutResult", refusal)
    ext = req.get("ext")
    req.state.pum.accept(ext)
    req.state.pum_sessions.pop(ext, None)
    return xml_reply(
        element(
            "pumLogoutResult",
            None,
            element("Extension", ext),
            element("Result", 0),
            element("Status", "OK"),
            element("StatusText", "Logout successfully done."),
        )
    )


CALLS = (
    CallSpec("dbAuthenticate", authenticate),
    CallSpec("dbCheckPincode", check_pincode, deprecated=True),
    CallSpec("pumLogin", pum_login),
    CallSpec("pumLogout", pum_logout),
)
