"""Tray icons: the app's handset with a dot in the colour of the current status."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.resource_paths import data_dir

GREEN, RED, AMBER, BLUE, GREY = "#2e9e44", "#d93025", "#f29900", "#3b82f6", "#8a8f98"

_AVAILABLE = ("office", "available", "telework", "home", "online", "present")
_BUSY = ("busy", "meeting", "dnd", "donotdisturb", "conference", "call")
_AWAY = ("holiday", "outofoffice", "absent", "away", "forward", "followme", "lunch", "sick")


def status_colour(status: str) -> str:
    """A colour for an untranslated status name (heuristic: SOPs name statuses freely)."""
    key = status.replace(" ", "").replace("-", "").replace("_", "").casefold()
    if any(k in key for k in _BUSY):
        return RED
    if any(k in key for k in _AWAY):
        return AMBER
    if any(k in key for k in _AVAILABLE):
        return GREEN
    return BLUE


_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
_base: dict[int, QPixmap] = {}


def _base_pixmap(size: int) -> QPixmap:
    """The app glyph at ``size``, from the nearest pre-rendered PNG (scripts/render_icons.py).

    PNGs instead of the SVG: QtSvg costs about 4 MiB of memory at start-up.
    """
    if size not in _base:
        best = min((s for s in _SIZES if s >= size), default=_SIZES[-1])
        pm = QPixmap(str(data_dir("resources") / "icons" / f"app-{best}.png"))
        if best != size and not pm.isNull():
            pm = pm.scaled(
                size,
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        _base[size] = pm
    return _base[size]


def _render_base(painter: QPainter, size: int) -> None:
    painter.drawPixmap(0, 0, _base_pixmap(size))


def app_icon() -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_base_pixmap(size))
    return icon


def status_icon(colour: str | None, *, disconnected: bool = False, badge: int = 0) -> QIcon:
    """The tray icon: base glyph, a status dot (bottom right), greyed when disconnected."""
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if disconnected:
            p.setOpacity(0.45)
        _render_base(p, size)
        p.setOpacity(1.0)
        d = max(6.0, size * 0.42)
        dot = QRectF(size - d, size - d, d, d).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QColor("white"))
        p.setBrush(QColor(GREY if disconnected or colour is None else colour))
        p.drawEllipse(dot)
        if badge > 0:
            b = max(7.0, size * 0.5)
            rect = QRectF(size - b, 0, b, b)
            p.setBrush(QColor(RED))
            p.drawEllipse(rect)
            font = p.font()
            font.setBold(True)
            font.setPixelSize(max(5, int(b * 0.7)))
            p.setFont(font)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "9+" if badge > 9 else str(badge))
        p.end()
        icon.addPixmap(pm)
    return icon
