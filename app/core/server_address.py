"""The server address as the user types it: completed when the scheme is missing, and refused
with a reason that says what is wrong (a space is a typing slip, not an unreachable server).

No Qt: the settings dialog and "Test connection" translate the reasons they show.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

SPACES = "The server address cannot contain spaces."
# A bare host name or address, with an optional port and path: "sop.mycompany.be", "10.0.0.5:8080"
_BARE_HOST = re.compile(r"[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?(/\S*)?")


def url_problem(url: str) -> str | None:
    """An English reason why ``url`` cannot be an SOP base URL, or None (:data:`SPACES` for a
    space inside: that is a typing slip, not an unreachable server)."""
    if any(ch.isspace() for ch in url.strip()):
        return SPACES
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "Enter the server address as http://host or https://host."
    return None


def complete_url(text: str) -> str:
    """A server typed without its scheme ("sop.mycompany.be") gets https:// (the safe choice);
    anything else is returned as typed (stripped)."""
    text = text.strip()
    if "://" not in text and _BARE_HOST.fullmatch(text) and "." in text.split("/")[0]:
        return f"https://{text}"
    return text
