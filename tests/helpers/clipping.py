"""Finds text a window cuts off: labels and buttons whose text does not fit the room they got.

A text is fine when it fits, or when it ends in "…" and its tooltip holds it whole (ElidedLabel,
the no-tray window's rows). Only what is on screen is checked (hidden widgets, other tabs are
not): show the window, switch tabs, then call :func:`clipped`.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from app.ui.elided_label import ElidedLabel
from app.ui.menu_window import _ActionButton

SLACK = 1  # px: rounding between the font engine and the layout


def _name(widget: QWidget, text: str) -> str:
    window = widget.window()
    return f"{window.objectName() or type(window).__name__}/{widget.objectName() or type(widget).__name__}: {text!r}"  # noqa: E501


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if isinstance(label, ElidedLabel):
        if label.is_elided() and label.toolTip() != text:
            return "elided without the whole text in its tooltip"
        return None
    rect = label.contentsRect()
    margin = label.margin()
    indent = max(label.indent(), 0)
    width = rect.width() - 2 * margin - indent
    height = rect.height() - 2 * margin
    metrics = label.fontMetrics()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        return None  # rich text lays itself out; none of ours is rich
    if label.wordWrap():
        flags = int(Qt.TextFlag.TextWordWrap)
        box = metrics.boundingRect(0, 0, max(width, 1), 100_000, flags, text)
        if box.width() > width + SLACK:
            return f"a word is wider than the label ({box.width()} > {width})"
        if box.height() > height + SLACK:
            return f"wrapped text is taller than the label ({box.height()} > {height})"
        return None
    lines = text.split("\n")
    wide = max(metrics.horizontalAdvance(line) for line in lines)
    if wide > width + SLACK:
        return f"text is wider than the label ({wide} > {width})"
    if metrics.height() * len(lines) > height + SLACK + 2:
        return f"text is taller than the label ({metrics.height() * len(lines)} > {height})"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    if isinstance(button, _ActionButton):
        if button.is_elided() and text not in button.toolTip().split("\n"):
            return "elided without the whole text in its tooltip"
        return None
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = text
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        rect = button.style().subElementRect(element, option, button)
        wide = QFontMetrics(button.font()).horizontalAdvance(text.replace("&", ""))
        if wide > rect.width() + SLACK:
            return f"text is wider than the box's room ({wide} > {rect.width()})"
        return None
    if isinstance(button, QPushButton | QToolButton):
        need = button.sizeHint().width()
        if need > button.width() + SLACK:
            return f"the button is narrower than its text needs ({button.width()} < {need})"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    room = bar.rect()
    parent = bar.parentWidget()
    if parent is not None:
        room = room.intersected(parent.rect().translated(-bar.pos()))
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        text = bar.tabText(index)
        if not room.contains(rect):
            problems.append(f"{_name(bar, text)} the tab is cut at the edge ({rect} in {room})")
        elif rect.width() + SLACK < bar.tabSizeHint(index).width() and not bar.usesScrollButtons():
            problems.append(f"{_name(bar, text)} the tab is narrower than its title")
    return problems


def clipped(window: QWidget) -> list[str]:
    """Every visible label, button or tab of ``window`` whose text is cut, with why."""
    problems: list[str] = []
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            problems += _tab_problems(bar)
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.width() > 0:
            why = _label_problem(label)
            if why:
                problems.append(f"{_name(label, label.text())} {why}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.width() > 0:
            why = _button_problem(button)
            if why:
                problems.append(f"{_name(button, button.text())} {why}")
    return problems
