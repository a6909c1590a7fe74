"""The committees list: filters, the committees ahead (the next one picked out) above the
past ones, most recent first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.enums import CommitteeKind, CommitteeStatus
from app.services import committees
from app.services.committees import CommitteeFilter, CommitteeRow
from app.services.formatting import plural
from app.ui import settings
from app.ui.pages.committees.table import WIDTHS, columns
from app.ui.pages.contracts_table import EmptyState
from app.ui.table_models import ROW_ROLE, RowsTableModel, configure_table
from app.ui.widgets.filtered_rows import RowSearch, SortingProxy
from app.ui.widgets.flow_layout import flow_row
from app.ui.widgets.search_field import SearchField


class CommitteeTable(QTableView):
    """One of the two tables (ahead, past), over its own model and proxy."""

    def __init__(self, model: RowsTableModel, order: Qt.SortOrder) -> None:
        super().__init__()
        self.model_ = model
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        configure_table(self, WIDTHS)
        self.sortByColumn(0, order)
        self.setShowGrid(False)
        self.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.empty = EmptyState(self)

    def selected(self) -> CommitteeRow | None:
        indexes = self.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_id(self, committee_id: int | None) -> bool:
        found = self.model_.find_row(lambda r: r.id == committee_id)
        if found < 0:
            return False
        index = self.proxy.mapFromSource(self.model_.index(found, 0))
        self.selectRow(index.row())
        self.scrollTo(index)
        return True


class CommitteeList(QWidget):
    """Filters over two tables; a double click or Enter opens a committee's sheet."""

    open_requested = Signal(int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], dt.date] = clock.today
        self.rows: list[CommitteeRow] = []
        self.next_id: int | None = None
        self._quiet = False
        self._today = self.today()  # read once per reload: every painted status needs it
        table_columns = columns(lambda: self.next_id, lambda: self._today)
        self.search_rows = RowSearch(table_columns, key=lambda r: r.id)
        self.upcoming = CommitteeTable(RowsTableModel(table_columns, self),
                                       Qt.SortOrder.AscendingOrder)
        self.past = CommitteeTable(RowsTableModel(table_columns, self),
                                   Qt.SortOrder.DescendingOrder)
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._filters())
        self.search.lead_to(self.upcoming, self.past)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.upcoming_title = QLabel(objectName="sectionTitle")
        self.past_title = QLabel(objectName="sectionTitle")
        for title, table in ((self.upcoming_title, self.upcoming),
                             (self.past_title, self.past)):
            part = QWidget()
            column = QVBoxLayout(part)
            column.setContentsMargins(0, 6, 0, 0)
            column.setSpacing(4)
            column.addWidget(title)
            column.addWidget(table, 1)
            splitter.addWidget(part)
            table.activated.connect(self._on_activated)  # a double click, or Enter
            table.selectionModel().selectionChanged.connect(
                lambda *_a, t=table: self._on_selected(t))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        settings.remember_splitter(splitter, "committees")
        self.count = QLabel()
        self.count.setStyleSheet("color: #6b7785;")
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

    def _filters(self) -> QWidget:
        """The search field and the filters, wrapped onto two lines when narrow."""
        self.search = SearchField()
        self.search.textChanged.connect(self._on_search)
        self.kind = self._combo(self.tr("Toutes les instances"),
                                [(k, k.label) for k in CommitteeKind])
        self.supplier = self._combo(self.tr("Tous les prestataires"), [])
        self.period = self._combo(self.tr("Toutes les dates"), [])
        self.status = self._combo(self.tr("Tous les statuts"),
                                  [(s, s.label) for s in CommitteeStatus])
        return flow_row([self.search, self.kind, self.supplier, self.period, self.status])

    def _combo(self, everything: str, choices: Sequence[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for data, text in choices:
            combo.addItem(text, data)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    # -- rows and filters -------------------------------------------------------------------------

    def set_rows(self, rows: list[CommitteeRow], suppliers: Sequence[tuple[int, str]]) -> None:
        """Show these committees (the filters kept), with these suppliers to filter by."""
        self.rows = rows
        self.search_rows.reset()
        self._quiet = True
        try:
            self._refill(self.supplier, suppliers)
            self._refill(self.period, [(r.key, r.label)
                                       for r in committees.date_ranges(self.today())])
        finally:
            self._quiet = False
        self.apply_filters()

    def _refill(self, combo: QComboBox, choices: Sequence[tuple[object, str]]) -> None:
        shown = [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]
        if shown == list(choices):
            return  # a thousand suppliers: refilled only when they change
        current = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for data, text in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def current_filter(self) -> CommitteeFilter:
        ranges = {r.key: r for r in committees.date_ranges(self.today())}
        return CommitteeFilter(kind=self.kind.currentData(),
                               supplier_id=self.supplier.currentData(),
                               dates=ranges.get(self.period.currentData()),
                               status=self.status.currentData())

    def apply_filters(self, *_args: object) -> None:
        if self._quiet:
            return
        today, chosen = self.today(), self.current_filter()
        self._today = today
        kept = (self.rows if chosen.empty and not self.search_rows.words
                else self.search_rows.filter(self.rows, chosen.accepts))
        self.next_id = committees.next_committee_id(self.rows, today)
        selected = self.selected_id()
        midnight = dt.datetime.combine(today, dt.time())
        self._quiet = True
        try:
            self.upcoming.model_.set_rows([r for r in kept if r.starts_at >= midnight])
            self.past.model_.set_rows([r for r in kept if r.starts_at < midnight])
            self.select(selected)
        finally:
            self._quiet = False
        self._update_counts(len(kept))

    def _update_counts(self, kept: int) -> None:
        ahead, past = self.upcoming.model_.rowCount(), self.past.model_.rowCount()
        self.upcoming_title.setText(self.tr("À venir ({0})").format(ahead))
        self.past_title.setText(self.tr("Passés ({0})").format(past))
        total = len(self.rows)
        self.count.setText(plural(total, self.tr("comité")) if kept == total else
                           self.tr("{0} sur {1}").format(plural(kept, self.tr("comité")),
                                                         total))
        filtered = kept < total
        self.upcoming.empty.show_text("" if ahead else (
            self.tr("Aucun comité à venir ne correspond aux filtres.") if filtered else
            self.tr("Aucun comité prévu : « Préparer le suivant » en planifie un à partir du "
                    "dernier de sa série, « Nouveau comité » en crée un.")))
        self.past.empty.show_text("" if past else (
            self.tr("Aucun comité passé ne correspond aux filtres.") if filtered else
            self.tr("Aucun comité passé.")))

    def _on_search(self, text: str) -> None:
        self.search_rows.set_text(text)
        self.apply_filters()

    def clear_filters(self) -> None:
        self._quiet = True
        try:
            self.search.clear()
            self.search_rows.set_text("")
            for combo in (self.kind, self.supplier, self.period, self.status):
                combo.setCurrentIndex(0)
        finally:
            self._quiet = False
        self.apply_filters()

    # -- selection ---------------------------------------------------------------------------------

    def selected(self) -> CommitteeRow | None:
        return self.upcoming.selected() or self.past.selected()

    def selected_id(self) -> int | None:
        row = self.selected()
        return None if row is None else row.id

    def select(self, committee_id: int | None) -> bool:
        """Select a committee in whichever table shows it; False when the filters hide it."""
        self.upcoming.clearSelection()
        self.past.clearSelection()
        return committee_id is not None and (self.upcoming.select_id(committee_id)
                                             or self.past.select_id(committee_id))

    def _on_selected(self, table: CommitteeTable) -> None:
        if self._quiet:
            return
        other = self.past if table is self.upcoming else self.upcoming
        if table.selectionModel().hasSelection():
            self._quiet = True
            other.clearSelection()
            self._quiet = False
        self.selection_changed.emit()

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_requested.emit(row.id)

    def open_selected(self) -> None:
        committee_id = self.selected_id()
        if committee_id is not None:
            self.open_requested.emit(committee_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_model(self) -> tuple[RowsTableModel, SortingProxy]:
        """Every committee the filters keep, ahead and past, by date: for an Excel export."""
        model = RowsTableModel(columns(lambda: self.next_id, lambda: self._today), self)
        model.set_rows([*self.past.model_.rows()[::-1], *self.upcoming.model_.rows()])
        model.sort(0)
        proxy = SortingProxy(self)
        proxy.setSourceModel(model)
        return model, proxy
