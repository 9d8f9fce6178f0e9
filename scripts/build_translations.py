"""Compile i18n/*.ts into .qm with pyside6-lrelease (the .qm files are never edited by hand)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return found


def main() -> int:
    ts_files = sorted((ROOT / "i18n").glob("*.ts"))
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    print(f"built {len(ts_files)} translation(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
