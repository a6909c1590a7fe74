"""Shared by the GUI tests of the « Indicateurs » page: the page on the scenario file of
tests/indicators_scenario.py, and a keyboard that types where the focus is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.workspace import Workspace


def build_page(qtbot, document, size=(1280, 800)):
    """The indicators page on an open document, shown and loaded."""
    from app.ui.application import create_application
    from app.ui.pages.indicators import IndicatorsPage

    create_application()
    page = IndicatorsPage(Workspace(document))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)  # keys go to the active window
    page.refresh()
    return page


def open_grid(page, contract_id: int):
    """The « Saisie des mesures » tab of a contract; returns its view."""
    page.choose_contract(contract_id)
    page.tabs.setCurrentIndex(1)
    view = page.grid_panel.view
    view.setFocus()
    return view


def cell(page, code: str, period: dt.date):
    """The grid's index of an indicator (by code) and period."""
    model = page.grid_panel.model
    row = next(n for n in range(model.rowCount()) if model.row(n).code == code)
    return model.index(row, model.grid.periods.index(period))


def go_to(view, index) -> None:
    """Click a cell, as a user does."""
    from PySide6.QtTest import QTest

    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    view.setFocus()


def focused(view):
    """Where a key pressed in `view` goes: its open editor, or the view itself."""
    focus = QApplication.focusWidget()
    return focus if focus is not None and view.isAncestorOf(focus) else view


def type_keys(qtbot, view, text: str) -> None:
    """Type `text` as a user does: the first key opens the cell's editor, the others go to
    the editor then."""
    for char in text:
        qtbot.keyClick(focused(view), char)


def press(qtbot, view, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key in the view (in its editor while one is open)."""
    qtbot.keyClick(focused(view), key, modifier)


def values_in_file(page, indicator_id: int) -> dict[dt.date, float]:
    """The stored values of an indicator, read back from the file."""
    from sqlmodel import select

    from app.models import Measurement

    return page.workspace.query(lambda s: {
        m.period: m.value for m in s.exec(select(Measurement).where(
            Measurement.indicator_id == indicator_id))})
