"""packaging/icu_data.py: which items of ICU's data the Linux bundle leaves out."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_icu", ROOT / "packaging/icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_other_languages_go_ours_and_shared_data_stay() -> None:
    dropped = load().dropped
    for item in ("af.res", "ja_JP.res", "coll/zh.res", "zone/es_419.res", "translit/root.res"):
        assert dropped(item), item
    for item in (
        "root.res", "fr.res", "fr_BE.res", "nl_BE.res", "de_CH.res", "en_001.res", "coll/fr.res",
        "coll/root.res", "coll/ucadata.icu", "res_index.res", "pool.res", "zoneinfo64.res",
        "supplementalData.res", "brkitr/cjdict.dict", "ibm-1390_P110-2003.cnv", "nfc.nrm",
    ):  # fmt: skip
        assert not dropped(item), item
