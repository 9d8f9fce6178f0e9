"""The Debian package (``packaging/build.py --deb``): its listing, then, as root, installed with
dpkg, started from PATH under Xvfb, and removed and purged without leaving anything behind.

It is made from the one bundle the test run builds (tests/e2e/conftest.py: bundle_exe).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.e2e.conftest import BUILD_TIMEOUT_S, ROOT, build_bundle
from tests.helpers.waiting import wait_until

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(BUILD_TIMEOUT_S + 300)]

PACKAGE = "sop-companion"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)
ALLOWED = (
    "./opt/sop-companion/",
    "./usr/bin/sop-companion",
    "./usr/share/applications/sop-companion",
    "./usr/share/icons/hicolor/",
    "./usr/share/sop-companion/",
    "./usr/share/doc/sop-companion/",
)
AUTOSTART = Path("/etc/xdg/autostart/sop-companion.desktop")
DEFAULTS = Path("/etc/default/sop-companion")


@pytest.fixture(scope="module")
def deb(bundle_exe: Path) -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb not available: the Debian package is built on Debian or Ubuntu")
    build_bundle("--deb")
    found = sorted((ROOT / "dist").glob(f"{PACKAGE}_*.deb"))
    assert len(found) == 1, found
    return found[0]


def listing(deb: Path) -> dict[str, tuple[str, str]]:
    """``dpkg -c``: path -> (mode, owner/group)."""
    out = subprocess.run(["dpkg", "-c", str(deb)], capture_output=True, text=True, check=True)
    entries = {}
    for line in out.stdout.splitlines():
        mode, owner, _size, _date, _time, path, *_link = line.split()
        entries[path] = (mode, owner)
    return entries


def member(deb: Path, path: str) -> str:
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as archive:
        handle = archive.extractfile(path)
        assert handle is not None, path
        return handle.read().decode("utf-8")


def test_deb_listing_holds_the_app_its_launcher_entries_and_icons(deb: Path) -> None:
    entries = listing(deb)
    assert entries["./opt/sop-companion/sop-companion"][0] == "-rwxr-xr-x"
    assert entries["./usr/bin/sop-companion"][0] == "-rwxr-xr-x"
    for size in ICON_SIZES:
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/sop-companion.png" in entries
    assert "./usr/share/icons/hicolor/scalable/apps/sop-companion.svg" in entries
    assert "./usr/share/applications/sop-companion.desktop" in entries
    assert "./usr/share/applications/sop-companion-dial.desktop" in entries
    files = [p for p, (mode, _o) in entries.items() if not mode.startswith("d")]
    assert [p for p in files if not p.startswith(ALLOWED)] == []
    assert not any(p.startswith("./etc/") for p in entries)  # autostart is off unless asked
    assert {owner for _mode, owner in entries.values()} == {"root/root"}
    dial = member(deb, "./usr/share/applications/sop-companion-dial.desktop")
    assert "MimeType=x-scheme-handler/tel;x-scheme-handler/callto;" in dial
    assert "Exec=sop-companion %u" in dial
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Architecture"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    assert fields.split() == ["Package:", PACKAGE, "Architecture:", arch.stdout.strip()]
    if shutil.which("desktop-file-validate"):
        for name in ("sop-companion.desktop", "sop-companion-dial.desktop"):
            path = Path(deb.parent / name)
            path.write_text(member(deb, f"./usr/share/applications/{name}"), "utf-8")
            done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True)
            path.unlink()
            assert done.returncode == 0, done.stdout


def dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, timeout=300)


def installed() -> bool:
    done = dpkg("-s", PACKAGE)
    return done.returncode == 0 and "Status: install ok installed" in done.stdout


@pytest.fixture
def as_root() -> None:
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("CI runs as root: dpkg -i of the package is part of the test run")
        pytest.skip("installing the package with dpkg -i needs root (CI runs as root)")
    if installed() or dpkg("-s", PACKAGE).returncode == 0:
        pytest.fail(f"{PACKAGE} is already on this machine: remove it before the test run")


@pytest.fixture
def env(tmp_path: Path, xdisplay: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SOP_COMPANION_", "XDG_", "QT_")) and k != "PYTHON_KEYRING_BACKEND"
    }
    env.update(
        PATH="/usr/bin:/bin",  # the launcher the package put on PATH, not a checkout's
        DISPLAY=xdisplay,
        SOP_COMPANION_CONFIG_DIR=str(tmp_path / "cfg"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_DIRS=str(tmp_path / "xdg"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_LOGGING_RULES="qt.core.qobject.connect=false",
    )
    return env


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PACKAGE, *args], env=env, capture_output=True, text=True, timeout=30)


def leftovers() -> list[str]:
    """What a removed package must not leave: its files, its menu entries, its autostart
    entry, its name in the handlers' cache (refreshed by the desktop-file-utils trigger)."""
    found = [str(p) for p in Path("/usr/share/applications").glob("sop-companion*")]
    for path in (Path("/opt/sop-companion"), Path("/usr/bin/sop-companion"), AUTOSTART):
        if path.exists():
            found.append(str(path))
    cache = Path("/usr/share/applications/mimeinfo.cache")
    if cache.exists() and "sop-companion" in cache.read_text("utf-8", "replace"):
        found.append(f"{cache} names sop-companion")
    return found


def test_deb_installs_starts_from_path_and_goes_away(deb: Path, as_root, env, tmp_path) -> None:
    try:
        done = dpkg("-i", str(deb))
        assert done.returncode == 0, done.stdout + done.stderr
        assert shutil.which(PACKAGE, path="/usr/bin") == "/usr/bin/sop-companion"
        assert not AUTOSTART.exists()  # off by default
        if shutil.which("update-desktop-database"):  # its dpkg trigger indexes our handler
            cache = Path("/usr/share/applications/mimeinfo.cache").read_text("utf-8")
            for scheme in ("tel", "callto"):
                line = next(
                    x for x in cache.splitlines() if x.startswith(f"x-scheme-handler/{scheme}=")
                )
                assert "sop-companion-dial.desktop" in line
        assert "AUTOSTART=no" in DEFAULTS.read_text()

        proc = subprocess.Popen(
            [PACKAGE, "--demo"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:

            def statuses() -> bool:
                answer = run(env, "status", "--json")
                if answer.returncode != 0:
                    return False
                return bool((json.loads(answer.stdout).get("status") or {}).get("available"))

            wait_until(lambda: proc.poll() is not None or statuses(), 40)
            assert proc.poll() is None, "the installed app exited"
            proc.terminate()
            assert proc.wait(30) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

        # company defaults reach the installed app: a locked server cannot be given
        locked = tmp_path / "xdg" / "sop-companion" / "defaults.ini"
        locked.parent.mkdir(parents=True)
        locked.write_text("[locked]\nserver_url = https://sop.example.com\n")
        refused = run(env, "--server", "https://elsewhere.example")
        assert refused.returncode == 2 and "administrator" in refused.stderr

        # system-wide autostart, when the administrator asks for it
        DEFAULTS.write_text("AUTOSTART=yes\n")
        done = dpkg("-i", str(deb))  # reinstalling runs the configuration again
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Exec=sop-companion" in AUTOSTART.read_text()
    finally:
        removed = dpkg("-r", PACKAGE)
        left_after_remove = leftovers()
        purged = dpkg("-P", PACKAGE)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert left_after_remove == []
    assert purged.returncode == 0, purged.stdout + purged.stderr
    assert not DEFAULTS.exists() and not installed()
