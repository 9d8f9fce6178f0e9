"""Where company-wide defaults come from on each system, behind one small interface.

- Linux: ``sop-companion/defaults.ini`` in each folder of ``$XDG_CONFIG_DIRS`` (default
  ``/etc/xdg``), the first folder winning for each name, as the XDG base directory spec says.
  Section ``[defaults]`` holds recommended values, ``[locked]`` values the user cannot change.
- Windows: the values of ``HKLM\\Software\\Policies\\SOP Companion`` are locked (a policy is
  enforced) and those of its subkey ``Recommended`` are recommended, as browsers do it.
- macOS: managed preferences ``/Library/Managed Preferences/be.sop-companion.plist`` (and the
  per-user one beside it, which wins), as an MDM profile installs them: the top-level keys are
  locked, the dictionary under ``Recommended`` is recommended.

Each source's raw access comes in through its constructor, so the tests pass fakes. Reading
never raises: a missing source is no defaults, an unreadable one is reported in ``problems``
(and logged) and skipped.
"""

from __future__ import annotations

import configparser
import getpass
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from app.core.company_defaults import NO_DEFAULTS, CompanyDefaults, from_raw

log = logging.getLogger(__name__)

APP_DIR = "sop-companion"
INI_NAME = "defaults.ini"
POLICY_KEY = r"Software\Policies\SOP Companion"
RECOMMENDED = "Recommended"
MAC_DOMAIN = "be.sop-companion"
MANAGED_PREFERENCES = Path("/Library/Managed Preferences")


class DefaultsSource(Protocol):
    def read(self) -> CompanyDefaults: ...


def _layered(layers: Sequence[CompanyDefaults]) -> CompanyDefaults:
    """The first layer wins for each name."""
    result = NO_DEFAULTS
    for layer in reversed(layers):
        result = layer.over(result)
    return result


class XdgDefaults:
    """``$XDG_CONFIG_DIRS/sop-companion/defaults.ini`` (Linux and other XDG systems)."""

    def __init__(self, dirs: Sequence[Path] | None = None) -> None:
        if dirs is None:
            value = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
            dirs = [Path(d) for d in value.split(":") if d]
        self.files = [d / APP_DIR / INI_NAME for d in dirs]

    def read(self) -> CompanyDefaults:
        return _layered([self._read_file(path) for path in self.files if path.is_file()])

    @staticmethod
    def _read_file(path: Path) -> CompanyDefaults:
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read_string(path.read_text("utf-8"), str(path))
        except (OSError, UnicodeDecodeError, configparser.Error) as exc:
            return CompanyDefaults(source=str(path), problems=(f"{path}: {exc}",))
        known = {"defaults", "locked"}
        problems = tuple(
            f"{path}: unknown section [{name}]" for name in parser.sections() if name not in known
        )

        def section(name: str) -> dict[str, str]:
            return dict(parser[name]) if parser.has_section(name) else {}

        found = from_raw(section("defaults"), section("locked"), str(path))
        return CompanyDefaults(found.values, found.locked, found.source, problems + found.problems)


# read_key(path) -> the values of HKLM\<path>, or None when the key does not exist
KeyReader = Callable[[str], Mapping[str, object] | None]


def _winreg_values(path: str) -> Mapping[str, object] | None:
    if sys.platform != "win32":
        return None
    import winreg

    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, path)
    except OSError:
        return None
    values: dict[str, object] = {}
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:  # no more values
                return values
            values[name] = value
            index += 1


class RegistryDefaults:
    """``HKLM\\Software\\Policies\\SOP Companion`` (locked) and its ``Recommended`` subkey."""

    def __init__(self, read_key: KeyReader = _winreg_values) -> None:
        self._read_key = read_key

    def read(self) -> CompanyDefaults:
        try:
            locked = self._read_key(POLICY_KEY)
            recommended = self._read_key(POLICY_KEY + "\\" + RECOMMENDED)
        except OSError as exc:
            return CompanyDefaults(problems=(f"HKLM\\{POLICY_KEY}: {exc}",))
        if locked is None and recommended is None:
            return NO_DEFAULTS
        return from_raw(recommended or {}, locked or {}, f"HKLM\\{POLICY_KEY}")


def _load_plist(path: Path) -> Mapping[str, Any] | None:
    import plistlib  # macOS only: not on every platform's start-up path

    try:
        with path.open("rb") as handle:
            data = plistlib.load(handle)
    except FileNotFoundError:
        return None
    return data if isinstance(data, dict) else {}


class ManagedPreferences:
    """Managed preferences of ``be.sop-companion`` (macOS, installed by an MDM profile)."""

    def __init__(
        self,
        root: Path = MANAGED_PREFERENCES,
        user: str | None = None,
        load: Callable[[Path], Mapping[str, Any] | None] = _load_plist,
    ) -> None:
        if user is None:
            try:
                user = getpass.getuser()
            except (OSError, KeyError):  # no login name: the machine-wide profile only
                user = ""
        plist = f"{MAC_DOMAIN}.plist"
        self.files = [root / user / plist] if user else []  # the user's own profile wins
        self.files.append(root / plist)
        self._load = load

    def read(self) -> CompanyDefaults:
        layers = []
        for path in self.files:
            try:
                data = self._load(path)
            except (OSError, ValueError) as exc:  # plistlib.InvalidFileException is a ValueError
                layers.append(CompanyDefaults(source=str(path), problems=(f"{path}: {exc}",)))
                continue
            if data is None:
                continue
            recommended = data.get(RECOMMENDED)
            locked = {k: v for k, v in data.items() if k != RECOMMENDED}
            layers.append(
                from_raw(recommended if isinstance(recommended, dict) else {}, locked, str(path))
            )
        return _layered(layers)


def for_platform() -> DefaultsSource:
    if sys.platform == "win32":
        return RegistryDefaults()
    if sys.platform == "darwin":
        return ManagedPreferences()
    return XdgDefaults()


def read_company_defaults(source: DefaultsSource | None = None) -> CompanyDefaults:
    """This system's company defaults; problems are logged, never raised."""
    defaults = (source or for_platform()).read()
    for problem in defaults.problems:
        log.warning("company defaults: %s", problem)
    return defaults
