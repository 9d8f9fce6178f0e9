"""``sop-companion --wire-log FILE``: the app records its SOP traffic and event bytes."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from app.sim import DEMO_EXT
from app.ui.application import _open_wire_log
from app.ui.controller import Controller


def test_the_app_records_http_and_event_bytes(qapp, qloop, sim, cfg_dir, tmp_path: Path):
    path = tmp_path / "wire.jsonl"

    async def body() -> None:
        controller = Controller(
            cfg_dir,
            overrides={
                "server_url": sim.http_url,
                "user": DEMO_EXT,
                "events_port": sim.events_port,
                "dial_hotkey": "",
            },
            persist_overrides=False,
            event_options={"heartbeat_s": 0.2, "backoff_initial_s": 0.05},
        )
        args = argparse.Namespace(wire_log=str(path))
        wire = _open_wire_log(args, controller, sim.http_url, sim.events_port)
        assert wire is not None
        await controller.start()
        try:
            session = controller.session
            assert session is not None
            async with asyncio.timeout(15):
                while not session.connected:  # noqa: ASYNC110 - the first evPong sets it
                    await asyncio.sleep(0.01)
        finally:
            await controller.shutdown()
            wire.close()

    qloop.run(body(), timeout=60)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    paths = {r["path"] for r in records if r["kind"] == "http"}
    assert "/xml/dbGetCallflow.json" in paths and "/xml/ccPing.php" in paths
    events = "".join(r.get("data", "") for r in records if r["kind"] == "events")
    assert "<evPong" in events  # <evPong/>, or with a child on the reference profile
    assert all(r["status"] == 200 for r in records if r["kind"] == "http")
