"""The action plan's filter bar: status, late only, supplier, contract, committee, owner, side.

The contract, committee and owner lists follow the supplier chosen; on a large file
(thousands of them across all suppliers) they wait for a supplier to be chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from app.models.enums import ActionStatus, Side
from app.services.actions import TO_FOLLOW, ActionFilter, ActionRow
from app.services.formatting import format_date

#: Beyond this many entries, a list waits for a supplier to be chosen.
MAX_CHOICES = 300


class ActionFilterBar(QObject):
    """Combo boxes and a check box, laid out by the page (`widgets`); `changed` when the
    user changes one."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.status = self._combo(self.tr("Tous les statuts"), [
            (TO_FOLLOW, self.tr("À suivre")),
            *((s, s.label) for s in ActionStatus)])
        self.status.setCurrentIndex(1)
        self.late_only = QCheckBox(self.tr("En retard seulement"))
        self.status.setToolTip(self.tr("« À suivre » : les actions ouvertes ou en cours"))
        self.late_only.toggled.connect(self._on_changed)
        self.supplier = self._combo(self.tr("Tous les prestataires"), [])
        self.supplier.currentIndexChanged.connect(self._on_supplier)
        self.contract = self._combo(self.tr("Tous les contrats"), [])
        self.committee = self._combo(self.tr("Tous les comités"), [])
        self.owner = self._combo(self.tr("Tous les porteurs"), [])
        self.side = self._combo(self.tr("Les deux côtés"), [(s, s.label) for s in Side])
        self.committee.setMinimumContentsLength(20)
        self._rows: Sequence[ActionRow] = ()

    def widgets(self) -> list[QWidget]:
        """The filters, in the order they read."""
        return [self.status, self.late_only, self.supplier, self.contract, self.committee,
                self.owner, self.side]

    def _combo(self, everything: str, choices: list) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for data, text in choices:
            combo.addItem(text, data)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    def current(self) -> ActionFilter:
        """The filter the bar shows."""
        return ActionFilter(
            status=self.status.currentData(), owner_id=self.owner.currentData(),
            side=self.side.currentData(), supplier_id=self.supplier.currentData(),
            contract_id=self.contract.currentData(), committee_id=self.committee.currentData(),
            late_only=self.late_only.isChecked())

    def set_suppliers(self, suppliers: Sequence[tuple[int, str]]) -> None:
        self._refill(self.supplier, suppliers)

    def set_rows(self, rows: Sequence[ActionRow]) -> None:
        """The actions the lists of contracts, committees and owners are taken from."""
        self._rows = rows
        self._fill_dependent()

    def clear(self) -> None:
        """Every action again, of every status."""
        self._quiet = True
        try:
            for combo in (self.status, self.supplier, self.contract, self.committee,
                          self.owner, self.side):
                combo.setCurrentIndex(0)
            self.late_only.setChecked(False)
        finally:
            self._quiet = False
        self._fill_dependent()
        self.changed.emit()

    def _on_changed(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()

    def _on_supplier(self, *_args: object) -> None:
        if not self._quiet:
            self._fill_dependent()

    def _fill_dependent(self) -> None:
        supplier = self.supplier.currentData()
        rows = (self._rows if supplier is None
                else [r for r in self._rows if r.supplier_id == supplier])
        contracts = {r.contract_id: r.contract_reference for r in rows if r.contract_id}
        self._refill(self.contract, sorted(contracts.items(), key=lambda c: c[1]))
        # the lists of owners and committees are long on a large file: counted first
        owners = {r.owner_id for r in rows if r.owner_id}
        self._refill(self.owner, () if len(owners) > MAX_CHOICES else sorted(
            {r.owner_id: r.owner_name for r in rows if r.owner_id}.items(), key=lambda o: o[1]),
            too_many=len(owners) > MAX_CHOICES)
        committees = {r.committee_id for r in rows if r.committee_id}
        if len(committees) > MAX_CHOICES:
            self._refill(self.committee, (), too_many=True)
            return
        found = {r.committee_id: (r.committee_date, r.committee_title)
                 for r in rows if r.committee_id}
        self._refill(self.committee, [
            (i, f"{format_date(day)} — {title}")
            for i, (day, title) in sorted(found.items(), key=lambda c: c[1][0], reverse=True)])

    def _refill(self, combo: QComboBox, choices: Sequence[tuple[object, str]],
                too_many: bool = False) -> None:
        current = combo.currentData()
        too_many = too_many or len(choices) > MAX_CHOICES
        shown = [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]
        if not too_many and shown == list(choices):
            return  # a thousand suppliers: refilled only when they change
        self._quiet = True
        try:
            combo.clear()
            combo.addItem(self._everything(combo), None)
            if too_many:
                combo.addItem(self.tr("(choisissez d'abord un prestataire)"), None)
                combo.model().item(1).setEnabled(False)
            else:
                for data, text in choices:
                    combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        finally:
            self._quiet = False

    def _everything(self, combo: QComboBox) -> str:
        return {self.supplier: self.tr("Tous les prestataires"),
                self.contract: self.tr("Tous les contrats"),
                self.committee: self.tr("Tous les comités"),
                self.owner: self.tr("Tous les porteurs")}[combo]

    def show_committee(self, committee_id: int) -> None:
        """Keep the actions of one committee (the sheet's « Voir dans le plan d'actions »)."""
        supplier = next((r.supplier_id for r in self._rows if r.committee_id == committee_id),
                        None)
        self._quiet = True
        try:
            self.supplier.setCurrentIndex(max(0, self.supplier.findData(supplier))
                                          if supplier else 0)
            self._fill_dependent()
            index = self.committee.findData(committee_id)
            self.committee.setCurrentIndex(max(index, 0))
            self.status.setCurrentIndex(0)
        finally:
            self._quiet = False
        self.changed.emit()
