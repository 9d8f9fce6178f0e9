"""The three sources of company defaults: an INI file (Linux), the policy registry key
(Windows, a fake registry), managed preferences (macOS, plist files in a temporary folder)."""

from __future__ import annotations

import plistlib
from pathlib import Path

from app.platform.company_defaults import (
    POLICY_KEY,
    ManagedPreferences,
    RegistryDefaults,
    XdgDefaults,
    read_company_defaults,
)

INI = """\
[defaults]
language = fr
incoming_crm_url = https://crm.example.com/search?phone={number}&a=1, b
dial_outside_prefix = 0

[locked]
server_url = https://sop.example.com
events_port = 6060
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_ini_in_xdg_config_dirs_first_folder_wins(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path / "site" / "sop-companion" / "defaults.ini", INI)
    write(tmp_path / "host" / "sop-companion" / "defaults.ini", "[locked]\nlanguage = de\n")
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'host'}:{tmp_path / 'site'}")
    found = read_company_defaults(XdgDefaults())
    assert found.values == {
        "language": "de",
        "incoming_crm_url": "https://crm.example.com/search?phone={number}&a=1, b",
        "dial_outside_prefix": "0",
        "server_url": "https://sop.example.com",
        "events_port": 6060,
    }
    assert found.locked == {"language", "server_url", "events_port"}
    assert str(tmp_path / "host") in found.source and not found.problems


def test_ini_missing_or_broken_gives_no_defaults_and_a_reason(tmp_path: Path, caplog) -> None:
    assert XdgDefaults([tmp_path / "none"]).read().values == {}
    write(tmp_path / "bad" / "sop-companion" / "defaults.ini", "server_url = x\n[oops\n")
    found = read_company_defaults(XdgDefaults([tmp_path / "bad"]))
    assert found.values == {} and found.problems
    assert "company defaults" in caplog.text


def test_windows_policy_key_is_locked_and_recommended_subkey_is_not() -> None:
    registry = {
        POLICY_KEY: {"server_url": "https://sop.example.com", "events_port": 6060},
        POLICY_KEY + "\\Recommended": {"language": "nl", "pum_login_at_start": 1},
    }
    found = RegistryDefaults(registry.get).read()
    assert found.values == {
        "server_url": "https://sop.example.com",
        "events_port": 6060,
        "language": "nl",
        "pum_login_at_start": 1,
    }
    assert found.locked == {"server_url", "events_port"}
    assert found.source == "HKLM\\" + POLICY_KEY
    assert RegistryDefaults({}.get).read().values == {}


def test_windows_registry_error_is_a_problem_not_a_crash() -> None:
    def broken(_path: str):
        raise PermissionError("access denied")

    found = RegistryDefaults(broken).read()
    assert found.values == {} and "access denied" in found.problems[0]


def test_macos_managed_preferences_user_profile_wins(tmp_path: Path) -> None:
    machine = {"server_url": "https://sop.example.com", "Recommended": {"language": "de"}}
    user = {"Recommended": {"server_url": "https://other.example.com"}, "events_port": 7000}
    (tmp_path / "camille").mkdir()
    (tmp_path / "be.sop-companion.plist").write_bytes(plistlib.dumps(machine))
    (tmp_path / "camille" / "be.sop-companion.plist").write_bytes(plistlib.dumps(user))
    found = ManagedPreferences(tmp_path, user="camille").read()
    assert found.values == {
        "server_url": "https://other.example.com",
        "language": "de",
        "events_port": 7000,
    }
    assert found.locked == {"events_port"}  # the user's profile only recommends the server
    assert ManagedPreferences(tmp_path, user="nobody").read().locked == {"server_url"}


def test_macos_unreadable_plist_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "be.sop-companion.plist").write_bytes(b"not a plist")
    found = ManagedPreferences(tmp_path, user="x").read()
    assert found.values == {} and found.problems
