"""Fixtures of the integration tests: the simulator is tests/conftest.py's ``sim`` (one
simulator for the whole run, reset before and after each test); ``http`` talks to it directly."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest


@pytest.fixture
def http(sim) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.http_url, timeout=5.0) as client:
        yield client
