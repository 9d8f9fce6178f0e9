"""Dialog buttons as the platforms draw them today: words only.

Qt's Fusion and some desktop styles put icons on a dialog's standard buttons (a floppy disk on
Save, a red cross on Cancel); Windows, macOS, GNOME and KDE's own dialogs show the words alone.
The buttons keep the platform's order and the words of its style.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel


def plain_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """``box`` with the icons taken off its buttons."""
    for button in box.buttons():
        button.setIcon(QIcon())
    return box


def show_message(dialog: QDialog, label: QLabel, text: str) -> None:
    """``text`` in ``label``, whole: the dialog grows to the height the wrapped text needs."""
    label.setText(text)
    label.show()
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
        needed = layout.totalHeightForWidth(dialog.width())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)
