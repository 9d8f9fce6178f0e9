"""Build the one-folder app: ``python packaging/build.py`` -> dist/sop-companion/.

Steps: compile the translations (scripts/build_translations.py), render the icons into
build/icons (packaging/icons.py), run PyInstaller on packaging/sop-companion.spec, then write
dist/sop-companion.stamp, a digest of everything the bundle is made from.

``--if-stale`` skips the build when dist/ already holds a bundle made from the same inputs
(sources, resources, translations, packaging files, Python and every installed distribution's
version): the smoke test uses it so one test run builds at most once.

``--deb`` then makes dist/sop-companion_<version>_<arch>.deb from the bundle with dpkg-deb
(packaging/debian_package.py).

Needs PyInstaller: ``pip install -e '.[bundle]'`` (the ``test`` extra has it too).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import importlib.util
import os
import platform
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "sop-companion"
DIST = ROOT / "dist"
WORK = ROOT / "build"
SPEC = ROOT / "packaging" / f"{NAME}.spec"
STAMP = DIST / f"{NAME}.stamp"
_INPUTS = ("app", "resources", "i18n", "packaging", "pyproject.toml")
_SKIP_SUFFIXES = (".pyc", ".qm", ".md")  # outputs (.qm files are compiled from the .ts) and docs
# what does not go into the bundle: the Debian package, the release workflow, the installers
_NOT_BUNDLE = ("packaging/debian", "packaging/debian_package.py", "packaging/ci")
_NOT_BUNDLE += ("packaging/windows", "packaging/macos/dmg.sh")


def bundle_dir() -> Path:
    """The folder to ship (macOS: the .app is built beside it)."""
    return DIST / NAME


def executable() -> Path:
    return bundle_dir() / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def input_digest() -> str:
    """A digest of what the bundle is built from; changes whenever a rebuild is needed."""
    h = hashlib.sha256()
    for top in _INPUTS:
        base = ROOT / top
        files = [base] if base.is_file() else sorted(base.rglob("*"))
        for path in files:
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in _SKIP_SUFFIXES:
                continue
            if path.relative_to(ROOT).as_posix().startswith(_NOT_BUNDLE):
                continue
            h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(f"{sys.version}|{platform.platform()}|{sys.executable}".encode())
    dists = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    h.update("\n".join(dists).encode())
    return h.hexdigest()


def is_fresh(digest: str) -> bool:
    return executable().exists() and STAMP.exists() and STAMP.read_text().strip() == digest


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run(args: list[str], **kwargs: object) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


@contextlib.contextmanager
def build_lock() -> Iterator[None]:
    """One build at a time in this checkout (two test runs must not write dist/ together)."""
    WORK.mkdir(parents=True, exist_ok=True)
    with (WORK / ".build.lock").open("w") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: builds there are run by hand, one at a time
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes
        yield


def build() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is missing: pip install -e '.[bundle]'")
    run([sys.executable, str(ROOT / "scripts" / "build_translations.py")])
    icons = WORK / "icons"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run([sys.executable, str(ROOT / "packaging" / "icons.py"), str(icons)], env=env)
    STAMP.unlink(missing_ok=True)  # a failed build must not look fresh
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(SPEC),
        ],
        env={**os.environ, "SOP_COMPANION_ICON_DIR": str(icons)},
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--if-stale", action="store_true", help="do nothing if dist/ is built from these inputs"
    )
    ap.add_argument("--deb", action="store_true", help="then make the Debian package (dpkg-deb)")
    args = ap.parse_args(argv)
    with build_lock():
        digest = input_digest()
        started = time.monotonic()
        if args.if_stale and is_fresh(digest):
            print(f"{bundle_dir()} is up to date")
        else:
            build()
            STAMP.write_text(digest + "\n")
            size = tree_size(bundle_dir())
            print(
                f"built {executable()} in {time.monotonic() - started:.0f} s, "
                f"{size / 2**20:.0f} MiB in {bundle_dir()}"
            )
        if args.deb:
            deb = make_deb()
            print(f"built {deb}, {deb.stat().st_size / 2**20:.0f} MiB")
    return 0


def make_deb() -> Path:
    sys.path.insert(0, str(ROOT / "packaging"))
    from debian_package import build_deb

    if not (WORK / "icons" / "hicolor").is_dir():  # a bundle built before icons.py made them
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        run([sys.executable, str(ROOT / "packaging" / "icons.py"), str(WORK / "icons")], env=env)
    return build_deb(bundle_dir(), WORK / "icons", WORK, DIST, version())


def version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


if __name__ == "__main__":
    sys.exit(main())
