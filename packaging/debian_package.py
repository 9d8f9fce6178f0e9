"""The Debian package, made from the bundle by ``python packaging/build.py --deb``.

    /opt/sop-companion/                      the bundle (dist/sop-companion), as it is
    /usr/bin/sop-companion                   a two-line launcher running it
    /usr/share/applications/                 the menu entry and the tel:/callto: handler entry
    /usr/share/icons/hicolor/*/apps/         the icon at every size, and scalable
    /usr/share/sop-companion/autostart.desktop   copied to /etc/xdg/autostart by postinst when
                                             /etc/default/sop-companion says AUTOSTART=yes
    /usr/share/doc/sop-companion/            copyright, an example of the company defaults file

``dpkg-deb --root-owner-group`` builds it from a staging tree in build/deb, so no root and no
other tool is needed. The menu and icon caches are refreshed by the triggers of
desktop-file-utils and hicolor-icon-theme, as for any package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "sop-companion"


def arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _install(src: Path | bytes | str, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(src, Path):
        shutil.copyfile(src, dest)
    else:
        dest.write_bytes(src.encode() if isinstance(src, str) else src)
    dest.chmod(mode)


def _normalise(tree: Path) -> None:
    """Directories 0755, files 0755 when executable else 0644: what dpkg expects."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def _size_kb(tree: Path) -> int:
    files = (p for p in tree.rglob("*") if p.is_file() and not p.is_symlink())
    return sum((p.stat().st_size + 1023) // 1024 for p in files)


def stage(bundle: Path, icons: Path, staging: Path, version: str) -> Path:
    """Lay out the package's files under ``staging``; returns it."""
    shutil.rmtree(staging, ignore_errors=True)
    opt = staging / "opt" / NAME
    shutil.copytree(bundle, opt, symlinks=True)
    share = staging / "usr" / "share"
    _install(HERE / "debian" / "sop-companion.sh", staging / "usr" / "bin" / NAME, 0o755)
    desktop = (ROOT / "resources" / f"{NAME}.desktop").read_text("utf-8")
    _install(desktop, share / "applications" / f"{NAME}.desktop")
    dial = HERE / "debian" / f"{NAME}-dial.desktop"
    _install(dial, share / "applications" / f"{NAME}-dial.desktop")
    autostart = desktop.rstrip("\n") + "\nX-GNOME-Autostart-enabled=true\n"
    autostart += "X-SOP-Companion-Package=true\n"  # postinst/postrm remove only this entry
    _install(autostart, share / NAME / "autostart.desktop")
    for png in sorted((icons / "hicolor").rglob("*")):
        if png.is_file():
            _install(png, share / "icons" / "hicolor" / png.relative_to(icons / "hicolor"))
    doc = share / "doc" / NAME
    _install(HERE / "debian" / "copyright", doc / "copyright")
    _install(HERE / "debian" / "defaults.ini.example", doc / "defaults.ini.example")
    _normalise(staging)
    control = (HERE / "debian" / "control.in").read_text("utf-8")
    control = control.replace("@VERSION@", version).replace("@ARCH@", arch())
    control = control.replace("@SIZE_KB@", str(_size_kb(staging)))
    meta = staging / "DEBIAN"
    _install(control, meta / "control")
    for script in ("postinst", "postrm"):
        _install(HERE / "debian" / script, meta / script, 0o755)
    return staging


def build_deb(bundle: Path, icons: Path, work: Path, out_dir: Path, version: str) -> Path:
    """Stage and build ``out_dir/sop-companion_<version>_<arch>.deb``; its path."""
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is missing: the Debian package is built on Debian or Ubuntu")
    staging = stage(bundle, icons, work / "deb" / "root", version)
    out = out_dir / f"{NAME}_{version}_{arch()}.deb"
    out.unlink(missing_ok=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "0")}
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(out)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return out
