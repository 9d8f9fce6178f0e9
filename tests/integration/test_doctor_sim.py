"""``sop-companion doctor`` against the real simulator over real sockets, through the real CLI."""

from __future__ import annotations

import json
import socket
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.doctor.checks import READ_ONLY_CALLS
from app.sim import DEMO_EXT, DEMO_LOGIN, SimThread
from app.sop.client import READ_CALLS

STATE_CHANGING = {
    "dbSetProfile",
    "dbSetProfileParameters",
    "dbAuthenticate",
    "ccOriginate",
    "ccHangup",
    "ccRedirect",
    "ccPark",
    "ccJoinPark",
    "ccQueueAdd",
    "ccQueueRemove",
    "ccQueuePause",
    "ccQueuePauseAll",
    "ccRecord",
    "ccSetvar",
    "pumLogin",
    "pumLogout",
    "fusionQueuesSet",
    "fusionQueuesRemove",
}


def doctor(
    sim: SimThread, capsys: pytest.CaptureFixture[str], *extra: str, port: int | None = None
) -> tuple[int, str, str]:
    argv = ["doctor", "--server", sim.http_url, "--user", DEMO_EXT]
    argv += ["--events-port", str(sim.events_port if port is None else port), *extra]
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> dict[str, str]:
    """Check title -> verdict, from the printed lines."""
    found = {}
    for line in out.splitlines():
        verdict, _, rest = line.partition(" ")
        if verdict in ("PASS", "WARN", "FAIL", "SKIP"):
            found[rest.strip()[:32].strip()] = verdict
    return found


def requests(sim: SimThread) -> Counter[str]:
    return Counter(name for name, _ in sim.call(lambda s: list(s.state.request_log)))


def test_all_checks_pass_and_nothing_state_changing_is_sent(
    sim: SimThread, sim_profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = doctor(sim, capsys)
    # The reference profile ignores wildcards=strict, as an API before 2.33.3 does: the doctor
    # says so, and passes, since the app keeps exact matches on either reading.
    honoured = "wildcards=strict                 honoured"
    assert (honoured in out) == (sim_profile == "default"), out
    verdicts = lines(out)
    assert code == 0, out
    assert len(verdicts) == 12
    assert {v for t, v in verdicts.items() if t != "TLS"} == {"PASS"}, out
    assert verdicts["TLS"] == "SKIP"  # plain http
    assert "[12/12] checking SOP clock" in err  # the progress line
    assert "5 of 5 evPong" in out
    assert "xml/dbGetCallflow.json, JSON" in out  # which form answered
    sent = requests(sim)
    assert not set(sent) & STATE_CHANGING, sent
    assert set(sent) <= READ_ONLY_CALLS <= READ_CALLS | {"ccPing"}
    # the API check, a warm-up until the first evPong, then five measured ccPing -> evPong
    assert 1 + 1 + 5 <= sent["ccPing"] <= 1 + 3 + 5


def test_html_error_page_fails_the_call_it_hits(
    sim: SimThread, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.call(lambda s: s.faults.set_mode("dbGetCallflow", "html"))
    code, out, _ = doctor(sim, capsys)
    assert code == 1
    assert lines(out)["Statuses (dbGetCallflow)"] == "FAIL"
    assert "web page" in out.lower() or "html" in out.lower()
    assert "1 of 12 checks failed: Statuses (dbGetCallflow)" in out
    assert "Traceback" not in out


def test_withheld_pong_fails_the_event_socket(
    sim: SimThread, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.call(lambda s: setattr(s.faults, "withhold_pong", True))
    code, out, _ = doctor(sim, capsys)
    assert code == 1
    assert lines(out)["Event socket (ccPing -> evPong)"] == "FAIL"
    assert "accepts connections but sent no evPong for 3 ccPing" in out
    assert "checks failed: Event socket" in out


def test_garbage_fails_the_call_and_names_it(
    sim: SimThread, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.call(lambda s: s.faults.set_mode("ccGetChannels", "garbage"))
    code, out, _ = doctor(sim, capsys)
    assert code == 1
    verdicts = lines(out)
    assert verdicts["Channels (ccGetChannels)"] == "FAIL"
    assert [t for t, v in verdicts.items() if v == "FAIL"] == ["Channels (ccGetChannels)"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server_is_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    port = _free_port()
    code = main(["doctor", "--server", f"http://127.0.0.1:{port}", "--user", "201"])
    out, _ = capsys.readouterr()
    assert code == 1
    assert "FAIL  HTTP port" in out
    assert f"no TCP connection to 127.0.0.1:{port}" in out
    assert "hint: Nothing listens on that port" in out
    assert "Traceback" not in out


def test_wrong_event_port_is_a_clear_message(
    sim: SimThread, capsys: pytest.CaptureFixture[str]
) -> None:
    port = _free_port()
    code, out, _ = doctor(sim, capsys, port=port)
    assert code == 1
    assert f"cannot connect to the event socket 127.0.0.1:{port}" in out
    assert "Check the event port" in out


def test_unknown_user_fails_identification(
    sim: SimThread, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["doctor", "--server", sim.http_url, "--user", "98765"])
    out, _ = capsys.readouterr()
    assert code == 1
    assert "no directory entry has ext exactly '98765'" in out
    assert lines(out)["Statuses (dbGetCallflow)"] == "SKIP"


def test_json_output(sim: SimThread, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = doctor(sim, capsys, "--json")
    payload: dict[str, Any] = json.loads(out)
    assert code == 0 and payload["ok"] is True
    by_name = {c["name"]: c for c in payload["checks"]}
    assert by_name["events"]["verdict"] == "pass"
    assert len(by_name["events"]["data"]["times_ms"]) == 5
    assert all(t is not None and t < 1000 for t in by_name["events"]["data"]["times_ms"])


def test_defaults_from_saved_settings_and_secrets_stay_out(
    sim: SimThread, capsys: pytest.CaptureFixture[str], cfg_dir: Path, tmp_path: Path
) -> None:
    from app.core.secrets import SecretStore
    from app.core.settings import Settings, SettingsStore

    sim.call(lambda s: setattr(s.faults, "basic_auth", ("admin", "s3cret-pw")))
    SettingsStore(cfg_dir).save(
        Settings(
            server_url=sim.http_url,
            user=DEMO_LOGIN,
            events_port=sim.events_port,
            http_username="admin",
        )
    )
    SecretStore().set_password(sim.http_url, "admin", "s3cret-pw")
    report, wire = tmp_path / "report.txt", tmp_path / "wire.jsonl"
    code = main(["doctor", "--report", str(report), "--wire-log", str(wire)])
    out, _ = capsys.readouterr()
    assert code == 0, out
    text, captured = report.read_text(), wire.read_text()
    for secret in ("s3cret-pw", "YWRtaW46czNjcmV0LXB3"):  # the password, the basic-auth header
        assert secret not in text and secret not in captured and secret not in out
    assert '"authorization": "<redacted>"' in captured
    # personal data only with --keep-personal-data
    assert "Camille" not in text and DEMO_LOGIN not in text
    assert "PASS  User identification" in text
    code = main(["doctor", "--report", str(report), "--keep-personal-data"])
    capsys.readouterr()
    assert "Camille Peeters" in report.read_text()


def test_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--server", "ftp://x"]) == 2
    assert "http:// or https://" in capsys.readouterr().err
    assert main(["doctor"]) == 2  # nothing saved, nothing given
    assert "No server" in capsys.readouterr().err


def test_a_doctor_capture_replays_to_a_passing_doctor(
    sim: SimThread, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import asyncio
    import threading

    from app.sim.replay import Capture, ReplayServer

    wire = tmp_path / "wire.jsonl"
    assert doctor(sim, capsys, "--wire-log", str(wire))[0] == 0
    kinds = Counter(json.loads(line)["kind"] for line in wire.read_text().splitlines())
    assert kinds["http"] >= 12 and kinds["events"] >= 5  # five evPong at least

    loop = asyncio.new_event_loop()
    server = ReplayServer(Capture.load(wire))
    loop.run_until_complete(server.start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        argv = ["doctor", "--server", f"http://127.0.0.1:{server.http_port}", "--user", DEMO_EXT]
        code = main([*argv, "--events-port", str(server.events_port)])
        out, _ = capsys.readouterr()
        assert code == 0, out
        assert "5 of 5 evPong" in out  # each ccPing's evPong follows its replayed answer
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.run_until_complete(server.stop())
        loop.close()


def test_replay_of_a_bad_file_is_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.sim.__main__ import main as sim_main

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "http"}\nnot json\n')
    assert sim_main(["--replay", str(bad)]) == 2
    assert f"Cannot replay {bad}: {bad}:2: not JSON" in capsys.readouterr().err
    assert sim_main(["--replay", str(tmp_path / "missing.jsonl")]) == 2


def test_a_web_page_instead_of_the_api_fails_at_the_api_check(
    sim: SimThread, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.call(lambda s: s.faults.set_mode("*", "html"))
    code, out, _ = doctor(sim, capsys)
    assert code == 1
    verdicts = lines(out)
    assert verdicts["SOP API (ccPing)"] == "FAIL"
    assert "hint: The answer is not the SOP's (a portal, proxy or error page?)" in out
    assert verdicts["User identification"] == "SKIP"  # nothing after it pretends to pass


def test_a_clock_ten_minutes_off_fails_the_clock_check(sim: SimThread) -> None:
    import asyncio
    from datetime import datetime, timedelta

    from app.doctor.checks import Doctor
    from app.doctor.model import DoctorConfig, Verdict

    config = DoctorConfig(sim.http_url, user=DEMO_EXT, events_port=sim.events_port)
    behind = Doctor(config, now=lambda: datetime.now() - timedelta(minutes=10))
    results = {r.name: r for r in asyncio.run(behind.run())}
    assert results["clock"].verdict is Verdict.FAIL
    offset = results["clock"].data["offset_s"]  # the Date header counts whole seconds
    assert 598 <= offset <= 601, results["clock"].detail
    assert "from this computer" in results["clock"].detail
    assert results["clock"].hint.startswith("Set both clocks by NTP")
    on_time = Doctor(config)
    assert {r.name: r for r in asyncio.run(on_time.run())}["clock"].verdict is Verdict.PASS
