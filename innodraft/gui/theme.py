"""Colours and the small style sheet: light and dark palettes alike.

Severity colours are picked for the palette in use, so underlines and badges
keep enough contrast on a dark ``Base`` colour (WCAG 2.1 AA asks for 3:1 for
graphical objects; the colours below reach it on white and on #1e1e1e).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

_LIGHT = {"error": "#c62828", "warning": "#b26a00", "info": "#1565c0", "ok": "#2e7d32",
          "accepted": "#757575"}
_DARK = {"error": "#ff7b72", "warning": "#f0b429", "info": "#79b8ff", "ok": "#7ee787",
         "accepted": "#9e9e9e"}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette's base (text background) colour is dark."""
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Base).lightness() < 128


def severity_colour(severity: str, palette: QPalette | None = None) -> QColor:
    """Underline/badge colour of a severity (also ``ok`` and ``accepted``)."""
    table = _DARK if is_dark(palette) else _LIGHT
    return QColor(table.get(severity, table["info"]))


def tint(severity: str, palette: QPalette | None = None) -> QColor:
    """Faint background behind a flagged span (alpha keeps the text readable)."""
    colour = severity_colour(severity, palette)
    colour.setAlpha(60 if is_dark(palette) else 38)
    return colour


def style_sheet(palette: QPalette | None = None) -> str:
    """Application style sheet: sidebar, page headers, guidance notes, badges."""
    pal = palette or QGuiApplication.palette()
    dark = is_dark(pal)
    highlight = pal.color(QPalette.ColorRole.Highlight)
    window = pal.color(QPalette.ColorRole.Window)
    side = window.darker(112) if not dark else window.lighter(125)
    note_bg = QColor(highlight)
    note_bg.setAlpha(28 if not dark else 48)
    note = f"rgba({note_bg.red()},{note_bg.green()},{note_bg.blue()},{note_bg.alpha()})"
    text = pal.color(QPalette.ColorRole.WindowText)
    muted = f"rgba({text.red()},{text.green()},{text.blue()},170)"
    return f"""
QListWidget#sidebar {{
    background: {side.name()};
    border: none;
    padding-top: 8px;
    font-size: 10.5pt;
}}
QListWidget#sidebar::item {{
    padding: 9px 10px;
    margin: 1px 8px;
    border-radius: 6px;
}}
QListWidget#sidebar::item:selected {{
    background: {highlight.name()};
    color: {pal.color(QPalette.ColorRole.HighlightedText).name()};
}}
QLabel#pageTitle {{
    font-size: 16pt;
    font-weight: 600;
}}
QLabel#pageIntro {{
    color: {muted};
}}
QLabel#guidance, QFrame#guidance {{
    background: {note};
    border-left: 3px solid {highlight.name()};
    border-radius: 4px;
    padding: 8px 10px;
}}
QLabel#muted {{
    color: {muted};
}}
QLabel#emptyState {{
    color: {muted};
    font-size: 11pt;
    padding: 24px;
}}
QLabel#badgeOk {{ color: {severity_colour("ok", pal).name()}; font-weight: 600; }}
QLabel#badgeError {{ color: {severity_colour("error", pal).name()}; font-weight: 600; }}
QLabel#badgeWarning {{ color: {severity_colour("warning", pal).name()}; font-weight: 600; }}
QLabel#itemId {{
    font-size: 13pt;
    font-weight: 600;
}}
QLabel#total {{
    font-size: 13pt;
    font-weight: 600;
}}
QGroupBox {{
    font-weight: 600;
}}
"""


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a widget's object name changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_badge(widget: QWidget, name: str) -> None:
    """Give a label a style-sheet role (``badgeOk``, ``badgeError``, ``muted``…)."""
    if widget.objectName() != name:
        widget.setObjectName(name)
        repolish(widget)
