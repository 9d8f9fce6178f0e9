"""Phone-number normalisation: what people paste, turned into what ccOriginate may dial.

Theory of operation: ``canonical(text)`` accepts the shapes numbers take in mails, web pages and
signatures (``+32 (0)2 555 12 34``, ``02/555.12.34``, ``tel:+32-2-555-1234``,
``callto://+3225551234``, ``sip:102@pbx``, non-breaking spaces, unicode dashes, full-width
digits) and returns only ASCII digits, ``*`` and ``#``, with an optional leading ``+``. Anything
else (letters, ``&``, an empty string) raises :class:`InvalidNumber` with a sentence for the user.
``dial_string(canonical, rules)`` then applies the site's dialling rules (an international
prefix for ``+``, an outside-line prefix). Both outputs always match :data:`DIALLABLE`, so a
value sent as ``to`` can never carry anything but a phone number.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from app.core.settings import Settings

DIALLABLE = re.compile(r"\A\+?[0-9*#]+\Z")
MAX_DIGITS = 32  # E.164 allows 15; service codes and prefixes add a few. Longer is a paste error.
# Longer input is refused before it is looked at (a tel: link with parameters fits easily)
MAX_INPUT_CHARS = 256
# Invisible characters that reorder what is shown (U+202E makes "123" look like "321"): a number
# that does not read as it dials is refused, never cleaned.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")

_SCHEMES = ("tel:", "callto:", "sip:", "sips:")
# Separators people put between digit groups: any Unicode space or dash, dots, slashes, brackets.
_SEPARATOR_CHARS = frozenset("./()[]\u2212")  # U+2212 MINUS SIGN: a dash to most eyes
_TRUNK_ZERO = re.compile(r"\A(\+\d{1,4}|00\d{1,4})\(0\)")

_EMPTY = QT_TRANSLATE_NOOP("Numbers", "Enter a phone number.")
_BAD_CHAR = QT_TRANSLATE_NOOP(
    "Numbers", "“{text}” is not a phone number: “{char}” is not allowed (only digits, +, * and #)."
)
_NO_DIGITS = QT_TRANSLATE_NOOP("Numbers", "“{text}” is not a phone number: it has no digits.")
_PLUS_PLACE = QT_TRANSLATE_NOOP(
    "Numbers", "“{text}” is not a phone number: + may only stand at the start."
)
_TOO_LONG = QT_TRANSLATE_NOOP("Numbers", "“{text}” is not a phone number: more than {max} digits.")
_TOO_LONG_TEXT = QT_TRANSLATE_NOOP(
    "Numbers", "This text is too long to be a phone number (more than {max} characters)."
)
_TWO_LINES = QT_TRANSLATE_NOOP(
    "Numbers", "“{text}” spans several lines: give one number at a time."
)
_BIDI = QT_TRANSLATE_NOOP(
    "Numbers",
    "“{text}” contains an invisible character that changes the reading direction; "
    "type the number again.",
)
_BAD_RULE = QT_TRANSLATE_NOOP(
    "Numbers", "The dialling prefixes in the settings may only contain digits, * and #."
)


class InvalidNumber(ValueError):
    """The text is not a phone number; ``str(exc)`` is a translated sentence for the user."""


def _tr(text: object) -> str:
    return QCoreApplication.translate("Numbers", str(text))


def _shown(text: str) -> str:
    """The user's input, shortened for a message (it is shown as plain text)."""
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _visible(text: str) -> str:
    return "".join(c for c in text if c not in _BIDI_CONTROLS)


@dataclass(frozen=True, slots=True)
class DialRules:
    """The site's dialling rules, from the settings.

    ``international_prefix``: when set, a leading ``+`` is rewritten to it (``00`` in Europe).
    ``outside_prefix``: prepended to outside numbers, i.e. numbers with a ``+`` or with more than
    ``extension_max_len`` digits; never to extensions or ``*``/``#`` service codes.
    """

    outside_prefix: str = ""
    international_prefix: str = ""
    extension_max_len: int = 6

    @classmethod
    def from_settings(cls, settings: Settings) -> DialRules:
        return cls(
            outside_prefix=settings.dial_outside_prefix.strip(),
            international_prefix=settings.dial_international_prefix.strip(),
            extension_max_len=settings.dial_extension_max_len,
        )


def _strip_scheme(text: str) -> str:
    lowered = text.lower()
    for scheme in _SCHEMES:
        if lowered.startswith(scheme):
            rest = text[len(scheme) :]
            rest = rest.removeprefix("//")
            # tel:+32-2-555;phone-context=... / sip:102@pbx;transport=udp?subject=x
            for stop in ";?":
                rest = rest.split(stop, 1)[0]
            if scheme.startswith("sip"):
                rest = rest.split("@", 1)[0]
            return unquote(rest)
    return text


def canonical(text: str) -> str:
    """Digits, ``*`` and ``#`` with an optional leading ``+``; raises :class:`InvalidNumber`."""
    if len(text) > MAX_INPUT_CHARS:
        raise InvalidNumber(_tr(_TOO_LONG_TEXT).format(max=MAX_INPUT_CHARS))
    original = text
    text = _strip_scheme(text.strip())
    for char in text:
        if char in _BIDI_CONTROLS:
            raise InvalidNumber(_tr(_BIDI).format(text=_shown(_visible(original))))
        if char in _LINE_BREAKS:  # "123\n456" is two numbers, never 123456
            raise InvalidNumber(_tr(_TWO_LINES).format(text=_shown(original)))
    for char in text:
        if unicodedata.category(char) == "No":  # "²", "½": NFKC would turn them into digits
            raise InvalidNumber(_tr(_BAD_CHAR).format(text=_shown(original), char=char))
    # Full-width digits and compatibility forms become ASCII; the checks below see the result.
    text = unicodedata.normalize("NFKC", text)
    compact: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if char.isascii() and (char.isdigit() or char in "+*#"):
            compact.append(char)
        elif category in ("Zs", "Pd", "Cf") or char in _SEPARATOR_CHARS or char == "\t":
            if char in "()":
                compact.append(char)  # kept for the "(0)" rule, dropped below
        else:
            raise InvalidNumber(_tr(_BAD_CHAR).format(text=_shown(original), char=char))
    joined = "".join(compact)
    if not joined:
        if not original.strip():
            raise InvalidNumber(_tr(_EMPTY))
        raise InvalidNumber(_tr(_NO_DIGITS).format(text=_shown(original)))
    # "+32 (0)2 ...": the (0) is the national trunk prefix, never dialled after a country code.
    joined = _TRUNK_ZERO.sub(r"\1", joined).replace("(", "").replace(")", "")
    if "+" in joined[1:]:
        raise InvalidNumber(_tr(_PLUS_PLACE).format(text=_shown(original)))
    if not any(c.isdigit() for c in joined):
        raise InvalidNumber(_tr(_NO_DIGITS).format(text=_shown(original)))
    if len(joined.lstrip("+")) > MAX_DIGITS:
        raise InvalidNumber(_tr(_TOO_LONG).format(text=_shown(original), max=MAX_DIGITS))
    return joined


def valid_prefix(prefix: str) -> bool:
    return prefix == "" or re.fullmatch(r"[0-9*#]{1,8}", prefix) is not None


def dial_string(number: str, rules: DialRules) -> str:
    """``number`` (canonical) with the site's rules applied; raises :class:`InvalidNumber`."""
    if not (valid_prefix(rules.outside_prefix) and valid_prefix(rules.international_prefix)):
        raise InvalidNumber(_tr(_BAD_RULE))
    if number.startswith(("*", "#")):
        return number
    outside = number.startswith("+") or len(number) > rules.extension_max_len
    if number.startswith("+") and rules.international_prefix:
        number = rules.international_prefix + number[1:]
    # A number that still starts with "+" is routed by the PBX itself (E.164): no prefix can
    # stand before the "+".
    if outside and rules.outside_prefix and not number.startswith("+"):
        number = rules.outside_prefix + number
    return number


def normalise(text: str, rules: DialRules | None = None) -> str:
    """What to send as ccOriginate ``to`` for ``text``; raises :class:`InvalidNumber`."""
    number = canonical(text)
    return dial_string(number, rules) if rules is not None else number


def looks_like_number(text: str) -> bool:
    """True when ``text`` (a selection, the clipboard) parses as a phone number with digits."""
    if len(text) > 200:
        return False
    try:
        return any(c.isdigit() for c in canonical(text))
    except InvalidNumber:
        return False


def number_key(text: str) -> str:
    """A stored number in canonical form ("" when it is not one): matches dialled numbers."""
    try:
        return canonical(text)
    except InvalidNumber:
        return ""
