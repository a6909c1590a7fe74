"""The shared table model and proxy: the model sorts its rows, the proxy filters them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from app.ui.table_models import ROW_ROLE, Column, FilterProxy, RowsTableModel


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    city: str
    amount: float | None


PEOPLE = [
    Person(0, "Nos contacts", "", None),
    Person(1, "Fabrice", "Rennes", 300.0),
    Person(2, "Éric", "", 1200.0),
    Person(3, "daniel", "Brest", None),
    Person(4, "Zoé", "Évreux", 45.5),
]


def make_table(qtbot) -> tuple[QTableView, RowsTableModel, FilterProxy]:
    model = RowsTableModel([
        Column("Nom", lambda p: p.name),
        Column("Ville", lambda p: p.city),
        Column("Montant", lambda p: "" if p.amount is None else f"{p.amount:.2f}",
               sort_key=lambda p: p.amount),
    ], pinned=lambda p: p.id == 0)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_rows(PEOPLE)
    return view, model, proxy


def ids(proxy: FilterProxy) -> list[int]:
    return [proxy.index(n, 0).data(ROW_ROLE).id for n in range(proxy.rowCount())]


def test_names_sort_without_case_or_accents_pinned_row_first(qtbot) -> None:
    view, _model, proxy = make_table(qtbot)
    assert ids(proxy) == [0, 3, 2, 1, 4]  # daniel, Éric, Fabrice, Zoé
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == [0, 4, 1, 2, 3]
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_empty_values_sort_last_either_way(qtbot) -> None:
    view, _model, proxy = make_table(qtbot)
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == [0, 4, 1, 2, 3]  # 45.5, 300, 1200, then no amount
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == [0, 2, 1, 4, 3]
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert ids(proxy)[:3] == [0, 3, 4] and set(ids(proxy)[3:]) == {1, 2}  # Brest, Évreux…
    assert ids(proxy)[3] == 1  # Rennes, then Éric's empty city


def test_a_reload_keeps_the_sort_and_the_selection_follows_its_row(qtbot) -> None:
    view, model, proxy = make_table(qtbot)
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    view.selectRow(ids(proxy).index(1))
    kept = QPersistentModelIndex(view.currentIndex())
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert kept.data(ROW_ROLE).id == 1
    assert view.selectionModel().selectedRows()[0].data(ROW_ROLE).id == 1
    model.set_rows([*PEOPLE, Person(5, "Amélie", "Caen", 10.0)])
    assert ids(proxy) == [0, 5, 3, 2, 1, 4]


def test_the_search_matches_every_word_in_any_column(qtbot) -> None:
    _view, model, proxy = make_table(qtbot)
    proxy.set_text("evreux")
    assert ids(proxy) == [4]
    proxy.set_text("ERIC 1200")
    assert ids(proxy) == [2]
    proxy.set_text("")
    proxy.set_predicate(lambda p: p.amount is not None)
    assert ids(proxy) == [2, 1, 4]
    model.set_rows(PEOPLE[:2])  # a reload searches the new rows
    assert ids(proxy) == [1]
