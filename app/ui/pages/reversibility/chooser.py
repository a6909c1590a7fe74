"""The contract whose plan the page shows: those with a plan first, then those with a
reversibility clause, the other running contracts, and ended contracts that kept a plan.

The list is a small model over the rows (no item object per contract): a large file has
close to two thousand contracts, and the page fills it on every show.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.reversibility_page import PlanContract

Index = QModelIndex | QPersistentModelIndex
_HEADING_COLOUR = QColor("#55606e")


class ChooserModel(QAbstractListModel):
    """Group headings (text, disabled) and contracts (their label, their id as UserRole)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int | None]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[tuple[str, int | None]]) -> None:
        """Show these (text, contract id or None for a heading) rows."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, contract_id = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return contract_id
        if contract_id is None and role == Qt.ItemDataRole.FontRole:
            return self._bold
        if contract_id is None and role == Qt.ItemDataRole.ForegroundRole:
            return _HEADING_COLOUR
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self._rows[index.row()][1] is None:
            return Qt.ItemFlag.NoItemFlags  # a heading: neither selectable nor enabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ContractChooser(QComboBox):
    """A combo box of contracts under group headings; `chosen` gives a contract's id."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.setMaxVisibleItems(24)
        self._model = ChooserModel(self)
        self.setModel(self._model)
        self._shown: tuple = ()
        self.activated.connect(self._on_activated)

    def headings(self) -> tuple[str, ...]:
        """The headings of the groups, by `PlanContract.group`."""
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
        rows: list[tuple[str, int | None]] = []
        group = None
        for c in contracts:
            if c.group != group:
                group = c.group
                rows.append((self.headings()[group], None))
            rows.append((f"{c.reference} — {c.title} ({c.supplier_name})", c.id))
        self.blockSignals(True)
        self._model.set_rows(rows)
        self.blockSignals(False)

    def select(self, contract_id: int | None) -> None:
        """Show this contract as chosen (without emitting `chosen`)."""
        index = -1 if contract_id is None else self.findData(contract_id)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def current_id(self) -> int | None:
        """The contract chosen, if any."""
        data = self.currentData()
        return int(data) if data is not None else None

    def contract_ids(self) -> list[int]:
        """Every contract listed, in order."""
        return [int(self.itemData(n)) for n in range(self.count())
                if self.itemData(n) is not None]

    def _on_activated(self, index: int) -> None:
        data = self.itemData(index)
        if data is not None:
            self.chosen.emit(int(data))
