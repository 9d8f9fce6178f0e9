"""Tray icons: the app's handset with a dot in the colour of the current status.

Status colours: green available, violet busy (a meeting, do not disturb), amber away, blue
anything else, grey disconnected. Red belongs to the missed-call badge alone, so a busy status
never reads as missed calls. The badge shows the exact count up to 99 (a pill for two digits)
in a font at least 10 px high at the tray's 22 px; above 99 it reads "99+".
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.resource_paths import data_dir

GREEN, AMBER, BLUE, GREY = "#2e9e44", "#f29900", "#3b82f6", "#8a8f98"
VIOLET = "#8e44ad"  # busy statuses
RED = "#d93025"  # the missed-call badge only
BADGE_RED = RED

_AVAILABLE = ("office", "available", "telework", "home", "online", "present")
_BUSY = ("busy", "meeting", "dnd", "donotdisturb", "conference", "call")
_AWAY = ("holiday", "outofoffice", "absent", "away", "forward", "followme", "lunch", "sick")


def status_colour(status: str) -> str:
    """A colour for an untranslated status name (heuristic: SOPs name statuses freely)."""
    key = status.replace(" ", "").replace("-", "").replace("_", "").casefold()
    if any(k in key for k in _BUSY):
        return VIOLET
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


def badge_text(count: int) -> str:
    """The badge's text: the count itself, "99+" above 99 (never an ambiguous "9+")."""
    return str(count) if count <= 99 else "99+"


def dot_icon(colour: str, size: int = 16) -> QIcon:
    """A filled dot in ``colour`` with a thin light rim: the status entries' marks."""
    icon = QIcon()
    for scale in (1, 2):
        px = size * scale
        pm = QPixmap(px, px)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = px * 0.6
        rect = QRectF((px - d) / 2, (px - d) / 2, d, d)
        p.setPen(QColor(255, 255, 255, 200))
        p.setBrush(QColor(colour))
        p.drawEllipse(rect)
        p.end()
        pm.setDevicePixelRatio(scale)
        icon.addPixmap(pm)
    return icon


def _draw_badge(p: QPainter, size: int, count: int) -> None:
    """The red count at the top right: as large as the icon allows (legible at 22 px)."""
    text = badge_text(count)
    h = max(9.0, size * 0.62)
    font = p.font()
    font.setBold(True)
    font.setPixelSize(max(7, round(h * 0.8)))
    p.setFont(font)
    metrics = p.fontMetrics()
    w = min(float(size), max(h, metrics.horizontalAdvance(text) + h * 0.35))
    if metrics.horizontalAdvance(text) > w - 2:  # "99+" at the smallest sizes
        font.setPixelSize(
            max(6, round(font.pixelSize() * (w - 2) / metrics.horizontalAdvance(text)))
        )
        p.setFont(font)
    rect = QRectF(size - w, 0, w, h)
    p.setPen(QColor("white"))
    p.setBrush(QColor(BADGE_RED))
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), h / 2, h / 2)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


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
            _draw_badge(p, size, badge)
        p.end()
        icon.addPixmap(pm)
    return icon
