"""The « Contrats » page: the contracts with their deadlines, a contract's form and documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QAbstractItemModel, QByteArray, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models import Contract
from app.models.enums import ContractKind, ContractStatus
from app.services import contracts, records
from app.services.contracts import ContractRow
from app.services.formatting import format_money, plural
from app.ui import settings, style
from app.ui.commands import DeleteRecord
from app.ui.dialogs import messages
from app.ui.export_table import export_page_table
from app.ui.ops import Op
from app.ui.pages.base import Page
from app.ui.pages.contract_form import ContractFormCard
from app.ui.pages.contracts_table import EmptyState, columns, setup_table
from app.ui.style import icon
from app.ui.table_models import ROW_ROLE, FilterProxy, RowsTableModel
from app.ui.widgets.flow_layout import flow_row
from app.ui.widgets.search_field import SearchField
from app.ui.workspace import Workspace

SPLITTER_KEY = "contracts/splitter"
NOT_ENDED = "not_ended"  # the status filter's « Non terminés »
FORM_WIDTH = 380  # the card's narrowest


class ContractsPage(Page):
    """Contracts in a sortable, filterable table beside the selected contract's card."""

    entities = ("contract",)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.today: Callable[[], dt.date] = clock.today
        self._quiet = False
        self._form: ContractFormCard | None = None  # built when a contract is first shown
        self._suppliers: list[tuple[int, str]] = []
        self._setup_ui()
        self._apply_read_only()

    # -- building ---------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.PAGE_MARGINS)
        layout.addWidget(QLabel(self.tr("Contrats"), objectName="pageTitle"))
        layout.addLayout(self._toolbar())
        self.model = RowsTableModel(columns(), self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_predicate(self._accepts)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.search.lead_to(self.table)
        setup_table(self.table)
        self.empty = EmptyState(self.table)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._table_area())
        self.splitter.addWidget(self._side())
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([640, 410])
        state = settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: settings.set_value(SPLITTER_KEY, self.splitter.saveState()))
        layout.addWidget(self.splitter, 1)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.search = SearchField()
        self.search.textChanged.connect(self._on_search)
        self.supplier_filter = self._filter(self.tr("Tous les prestataires"), [])
        self.kind_filter = self._filter(self.tr("Tous les types"),
                                        [(k, k.label) for k in ContractKind])
        self.status_filter = self._filter(self.tr("Tous les statuts"), [
            (NOT_ENDED, self.tr("Non terminés")), *((s, s.label) for s in ContractStatus)])
        self.new_button = QPushButton(icon("mdi6.plus", "white"), self.tr("&Nouveau"),
                                      objectName="primary")
        self.new_button.clicked.connect(self.new_contract)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = QPushButton(icon("mdi6.microsoft-excel"), self.tr("Exporter"))
        self.export_button.setToolTip(self.tr("Exporter le tableau vers Excel (Ctrl+E)"))
        self.export_button.clicked.connect(
            lambda: export_page_table(self, self, self.workspace.path.parent))
        # the search and the filters wrap onto a second line in a narrow window
        row.addWidget(flow_row([self.search, self.supplier_filter, self.kind_filter,
                                self.status_filter]), 1)
        for button in (self.new_button, self.delete_button, self.export_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _filter(self, everything: str, choices: list) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for data, text in choices:
            combo.addItem(text, data)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(len(everything))  # « Tous les … » never cut
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self._on_filter)
        return combo

    def _table_area(self) -> QWidget:
        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.count = QLabel()
        self.count.setStyleSheet("color: #6b7785;")
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        return area

    def _side(self) -> QWidget:
        """The card's place beside the table, hidden: the card itself (sixty fields, a
        third of the page's first show) is built when a contract is first shown."""
        slot = QWidget()
        slot.setMinimumWidth(FORM_WIDTH)
        slot.hide()
        return slot

    @property
    def form(self) -> ContractFormCard:
        """The contract's card, built on first use in the splitter's place for it."""
        if self._form is None:
            form = self._form = ContractFormCard(self.workspace)
            form.setMinimumWidth(FORM_WIDTH)
            form.fields.today = lambda: self.today()
            form.set_suppliers(self._suppliers)
            form.set_read_only(self.workspace.read_only)
            form.saved.connect(self._on_saved)
            form.cancelled.connect(self._on_cancelled)
            form.close_requested.connect(self.close_form)
            form.dirty_changed.connect(lambda _dirty: self._update_buttons())
            self.splitter.replaceWidget(1, form).deleteLater()  # hidden, as the slot was
        return self._form

    def _form_shown(self) -> bool:
        return self._form is not None and not self._form.isHidden()

    # -- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the contracts, the supplier lists and the contract shown."""
        today = self.today()
        Op(self.workspace, lambda s: (contracts.list_contracts(s, today),
                                      contracts.supplier_choices(s))).success(self._show).run()

    def _show(self, loaded: tuple[list[ContractRow], list[tuple[int, str]]]) -> None:
        rows, suppliers = loaded
        with self._quietly():
            self._fill_supplier_filter(suppliers)
            self._suppliers = suppliers
            if self._form is not None:
                self._form.set_suppliers(suppliers)
            self.model.set_rows(rows)
            self._reselect()
        self._update_count()
        self._reload_form()

    def _fill_supplier_filter(self, suppliers: list[tuple[int, str]]) -> None:
        combo = self.supplier_filter
        current = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for supplier_id, name in suppliers:
            combo.addItem(name, supplier_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _reload_form(self) -> None:
        shown = self.current_id()
        if shown is None:
            return
        if self.model.find_row(lambda r: r.id == shown) < 0:
            self._close_card()  # deleted, or its creation undone
        elif not self.form.dirty:
            self._open(shown)

    def _open(self, contract_id: int) -> None:
        Op(self.workspace, lambda s: contracts.contract_detail(s, contract_id)).success(
            self._load).run()

    def _load(self, detail: contracts.ContractDetail | None) -> None:
        if detail is None:
            self._close_card()
            return
        self.form.load(detail)
        self.form.show()
        self._update_buttons()

    def _close_card(self) -> None:
        """Close the card: nothing is shown (the table takes the whole width)."""
        if self._form is not None:
            self._form.clear()
            self._form.hide()
        with self._quietly():
            self.table.clearSelection()
        self._update_buttons()

    def close_form(self) -> None:
        """Close the card, once its changes are saved or dropped."""
        if self._may_leave():
            self._close_card()

    # -- selection --------------------------------------------------------------------------------

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Selection changes made by the code, not the user: they load nothing."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def current_id(self) -> int | None:
        """The contract shown in the form, if it is saved."""
        return self.form.contract_id if self._form_shown() else None

    def _selected_row(self) -> ContractRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _reselect(self) -> None:
        """Select the row of the contract shown, if the filters let it show."""
        with self._quietly():
            shown = self.current_id()
            found = -1 if shown is None else self.model.find_row(lambda r: r.id == shown)
            index = self.proxy.mapFromSource(self.model.index(found, 0)) if found >= 0 else None
            if index is None or not index.isValid():
                self.table.clearSelection()
                return
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _on_selection_changed(self) -> None:
        if self._quiet:
            return
        row = self._selected_row()
        if row is None or row.id == self.current_id():
            return
        if not self._may_leave():
            self._reselect()
            return
        self._open(row.id)

    def _may_leave(self) -> bool:
        """True when the form may show something else (its changes saved or dropped)."""
        if self._form is None or not self._form.dirty:
            return True
        answer = messages.ask_save_changes(
            self, self.tr("Enregistrer les modifications du contrat ?"))
        if answer == "save":
            return self.form.save()
        return answer == "discard"

    def show_entity(self, entity: str, entity_id: int) -> None:
        """Select a contract and show its form (the dashboard's alerts lead here)."""
        if entity != "contract" or not self._may_leave():
            return
        if self.model.find_row(lambda r: r.id == entity_id) < 0:
            self.refresh()
        self._open(entity_id)
        if not self._reselect_visible():
            self.clear_filters()

    def _reselect_visible(self) -> bool:
        self._reselect()
        return bool(self.table.selectionModel().selectedRows())

    def clear_filters(self) -> None:
        """Show every contract again."""
        with self._quietly():
            self.search.clear()
            for combo in (self.supplier_filter, self.kind_filter, self.status_filter):
                combo.setCurrentIndex(0)
        self._on_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- edits not saved yet ----------------------------------------------------------------

    def has_unsaved_edits(self) -> bool:
        """The contract's card is open and holds changes."""
        return self._form_shown() and self.form.dirty

    def save_edits(self) -> bool:
        """Save the contract's card; False when a field is refused (it says why)."""
        return self.form.save() if self.has_unsaved_edits() else True

    def discard_edits(self) -> None:
        """Drop the card's changes: the contract as saved, or no card for a new one."""
        if self.has_unsaved_edits():
            self.form.cancel()

    def table_for_export(self) -> tuple[str, QAbstractItemModel]:
        """The contracts as filtered and sorted on screen."""
        return self.tr("Contrats"), self.proxy

    # -- filters ----------------------------------------------------------------------------------

    def _accepts(self, row: ContractRow) -> bool:
        supplier = self.supplier_filter.currentData()
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        if status == NOT_ENDED:
            status_ok = row.status is not ContractStatus.ENDED
        else:
            status_ok = status is None or row.status == status  # combo data: plain str
        return (status_ok and (supplier is None or row.supplier_id == supplier)
                and (kind is None or row.kind == kind))

    def _on_search(self, text: str) -> None:
        with self._quietly():
            self.proxy.set_text(text)
        self._after_filtering()

    def _on_filter(self, *_args: object) -> None:
        if self._quiet:
            return
        with self._quietly():
            self.proxy.set_predicate(self._accepts)  # filters again
        self._after_filtering()

    def _after_filtering(self) -> None:
        self._reselect()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        amount = sum(row.annual_amount for row in self.proxy.shown_rows())
        text = plural(shown, self.tr("contrat"))
        if shown != total:
            text = self.tr("{0} sur {1}").format(text, total)
        self.count.setText(f"{text} · {format_money(amount)} {self.tr('par an')}"
                           if shown else text)
        if total == 0:
            self.empty.show_text(self.tr("Aucun contrat pour l'instant.\nCréez le premier avec "
                                         "« Nouveau »."))
        elif shown == 0:
            self.empty.show_text(self.tr("Aucun contrat ne correspond à la recherche ou aux "
                                         "filtres."))
        else:
            self.empty.show_text("")

    # -- editing ----------------------------------------------------------------------------------

    def new_contract(self) -> None:
        """Show an empty form for a new contract (of the filtered supplier, if any)."""
        if self.workspace.read_only or not self._may_leave():
            return
        with self._quietly():
            self.table.clearSelection()
        self.form.show()
        self.form.load_new(self.supplier_filter.currentData())
        self._update_buttons()

    def _on_saved(self, _contract_id: int) -> None:
        self.refresh()  # also selects the new contract, whose id the form now holds

    def _on_cancelled(self) -> None:
        if self.form.contract_id is None:
            self._close_card()
        else:
            self._open(self.form.contract_id)

    def delete_current(self) -> None:
        """Delete the contract shown, after saying what goes with it (undoable)."""
        contract_id = self.current_id()
        if contract_id is None or self.workspace.read_only:
            return
        row = self.model.row_at(self.model.find_row(lambda r: r.id == contract_id))
        going = self.workspace.query(lambda s: records.dependents(s, Contract, contract_id))
        details = (self.tr("Seront aussi supprimés : {0}.").format(", ".join(going)) + "\n"
                   if going else "")
        if not messages.confirm(
            self, self.tr("Supprimer le contrat"),
            self.tr("Supprimer le contrat {0} — {1} ?").format(row.reference, row.title),
            details + self.tr("Vous pourrez revenir en arrière avec Édition ▸ Annuler."),
        ):
            return
        DeleteRecord(self.workspace, self.tr("Supprimer le contrat {0}").format(row.reference),
                     Contract, contract_id).execute()

    def _apply_read_only(self) -> None:
        read_only = self.workspace.read_only
        reason = self.workspace.document.read_only_reason or ""
        for button in (self.new_button, self.delete_button):
            button.setToolTip(reason if read_only else "")
        if self._form is not None:
            self._form.set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.workspace.read_only
        self.new_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and self.current_id() is not None)
