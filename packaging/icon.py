"""The Windows icon (``.ico``) rendered from the application's SVG.

    python packaging/icon.py resources/app/innodraft.svg build/packaging/innodraft.ico

An ``.ico`` is a small directory of images; since Windows Vista each image may
be a PNG. The sizes below cover Explorer, the taskbar, the Start menu and
Add/Remove Programs. Qt renders the SVG offscreen, so no display is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
"""Pixel sizes stored in the icon."""


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered as a square PNG of ``size`` pixels (transparent background)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ``.ico`` file holding the PNG ``images`` keyed by pixel size."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        png = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an icon directory entry
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def write_ico(svg: Path, target: Path, sizes: tuple[int, ...] = ICO_SIZES) -> Path:
    """Render ``svg`` at every size into the icon file ``target``; returns ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes({size: render_png(svg, size) for size in sizes}))
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: icon.py SOURCE.svg TARGET.ico")
    print(write_ico(Path(sys.argv[1]), Path(sys.argv[2])))
