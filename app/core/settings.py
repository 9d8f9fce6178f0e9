"""The user's settings, stored with QSettings in an INI file of the config folder.

No secret is ever stored here: the optional HTTP password lives in the OS keyring
(``app.core.secrets``). QSettings writes the file through QSaveFile, so a crash mid-write leaves
the previous file intact.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from app.core.paths import private_file

DEFAULT_EVENTS_PORT = 5050


@dataclass(frozen=True, slots=True)
class Settings:
    server_url: str = ""
    user: str = ""  # login e-mail or extension
    events_port: int = DEFAULT_EVENTS_PORT
    desk_phone: str = ""
    language: str = ""  # ISO 639-1; empty = follow the system locale
    http_username: str = ""  # optional basic auth; the password is in the keyring
    ca_file: str = ""  # optional CA bundle for https
    response_format: str = "json"  # "json" or "xml"
    refresh_interval_s: int = 300  # status re-read at least this often (and on menu open)
    # hot-desk (PUM)
    pum_pin_parameter: str = "UserPincode"  # dbAuthenticate's profile parameter holding the PIN
    pum_login_at_start: int = 0  # 0/1: log in at the desk phone when the app starts
    pum_logout_at_quit: int = 1  # 0/1: log out at quit and at the end of the OS session
    pum_reminder_time: str = ""  # "HH:MM": end-of-day reminder while logged in; "" = off
    # click-to-dial
    dial_outside_prefix: str = ""  # prepended to outside numbers, e.g. "0"; "" = none
    dial_international_prefix: str = ""  # a leading + becomes this, e.g. "00"; "" = keep +
    dial_extension_max_len: int = 6  # numbers up to this many digits are internal extensions
    dial_hotkey: str = "Ctrl+Alt+D"  # global hotkey opening the dial box; "" = none
    # incoming-call popups
    incoming_popups: int = 1  # 0/1: show a popup for calls to the user's extension
    incoming_timeout_s: int = 30  # a popup closes after this; 0 = only when its call ends
    incoming_voicemail: str = "*{ext}"  # ccRedirect target for "voicemail"; {ext} = the user's
    incoming_crm_url: str = ""  # http(s) link with {number}, {name}, {ext}; "" = no CRM button
    # automatic status (every rule off by default: an empty status is "off")
    rules_lock_status: str = ""  # while the screen is locked
    rules_hours_status: str = ""  # outside the working hours and on days off
    rules_hours_start: str = "08:30"
    rules_hours_end: str = "17:30"
    rules_hours_days: str = "12345"  # ISO weekdays, Monday = 1
    rules_holidays_file: str = ""  # an ICS file of days off; "" = none
    rules_calendar_status: str = ""  # during an event shown as busy
    rules_calendar_file: str = ""  # an ICS file; an ICS address is kept in the keyring only
    rules_calendar_address_saved: int = 0  # 0/1: an ICS address is in the keyring
    # call queues
    queue_wait_alert_s: int = 0  # notify when a caller waits this long where I am paused; 0 = off

    @property
    def configured(self) -> bool:
        return bool(self.server_url.strip() and self.user.strip())

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


_INT_FIELDS = {"events_port", "refresh_interval_s", "pum_login_at_start", "pum_logout_at_quit"}
_INT_FIELDS |= {"dial_extension_max_len"}
_INT_FIELDS |= {"incoming_popups", "incoming_timeout_s"}
_INT_FIELDS |= {"rules_calendar_address_saved"}
_INT_FIELDS |= {"queue_wait_alert_s"}
INT_FIELDS = frozenset(_INT_FIELDS)
# Defaults that earlier versions wrote into every settings file: read as today's default.
_OLD_DEFAULTS = {"refresh_interval_s": "60"}


class SettingsStore:
    """Loads and saves :class:`Settings` in ``<config dir>/settings.ini``.

    ``defaults`` are company-wide values (``app.core.company_defaults``) between the built-in
    defaults and the user's own; the names in ``locked`` always take the company value. Only
    what differs from the defaults is saved, so a user follows the company default of a setting
    until they choose another value; a locked setting is never written.
    """

    def __init__(
        self,
        cfg_dir: Path,
        *,
        defaults: Mapping[str, Any] | None = None,
        locked: Collection[str] = (),
    ) -> None:
        self.path = cfg_dir / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.defaults = dict(defaults or {})
        self.locked = frozenset(locked)
        self.base = Settings().replace(**self.defaults)

    def load(self) -> Settings:
        self._qs.sync()
        values: dict[str, Any] = {}
        for f in dataclasses.fields(Settings):
            raw = self._qs.value(f"sop/{f.name}")
            if raw is None or f.name in self.locked or _OLD_DEFAULTS.get(f.name) == str(raw):
                continue
            if f.name in _INT_FIELDS:
                try:
                    values[f.name] = int(str(raw))
                except ValueError:
                    continue  # a hand-edited bad value falls back to the default
            else:
                values[f.name] = str(raw)
        return self.base.replace(**values)

    def save(self, settings: Settings) -> None:
        # QSaveFile keeps the permissions of the file it replaces: create it private first.
        private_file(self.path)
        for f in dataclasses.fields(Settings):
            key, value = f"sop/{f.name}", getattr(settings, f.name)
            if f.name in self.locked:
                continue  # kept as it is: it counts again if the lock is lifted
            if f.name in self.defaults and value == getattr(self.base, f.name):
                self._qs.remove(key)  # follows the company default
            else:
                self._qs.setValue(key, value)
        self._qs.sync()
        private_file(self.path)

    def update(self, **changes: Any) -> Settings:
        """Save only the given fields over what is stored; returns the result."""
        merged = self.load().replace(**changes)
        self.save(merged)
        return merged
