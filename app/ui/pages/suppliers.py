"""The « Prestataires » page: the suppliers, their figures, their form and their contacts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models import Supplier
from app.services import records, suppliers
from app.services.suppliers import SupplierRow
from app.ui import settings, style
from app.ui.commands import DeleteRecord
from app.ui.dialogs import messages
from app.ui.export_table import export_page_table
from app.ui.ops import Op
from app.ui.pages.base import Page
from app.ui.pages.contacts_panel import ContactsPanel
from app.ui.pages.supplier_form import InfoCard, SupplierFormCard
from app.ui.pages.supplier_list import (
    CLIENT,
    ContractsList,
    SupplierFilterProxy,
    SupplierTableModel,
    load_list,
)
from app.ui.style import MUTED, icon
from app.ui.table_models import ROW_ROLE, configure_table
from app.ui.widgets.search_field import SearchField
from app.ui.workspace import Workspace


class SuppliersPage(Page):
    """List of suppliers beside the selected one's form, contacts and contracts."""

    entities = ("supplier", "contact")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self._selected: int | None = None  # CLIENT, a supplier id, or None (new / nothing)
        self._first_load = True
        self.model = SupplierTableModel(self)
        self.proxy = SupplierFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._setup_ui()
        self.set_read_only(workspace.document.read_only_reason)

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.PAGE_MARGINS)
        title = QLabel(self.tr("Prestataires"), objectName="pageTitle")
        layout.addWidget(title)
        layout.addLayout(self._toolbar())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._list())
        self.splitter.addWidget(self._side())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([605, 420])
        settings.remember_splitter(self.splitter, "suppliers")
        layout.addWidget(self.splitter, 1)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = SearchField(width=None)
        self.search.setToolTip(self.tr("Nom, SIREN ou SIRET, ville, certification, contact…"))
        self.search.setMaximumWidth(340)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._go_to_first_result)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(f"color: {MUTED.name()};")
        self.new_button = QPushButton(icon("mdi6.plus", "white"), self.tr("&Nouveau"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_supplier)
        self.delete_button = QPushButton(icon("mdi6.trash-can-outline"), self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_supplier)
        self.export_button = QPushButton(icon("mdi6.microsoft-excel"), self.tr("Exporter"))
        self.export_button.setToolTip(self.tr("Exporter la liste vers Excel (Ctrl+E)"))
        self.export_button.clicked.connect(
            lambda: export_page_table(self, self, self.workspace.path.parent))
        row.addWidget(self.search, 1)
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.export_button)
        return row

    def _list(self) -> QWidget:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.search.lead_to(self.table)
        configure_table(self.table, (190, 84, 104, 72))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_supplier,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.empty = QLabel(self.table.viewport())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED.name()}; font-size: 10.5pt; background: none;")
        return self.table

    def _side(self) -> QWidget:
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setChildrenCollapsible(False)
        self.form = SupplierFormCard(self.workspace)
        self.form.saved.connect(self._on_saved)
        self.client_card = InfoCard("mdi6.account-group", self.tr("Contacts côté client"))
        self.nothing_card = InfoCard("mdi6.gesture-tap", self.tr("Aucun prestataire sélectionné"),
                                     self.tr("Choisissez un prestataire dans la liste, ou "
                                             "créez-en un avec « Nouveau »."))
        top = QWidget()  # one card shown at a time, each at its own height
        cards = QVBoxLayout(top)
        cards.setContentsMargins(0, 0, 0, 0)
        self.cards = (self.form, self.client_card, self.nothing_card)
        for card in self.cards:
            cards.addWidget(card)
        self.tabs = QTabWidget()
        self.contacts = ContactsPanel(self.workspace)
        self.contacts.count_changed.connect(
            lambda n: self.tabs.setTabText(0, self.tr("Contacts ({0})").format(n)))
        self.contracts = ContractsList(self)
        self.contracts.table.doubleClicked.connect(self._open_contract)
        self.tabs.addTab(self.contacts, icon("mdi6.card-account-phone-outline"),
                         self.tr("Contacts"))
        self.tabs.addTab(self.contracts, icon("mdi6.file-sign"), self.tr("Contrats"))
        self.side.addWidget(top)
        self.side.addWidget(self.tabs)
        self.side.setStretchFactor(1, 1)
        settings.remember_splitter(self.side, "suppliers-side")
        self._show_card(self.nothing_card)
        return self.side

    def current_card(self) -> QWidget:
        """The card shown above the tabs: the form, the client's card, or the hint."""
        return next(card for card in self.cards if not card.isHidden())

    def _show_card(self, shown: QWidget) -> None:
        if not shown.isHidden() and all(c.isHidden() for c in self.cards if c is not shown):
            return
        for card in self.cards:
            card.setVisible(card is shown)
        total = sum(self.side.sizes()) or 680
        height = shown.sizeHint().height()
        self.side.setSizes([height, max(total - height, 200)])

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list, then the selected supplier (keeping edits the form holds)."""
        Op(self.workspace, load_list).success(self._set_rows).run()
        selected = self._selected
        if selected not in (None, CLIENT) and self._row(selected) is None:
            selected = None  # deleted (or its creation undone)
            self.form.load(None, None)
        if self._first_load and selected is None:
            self._first_load = False
            selected = self._first_supplier()
        creating = selected is None and self.current_card() is self.form
        self._select(selected, reload=not creating)

    def _set_rows(self, rows: list[SupplierRow]) -> None:
        self.model.set_rows(rows)
        self._update_empty_state()

    def _first_supplier(self) -> int | None:
        for number in range(self.proxy.rowCount()):
            row = self.proxy.index(number, 0).data(ROW_ROLE)
            if row.id != CLIENT:
                return row.id
        return None

    def _row(self, supplier_id: int | None) -> SupplierRow | None:
        found = self.model.find_row(lambda r: r.id == supplier_id)
        return self.model.row_at(found) if found >= 0 else None

    def _update_empty_state(self) -> None:
        shown, total = self.proxy.supplier_count(), self.model.rowCount() - 1
        searched = self.search.text().strip()
        text = ""
        if total == 0:
            text = self.tr("Aucun prestataire pour l'instant.\n"
                           "« Nouveau » en crée un ; ses contrats suivront.")
        elif shown == 0:
            text = self.tr("Aucun prestataire ne correspond à « {0} ».").format(searched)
        self.count_label.setText(self.tr("{0} sur {1}").format(shown, total) if searched
                                 else _plural(total, self.tr("prestataire"),
                                              self.tr("prestataires")))
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self._place_empty()

    def _place_empty(self) -> None:
        viewport = self.table.viewport()
        top = self.table.rowHeight(0) * self.proxy.rowCount()
        self.empty.setGeometry(20, top + 30, viewport.width() - 40, 80)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_empty()

    # -- selecting --------------------------------------------------------------------------

    def _select(self, selected: int | None, reload: bool = True) -> None:
        """Select a list entry (CLIENT, a supplier id, or None) and show it on the side."""
        self._selected = selected
        row = self.model.find_row(lambda r: r.id == selected) if selected is not None else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            selection.clear()
        selection.blockSignals(False)
        if reload:
            self._show_selected()

    def _show_selected(self) -> None:
        """Show the selected entry on the side; a form holding edits keeps them."""
        selected = self._selected
        if selected == CLIENT:
            self._show_client_card()
        elif selected is None:
            self._show_card(self.nothing_card)
        else:
            self._show_supplier(selected)
        self.tabs.setVisible(selected is not None)
        self.tabs.setTabVisible(1, selected not in (None, CLIENT))
        self._update_buttons()

    def _show_supplier(self, supplier_id: int) -> None:
        today = clock.today()
        detail = self.workspace.query(lambda s: suppliers.supplier_detail(s, supplier_id, today))
        if detail is None:
            return
        if not (self.form.dirty and self.form.supplier_id == supplier_id):
            self.form.load(detail, self._row(supplier_id))
        self._show_card(self.form)
        self.contacts.set_owner(supplier_id, detail.name)
        self.contracts.set_rows(detail.contracts)

    def _show_client_card(self) -> None:
        client = self.workspace.document.client_name()
        self.client_card.set_text(self.tr(
            "Les interlocuteurs de {0} : DSI, responsables, chefs de projet. Ils participent "
            "aux comités et portent des actions.").format(client))
        self._show_card(self.client_card)
        self.contacts.set_owner(None, client)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() and self._row(self._selected) is not None:
            return  # hidden by the search: keep showing it
        wanted = current.data(ROW_ROLE).id if current.isValid() else None
        if wanted == self._selected and not (wanted is None and self.form.dirty):
            return
        if self.form.dirty and not self._leave_form():
            self._select(self._selected, reload=False)  # stay where the edits are
            return
        self._select(wanted)

    def _leave_form(self) -> bool:
        """Ask what to do with unsaved edits; True when the form may be left."""
        answer = messages.ask_save_changes(
            self, self.tr("Le prestataire « {0} » a été modifié.").format(
                self.form.form.values()["name"] or self.tr("Nouveau prestataire")))
        if answer == "save":
            return self.form.save()
        if answer == "discard":
            self.form.load(None, None)
            return True
        return False

    def show_entity(self, entity: str, entity_id: int) -> None:
        """Select a supplier, or a contact (in its supplier or among the client's)."""
        if entity == "contact":
            exists, supplier_id = self.workspace.query(
                lambda s: suppliers.contact_supplier(s, entity_id))
            if not exists:
                return
            self._show_in_list(CLIENT if supplier_id is None else supplier_id)
            self.tabs.setCurrentWidget(self.contacts)
            self.contacts.select_contact(entity_id)
        elif entity == "supplier":
            self._show_in_list(entity_id)

    def _show_in_list(self, selected: int) -> None:
        found = self.model.find_row(lambda r: r.id == selected)
        if found < 0:
            return
        if self.proxy.mapFromSource(self.model.index(found, 0)).row() < 0:
            self.search.clear()  # the search hides it
        if selected != self._selected and self.form.dirty and not self._leave_form():
            return
        self._select(selected)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- edits not saved yet ----------------------------------------------------------------

    def has_unsaved_edits(self) -> bool:
        """The supplier's form or an open contact dialog holds changes."""
        return self.form.dirty or self.contacts.has_unsaved_edits()

    def save_edits(self) -> bool:
        """Save the contact being edited, then the supplier's form; False when refused."""
        if self.contacts.has_unsaved_edits() and not self.contacts.save_edits():
            return False
        return self.form.save() if self.form.dirty else True

    def discard_edits(self) -> None:
        """Put back what the file holds: close the contact dialog, reload the form."""
        self.contacts.discard_edits()
        if self.form.dirty:
            self.form.cancel()

    def table_for_export(self) -> tuple[str, QAbstractItemModel]:
        """The suppliers as filtered and sorted on screen (the client's own entry left out)."""
        return self.tr("Prestataires"), self.proxy

    # -- editing ----------------------------------------------------------------------------

    def set_read_only(self, reason: str | None) -> None:
        """Turn every editing control off, with the reason as tooltip (None: editable)."""
        self._reason = reason
        self.new_button.setToolTip(reason or self.tr("Ajouter un prestataire"))
        self.delete_button.setToolTip(
            reason or self.tr("Supprimer le prestataire sélectionné et ce qui en dépend (Suppr)"))
        self.form.set_read_only(reason)
        self.contacts.set_read_only(reason)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self._reason is None
        self.new_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and self._selected not in (None, CLIENT))

    def new_supplier(self) -> None:
        """Empty the form for a new supplier and put the cursor in its name."""
        if self.workspace.read_only or (self.form.dirty and not self._leave_form()):
            return
        self._select(None, reload=False)
        self.form.load(None, None)
        self._show_card(self.form)
        self.tabs.hide()
        self._update_buttons()
        self.form.focus_name()

    def _on_saved(self, supplier_id: int) -> None:
        self._select(supplier_id)

    def _go_to_first_result(self) -> None:
        """Enter in the search field opens the first supplier found."""
        for number in range(self.proxy.rowCount()):
            index = self.proxy.index(number, 0)
            if index.data(ROW_ROLE).id != CLIENT or self.proxy.rowCount() == 1:
                self.table.setFocus()
                self.table.setCurrentIndex(index)
                return

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_empty_state()

    def delete_supplier(self) -> None:
        """Delete the selected supplier after saying what goes with it; undoable."""
        row = self._row(self._selected)
        if row is None or row.id == CLIENT or self.workspace.read_only:
            return
        lines = self.workspace.query(lambda s: records.dependents(s, Supplier, row.id))
        informative = (self.tr("Seront aussi supprimés : {0}.").format(", ".join(lines))
                       if lines else "")
        informative += "\n" + self.tr("Édition ▸ Annuler permet de revenir en arrière.")
        if not messages.confirm(self, self.tr("Supprimer le prestataire"),
                                self.tr("Supprimer « {0} » ?").format(row.name), informative):
            return
        self.form.load(None, None)  # its edits, if any, go with it
        DeleteRecord(self.workspace, self.tr("suppression du prestataire « {0} »")
                     .format(row.name), Supplier, row.id).execute()

    def _open_contract(self, index: QModelIndex) -> None:
        contract = index.data(ROW_ROLE)
        if contract is not None:
            self.navigate_requested.emit("contract", contract.id)


def _plural(count: int, one: str, many: str) -> str:
    """« 1 prestataire », « 12 prestataires » (French: 0 and 1 take the singular)."""
    return f"{count} {one if count < 2 else many}"
