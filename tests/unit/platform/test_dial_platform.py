"""Platform pieces of dialling: key sequences, tel:/callto: registration, start-on-demand."""

from __future__ import annotations

import configparser
import shlex

import pytest

from app.platform.hotkeys import HotkeyError, backend_kind, create_backend, parse_sequence
from app.platform.hotkeys.portal import portal_trigger
from app.platform.launcher import request_with_autostart
from app.platform.single_instance import NoInstance
from app.platform.url_handlers import DESKTOP_ID, desktop_entry, register_linux


def test_parse_sequence() -> None:
    combo = parse_sequence("Ctrl+Alt+D")
    assert combo.modifiers == {"ctrl", "alt"} and combo.key == "D"
    assert parse_sequence("meta+shift+f12").key == "F12"
    assert parse_sequence("Super+space").modifiers == {"meta"}
    for bad in ("D", "Ctrl+", "Hyper+D", "Ctrl+Alt+é", "Ctrl+F99", ""):
        with pytest.raises(HotkeyError):
            parse_sequence(bad)
    assert portal_trigger("Ctrl+Alt+D") == "CTRL+ALT+d"


def test_backend_choice(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert backend_kind("xcb") == "x11"
    assert backend_kind("offscreen") == "none"
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert backend_kind("wayland") == "portal"
    with pytest.raises(HotkeyError):
        create_backend("none").register("Ctrl+Alt+D")


def test_x11_backend_without_display_refuses(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    pytest.importorskip("Xlib")
    monkeypatch.delenv("DISPLAY", raising=False)
    with pytest.raises(HotkeyError, match="DISPLAY"):
        create_backend("x11").register("Ctrl+Alt+D")


def test_desktop_entry_quotes_exec_and_declares_schemes(tmp_path) -> None:
    text = desktop_entry(["/opt/my apps/python3", "-m", "app"], tmp_path)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read_string(text)
    section = entry["Desktop Entry"]
    assert section["MimeType"] == "x-scheme-handler/tel;x-scheme-handler/callto;"
    exec_line = section["Exec"].replace("\\\\", "\\")
    assert shlex.split(exec_line) == ["/opt/my apps/python3", "-m", "app", "%u"]
    assert section["Path"] == str(tmp_path)


def test_register_linux_without_xdg_utils_writes_mimeapps(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "mimeapps.list").write_text(
        "[Default Applications]\ntext/html=firefox.desktop\n", "utf-8"
    )
    path = register_linux(which=lambda _name: None)
    assert path == tmp_path / "data" / "applications" / DESKTOP_ID
    assert "x-scheme-handler/tel" in path.read_text("utf-8")
    mime = configparser.ConfigParser(interpolation=None)
    mime.optionxform = str  # type: ignore[assignment,method-assign]
    mime.read(tmp_path / "config" / "mimeapps.list")
    defaults = mime["Default Applications"]
    assert defaults["x-scheme-handler/tel"] == f"{DESKTOP_ID};"
    assert defaults["x-scheme-handler/callto"] == f"{DESKTOP_ID};"
    assert defaults["text/html"] == "firefox.desktop"  # the user's other choices are kept


def test_register_linux_uses_xdg_mime_when_present(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    ran: list[list[str]] = []

    class Done:
        returncode = 0
        stderr = b""

    def run(cmd: list[str], **_kw: object) -> Done:
        ran.append(cmd)
        return Done()

    register_linux(which=lambda name: f"/usr/bin/{name}", run=run)
    assert ran[0] == ["xdg-mime", "default", DESKTOP_ID, "x-scheme-handler/tel",
                      "x-scheme-handler/callto"]  # fmt: skip


class FakeInstance:
    """send_request stand-in: no instance until started, then one that needs N polls."""

    def __init__(self, polls_before_up: int, configured: bool = True) -> None:
        self.started = 0
        self.polls_before_up = polls_before_up
        self.configured = configured
        self.sent: list[dict[str, object]] = []

    def start(self, _cfg: str | None) -> None:
        self.started += 1

    def send(self, _name: str, request: dict[str, object]) -> dict[str, object]:
        self.sent.append(request)
        if not self.started:
            raise NoInstance("none")
        if self.polls_before_up:
            self.polls_before_up -= 1
            raise NoInstance("starting")
        if request["cmd"] == "status" and not self.configured:
            return {"exit": 1, "message": "not configured"}
        return {"exit": 0, "message": "ok"}


def test_autostart_retries_until_the_new_instance_answers() -> None:
    inst = FakeInstance(polls_before_up=3)
    now = [0.0]
    answer = request_with_autostart(
        "x", {"cmd": "dial", "number": "201"}, send=inst.send, start=inst.start,
        sleep=lambda s: now.__setitem__(0, now[0] + s), clock=lambda: now[0],
    )  # fmt: skip
    assert answer == {"exit": 0, "message": "ok"}
    assert inst.started == 1
    assert inst.sent[-1] == {"cmd": "dial", "number": "201"}
    assert sum(1 for r in inst.sent if r["cmd"] == "dial") == 2  # first try, then the real one


def test_autostart_gives_up_after_the_deadline() -> None:
    inst = FakeInstance(polls_before_up=10_000)
    now = [0.0]
    with pytest.raises(NoInstance):
        request_with_autostart(
            "x", {"cmd": "dial"}, send=inst.send, start=inst.start, wait_s=2.0,
            sleep=lambda s: now.__setitem__(0, now[0] + s), clock=lambda: now[0],
        )  # fmt: skip
    assert inst.started == 1


def test_autostart_reports_an_unconfigured_instance() -> None:
    inst = FakeInstance(polls_before_up=0, configured=False)
    answer = request_with_autostart("x", {"cmd": "dial"}, send=inst.send, start=inst.start)
    assert answer["exit"] == 1 and inst.sent[-1] == {"cmd": "status"}
