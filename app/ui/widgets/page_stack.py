"""The stack of pages of the main window, in a scroll area: each page gets the room it needs,
and the window never grows past the screen for a page's sake."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget


class PageStack(QStackedWidget):
    """The pages, one shown at a time, needing the room of the one shown only (a stacked
    widget asks for its largest page's: one wide page would widen every other, or scroll
    them all)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def heightForWidth(self, width: int) -> int:
        """The shown page's minimum height. Its stacked layout would answer for the tallest
        page, and a page's own answer is built from its parts' preferred heights: the
        scroll area asks this when a page wraps lines, and would then scroll for nothing."""
        current = self.currentWidget()
        if current is None:
            return super().heightForWidth(width)
        return current.minimumSizeHint().height()


def scrolling(stack: QStackedWidget) -> QScrollArea:
    """The pages in a scroll area: a page that needs more room than the screen gives
    scrolls, instead of pushing the window past the screen's edges."""
    area = QScrollArea(objectName="pageScroller", widgetResizable=True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(stack)
    area.viewport().setObjectName("pageArea")  # the pages' background
    # the shown page changes what the area must hold: let it measure again
    stack.currentChanged.connect(lambda _index: QCoreApplication.postEvent(
        area, QEvent(QEvent.Type.LayoutRequest)))
    return area
