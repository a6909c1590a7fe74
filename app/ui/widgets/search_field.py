"""A page's search field: a magnifier, a clear button, and Down into the list it filters,
as in a mail client (Ctrl+1…7 put the cursor here; Down goes on to the first result)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from app.ui.style import MUTED, icon


class SearchField(QLineEdit):
    """« Rechercher… » with its magnifier; Down (or Page Down) goes into the lists given
    to `lead_to`."""

    def __init__(self, width: int | None = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent, placeholderText=self.tr("Rechercher…"),
                         clearButtonEnabled=True)
        self.addAction(icon("mdi6.magnify", MUTED.name()),
                       QLineEdit.ActionPosition.LeadingPosition)
        if width is not None:
            self.setFixedWidth(width)
        self.lists: list[QAbstractItemView] = []

    def lead_to(self, *lists: QAbstractItemView) -> None:
        """Down goes into the first of `lists` that shows rows."""
        self.lists = list(lists)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.enter_list():
            return
        super().keyPressEvent(event)

    def enter_list(self) -> bool:
        """Put the focus in the first list with rows, on its first row if none is current;
        False when every list is empty (the key then does what it does in a line edit)."""
        view = next((v for v in self.lists if v.isVisible()
                     and v.model() is not None and v.model().rowCount() > 0), None)
        if view is None:
            return False
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.currentIndex().isValid():
            first = view.model().index(0, 0)
            view.setCurrentIndex(first)
            view.scrollTo(first)
        return True
