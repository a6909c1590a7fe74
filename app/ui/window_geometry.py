"""Where the main window opens: inside the screen it opens on, whatever was remembered.

A window wider or taller than the screen hides its status bar and its forms' buttons, or
its title-bar buttons: the first start fills most of the available screen (taskbar
excluded), and a geometry remembered on a larger screen, or at another scaling, is brought
back inside the screen of today.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

#: Share of the available screen the window takes at first start.
FIRST_SHARE = 0.9
#: Largest first size: on a large screen a document window need not fill it all.
FIRST_MAXIMUM = QSize(1600, 1000)
#: Below this, 90 % of the screen is too little: the first window takes all of it (a
#: 1024 × 768 screen gives every pixel to the pages beside the side bar).
COMFORTABLE = QSize(1000, 640)
#: The frame a window manager adds (title bar, borders), until the real one is known.
ASSUMED_FRAME = QMargins(8, 32, 8, 8)


def first_geometry(available: QRect, frame: QMargins = ASSUMED_FRAME,
                   minimum: QSize | None = None) -> QRect:
    """The window's client rectangle at first start: 90 % of the available screen (never
    more than FIRST_MAXIMUM), frame included, centred; all of it when 90 % would be less
    than the window's `minimum` (a 1024 × 768 screen)."""
    width = min(int(available.width() * FIRST_SHARE), FIRST_MAXIMUM.width())
    height = min(int(available.height() * FIRST_SHARE), FIRST_MAXIMUM.height())
    if minimum is not None:
        outer_minimum = minimum.grownBy(frame)
        if width < outer_minimum.width():
            width = available.width()
        if height < outer_minimum.height():
            height = available.height()
    outer = QRect(0, 0, width, height)
    outer.moveCenter(available.center())
    return outer.marginsRemoved(frame)


def fit_inside(client: QRect, available: QRect, frame: QMargins = ASSUMED_FRAME,
               minimum: QSize | None = None) -> QRect:
    """`client` shrunk and moved as little as needed for the window, frame included, to lie
    inside `available` (never below `minimum`, which the window could not go under)."""
    room = available.marginsRemoved(frame)
    width, height = min(client.width(), room.width()), min(client.height(), room.height())
    if minimum is not None:
        width, height = max(width, minimum.width()), max(height, minimum.height())
    x = max(min(client.x(), room.x() + room.width() - width), room.x())
    y = max(min(client.y(), room.y() + room.height() - height), room.y())
    return QRect(x, y, width, height)


def frame_of(frame_geometry: QRect, geometry: QRect) -> QMargins:
    """The frame around a shown window, or the assumed one while it has none yet."""
    margins = QMargins(geometry.left() - frame_geometry.left(),
                       geometry.top() - frame_geometry.top(),
                       frame_geometry.right() - geometry.right(),
                       frame_geometry.bottom() - geometry.bottom())
    return ASSUMED_FRAME if margins.isNull() else margins
