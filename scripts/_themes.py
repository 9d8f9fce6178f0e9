"""Light and dark palettes for the screenshot scripts: Qt's Fusion style with its own light
palette, or a dark palette in the spirit of the desktops' dark themes (Breeze Dark, Adwaita
dark, Windows' dark mode). The app itself follows whatever palette the desktop gives it.

As a launcher: ``python scripts/_themes.py dark -m app --demo ...`` runs the app with that
theme (used by scripts/screenshots for the tray menus).
"""

from __future__ import annotations

import runpy
import sys


def dark_palette():  # -> QPalette
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2d31",
        role.WindowText: "#e8e8ea",
        role.Base: "#1e1f22",
        role.AlternateBase: "#26282c",
        role.ToolTipBase: "#3a3d42",
        role.ToolTipText: "#e8e8ea",
        role.PlaceholderText: "#9a9da3",
        role.Text: "#e8e8ea",
        role.Button: "#35373c",
        role.ButtonText: "#e8e8ea",
        role.BrightText: "#ffffff",
        role.Light: "#45474d",
        role.Midlight: "#3c3e44",
        role.Mid: "#2f3136",
        role.Dark: "#1a1b1e",
        role.Shadow: "#000000",
        role.Highlight: "#3d7ad6",
        role.HighlightedText: "#ffffff",
        role.Link: "#7aa7ff",
    }
    for r, c in colours.items():
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7c7f85"))
    return p


def apply_theme(app, theme: str) -> None:
    """Fusion, with its light palette or :func:`dark_palette`."""
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())


def _launch() -> None:
    """``_themes.py THEME -m MODULE ARGS...``: run MODULE with the theme applied at start."""
    import PySide6.QtWidgets as widgets

    theme = sys.argv[1]
    module = sys.argv[3]
    base = widgets.QApplication

    class Themed(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            apply_theme(self, theme)

    widgets.QApplication = Themed
    sys.argv = [module, *sys.argv[4:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    _launch()
