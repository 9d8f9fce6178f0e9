"""dbGetCallHistory disposition codes: what happened to a call, and on which device.

The reference lists 000-003 (placed), 100-103 (missed), 200-203 (answered) and 300 (sent to
voicemail); the last digit names the device (0 none, 1 primary, 2 secondary, 3 mobile). Any
other code is :attr:`Category.UNKNOWN`: it is shown as "Other (code 301)", counted nowhere and
never raises. Digit-only codes shorter than three digits are zero-padded first ("1" is "001"): a
JSON number loses its leading zeros. A SOP may send the reference's text instead of the code
('missed on primary phone', in any case): it is read as that code.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class Category(enum.Enum):
    PLACED = "placed"
    MISSED = "missed"
    ANSWERED = "answered"
    VOICEMAIL = "voicemail"
    UNKNOWN = "unknown"


class Device(enum.Enum):
    NONE = ""
    PRIMARY = "primary"
    SECONDARY = "secondary"
    MOBILE = "mobile"


@dataclass(frozen=True, slots=True)
class Disposition:
    code: str  # as normalised ("001"); the raw text for unknown codes
    category: Category
    device: Device
    label_source: str  # untranslated English label; "" for unknown codes

    @property
    def known(self) -> bool:
        return self.category is not Category.UNKNOWN

    @property
    def counts_as_missed(self) -> bool:
        """Counted in the tray badge: missed (1xx); voicemail (300) is listed but not counted."""
        return self.category is Category.MISSED

    def label(self) -> str:
        """For display, in the UI language; an undocumented code as "Other (code 999)"."""
        if not self.known:
            if not self.code:
                return QCoreApplication.translate("Dispositions", "No disposition")
            return QCoreApplication.translate("Dispositions", "Other (code {code})").format(
                code=self.code
            )
        return QCoreApplication.translate("Dispositions", self.label_source)

    def device_label(self) -> str:
        """The device alone ("Mobile phone"), "" when the code names none."""
        source = _DEVICE_LABELS.get(self.device, "")
        return QCoreApplication.translate("Dispositions", source) if source else ""


_CATEGORIES = {
    "0": Category.PLACED,
    "1": Category.MISSED,
    "2": Category.ANSWERED,
}
_DEVICES = {"0": Device.NONE, "1": Device.PRIMARY, "2": Device.SECONDARY, "3": Device.MOBILE}

_DEVICE_LABELS = {
    Device.PRIMARY: str(QT_TRANSLATE_NOOP("Dispositions", "Primary phone")),
    Device.SECONDARY: str(QT_TRANSLATE_NOOP("Dispositions", "Secondary phone")),
    Device.MOBILE: str(QT_TRANSLATE_NOOP("Dispositions", "Mobile phone")),
}

# The reference's table (dbGetCallHistory), in its order.
LABELS: dict[str, str] = {
    "000": str(QT_TRANSLATE_NOOP("Dispositions", "Placed")),
    "001": str(QT_TRANSLATE_NOOP("Dispositions", "Placed from the primary phone")),
    "002": str(QT_TRANSLATE_NOOP("Dispositions", "Placed from the secondary phone")),
    "003": str(QT_TRANSLATE_NOOP("Dispositions", "Placed from the mobile phone")),
    "100": str(QT_TRANSLATE_NOOP("Dispositions", "Missed")),
    "101": str(QT_TRANSLATE_NOOP("Dispositions", "Missed on the primary phone")),
    "102": str(QT_TRANSLATE_NOOP("Dispositions", "Missed on the secondary phone")),
    "103": str(QT_TRANSLATE_NOOP("Dispositions", "Missed on the mobile phone")),
    "200": str(QT_TRANSLATE_NOOP("Dispositions", "Answered")),
    "201": str(QT_TRANSLATE_NOOP("Dispositions", "Answered on the primary phone")),
    "202": str(QT_TRANSLATE_NOOP("Dispositions", "Answered on the secondary phone")),
    "203": str(QT_TRANSLATE_NOOP("Dispositions", "Answered on the mobile phone")),
    "300": str(QT_TRANSLATE_NOOP("Dispositions", "Sent to voicemail")),
}


# The reference's own texts for each code (dbGetCallHistory), which some SOPs send instead.
REFERENCE_TEXTS: dict[str, str] = {
    "placed": "000",
    "placed by primary phone": "001",
    "placed by secondary phone": "002",
    "placed by mobile phone": "003",
    "missed": "100",
    "missed on primary phone": "101",
    "missed on secondary phone": "102",
    "missed on mobile phone": "103",
    "answered": "200",
    "answered on primary phone": "201",
    "answered on secondary phone": "202",
    "answered on mobile phone": "203",
    "sent to voicemail": "300",
}


def decode(raw: object) -> Disposition:
    """The disposition of a raw code (any object: never raises)."""
    return _decode(raw.strip() if isinstance(raw, str) else "")


@lru_cache(maxsize=256)
def _decode(text: str) -> Disposition:
    code = text.zfill(3) if text.isascii() and text.isdigit() and len(text) < 3 else text
    code = REFERENCE_TEXTS.get(" ".join(code.strip("'\"").casefold().split()), code)
    label = LABELS.get(code)
    if label is None:
        return Disposition(text, Category.UNKNOWN, Device.NONE, "")
    if code == "300":
        return Disposition(code, Category.VOICEMAIL, Device.NONE, label)
    return Disposition(code, _CATEGORIES[code[0]], _DEVICES[code[2]], label)
