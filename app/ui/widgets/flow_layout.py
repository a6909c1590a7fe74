"""A layout that lines its widgets up and wraps them onto the next line when the width runs
out (after Qt's Flow Layout example): a page's search field and filters on one line in a
wide window, on two in a narrow one, none of them cut; a page's title with its buttons on
its right, the buttons under the title when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget

#: In `flow_row`'s list: the spare room of the line goes here (what follows is pushed right).
STRETCH = None

class FlowLayout(QLayout):
    """Widgets left to right, wrapped to a new line when the next one does not fit.

    On each line, the room left over goes to the stretches (`addStretch`) and to the
    widgets that ask to expand sideways, up to their maximum width; the items of a line
    are centred on it vertically. A widget whose height depends on its width (a label
    that wraps) is given the height of the width it gets."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self) -> None:
        """Room that takes what its line has to spare: what follows goes to the right."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding,
                                 QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._spacing * max(sum(1 for item in shown if not _is_stretch(item)) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """The widest single widget: everything else may wrap."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        """The items that take room (a hidden widget takes none)."""
        return [item for item in self._items if not item.isEmpty() or _is_stretch(item)]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items line by line, each line as many as fit in `width`."""
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._shown():
            if _is_stretch(item):
                lines[-1].append(item)
                continue
            placed = any(not _is_stretch(other) for other in lines[-1])
            hint = item.sizeHint().width()
            if placed and x + self._spacing + hint > width:
                lines.append([])
                x, placed = 0, False
            lines[-1].append(item)
            x += (self._spacing if placed else 0) + hint
        return lines

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items line by line in `rect`; returns the height they take."""
        y = rect.y() - self._spacing
        for line in self._lines(rect.width()):
            y += self._spacing
            widths = self._widths(line, rect.width())
            heights = [item.heightForWidth(w) if item.hasHeightForWidth()
                       else item.sizeHint().height()
                       for item, w in zip(line, widths, strict=True)]
            line_height = max(heights, default=0)
            x = rect.x()
            for item, width, height in zip(line, widths, heights, strict=True):
                if _is_stretch(item):
                    x += width
                    continue
                if move:
                    top = y + (line_height - height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
                x += width + self._spacing
            y += line_height
        return max(y - rect.y(), 0)

    def _widths(self, line: list[QLayoutItem], room: int) -> list[int]:
        """The width of each item of a line: its preferred one, the room left over shared by
        the stretches and the widgets that expand sideways (up to their maximum)."""
        widths = [min(item.sizeHint().width(), room) for item in line]
        gaps = self._spacing * max(sum(1 for item in line if not _is_stretch(item)) - 1, 0)
        spare = room - sum(widths) - gaps
        growing = [i for i, item in enumerate(line)
                   if item.expandingDirections() & Qt.Orientation.Horizontal]
        while spare > 0 and growing:
            share = max(spare // len(growing), 1)
            for i in list(growing):
                grown = min(widths[i] + share, line[i].maximumSize().width())
                spare -= grown - widths[i]
                if grown == widths[i] or grown < widths[i] + share:
                    growing.remove(i)
                widths[i] = grown
                if spare <= 0:
                    break
        return widths


def _is_stretch(item: QLayoutItem) -> bool:
    return item.spacerItem() is not None


def button_group(buttons: list[QWidget], spacing: int = 8) -> QWidget:
    """Buttons kept together on the right of the line they share (a title's, a summary's),
    or right-aligned on a line of their own under it: wrapped only when even a line of
    their own is too narrow."""
    group = flow_row([STRETCH, *buttons], spacing)
    policy = group.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    group.setSizePolicy(policy)
    return group


def flow_row(widgets: list[QWidget | None], spacing: int = 8) -> QWidget:
    """A widget holding `widgets` in a FlowLayout, as tall as its lines need; a `STRETCH`
    in the list takes the room its line has to spare."""
    holder = QWidget()
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    layout = FlowLayout(holder, spacing)
    for widget in widgets:
        if widget is STRETCH:
            layout.addStretch()
        else:
            layout.addWidget(widget)
    return holder
