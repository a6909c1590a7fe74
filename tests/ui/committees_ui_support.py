"""Shared by the GUI tests of the committees and actions pages: pages on the scenario file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from sqlmodel import select

from app.ui.workspace import Workspace


def build(qtbot, document, page_class, size=(1280, 800)):
    """A page on an open document, shown and loaded."""
    from app.ui.application import create_application

    create_application()
    page = page_class(Workspace(document))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.activateWindow()  # focus moves between its fields, as on a desktop
    qtbot.waitUntil(page.isActiveWindow)
    page.refresh()
    return page


def rows_of(view) -> list:
    """The rows a table shows, in its order."""
    from app.ui.table_models import ROW_ROLE

    model = view.model()
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def click_row(qtbot, view: QAbstractItemView, row: int, modifier=Qt.KeyboardModifier.NoModifier
              ) -> None:
    """Click a row of a table as a user does (Ctrl for several)."""
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def row_where(view, predicate) -> int:
    return next(n for n, row in enumerate(rows_of(view)) if predicate(row))


def click(qtbot, button) -> None:
    assert button.isEnabled()
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` into a widget key by key, accents included: QTest types ASCII only, so
    the other characters arrive as the key events a French keyboard sends (text only)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot, widget, text: str) -> None:
    """Replace a field's text by typing it (select all, then type)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def choose(qtbot, combo, data) -> None:
    """Pick a combo box entry with the keyboard, as a user would: focus, then arrows."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setFocus()
    key = Qt.Key.Key_Down if index > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, key)


def query(page, model, *conditions):
    """Rows of a table in the page's file."""
    return page.workspace.query(lambda s: s.exec(select(model).where(*conditions)).all())
