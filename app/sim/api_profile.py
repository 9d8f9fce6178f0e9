"""Profile and status calls: dbGetCallflow, dbSetProfile, dbGet/SetProfileParameters.

Deprecated dbGetNextStatus is served too, for old clients.
"""

from __future__ import annotations

import re

from app.sim.calls import CallRequest, CallSpec
from app.sim.catalog import PARAMETERS, PROFILES, find_profile, language_index, translate_status
from app.sim.data import Person
from app.sim.render import Reply, element, json_reply, missing, result_reply, xml_reply

_DIGITS = re.compile(r"[0-9]+")

# dbSetProfileParameters result texts (reference: dbSetProfileParameters).
_PARAM_RESULT_TEXT = {
    0: "OK",
    1: "Missing or syntactically invalid parameter",
    2: "Unknown global parameter",
    3: "Global parameter not applicable to profile",
    5: "Sync to SMP failed",
}

# Value syntax per parameter type; a value that does not fit is result 1.
_VALUE_SYNTAX = {
    "EXTENSION": re.compile(r"[0-9]*"),
    "PHONENUMBER": re.compile(r"\+?[0-9 ./()-]*"),
    "INTEGER": re.compile(r"[0-9]{1,4}"),
    "BOOLEAN": re.compile(r"[01]"),
    "DEVICE": re.compile(r"(S[A-Z0-9]{7})?"),
    "PINCODE": re.compile(r"[0-9]{0,12}"),
}


def get_callflow(req: CallRequest) -> Reply:
    if not req.has("ext"):
        return missing("ext")
    person = req.state.person(req.get("ext"))
    profile = PROFILES[person.profile] if person else None
    statuses = profile.statuses if profile else ()
    lang = req.get("lang") or None
    current_profile = person.profile if person else ""
    current_status = person.status if person else ""
    if req.fmt == "json":
        return json_reply(
            {
                "PermissionStatus": [profile.permission if profile else 0 for _ in statuses],
                "Status": list(statuses),
                "TranslatedStatus": [translate_status(s, lang) for s in statuses],
                "CurrentProfile": current_profile,
                "CurrentStatus": current_status,
            }
        )
    root = element(
        "dbGetCallflowResult",
        None,
        element("CurrentProfile", current_profile),
        element("CurrentStatus", current_status),
        *(element("Status", s) for s in statuses),
    )
    translations = element("Translations")
    for status in statuses:
        translations.append(
            element(
                "Translation",
                None,
                element("Name", status),
                element("TranslatedName", translate_status(status, lang)),
            )
        )
    root.append(translations)
    return xml_reply(root)


def _set_profile_code(req: CallRequest) -> int:
    ext = req.get("ext")
    person = req.state.person(ext) if _DIGITS.fullmatch(ext) else None
    if person is None:
        return 1
    status = req.get("status")
    profile_name = req.get("profile_name")
    if profile_name:
        # "Template-User", "User" or "User.Forward" (profile, then the status to set).
        name, dot, wanted = profile_name.partition(".")
        profile = find_profile(name)
        if profile is None:
            return 3
        if profile.profile_class != PROFILES[person.profile].profile_class:
            return 2
        if not dot:
            keep = person.status if person.status in profile.statuses else profile.statuses[0]
            wanted = status or keep
        if wanted not in profile.statuses:
            return 3
        person.profile, person.status = profile.name, wanted
        return 0
    if not status or status not in PROFILES[person.profile].statuses:
        return 3
    person.status = status
    return 0


def set_profile(req: CallRequest) -> Reply:
    forced = req.forced_result()
    code = forced if forced is not None else _set_profile_code(req)
    return result_reply(req.fmt, "dbSetProfileResult", code)


def _parameters(person: Person, show_admin: bool, lang: str | None) -> list[dict[str, str]]:
    index = language_index(lang)
    rows = []
    for name, value in person.params.items():
        definition = PARAMETERS[name]
        if definition.owner_type == "AdminVar" and not show_admin:
            continue
        rows.append(
            {
                "name": name,
                "friendly_name": definition.friendly[index],
                "descr": definition.descr,
                "value": "" if definition.secret else value,
                "type": definition.type,
                "owner_type": definition.owner_type,
            }
        )
    return rows


def get_profile_parameters(req: CallRequest) -> Reply:
    if not req.has("ext"):
        return missing("ext")
    person = req.state.person(req.get("ext"))
    rows = (
        _parameters(person, req.get("show_admin") == "1", req.get("lang") or None) if person else []
    )
    if req.fmt == "json":
        keyed = {row["name"]: row for row in rows}
        wrapped = req.state.profile.parameters_json_wrapped
        return json_reply({"ProfileParameters": keyed} if wrapped else keyed)
    root = element("ProfileParameters")
    for row in rows:
        node = element(
            row["name"], None, *(element(key, value or None) for key, value in row.items())
        )
        if row["type"] == "DEVICE":
            node.append(element("enum_options"))
        root.append(node)
    return xml_reply(root)


def _set_parameters_code(req: CallRequest) -> int:
    person = req.state.person(req.get("ext"))
    pairs = {key: value for key, value in req.params.items() if key != "ext"}
    if person is None or not pairs:
        return 1
    allowed = PROFILES[person.profile].parameters
    for name, value in pairs.items():
        if name not in PARAMETERS:
            return 2
        if name not in allowed:
            return 3
        syntax = _VALUE_SYNTAX.get(PARAMETERS[name].type)
        if syntax is not None and not syntax.fullmatch(value):
            return 1
    person.params.update(pairs)
    return 0


def set_profile_parameters(req: CallRequest) -> Reply:
    forced = req.forced_result()
    code = forced if forced is not None else _set_parameters_code(req)
    return result_reply(
        req.fmt,
        "dbSetProfileParametersResult",
        code,
        ResultText=_PARAM_RESULT_TEXT.get(code, "Error"),
        Debug=None,
    )


def get_next_status(req: CallRequest) -> Reply:
    """Deprecated: the profile, the current status and the one after it in the list."""
    person = req.state.person(req.get("ext"))
    statuses = PROFILES[person.profile].statuses if person else ()
    current = person.status if person else ""
    following = (
        statuses[(statuses.index(current) + 1) % len(statuses)] if current in statuses else ""
    )
    return xml_reply(
        element(
            "dbGetNextStatusResult",
            None,
            element("Profile", person.profile if person else ""),
            element("Status", current),
            element("Next_Status", following),
        )
    )


CALLS = (
    CallSpec("dbGetCallflow", get_callflow),
    CallSpec("dbSetProfile", set_profile),
    CallSpec("dbGetProfileParameters", get_profile_parameters),
    CallSpec("dbSetProfileParameters", set_profile_parameters),
    CallSpec("dbGetNextStatus", get_next_status, deprecated=True),
)
