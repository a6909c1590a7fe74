"""Render Vigie's icons from their SVG sources: the PNG set, the Windows .ico, the macOS .icns.

    uv run python resources/build_icons.py

Qt draws the SVG (QSvgRenderer, already in PySide6) at every size, so that a 16 px icon is
drawn for 16 px rather than shrunk from 512; Pillow (installed with matplotlib) packs the
sizes into .ico and .icns. The outputs are committed: the bundle's build only reads them.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
NAMES = ("vigie", "vigie-file")  #: the application, and a client file (*.vigie)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  #: what Windows Explorer asks for
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  #: what macOS's iconutil names


def render(svg: Path, size: int) -> Image.Image:
    """The SVG drawn at `size` × `size` pixels, as a Pillow image with alpha."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
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
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def build(name: str) -> list[Path]:
    """Write the PNG set, the .ico and the .icns of icons/`name`.svg; return their paths."""
    svg = ICONS / f"{name}.svg"
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: render(svg, size) for size in sizes}
    written = []
    (ICONS / "png").mkdir(exist_ok=True)
    for size in PNG_SIZES:
        path = ICONS / "png" / f"{name}-{size}.png"
        images[size].save(path, optimize=True)
        written.append(path)
    largest = images[max(ICO_SIZES)]
    ico = ICONS / f"{name}.ico"
    largest.save(ico, sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    icns = ICONS / f"{name}.icns"
    images[1024].save(icns, append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    return [*written, ico, icns]


def main() -> int:
    """Build every icon; print what was written."""
    _application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name in NAMES:
        for path in build(name):
            print(path.relative_to(ICONS.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
