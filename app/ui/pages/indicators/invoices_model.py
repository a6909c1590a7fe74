"""The invoices grid's model: one row per invoice of the year, and a last row to type a new
one in (its period proposed: the month after the last invoice). Like the measurement grid,
it checks what is typed, keeps a refused text in red at its cell with the reason, and emits
`edit_requested` with the invoices to write; new invoices carry negative keys that the panel
turns into ids."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.i18n import tr
from app.models.enums import InvoiceStatus
from app.services import invoices
from app.services.formatting import format_money, format_number, format_percent, plural
from app.services.invoices import InvoiceRow, InvoiceValues
from app.services.paste import place_block
from app.ui import style
from app.ui.pages.indicators.grid_model import value_text

Index = QModelIndex | QPersistentModelIndex
PERIOD, AMOUNT, DAYS, REFERENCE, STATUS, RATE = range(6)
FIELDS = invoices.FIELDS  # the editable columns, in order
NEW = 0  # the key of the row where a new invoice is typed
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_REFUSED = (QBrush(style.CRITICAL), QBrush(QColor("#fbd9d5")))
_STATUS = {InvoiceStatus.DISPUTED: style.WARNING, InvoiceStatus.VALIDATED: style.OK}
_MUTED = QBrush(style.MUTED)


def _headers() -> list[str]:
    return [tr("invoices", "Période"), tr("invoices", "Montant"),
            tr("invoices", "Jours"), tr("invoices", "Référence"),
            tr("invoices", "Statut"), tr("invoices", "TJM réel")]


class InvoiceGridModel(QAbstractTableModel):
    """The invoices of a contract for a year, and a row for a new one."""

    edit_requested = Signal(object, str)  # {id (< 0: new): InvoiceValues | None}, label

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[InvoiceRow] = []
        self.daily_rate: float | None = None  # the contract's TJM
        self.default_period = dt.date.today().replace(day=1)
        self.pending: dict[str, Any] = {}  # fields typed in the new row, not stored yet
        self.refused: dict[tuple[int, int], tuple[str, str]] = {}
        self._headers = _headers()
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_rows(self, rows: list[InvoiceRow], daily_rate: float | None,
                 default_period: dt.date) -> None:
        """Show these invoices. When they are the ones shown with new ones after them (an
        invoice just typed in the last row), the rows are updated in place, so that the
        cursor and the editor of the user typing stay where they are."""
        self.daily_rate, self.default_period = daily_rate, default_period
        old = [row.id for row in self.rows]
        if [row.id for row in rows[:len(old)]] != old:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        added = len(rows) - len(old)
        if added:  # the blank row becomes the first new invoice; rows follow it
            self.beginInsertRows(QModelIndex(), len(old) + 1, len(old) + added)
            self.rows = rows
            self.endInsertRows()
        self.rows = rows
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows), RATE))

    def key(self, row: int) -> int:
        return self.rows[row].id if row < len(self.rows) else NEW

    # -- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {DAYS: tr("invoices", "Jours facturés (régie)"),
                    RATE: tr("invoices", "Montant ÷ jours facturés")}.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return "✱" if section == len(self.rows) else str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.isValid() and index.column() != RATE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        refused = self.refused.get((self.key(index.row()), index.column()))
        if refused is not None:
            return self._refused(refused, role)
        if index.row() == len(self.rows):
            return self._new_row(index.column(), role)
        values = self.rows[index.row()].values
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(values, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(values, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (AMOUNT, DAYS, RATE):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(values, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(values, index.column())
        return None

    def _text(self, values: InvoiceValues, column: int) -> str:
        if column == PERIOD:
            return f"{values.period:%m/%Y}"
        if column == AMOUNT:
            return format_money(values.amount)
        if column == DAYS:
            return format_number(values.days_billed) if values.days_billed else ""
        if column == REFERENCE:
            return values.reference
        if column == STATUS:
            return values.status.label
        rate = values.daily_rate
        return "" if rate is None else format_money(rate)

    def _edit_text(self, values: InvoiceValues, column: int) -> str:
        if column == AMOUNT:
            return value_text(values.amount)
        if column == DAYS:
            return value_text(values.days_billed) if values.days_billed else ""
        return self._text(values, column)

    def _foreground(self, values: InvoiceValues, column: int) -> Any:
        if column == STATUS and values.status in _STATUS:
            return QBrush(_STATUS[values.status])
        if column == AMOUNT and values.amount < 0:
            return QBrush(style.OK)  # a credit note
        if column == RATE and self._rate_gap(values) is not None and self._rate_gap(values) > 0:
            return QBrush(style.CRITICAL)
        return None

    def _rate_gap(self, values: InvoiceValues) -> float | None:
        rate = values.daily_rate
        if rate is None or not self.daily_rate:
            return None
        return round((rate - self.daily_rate) / self.daily_rate * 100, 1)

    def _tooltip(self, values: InvoiceValues, column: int) -> str:
        if column == AMOUNT and values.amount < 0:
            return tr("invoices", "Avoir (montant négatif)")
        if column == RATE and self.daily_rate:
            gap = self._rate_gap(values)
            text = tr("invoices", "TJM contractuel : {0}").format(format_money(self.daily_rate))
            return text if gap is None else f"{text} ({'+' if gap > 0 else ''}" \
                                            f"{format_percent(gap)})"
        if column == STATUS and values.disputed:
            return tr("invoices", "Contestée : comptée à part, hors budget consommé")
        return ""

    def _new_row(self, column: int, role: int) -> Any:
        typed = column < len(FIELDS) and FIELDS[column] in self.pending
        if role == Qt.ItemDataRole.DisplayRole:
            if typed:
                return self._text(self._pending_values(), column)
            if column == PERIOD:
                return f"{self.default_period:%m/%Y}"
            return tr("invoices", "montant…") if column == AMOUNT else ""
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(self._pending_values(), column) if typed else ""
        if role == Qt.ItemDataRole.ForegroundRole and not typed:
            return _MUTED
        if role == Qt.ItemDataRole.FontRole and not typed:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("invoices", "Tapez le montant pour ajouter une facture (un avoir : un "
                                  "montant négatif).")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AMOUNT, DAYS, RATE):
            return _RIGHT
        return None

    def _pending_values(self) -> InvoiceValues:
        return InvoiceValues(**({"period": self.default_period, "amount": 0.0} | self.pending))

    def _refused(self, refused: tuple[str, str], role: int) -> Any:
        raw, reason = refused
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return raw
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return _REFUSED[0 if role == Qt.ItemDataRole.ForegroundRole else 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("invoices", "Valeur refusée, non enregistrée : {0}").format(reason)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.type_texts({(index.row(), index.column()): "" if value is None else str(value)})
        return True

    # -- edits -------------------------------------------------------------------------------

    def type_texts(self, texts: Mapping[tuple[int, int], str]) -> tuple[int, int]:
        """Texts typed or pasted at (row, column): the invoices they change or add go out
        as one edit; returns (invoices written, cells refused)."""
        changed: dict[int, dict[str, Any]] = {}
        refused = 0
        for (row, column), text in sorted(texts.items()):
            if column >= len(FIELDS):
                continue
            key, field = self.key(row), FIELDS[column]
            self.refused.pop((key, column), None)
            try:
                value = self._parse(field, text)
            except ValueError as error:
                self.refused[key, column] = (text.strip(), str(error))
                refused += 1
                continue
            changed.setdefault(row, {})[field] = value
        written = self._emit(changed)
        self._changed(texts)
        return written, refused

    def _parse(self, field: str, text: str) -> Any:
        if not text.strip() and field in ("period", "amount"):
            raise ValueError(tr("invoices", "La période et le montant d'une facture sont "
                                            "obligatoires ; pour la supprimer, utilisez "
                                            "« Supprimer la facture »."))
        return invoices.parse_field(field, text)

    def _emit(self, changed: dict[int, dict[str, Any]]) -> int:
        changes: dict[int, InvoiceValues] = {}
        period = self.default_period
        for row in sorted(changed):
            fields = changed[row]
            if row < len(self.rows):
                changes[self.rows[row].id] = dataclasses.replace(self.rows[row].values, **fields)
                continue
            fields = (self.pending if row == len(self.rows) else {}) | fields
            if "amount" not in fields:
                if row == len(self.rows):
                    self.pending = fields  # wait for the amount
                continue
            values = InvoiceValues(**({"period": period} | fields))
            changes[-(row - len(self.rows) + 1)] = values
            period = _month_after(values.period)
            if row == len(self.rows):
                self.pending = {}
        if changes:
            self.edit_requested.emit(changes, self._label(changes))
        return len(changes)

    def _label(self, changes: Mapping[int, InvoiceValues]) -> str:
        if len(changes) > 1:
            return tr("invoices", "Saisir {0}").format(plural(len(changes),
                                                              tr("invoices", "facture")))
        key, values = next(iter(changes.items()))
        verb = tr("invoices", "Ajouter") if key < 0 else tr("invoices", "Modifier")
        return tr("invoices", "{0} la facture de {1:%m/%Y}").format(verb, values.period)

    def paste(self, block: list[list[str]], selected: list[tuple[int, int]],
              current: tuple[int, int]) -> tuple[int, int, int]:
        """Paste a block (new invoices below the last one); returns (written, refused,
        outside)."""
        rows = max(self.rowCount(), current[0] + len(block))
        placed, clipped = place_block(block, selected, current, (rows, len(FIELDS)))
        written, refused = self.type_texts(placed)
        return written, refused, clipped

    def clear(self, cells: Iterable[tuple[int, int]]) -> None:
        """Delete clears the days billed and the reference; period and amount are required."""
        texts = {(r, c): "" for r, c in cells if c in (DAYS, REFERENCE) and r < len(self.rows)}
        dropped = [self.refused.pop((self.key(r), c)) for r, c in cells
                   if (self.key(r), c) in self.refused]
        if any(r == len(self.rows) for r, _c in cells):
            self.pending = {}
        if texts:
            self.type_texts(texts)
        elif dropped or self.pending == {}:
            self._changed(cells)

    def invoice_ids(self, rows: Iterable[int]) -> list[int]:
        return sorted({self.rows[r].id for r in rows if r < len(self.rows)})

    def drop_refused(self) -> None:
        self.refused.clear()
        self.pending = {}
        self._changed([(0, 0), (len(self.rows), len(FIELDS))])

    def _changed(self, cells: Iterable[tuple[int, int]]) -> None:
        cells = [(min(r, len(self.rows)), min(c, RATE)) for r, c in cells]
        if cells:
            rows, columns = [r for r, _c in cells], [c for _r, c in cells]
            self.dataChanged.emit(self.index(min(rows), min(columns)),
                                  self.index(max(rows), max(columns)))

    def export_table(self) -> tuple[list[Any], list[list[Any]]]:
        """The invoices for an Excel export (the new row left out)."""
        from app.export.excel import ExportColumn

        kinds = ("date", "money", "number", "text", "text", "money")
        headers = [*self._headers[:2], tr("invoices", "Jours facturés"), *self._headers[3:]]
        columns = [ExportColumn(h, k) for h, k in zip(headers, kinds, strict=True)]
        return columns, [[r.values.period, r.values.amount, r.values.days_billed,
                          r.values.reference, r.values.status.label, r.values.daily_rate]
                         for r in self.rows]


def _month_after(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
