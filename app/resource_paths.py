"""Where the icons (resources/) and translations (i18n/) are, installed or from a checkout.

An installed wheel (and the PyInstaller bundle) carries them as the packages ``app.resources`` and
``app.i18n``; a source checkout has them as the top-level folders beside ``app/``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """``name`` is ``"resources"`` or ``"i18n"``."""
    try:
        spec = importlib.util.find_spec(f"app.{name}")
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return _ROOT / name
