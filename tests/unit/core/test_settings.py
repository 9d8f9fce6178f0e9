from __future__ import annotations

from app.core.secrets import SecretStore
from app.core.settings import Settings, SettingsStore
from app.core.state_cache import StateCache
from app.sop.models import Callflow
from tests.helpers.stubs import ALICE, STATUSES


def test_settings_round_trip_and_survive_a_new_store(cfg_dir, qapp) -> None:
    store = SettingsStore(cfg_dir)
    assert store.load() == Settings()
    assert not store.load().configured
    s = Settings(server_url="https://sop.example.be", user="201", events_port=6060, language="nl")
    store.save(s)
    again = SettingsStore(cfg_dir).load()
    assert again == s and again.configured


def test_update_merges_and_bad_hand_edit_falls_back(cfg_dir, qapp) -> None:
    store = SettingsStore(cfg_dir)
    store.save(Settings(server_url="http://a", user="1"))
    assert store.update(desk_phone="SDP80002").server_url == "http://a"
    text = store.path.read_text().replace("events_port=5050", "events_port=banana")
    store.path.write_text(text)
    assert SettingsStore(cfg_dir).load().events_port == 5050


def test_password_never_reaches_the_settings_file(cfg_dir, qapp) -> None:
    store = SettingsStore(cfg_dir)
    store.save(Settings(server_url="https://x", user="1", http_username="api"))
    secrets = SecretStore()
    secrets.set_password("https://x", "api", "s3cr3t-pw")
    assert secrets.get_password("https://x/", "api") == "s3cr3t-pw"
    assert "s3cr3t-pw" not in store.path.read_text()
    secrets.delete_password("https://x", "api")
    assert secrets.get_password("https://x", "api") is None


def test_state_cache_round_trip_and_key_mismatch(cfg_dir) -> None:
    cache = StateCache(cfg_dir)
    assert cache.load("k") == (None, None)
    cf = Callflow("Template-User", "Busy", STATUSES)
    cache.save("k", ALICE, cf)
    assert cache.load("k") == (ALICE, cf)
    assert cache.load("other-server") == (None, None)
    cache.path.write_text("{not json")
    assert cache.load("k") == (None, None)


def test_the_status_refresh_of_earlier_versions_reads_as_five_minutes(cfg_dir, qapp) -> None:
    store = SettingsStore(cfg_dir)
    store.save(Settings(server_url="http://a", user="1"))
    assert "refresh_interval_s=300" in store.path.read_text()
    # Earlier versions wrote their default, 60, into every settings file.
    store.path.write_text(store.path.read_text().replace("=300", "=60"))
    assert SettingsStore(cfg_dir).load().refresh_interval_s == 300
    store.path.write_text(store.path.read_text().replace("=60", "=120"))  # a chosen value
    assert SettingsStore(cfg_dir).load().refresh_interval_s == 120
