"""Building and checking the query parameters of SOP calls before anything is sent.

Values always travel through httpx's ``params=`` so they are percent-encoded and can never add a
parameter; this module only shapes them the way the reference wants (booleans as "true"/"false"
or "1", dates as ``yyyy-mm-dd hh:mm:ss``, ccOriginate's ``var`` list) and refuses input that
the SOP would misread, with a ValueError that says what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

Params = dict[str, str]

# ccOriginate var: "Values are limited to max 59 printable characters in the ranges [0-9], [A-Z]
# or [a-z]." Names are "free", but '=', '|' and blanks would break the name=value|... syntax.
_VAR_VALUE = re.compile(r"[0-9A-Za-z]{0,59}")
_VAR_NAME = re.compile(r"[A-Za-z0-9_.\-]{1,80}")
MAX_VAR_VALUE = 59


def true_false(value: bool) -> str:
    """The "true"/"false" booleans of ccOriginate and ccQueuePause."""
    return "true" if value else "false"


def build(**values: str | int | None) -> Params:
    """Query parameters without the unset (None) ones, every value as text."""
    return {name: str(value) for name, value in values.items() if value is not None}


def start_date(value: datetime) -> str:
    """dbGetCallHistory's start_date: 'yyyy-mm-dd hh:mm:ss' (local SOP time, no zone)."""
    return value.strftime("%Y-%m-%d %H:%M:%S")


def originate_vars(variables: Mapping[str, str]) -> str:
    """ccOriginate's ``var``: ``name1=value1|name2=|...``, validated.

    Raises ValueError naming the offending variable when a name is empty or holds characters
    outside [A-Za-z0-9_.-], or a value is longer than 59 characters or not [0-9A-Za-z].
    """
    parts = []
    for name, value in variables.items():
        if not isinstance(name, str) or not _VAR_NAME.fullmatch(name):
            raise ValueError(
                f"Invalid call variable name {name!r}: "
                "use 1 to 80 letters, digits, '_', '.' or '-'."
            )
        if not isinstance(value, str):
            raise ValueError(f"Call variable {name!r} must be text, not {type(value).__name__}.")
        if len(value) > MAX_VAR_VALUE:
            raise ValueError(
                f"Call variable {name!r} is {len(value)} characters long; "
                f"the SOP accepts at most {MAX_VAR_VALUE}."
            )
        if not _VAR_VALUE.fullmatch(value):
            raise ValueError(
                f"Call variable {name!r} may only hold the letters A-Z, a-z and the digits 0-9."
            )
        parts.append(f"{name}={value}")
    return "|".join(parts)


def profile_parameters(ext: str, params: Mapping[str, str]) -> Params:
    """dbSetProfileParameters' query: ``ext`` plus one ``name=value`` per parameter."""
    if not params:
        raise ValueError("dbSetProfileParameters needs at least one parameter to set.")
    query = {"ext": ext}
    for name, value in params.items():
        if not isinstance(name, str) or not name.strip():
            raise ValueError("A profile parameter name may not be empty.")
        if name == "ext":
            raise ValueError("'ext' is the extension, not a profile parameter name.")
        if not isinstance(value, str):
            raise ValueError(
                f"Profile parameter {name!r} must be text, not {type(value).__name__}."
            )
        query[name] = value
    return query
