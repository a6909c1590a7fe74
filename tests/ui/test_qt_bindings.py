"""The Qt bindings themselves: a known-bad PySide6 must not come back with an upgrade."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_calls_keep_none_alive() -> None:
    # PySide6 6.12.0 under CPython 3.11 returned None from void methods without a reference:
    # every call took one from None, and painting a list crashed the app within seconds.
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    rect = QRect()
    before = sys.getrefcount(None)
    for _ in range(500):
        rect.setWidth(3)
        painter.setBrush(QColor("red"))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50
