"""Company-wide defaults: settings an administrator ships once for every desktop.

Each value is either *recommended* (the user's own setting wins) or *locked* (the user cannot
change it: the settings dialog shows it read-only and the command line refuses it). Where they
come from is the platform's business (``app.platform.company_defaults``: an INI file on Linux,
the policy registry key on Windows, managed preferences on macOS); this module turns the raw
name/value pairs of any of them into typed values; ``SettingsStore`` layers them:

    built-in default  <  recommended company default  <  the user's setting  <  locked value

Names are the fields of :class:`~app.core.settings.Settings` (``server_url``, ``events_port``,
...), except ``user``, which belongs to each person. Unknown names and bad values are skipped
and reported in ``problems``: a typo in a policy never stops the app.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.settings import INT_FIELDS, Settings

PERSONAL_FIELDS = frozenset({"user"})
ADMIN_FIELDS = frozenset(f.name for f in dataclasses.fields(Settings)) - PERSONAL_FIELDS


@dataclass(frozen=True, slots=True)
class CompanyDefaults:
    """Typed company values (recommended and locked alike), which names are locked, and where
    they were read (a path or registry key, shown in the dialog's note and CLI messages)."""

    values: Mapping[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    source: str = ""
    problems: tuple[str, ...] = ()

    def over(self, lower: CompanyDefaults) -> CompanyDefaults:
        """These defaults with ``lower`` beneath: a name set here hides it there."""
        values = {**lower.values, **self.values}
        locked = self.locked | {name for name in lower.locked if name not in self.values}
        sources = [s for s in (self.source, lower.source) if s]
        return CompanyDefaults(
            values, frozenset(locked), ", ".join(sources), self.problems + lower.problems
        )


NO_DEFAULTS = CompanyDefaults()


def coerce(name: str, raw: object) -> Any:
    """``raw`` as the type of the field ``name``; ValueError with a reason when it cannot be."""
    if name not in ADMIN_FIELDS:
        raise ValueError(f"unknown setting {name!r}")
    if name in INT_FIELDS:
        if isinstance(raw, bool):
            return int(raw)
        if isinstance(raw, int):
            return raw
        text = str(raw).strip().lower()
        words = {"true": 1, "yes": 1, "on": 1, "false": 0, "no": 0, "off": 0}
        if text in words:
            return words[text]
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
    if isinstance(raw, bytes | list | dict):
        raise ValueError(f"{name} must be text, not {type(raw).__name__}")
    return str(raw).strip()


def from_raw(
    recommended: Mapping[str, object], locked: Mapping[str, object], source: str
) -> CompanyDefaults:
    """Typed defaults from one source's raw pairs; a name in both counts as locked."""
    values: dict[str, Any] = {}
    locked_names: set[str] = set()
    problems: list[str] = []
    for group, is_locked in ((recommended, False), (locked, True)):
        for name, raw in group.items():
            try:
                values[name] = coerce(name, raw)
            except ValueError as exc:
                problems.append(f"{source}: {exc}")
                continue
            if is_locked:
                locked_names.add(name)
    return CompanyDefaults(values, frozenset(locked_names), source, tuple(problems))
