"""Dialog buttons as the platforms draw them today: words only.

Qt's Fusion and some desktop styles put icons on a dialog's standard buttons (a floppy disk on
Save, a red cross on Cancel); Windows, macOS, GNOME and KDE's own dialogs show the words alone.
The buttons keep the platform's order and the words of its style.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialogButtonBox


def plain_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """``box`` with the icons taken off its buttons."""
    for button in box.buttons():
        button.setIcon(QIcon())
    return box
