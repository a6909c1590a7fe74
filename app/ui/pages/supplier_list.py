"""The tables of the suppliers page: the suppliers (client's contacts first) and contracts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget
from sqlmodel import Session

from app import clock
from app.services import suppliers
from app.services.formatting import format_money, plural
from app.services.suppliers import SupplierContract, SupplierRow
from app.services.text import search_words
from app.ui.style import ACCENT, MUTED, icon
from app.ui.table_models import Column, FilterProxy, Index, RowsTableModel, configure_table

#: the id of the list's first entry, which stands for the client-side contacts
CLIENT = 0


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuppliersPage", text)


def load_list(session: Session) -> list[SupplierRow]:
    """The list's entries: the client's contacts first, then every supplier."""
    count, haystack = suppliers.client_contact_summary(session)
    client = SupplierRow(
        id=CLIENT, name=_tr("Contacts côté client ({0})").format(count), siren="",
        certifications="", city="", address="", contracts=0, active_contracts=0,
        annual_amount=0.0, contacts=count, haystack=haystack)
    return [client, *suppliers.list_suppliers(session, clock.today())]


def supplier_columns() -> list[Column]:
    """Nom, SIREN, Certifications, Contrats actifs, Montant annuel."""
    def blank_for_client(text):
        return lambda row: "" if row.id == CLIENT else text(row)

    return [
        Column(_tr("Nom"), lambda r: r.name, sort_key=lambda r: r.sort_name,
               tooltip=_name_tooltip),
        Column(_tr("SIREN"), lambda r: r.siren),  # text: its leading zeros count
        Column(_tr("Certifications"), lambda r: r.certifications,
               tooltip=lambda r: r.certifications),
        Column(_tr("Contrats\nactifs"), blank_for_client(lambda r: str(r.active_contracts)),
               sort_key=lambda r: r.active_contracts, align_right=True,
               value=lambda r: r.active_contracts, kind="integer",
               tooltip=blank_for_client(lambda r: _tr("{0} sur {1}").format(
                   plural(r.active_contracts, _tr("actif")), plural(r.contracts, _tr("contrat"))))),
        Column(_tr("Montant\nannuel"), blank_for_client(lambda r: format_money(r.annual_amount)),
               sort_key=lambda r: r.annual_amount, align_right=True,
               value=lambda r: r.annual_amount, kind="money",
               tooltip=blank_for_client(
                   lambda _r: _tr("Somme des montants annuels des contrats actifs"))),
    ]


def _name_tooltip(row: SupplierRow) -> str:
    if row.id == CLIENT:
        return _tr("Les interlocuteurs de votre entreprise")
    return "\n".join(line for line in (row.name, row.address) if line)


class SupplierTableModel(RowsTableModel):
    """The suppliers, with an icon before each name and the client's entry in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(supplier_columns(), parent, pinned=lambda row: row.id == CLIENT)
        self._icons = {True: icon("mdi6.account-group", ACCENT),
                       False: icon("mdi6.domain", MUTED.name())}
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0:
            is_client = self.row_at(index.row()).id == CLIENT
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons[is_client]
            if role == Qt.ItemDataRole.FontRole and is_client:
                return self._bold
        return super().data(index, role)


class SupplierFilterProxy(FilterProxy):
    """Filters on the haystack of each supplier (its contacts' names included)."""

    def set_search(self, text: str) -> None:
        """Keep the rows containing every word typed (name, SIREN/SIRET, city, contacts…)."""
        words = search_words(text)
        self.set_predicate(lambda row: all(word in row.haystack for word in words))

    def supplier_count(self) -> int:
        """How many suppliers are shown (the client's entry aside)."""
        return sum(1 for row in self.shown_rows() if row.id != CLIENT)

    def export_table(self) -> tuple[list[Any], list[list[Any]]]:
        """The suppliers shown, for an Excel export (the client's contacts are no supplier)."""
        from app.ui.export_table import rows_table

        return rows_table(self.sourceModel().columns(),
                          [row for row in self.shown_rows() if row.id != CLIENT])


class ContractsList(QWidget):
    """The contracts of the selected supplier; a double click opens one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsTableModel([
            Column(_tr("Référence"), lambda c: c.reference, tooltip=lambda c: c.title),
            Column(_tr("Intitulé"), lambda c: c.title, tooltip=lambda c: c.title),
            Column(_tr("Statut"), lambda c: c.status.label,
                   foreground=lambda c: None if c.active else MUTED),
            Column(_tr("Montant annuel"), lambda c: format_money(c.annual_amount),
                   sort_key=lambda c: c.annual_amount, align_right=True),
        ], self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        configure_table(self.table, (80, 150, 100))
        self.table.setToolTip(_tr("Double-cliquez sur un contrat pour l'ouvrir."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table)

    def set_rows(self, rows: tuple[SupplierContract, ...]) -> None:
        self.model.set_rows(rows)
