"""« Indicateurs »: the table of the indicators (the supplier's commitments and the client's
own inputs apart), its filters, and the card of the one selected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.enums import IndicatorCategory, Side
from app.services import indicator_definitions as definitions
from app.services import measurements
from app.services.formatting import plural
from app.services.indicator_definitions import ContractChoice
from app.services.indicators import IndicatorRow
from app.services.rules import MeasureStatus
from app.ui import settings
from app.ui.dialogs import messages
from app.ui.ops import Op
from app.ui.pages.contracts_table import EmptyState
from app.ui.pages.indicators import list_actions
from app.ui.pages.indicators.side_card import CHART_TAB, IndicatorCard
from app.ui.pages.indicators.table import CONTRACT, WIDTHS, IndicatorTableModel
from app.ui.style import MUTED, icon
from app.ui.table_models import ROW_ROLE, FilterProxy, configure_table
from app.ui.widgets.flow_layout import button_group, flow_row
from app.ui.widgets.search_field import SearchField
from app.ui.workspace import Workspace

SUPPLIER_TAB, CLIENT_TAB = 0, 1


class IndicatorListTab(QWidget):
    """The indicators in a sortable, filterable table beside the selected one's card."""

    contract_filter_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today: Callable[[], dt.date] = clock.today
        self.contract_id: int | None = None  # the page's contract filter
        self.contracts: list[ContractChoice] = []
        self._quiet = False
        self._highlight: dt.date | None = None
        self._setup_ui()
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self._toolbar())
        self.model = IndicatorTableModel(self.today().year, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.sides = QTabBar()
        self.sides.setDocumentMode(True)
        self.sides.setExpanding(False)
        self.sides.addTab(icon("mdi6.domain"), "")
        self.sides.addTab(icon("mdi6.account-arrow-right-outline", "#6a3d9a"), "")
        self.sides.currentChanged.connect(self._on_filter)
        self.proxy.set_predicate(self._predicate())
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.search.lead_to(self.table)
        configure_table(self.table, WIDTHS)
        self.table.sortByColumn(CONTRACT, Qt.SortOrder.AscendingOrder)
        self.table.setShowGrid(False)
        self.empty = EmptyState(self.table)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.count = QLabel()
        self.count.setStyleSheet(f"color: {MUTED.name()};")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in (self.sides, self.table, self.count):
            column.addWidget(widget, 1 if widget is self.table else 0)
        self._card: IndicatorCard | None = None  # built when an indicator is first opened
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        layout.addWidget(self.splitter, 1)

    @property
    def card(self) -> IndicatorCard:
        """The card of the indicator shown (built on first use, hidden until then)."""
        if self._card is None:
            card = IndicatorCard(self.workspace)
            card.setMinimumWidth(320)
            card.close_requested.connect(self.close_card)
            card.form.saved.connect(self._on_saved)
            card.form.cancelled.connect(self._on_cancelled)
            card.form.dirty_changed.connect(lambda _d: self._update_buttons())
            card.form.set_contracts(self.contracts)
            card.form.set_read_only(self.workspace.read_only)
            card.hide()
            self.splitter.addWidget(card)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setSizes([620, 360])
            settings.remember_splitter(self.splitter, "indicators")
            self._card = card
        return self._card

    def form_dirty(self) -> bool:
        """True when the card holds a definition changed and not saved."""
        return self._card is not None and self._card.form.dirty

    def _toolbar(self) -> QWidget:
        """The search field and the filters, the buttons on the right (or wrapped)."""
        self.search = SearchField()
        self.search.textChanged.connect(self._on_search)
        self.category_filter = self._combo(self.tr("Toutes les catégories"),
                                           [(c, c.label) for c in IndicatorCategory], 19)
        self.status_filter = self._combo(self.tr("Tous les statuts"), [
            (s, s.label) for s in (MeasureStatus.BREACHED, MeasureStatus.WARNING,
                                   MeasureStatus.MET, MeasureStatus.MISSING)])
        self.new_button = QPushButton(icon("mdi6.plus", "white"), self.tr("Nouveau"),
                                      objectName="primary")
        self.new_button.clicked.connect(self.new_indicator)
        self.duplicate_button = QPushButton(icon("mdi6.content-copy"), self.tr("Dupliquer"))
        self.duplicate_button.setToolTip(self.tr("Suivre le même indicateur sur un autre "
                                                 "contrat"))
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_current)
        return flow_row([self.search, self.category_filter, self.status_filter,
                         button_group([self.new_button, self.duplicate_button,
                                       self.delete_button])])

    def _combo(self, everything: str, choices: list, length: int = 14) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for data, text in choices:
            combo.addItem(text, data)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(length)
        combo.currentIndexChanged.connect(self._on_filter)
        return combo

    # -- loading ----------------------------------------------------------------------------

    def set_rows(self, rows: list[IndicatorRow], contracts: list[ContractChoice]) -> None:
        """Show these indicators (the shown one's card follows)."""
        self.contracts = contracts
        if self._card is not None:
            self._card.form.set_contracts(contracts)
        with self._quietly():
            self.model.set_year(self.today().year)
            self.model.set_rows(rows)
            self._reselect()
        self._update_counts()
        self._reload_card()

    def replace_rows(self, rows: list[IndicatorRow]) -> None:
        """Put fresh copies of some rows in place (after their values were typed)."""
        with self._quietly():
            if not self.model.replace(rows):
                return
        self._counts_stale = True  # counted again when the list is next shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_counts_stale", False):
            self._counts_stale = False
            self._update_counts()

    def _reload_card(self) -> None:
        shown = self.current_id()
        if shown is None:
            return
        if self.model.find_row(lambda r: r.id == shown) < 0:
            self.close_card(force=True)
        elif not self.card.form.dirty:
            self.open(shown, self._highlight)

    def open(self, indicator_id: int, highlight: dt.date | None = None) -> None:
        """Show an indicator's card: its definition, chart and history."""
        today, self._highlight = self.today(), highlight
        Op(self.workspace, lambda s: (definitions.indicator_detail(s, indicator_id),
                                      measurements.indicator_series(s, indicator_id, today))
           ).success(lambda found: self._load(*found)).run()

    def _load(self, detail, series) -> None:
        if detail is None:
            self.close_card(force=True)
            return
        contract = next((c.reference for c in self.contracts if c.id == detail.contract_id), "")
        self.card.load(detail, contract)
        self.card.show_series(series, self._highlight)
        self.card.show()
        self._update_buttons()

    def reload_series(self) -> None:
        """Read the shown indicator's values again (after some were typed)."""
        shown, today = self.current_id(), self.today()
        if shown is not None:
            Op(self.workspace, lambda s: measurements.indicator_series(s, shown, today)
               ).success(lambda series: self.card.show_series(series, self._highlight)).run()

    def close_card(self, force: bool = False) -> None:
        """Close the card, once its changes are saved or dropped (or `force`d away)."""
        if self._card is None:
            return
        if not force and not self.may_leave():
            return
        self.card.form.indicator_id = None
        self.card.hide()
        with self._quietly():
            self.table.clearSelection()
        self._update_buttons()

    # -- selection --------------------------------------------------------------------------

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def current_id(self) -> int | None:
        """The indicator shown in the card, if it is saved."""
        card = self._card
        return None if card is None or card.isHidden() else card.indicator_id

    def current_row(self) -> IndicatorRow | None:
        shown = self.current_id()
        found = -1 if shown is None else self.model.find_row(lambda r: r.id == shown)
        return self.model.row_at(found) if found >= 0 else None

    def _reselect(self) -> None:
        with self._quietly():
            row = self.current_row()
            index = None
            if row is not None:
                index = self.proxy.mapFromSource(
                    self.model.index(self.model.find_row(lambda r: r.id == row.id), 0))
            if index is None or not index.isValid():
                self.table.clearSelection()
                return
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _on_selection_changed(self) -> None:
        if self._quiet:
            return
        indexes = self.table.selectionModel().selectedRows()
        row = indexes[0].data(ROW_ROLE) if indexes else None
        if row is None or row.id == self.current_id():
            return
        if not self.may_leave():
            self._reselect()
            return
        self._highlight = None
        self.open(row.id)

    def may_leave(self) -> bool:
        """True when the card may show something else (its changes saved or dropped)."""
        if not self.form_dirty():
            return True
        answer = messages.ask_save_changes(
            self, self.tr("Enregistrer les modifications de l'indicateur ?"))
        if answer == "save":
            return self.card.form.save()
        return answer == "discard"

    def show_indicator(self, indicator_id: int, period: dt.date | None = None) -> None:
        """Select an indicator and open its chart (the period highlighted)."""
        found = self.model.find_row(lambda r: r.id == indicator_id)
        if found >= 0:
            self.sides.setCurrentIndex(CLIENT_TAB if self.model.row_at(found).client_side
                                       else SUPPLIER_TAB)
        self.open(indicator_id, period)
        self.card.tabs.setCurrentIndex(CHART_TAB)
        self._reselect()
        if not self.table.selectionModel().selectedRows():
            self.clear_filters()

    def clear_filters(self) -> None:
        with self._quietly():
            self.search.clear()
            self.category_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
        self._on_filter()

    # -- filters ----------------------------------------------------------------------------

    def _predicate(self) -> Callable[[IndicatorRow], bool]:
        """The filters as they stand, read once (the proxy asks for thousands of rows)."""
        contract, client = self.contract_id, self.sides.currentIndex() == CLIENT_TAB
        side = Side.CLIENT if client else Side.SUPPLIER
        category, status = self.category_filter.currentData(), self.status_filter.currentData()

        def accepts(row: IndicatorRow) -> bool:
            return ((contract is None or row.contract_id == contract)
                    and row.measured_side is side
                    and (category is None or row.category == category)
                    and (status is None or row.status == status))

        return accepts

    def set_contract(self, contract_id: int | None) -> None:
        self.contract_id = contract_id
        self._on_filter()

    def _on_search(self, text: str) -> None:
        with self._quietly():
            self.proxy.set_text(text)
        self._after_filtering()

    def _on_filter(self, *_args: object) -> None:
        with self._quietly():
            self.proxy.set_predicate(self._predicate())
        self._after_filtering()

    def _after_filtering(self) -> None:
        self._reselect()
        self._update_counts()

    def _update_counts(self) -> None:
        rows = [r for r in self.model.rows()
                if self.contract_id is None or r.contract_id == self.contract_id]
        client = sum(r.client_side for r in rows)
        self.sides.setTabText(SUPPLIER_TAB, self.tr("Prestataire ({0})").format(
            len(rows) - client))
        self.sides.setTabText(CLIENT_TAB, self.tr("Entrants du client ({0})").format(client))
        self.sides.setTabToolTip(SUPPLIER_TAB, self.tr("Les engagements du prestataire"))
        self.sides.setTabToolTip(CLIENT_TAB, self.tr(
            "La qualité de ce que le client fournit au prestataire (tickets, validations…) : "
            "à lire avec les engagements du prestataire"))
        shown = self.proxy.shown_rows()
        parts = [plural(len(shown), self.tr("indicateur"))]
        for status, noun in ((MeasureStatus.BREACHED, self.tr("non atteint")),
                             (MeasureStatus.MISSING, self.tr("non renseigné"))):
            number = sum(r.status is status for r in shown)
            if number:
                parts.append(plural(number, noun))
        self.count.setText(" · ".join(parts))
        if not rows:
            self.empty.show_text(self.tr("Aucun indicateur pour l'instant.\nCréez le premier "
                                         "avec « Nouveau »."))
        elif not shown:
            self.empty.show_text(self.tr("Aucun indicateur ne correspond à la recherche ou "
                                         "aux filtres."))
        else:
            self.empty.show_text("")

    # -- editing ----------------------------------------------------------------------------

    def new_indicator(self) -> None:
        """An empty card for a new indicator (of the page's contract, if one is chosen)."""
        if self.workspace.read_only or not self.may_leave():
            return
        with self._quietly():
            self.table.clearSelection()
        self.card.load_new(self.contract_id)
        self.card.show()
        self._update_buttons()

    def _on_saved(self, indicator_id: int) -> None:
        self.open(indicator_id)

    def _on_cancelled(self) -> None:
        if self.card.form.indicator_id is None:
            self.close_card(force=True)
        else:
            self.open(self.card.form.indicator_id, self._highlight)

    def duplicate_current(self) -> None:
        """Copy the shown indicator to another contract (undoable); its values stay."""
        list_actions.duplicate(self)

    def delete_current(self) -> None:
        """Delete the shown indicator, after saying what goes with it (undoable)."""
        list_actions.delete(self)

    def set_read_only(self, read_only: bool) -> None:
        if self._card is not None:
            self._card.form.set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.workspace.read_only
        shown = self.current_id() is not None
        self.new_button.setEnabled(editable)
        self.duplicate_button.setEnabled(editable and shown)
        self.delete_button.setEnabled(editable and shown)
