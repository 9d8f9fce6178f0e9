"""How phone numbers read on screen: one format for every window, by ``phonenumbers``.

``display_number("+3225551234")`` gives ``02 555 12 34``: numbers of the phone system's own
country in their national form, others in international form (``+31 20 555 1234``). Extensions,
service codes (``*98``) and anything ``phonenumbers`` does not recognise as a valid number are
shown as they came. This is display only: what is dialled or sent to the SOP is never a
displayed number (``app.core.numbers`` turns input into what ccOriginate gets).
"""

from __future__ import annotations

from functools import lru_cache

from app.core.numbers import InvalidNumber, canonical

#: the country the phone system dials in: numbers without "+" are national numbers there.
#: Escaux Fusion SOPs are Belgian; a parameter lets callers and tests say otherwise.
DEFAULT_REGION = "BE"


@lru_cache(maxsize=4096)
def display_number(number: str, region: str = DEFAULT_REGION) -> str:
    """``number`` grouped for reading, or unchanged when it is not a valid phone number."""
    try:
        text = canonical(number)  # "+32 472 89 78 31", "02/555.12.34": the digits alone
    except InvalidNumber:
        return number  # a name, "": shown as it came
    digits = text.lstrip("+")
    if not digits.isdigit() or len(digits) < 7:  # extensions, *98
        return number
    # Imported here: 15 ms the start-up does not need to pay before a number is shown.
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_valid_number(parsed):
        return number
    home = phonenumbers.region_code_for_number(parsed) == region
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(parsed, style))
