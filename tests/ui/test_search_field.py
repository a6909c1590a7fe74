"""From a page's search field, Down goes into its list, as in a mail client: Ctrl+2 or
Ctrl+3 put the cursor in the search, Down lands on the first row found, Enter opens it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView

from app.ui.widgets.search_field import SearchField
from tests.ui.keyboard import focused, press, type_text


def test_down_goes_from_the_search_into_the_list(qtbot, window, filled_path) -> None:
    path, _ids = filled_path
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Prestataires: Ctrl+2 puts the cursor in the search; Down goes to the first supplier
    press(qtbot, "Ctrl+2")
    suppliers = window.page("suppliers")
    qtbot.waitUntil(lambda: focused() is suppliers.search)
    assert isinstance(suppliers.search, SearchField)
    suppliers.table.clearSelection()
    suppliers.table.setCurrentIndex(suppliers.proxy.index(-1, -1))  # nothing current yet
    press(qtbot, "Down")
    assert focused() is suppliers.table
    assert suppliers.table.currentIndex().row() == 0
    assert suppliers.table.selectionModel().isRowSelected(0)
    press(qtbot, "Down")  # and on within the list, as usual
    assert suppliers.table.currentIndex().row() == 1

    # Contrats: Ctrl+3, a few letters, Down: the one contract found is the current row
    press(qtbot, "Ctrl+3")
    contracts = window.page("contracts")
    qtbot.waitUntil(lambda: focused() is contracts.search)
    type_text(qtbot, "zzz")  # nothing found: Down stays in the field
    qtbot.waitUntil(lambda: contracts.proxy.rowCount() == 0)
    press(qtbot, "Down")
    assert focused() is contracts.search
    press(qtbot, "Ctrl+A", "Backspace")
    first = contracts.proxy.index(0, 0).data()
    type_text(qtbot, first)
    qtbot.waitUntil(lambda: contracts.proxy.rowCount() == 1)
    press(qtbot, "Down")
    assert isinstance(focused(), QTableView) and focused() is contracts.table
    assert contracts.table.currentIndex().data() == first
