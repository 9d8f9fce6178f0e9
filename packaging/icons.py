"""Render resources/icons/app.svg into the icon files the bundles want (run by build.py).

Windows wants an .ico, macOS an .icns. Both formats are a small header followed by PNG images
(PNG inside ICO since Vista, inside ICNS since 10.7), so they are written here directly with
Qt's SVG renderer: no Pillow, no iconutil, the same result on every build machine.

    python packaging/icons.py OUT_DIR      -> OUT_DIR/sop-companion.{ico,icns,png}
                                              and OUT_DIR/hicolor/ (the Debian package's icons)
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)  # the theme's usual folders
# ICNS element types holding PNG data, by pixel size (Apple's "icns" type list)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` canvas, PNG-encoded."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    out = QByteArray()
    buf = QBuffer(out)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):  # type: ignore[call-overload]  # (stubs say bytes)
        raise RuntimeError(f"cannot encode a {size}px PNG")
    buf.close()
    return bytes(out.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (ICONDIR, ICONDIRENTRYs, then the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length, PNG) elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg_path: Path = SVG) -> dict[str, Path]:
    """Write sop-companion.ico, .icns and a 256 px .png into ``out_dir``; their paths."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = svg_path.read_bytes()
    sizes = set(ICO_SIZES) | set(HICOLOR_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = {size: render_png(svg, size) for size in sorted(sizes)}
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "ico": out_dir / "sop-companion.ico",
        "icns": out_dir / "sop-companion.icns",
        "png": out_dir / "sop-companion.png",
    }
    paths["ico"].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    paths["icns"].write_bytes(icns_bytes(pngs))
    paths["png"].write_bytes(pngs[256])
    for size in HICOLOR_SIZES:
        png = out_dir / "hicolor" / f"{size}x{size}" / "apps" / "sop-companion.png"
        png.parent.mkdir(parents=True, exist_ok=True)
        png.write_bytes(pngs[size])
    scalable = out_dir / "hicolor" / "scalable" / "apps" / "sop-companion.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg)
    paths["hicolor"] = out_dir / "hicolor"
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for path in make_icons(Path(sys.argv[1])).values():
        print(path)
