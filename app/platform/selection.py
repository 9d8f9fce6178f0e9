"""The text the user selected (X11 primary selection), else the clipboard — read, never written.

Copying the selection with a simulated Ctrl+C would overwrite the user's clipboard; the primary
selection is readable as it is. Platforms without one (Windows, macOS, most Wayland sessions
without primary-selection support in Qt) fall back to the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QClipboard, QGuiApplication


def read_selection_or_clipboard(accept: Callable[[str], bool] = bool) -> str:
    """The primary selection when ``accept`` takes it, else the clipboard when it does, else ""."""
    clipboard = QGuiApplication.clipboard()
    candidates = []
    if clipboard.supportsSelection():
        candidates.append(clipboard.text(QClipboard.Mode.Selection))
    candidates.append(clipboard.text(QClipboard.Mode.Clipboard))
    for text in candidates:
        text = text.strip()
        if text and accept(text):
            return text
    return ""
