"""Icons and other GUI assets under ``resources/`` (source tree or frozen bundle).

Icons are line drawings whose stroke is ``currentColor``; :func:`icon` renders
them in the palette's text colour so they stay visible on dark palettes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from innodraft.core.paths import resources_dir

ICON_SIZES = (16, 20, 24, 32, 48)
"""Pixel sizes rendered for each themed icon."""


def icons_dir() -> Path:
    """Folder with the themed SVG icons."""
    return resources_dir() / "icons"


def app_icon_path() -> Path:
    """The application icon (SVG)."""
    return resources_dir() / "app" / "innodraft.svg"


def translations_dir() -> Path:
    """Folder with ``innodraft_<lang>.ts`` sources and built ``.qm`` files."""
    return resources_dir() / "i18n"


def app_icon() -> QIcon:
    """The application icon (empty icon when the file is missing)."""
    path = app_icon_path()
    return QIcon(str(path)) if path.is_file() else QIcon()


def _text_colour(role: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> QColor:
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return palette.color(role, QPalette.ColorRole.WindowText)


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """Themed icon ``resources/icons/<name>.svg`` (empty icon when missing)."""
    normal = QColor(colour) if colour is not None else _text_colour()
    disabled = _text_colour(QPalette.ColorGroup.Disabled)
    return _icon(name, normal.name(), disabled.name())


@cache
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    result = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
        for size in ICON_SIZES:
            for ratio in (1.0, 2.0):
                pixmap = QPixmap(QSize(int(size * ratio), int(size * ratio)))
                pixmap.fill(Qt.GlobalColor.transparent)
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
                painter.end()
                pixmap.setDevicePixelRatio(ratio)
                result.addPixmap(pixmap, mode)
    return result


def clear_icon_cache() -> None:
    """Forget rendered icons (after a palette change)."""
    _icon.cache_clear()
