"""packaging/icons.py: the .ico and .icns the Windows and macOS bundles get, read back by Qt."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]


def load_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_icons", ROOT / "packaging/icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def widths(path: Path) -> set[int]:
    reader = QImageReader(str(path))
    found = set()
    for i in range(reader.imageCount()):
        assert reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        found.add(image.width())
    return found


def test_icons_are_valid_files(qapp, tmp_path: Path) -> None:
    icons = load_icons()
    paths = icons.make_icons(tmp_path)
    ico = paths["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    assert widths(paths["ico"]) == set(icons.ICO_SIZES)
    icns = paths["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert widths(paths["icns"]) == {size for _kind, size in icons.ICNS_TYPES}
    png = QImageReader(str(paths["png"])).read()
    assert png.width() == 256 and png.pixelColor(128, 128).alpha() == 255
