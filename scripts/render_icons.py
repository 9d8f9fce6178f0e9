"""Render resources/icons/app.svg into the PNG sizes the app loads (run after editing the SVG).

The app itself draws from these PNGs, so it needs no QtSvg at run time (less memory at start).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs an application
    icons = ROOT / "resources" / "icons"
    renderer = QSvgRenderer(str(icons / "app.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        image.save(str(icons / f"app-{size}.png"))
    print(f"rendered {len(SIZES)} sizes into {icons}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
