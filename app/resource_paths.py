"""Where the icons (resources/) and translations (i18n/) are: frozen, installed or a checkout.

An installed wheel carries them as the packages ``app.resources`` and ``app.i18n``; a source
checkout has them as the top-level folders beside ``app/``. The PyInstaller bundle
(packaging/sop-companion.spec) copies them as data to ``app/resources`` and ``app/i18n`` under
``sys._MEIPASS``, the same layout as the installed package.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def frozen_root() -> Path | None:
    """The bundle's data folder (``sys._MEIPASS``) when running frozen, else None."""
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return Path(meipass)
    return None


def data_dir(name: str) -> Path:
    """``name`` is ``"resources"`` or ``"i18n"``."""
    bundle = frozen_root()
    if bundle is not None:
        return bundle / "app" / name
    try:
        spec = importlib.util.find_spec(f"app.{name}")
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return _ROOT / name
