"""The demo's keyring is chosen by name and keeps secrets in memory only."""

from __future__ import annotations

import keyring.core

from app.core.demo_keyring import BACKEND, DemoKeyring


def test_the_demo_backend_is_loaded_by_its_name(monkeypatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", BACKEND)
    backend = keyring.core.load_env()
    assert isinstance(backend, DemoKeyring)
    backend.set_password("sop-companion-pum", "201@http://127.0.0.1:1", "1234")
    assert DemoKeyring().get_password("sop-companion-pum", "201@http://127.0.0.1:1") == "1234"
    backend.delete_password("sop-companion-pum", "201@http://127.0.0.1:1")
    assert backend.get_password("sop-companion-pum", "201@http://127.0.0.1:1") is None
