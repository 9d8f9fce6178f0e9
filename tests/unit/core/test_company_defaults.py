"""Company defaults layered under the user's settings, locked ones on top of them."""

from __future__ import annotations

from app.core.company_defaults import CompanyDefaults, from_raw
from app.core.settings import Settings, SettingsStore


def test_raw_values_are_typed_and_bad_ones_reported() -> None:
    found = from_raw(
        {"events_port": "6060", "incoming_popups": "no", "nonsense": "1", "user": "201"},
        {"server_url": " https://sop.example.com ", "dial_extension_max_len": "four"},
        "defaults.ini",
    )
    assert found.values == {
        "events_port": 6060,
        "incoming_popups": 0,
        "server_url": "https://sop.example.com",
    }
    assert found.locked == {"server_url"}
    assert len(found.problems) == 3  # unknown name, a personal setting, not a number
    assert all(p.startswith("defaults.ini: ") for p in found.problems)


def test_first_layer_wins_and_keeps_its_locks() -> None:
    top = CompanyDefaults({"language": "fr"}, frozenset({"language"}), "a")
    low = CompanyDefaults({"language": "de", "events_port": 6000}, frozenset({"events_port"}), "b")
    merged = top.over(low)
    assert merged.values == {"language": "fr", "events_port": 6000}
    assert merged.locked == {"language", "events_port"}
    unlocked = CompanyDefaults({"events_port": 7000}, frozenset(), "a").over(low)
    assert unlocked.values["events_port"] == 7000 and unlocked.locked == frozenset()


def store(cfg_dir, **values) -> SettingsStore:
    locked = values.pop("locked", ())
    return SettingsStore(cfg_dir, defaults=values, locked=locked)


def test_user_settings_override_unlocked_defaults_only(cfg_dir, qapp) -> None:
    defaults = {"server_url": "https://sop.example.com", "language": "fr", "events_port": 6060}
    first = store(cfg_dir, **defaults, locked={"server_url"})
    assert first.load() == Settings(server_url="https://sop.example.com", language="fr",
                                    events_port=6060)  # fmt: skip
    first.save(first.load().replace(server_url="https://evil.example", language="nl", user="201"))
    again = store(cfg_dir, **defaults, locked={"server_url"}).load()
    assert again.server_url == "https://sop.example.com"  # locked: the user's value is not kept
    assert again.language == "nl" and again.user == "201"  # unlocked: the user's choice wins
    assert again.events_port == 6060
    assert "evil" not in first.path.read_text()


def test_a_value_equal_to_the_default_follows_later_changes_of_it(cfg_dir, qapp) -> None:
    first = store(cfg_dir, events_port=6060)
    first.save(first.load().replace(user="201"))
    assert "events_port" not in first.path.read_text()
    assert store(cfg_dir, events_port=7070).load().events_port == 7070


def test_lifting_a_lock_brings_back_what_the_user_had(cfg_dir, qapp) -> None:
    SettingsStore(cfg_dir).save(Settings(server_url="https://mine.example", user="201"))
    assert store(
        cfg_dir, server_url="https://co.example", locked={"server_url"}
    ).load().server_url == ("https://co.example")
    assert (
        store(cfg_dir, server_url="https://co.example").load().server_url == "https://mine.example"
    )
