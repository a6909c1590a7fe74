"""The contract whose plan the page shows: those with a plan first, then those with a
reversibility clause, the other running contracts, and ended contracts that kept a plan."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.reversibility_status import PlanContract


class ContractChooser(QComboBox):
    """A combo box of contracts under group headings; `chosen` gives a contract's id."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setMaxVisibleItems(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self._shown: tuple = ()
        self.activated.connect(self._on_activated)

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Avec un plan de réversibilité"),
                self.tr("Avec une clause de réversibilité, sans plan"),
                self.tr("Autres contrats en cours"),
                self.tr("Contrats terminés"))

    def set_contracts(self, contracts: Sequence[PlanContract], current: int | None) -> None:
        """List the contracts (in their order, grouped) and select `current` if listed."""
        shown = tuple((c.id, c.reference, c.title, c.supplier_name, c.group) for c in contracts)
        if shown != self._shown:
            self._shown = shown
            self._fill(contracts)
        self.select(current)

    def _fill(self, contracts: Sequence[PlanContract]) -> None:
        self.blockSignals(True)
        self._model.clear()
        group = None
        for contract in contracts:
            if contract.group != group:
                group = contract.group
                self._model.appendRow(self._heading(self.headings()[group]))
            item = QStandardItem(f"{contract.reference} — {contract.title} "
                                 f"({contract.supplier_name})")
            item.setData(contract.id, Qt.ItemDataRole.UserRole)
            self._model.appendRow(item)
        self.blockSignals(False)

    @staticmethod
    def _heading(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # neither selectable nor enabled
        font = QFont()
        font.setBold(True)
        item.setData(font, Qt.ItemDataRole.FontRole)
        item.setData(QColor("#55606e"), Qt.ItemDataRole.ForegroundRole)
        return item

    def select(self, contract_id: int | None) -> None:
        """Show this contract as chosen (without emitting `chosen`)."""
        index = -1 if contract_id is None else self.findData(contract_id)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def current_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def first_id(self) -> int | None:
        """The first contract listed (the first with a plan, if any)."""
        return next((int(self.itemData(n)) for n in range(self.count())
                     if self.itemData(n) is not None), None)

    def contract_ids(self) -> list[int]:
        return [int(self.itemData(n)) for n in range(self.count())
                if self.itemData(n) is not None]

    def _on_activated(self, index: int) -> None:
        data = self.itemData(index)
        if data is not None:
            self.chosen.emit(int(data))
