"""The demo SOP's fixed vocabulary: callflow profiles, their statuses and profile parameters.

A profile (``Template-User``...) belongs to a profile class (``User``...); dbSetProfile may move an
extension to another profile of the same class only (reference: dbSetProfile, remark 1). Status
names are the untranslated keys dbSetProfile takes; translations are served through ``lang``
(reference: dbGetCallflow) and fall back to English for a language the SOP does not know.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "fr", "nl", "de")

# Status name -> (en, fr, nl, de).
STATUS_TRANSLATIONS: dict[str, tuple[str, str, str, str]] = {
    "Office": ("Office", "Bureau", "Kantoor", "Büro"),
    "Telework": ("Telework", "Télétravail", "Thuiswerk", "Homeoffice"),
    "Busy": ("Busy", "Occupé", "Bezet", "Beschäftigt"),
    "Meeting": ("Meeting", "Réunion", "Vergadering", "Besprechung"),
    "Holiday": ("Holiday", "Congé", "Vakantie", "Urlaub"),
    "OutOfOffice": ("Out of office", "Absent", "Afwezig", "Abwesend"),
    "Forward": ("Forward", "Renvoi", "Doorschakelen", "Weiterleitung"),
    "Mobile": ("Mobile", "Mobile", "Gsm", "Handy"),
    "Open": ("Open", "Ouvert", "Open", "Geöffnet"),
    "Lunch": ("Lunch break", "Pause déjeuner", "Middagpauze", "Mittagspause"),
    "Closed": ("Closed", "Fermé", "Gesloten", "Geschlossen"),
    "Emergency": ("Emergency", "Urgence", "Noodgeval", "Notfall"),
    "Secretary": ("Via secretary", "Via secrétariat", "Via secretariaat", "Über Sekretariat"),
    "DoNotDisturb": ("Do not disturb", "Ne pas déranger", "Niet storen", "Bitte nicht stören"),
}


@dataclass(frozen=True, slots=True)
class ParameterDef:
    """A profile parameter. ``friendly`` holds the (en, fr, nl, de) friendly names."""

    name: str
    type: str
    owner_type: str  # "UserVar" or "AdminVar" (shown only with show_admin=1)
    friendly: tuple[str, str, str, str]
    descr: str = ""
    secret: bool = False  # never served back (pincodes)


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    profile_class: str
    statuses: tuple[str, ...]
    parameters: tuple[str, ...]
    permission: int = 30


PARAMETERS: dict[str, ParameterDef] = {
    p.name: p
    for p in (
        ParameterDef(
            "ForwardNumber",
            "EXTENSION",
            "UserVar",
            ("Number to forward to", "Numéro de renvoi", "Doorschakelnummer", "Weiterleitungsziel"),
        ),
        ParameterDef(
            "CFU.Number",
            "PHONENUMBER",
            "UserVar",
            (
                "Unconditional forward",
                "Renvoi inconditionnel",
                "Onvoorwaardelijk doorschakelen",
                "Ständige Umleitung",
            ),
            descr="Used by the Forward status",
        ),
        ParameterDef(
            "MobileNumber",
            "PHONENUMBER",
            "UserVar",
            ("Mobile number", "Numéro de GSM", "Gsm-nummer", "Handynummer"),
        ),
        ParameterDef(
            "RingTimeout",
            "INTEGER",
            "UserVar",
            ("Ring time (s)", "Durée de sonnerie (s)", "Beltijd (s)", "Klingeldauer (s)"),
        ),
        ParameterDef(
            "VoicemailEnabled",
            "BOOLEAN",
            "UserVar",
            ("Voicemail", "Messagerie vocale", "Voicemail", "Mailbox"),
        ),
        ParameterDef(
            "NightNumber",
            "PHONENUMBER",
            "UserVar",
            ("Night service number", "Numéro de nuit", "Nachtnummer", "Nachtdienstnummer"),
        ),
        ParameterDef(
            "SecretaryDevice",
            "DEVICE",
            "AdminVar",
            (
                "Your assistant's phone: SVE...",
                "Téléphone de votre assistante : SVE...",
                "Toestel van uw assistent: SVE...",
                "Telefon Ihres Sekretariats: SVE...",
            ),
        ),
        ParameterDef(
            "UserPincode",
            "PINCODE",
            "AdminVar",
            ("User pincode", "Code PIN", "Pincode", "PIN-Code"),
            secret=True,
        ),
    )
}

_USER_PARAMS = (
    "ForwardNumber",
    "CFU.Number",
    "MobileNumber",
    "RingTimeout",
    "VoicemailEnabled",
    "UserPincode",
)

PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "Template-User",
            "User",
            ("Office", "Telework", "Busy", "Meeting", "Holiday", "OutOfOffice", "Forward"),
            _USER_PARAMS,
        ),
        Profile(
            "Template-User-Mobile",
            "User",
            ("Office", "Mobile", "Telework", "Holiday", "OutOfOffice"),
            _USER_PARAMS,
        ),
        Profile(
            "Template-Manager",
            "Manager",
            ("Office", "Meeting", "Secretary", "DoNotDisturb", "Holiday"),
            (*_USER_PARAMS, "SecretaryDevice"),
        ),
        Profile(
            "Template-Reception",
            "Reception",
            ("Open", "Lunch", "Closed", "Emergency"),
            ("NightNumber", "RingTimeout", "UserPincode"),
            permission=20,
        ),
    )
}


def language_index(lang: str | None) -> int:
    """Index into the translation tuples; ``fr-BE``/``fr_BE`` are ``fr``; unknown is English."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return LANGUAGES.index(code) if code in LANGUAGES else 0


def translate_status(status: str, lang: str | None) -> str:
    names = STATUS_TRANSLATIONS.get(status)
    return names[language_index(lang)] if names else status


def find_profile(name: str) -> Profile | None:
    """A profile by its full name (``Template-User``) or its short name (``User``)."""
    return PROFILES.get(name) or PROFILES.get(f"Template-{name}")
