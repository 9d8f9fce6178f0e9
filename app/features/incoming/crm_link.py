"""The "open in CRM" link: a URL template from the settings with caller placeholders.

``{number}``, ``{name}`` and ``{ext}`` are replaced by their values, each percent-encoded in full
(``quote(value, safe="")``), so a caller name can never add a path segment, a query parameter or
a fragment. Only http and https links are opened: a template like ``file:`` or a custom scheme
would hand caller-controlled text to another program. No Qt widgets here.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PLACEHOLDERS = ("{number}", "{name}", "{ext}")
SCHEMES = ("http", "https")

_NOT_HTTP = QT_TRANSLATE_NOOP(
    "CrmLink", "The CRM link in the settings must start with http:// or https://."
)
_EMPTY = QT_TRANSLATE_NOOP("CrmLink", "No CRM link is set (Settings, Incoming calls).")


class CrmLinkError(ValueError):
    """The template cannot give a link to open; ``str(exc)`` is a sentence for the user."""


def crm_url(template: str, *, number: str, name: str, ext: str) -> str:
    """``template`` with the placeholders filled in; raises :class:`CrmLinkError`."""
    template = template.strip()
    if not template:
        raise CrmLinkError(QCoreApplication.translate("CrmLink", str(_EMPTY)))
    check_template(template)
    values = {"{number}": number, "{name}": name, "{ext}": ext}
    # One pass over the template: a value containing "{name}" is never expanded again.
    out: list[str] = []
    i = 0
    while i < len(template):
        for key in PLACEHOLDERS:
            if template.startswith(key, i):
                out.append(quote(values[key], safe=""))
                i += len(key)
                break
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def check_template(template: str) -> None:
    """Raise :class:`CrmLinkError` unless ``template`` is an http(s) link."""
    parts = urlsplit(template.strip())
    if parts.scheme.lower() not in SCHEMES or not parts.netloc:
        raise CrmLinkError(QCoreApplication.translate("CrmLink", str(_NOT_HTTP)))
