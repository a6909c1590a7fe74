"""The measurement grid's model: a contract's indicators (rows) × periods (columns).

Each cell shows its value, coloured by status as soon as it is typed; a refused value keeps
its text in red with the reason as tooltip and an error icon, and is not stored. The model
never writes: typing, pasting, clearing and commenting check the values and emit
`edit_requested` with the cells to write; the grid panel turns that into one undo command
and calls `apply_local` so that the status shows at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon

from app.i18n import tr
from app.models.enums import Frequency, MeasurementSource, Side
from app.services import rules_adapter
from app.services.formatting import format_money, format_number, format_period, format_value
from app.services.indicator_values import check_value, export_kind, target_text
from app.services.measurements import Cell, Grid, GridRow, Key
from app.services.paste import place_block
from app.services.periods import is_over, period_end
from app.services.rules import MeasureStatus
from app.ui import style

Index = QModelIndex | QPersistentModelIndex
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 10  # True when the cell carries a comment
REFUSED_ROLE = Qt.ItemDataRole.UserRole + 11  # True for a refused value

STATUS_COLOURS = {
    MeasureStatus.MET: (style.OK, style.OK_BG),
    MeasureStatus.WARNING: (style.WARNING, style.WARNING_BG),
    MeasureStatus.BREACHED: (style.CRITICAL, style.CRITICAL_BG),
}
MISSING_BG = QBrush(QColor("#eef1f4"))
CLOSED_BG = QBrush(QColor("#f7f8fa"))
CLIENT_HEADER = QColor("#6a3d9a")
_BRUSHES = {status: (QBrush(fg), QBrush(bg)) for status, (fg, bg) in STATUS_COLOURS.items()}
_REFUSED = (QBrush(style.CRITICAL), QBrush(QColor("#fbd9d5")))
_MUTED = QBrush(style.MUTED)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def short_period(period: dt.date, frequency: Frequency) -> str:
    """A column header: « 10/2026 », « T3 2026 », « S 12/10 »."""
    if frequency is Frequency.WEEKLY:
        return f"S {period:%d/%m}"
    return format_period(period, frequency)


def value_text(value: float) -> str:
    """A value as typed back into a cell: « 98,5 » (no grouping, no unit)."""
    return format_number(value, None).replace("\u202f", "")


class MeasureGridModel(QAbstractTableModel):
    """Indicators × periods of one contract; see the module docstring."""

    edit_requested = Signal(object, str)  # {Key: Cell | None}, the undo step's name
    refusals_changed = Signal()  # a value was refused, or a refused one cleared

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None
        self.today = dt.date.today()  # replaced by set_grid
        self._rows: tuple[GridRow, ...] = ()
        self._periods: tuple[dt.date, ...] = ()
        self._cells: dict[Key, Cell] = {}
        self.refused: dict[Key, tuple[str, str]] = {}  # raw text, reason
        self._error_icon: QIcon | None = None
        self._client_icon: QIcon | None = None

    # -- loading ---------------------------------------------------------------------------

    def set_grid(self, grid: Grid | None, today: dt.date) -> None:
        """Show `grid` (None: nothing); refused values of cells still shown are kept."""
        self.beginResetModel()
        self.grid, self.today = grid, today
        self._rows = grid.rows if grid else ()
        self._periods = grid.periods if grid else ()
        self._cells = dict(grid.cells) if grid else {}
        self.endResetModel()

    def row(self, number: int) -> GridRow:
        return self._rows[number]

    def period(self, column: int) -> dt.date:
        return self._periods[column]

    def key(self, index: Index) -> Key:
        return self._rows[index.row()].id, self._periods[index.column()]

    def cell(self, index: Index) -> Cell | None:
        return self._cells.get(self.key(index))

    def refused_here(self) -> int:
        """How many refused values the grid shows now."""
        shown = {(r.id, p) for r in self._rows for p in self._periods}
        return len(shown & set(self.refused))

    # -- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._periods)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._period_header(section, role)
        return self._row_header(section, role)

    def _period_header(self, section: int, role: int) -> Any:
        period = self._periods[section]
        frequency = self.grid.frequency if self.grid else Frequency.MONTHLY
        if role == Qt.ItemDataRole.DisplayRole:
            return short_period(period, frequency)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = format_period(period, frequency)
            if period > self.today:
                text += tr("grid", " — période à venir")
            elif not is_over(period, frequency, self.today):
                text += tr("grid", " — période en cours")
            return text
        if role == Qt.ItemDataRole.ForegroundRole and period > self.today:
            return _MUTED
        return None

    def _row_header(self, section: int, role: int) -> Any:
        row = self._rows[section]
        # « Délai moyen de résolution (h) » says its unit already
        unit = f" ({row.unit})" if row.unit and not row.name.endswith(f"({row.unit})") else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.code}  {row.name}{unit}"
        if role == Qt.ItemDataRole.ToolTipRole:
            side = (tr("grid", "Entrant du client") if row.measured_side is Side.CLIENT
                    else tr("grid", "Engagement du prestataire"))
            threshold = (tr("grid", " · seuil d'alerte {0}").format(
                format_value(row.alert_threshold, row.unit))
                if row.alert_threshold is not None else "")
            return (f"{row.code} — {row.name}\n{side} · "
                    f"{tr('grid', 'objectif')} {target_text(row.direction, row.target, row.unit)}"
                    f"{threshold}")
        if role == Qt.ItemDataRole.DecorationRole and row.measured_side is Side.CLIENT:
            if self._client_icon is None:  # the client's own inputs, apart at a glance
                self._client_icon = style.icon("mdi6.account-arrow-right-outline",
                                               CLIENT_HEADER.name())
            return self._client_icon
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.key(index)
        refused = self.refused.get(key)
        if refused is not None:
            return self._refused_data(refused, role)
        cell = self._cells.get(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value_text(cell.value) if cell else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return self._colour(index, cell, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, cell)
        if role == COMMENT_ROLE:
            return bool(cell and cell.comment)
        return None

    def _refused_data(self, refused: tuple[str, str], role: int) -> Any:
        raw, reason = refused
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return raw
        if role == Qt.ItemDataRole.ForegroundRole:
            return _REFUSED[0]
        if role == Qt.ItemDataRole.BackgroundRole:
            return _REFUSED[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("grid", "Valeur refusée, non enregistrée : {0}").format(reason)
        if role == Qt.ItemDataRole.DecorationRole:
            if self._error_icon is None:
                self._error_icon = style.icon("mdi6.alert-circle-outline", style.CRITICAL.name())
            return self._error_icon
        if role == REFUSED_ROLE:
            return True
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        return None

    def _colour(self, index: Index, cell: Cell | None, role: int) -> QBrush | None:
        foreground = role == Qt.ItemDataRole.ForegroundRole
        if cell is not None:
            status = self._rows[index.row()].status(cell.value)
            return _BRUSHES[status][0 if foreground else 1]
        if foreground:
            return None
        state = self._empty_state(index)
        return MISSING_BG if state == "missing" else CLOSED_BG if state else None

    def _empty_state(self, index: Index) -> str:
        """"missing" (over, due), "future", "before" (the contract's start) or ""."""
        period, row = self._periods[index.column()], self._rows[index.row()]
        if period > self.today:
            return "future"
        start = self.grid.contract_start if self.grid else None
        if start is not None and period_end(period, row.frequency) < start:
            return "before"
        return "missing" if is_over(period, row.frequency, self.today) else ""

    def _tooltip(self, index: Index, cell: Cell | None) -> str:
        row, period = self._rows[index.row()], self._periods[index.column()]
        if cell is None:
            return {"missing": tr("grid", "Non renseigné"),
                    "future": tr("grid", "Période à venir"),
                    "before": tr("grid", "Avant le début du contrat")}.get(
                self._empty_state(index), "")
        status = row.status(cell.value)
        lines = [f"{format_value(cell.value, row.unit)} — {status.label} "
                 f"({tr('grid', 'objectif')} {target_text(row.direction, row.target, row.unit)})"]
        penalty = rules_adapter.measure_penalty(cell.value, row)
        if penalty:
            lines.append(tr("grid", "Pénalité : {0}").format(format_money(penalty)))
        if self.grid is not None and self.grid.read_with_client(row, period, cell.value):
            lines.append(tr("grid", "À lire avec les indicateurs client"))
        if cell.source is MeasurementSource.IMPORTED:
            lines.append(tr("grid", "Importée du rapport du prestataire"))
        if cell.comment:
            lines.append(tr("grid", "Commentaire : {0}").format(cell.comment))
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.type_text(index, "" if value is None else str(value))
        return True

    # -- edits -------------------------------------------------------------------------------

    def type_text(self, index: Index, text: str) -> None:
        """A value typed in a cell: stored (through `edit_requested`) or refused."""
        label = tr("grid", "Saisir {0} ({1}, {2})").format(
            text.strip() or "—", self._rows[index.row()].code,
            short_period(self._periods[index.column()], self._rows[index.row()].frequency))
        self._edit({(index.row(), index.column()): text}, label)

    def paste(self, block: list[list[str]], selected: list[tuple[int, int]],
              current: tuple[int, int]) -> tuple[int, int, int]:
        """Paste a block; returns (values written, values refused, cells outside the grid)."""
        placed, clipped = place_block(block, selected, current,
                                      (len(self._rows), len(self._periods)))
        if not placed:
            return 0, 0, clipped
        written, refused = self._edit(placed, tr("grid", "Coller {0}").format(
            _count(len(placed), tr("grid", "cellule"))))
        return written, refused, clipped

    def clear(self, cells: Iterable[tuple[int, int]]) -> int:
        """Empty these cells (values and refused texts); returns how many held something."""
        cells = list(cells)
        dropped = [self.refused.pop(self._key_at(*c)) for c in cells if self._key_at(*c)
                   in self.refused]
        changes: dict[Key, Cell | None] = {self._key_at(*c): None for c in cells
                                           if self._key_at(*c) in self._cells}
        self._changed(cells)
        if changes:
            self.edit_requested.emit(changes, tr("grid", "Effacer {0}").format(
                _count(len(changes), tr("grid", "valeur"))))
        if dropped:
            self.refusals_changed.emit()
        return len(changes) + len(dropped)

    def set_comment(self, index: Index, comment: str) -> bool:
        """Set a cell's comment (a cell without a value cannot hold one)."""
        cell = self.cell(index)
        if cell is None or cell.comment == comment.strip():
            return False
        row = self._rows[index.row()]
        self.edit_requested.emit(
            {self.key(index): Cell(cell.value, comment.strip(), cell.source)},
            tr("grid", "Commenter {0} ({1})").format(
                row.code, short_period(self._periods[index.column()], row.frequency)))
        return True

    def _key_at(self, row: int, column: int) -> Key:
        return self._rows[row].id, self._periods[column]

    def _edit(self, texts: Mapping[tuple[int, int], str], label: str) -> tuple[int, int]:
        """Check each typed text; emit the good ones as one edit, keep the refused ones."""
        changes: dict[Key, Cell | None] = {}
        refused = 0
        for (r, c), text in texts.items():
            key = self._key_at(r, c)
            self.refused.pop(key, None)
            if not text.strip():
                if key in self._cells:
                    changes[key] = None
                continue
            try:
                value = check_value(text, self._context(r), self._periods[c], self.today)
            except ValueError as error:
                self.refused[key] = (text.strip(), str(error))
                refused += 1
                continue
            kept = self._cells.get(key)
            changes[key] = Cell(value, kept.comment if kept else "", MeasurementSource.ENTERED)
        self._changed(texts)
        if changes:
            self.edit_requested.emit(changes, label)
        self.refusals_changed.emit()
        return len(changes), refused

    def _context(self, row: int) -> Any:
        return self._rows[row].context(self.grid.contract_start if self.grid else None)

    def apply_local(self, changes: Mapping[Key, Cell | None]) -> None:
        """Show written cells at once (before the grid is read again from the file)."""
        rows = {r.id: n for n, r in enumerate(self._rows)}
        columns = {p: n for n, p in enumerate(self._periods)}
        touched = []
        for (indicator, period), cell in changes.items():
            if indicator in rows and period in columns:
                if cell is None:
                    self._cells.pop((indicator, period), None)
                else:
                    self._cells[indicator, period] = cell
                touched.append((rows[indicator], columns[period]))
        self._changed(touched)

    def drop_refused(self) -> None:
        """Forget every refused value."""
        self.refused.clear()
        self.refusals_changed.emit()
        if self._rows and self._periods:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._periods) - 1))

    def _changed(self, cells: Iterable[tuple[int, int]]) -> None:
        """One dataChanged over the rectangle holding these cells."""
        cells = list(cells)
        if cells:
            rows, columns = [r for r, _c in cells], [c for _r, c in cells]
            self.dataChanged.emit(self.index(min(rows), min(columns)),
                                  self.index(max(rows), max(columns)))

    # -- export --------------------------------------------------------------------------

    def export_table(self) -> tuple[list[Any], list[list[Any]]]:
        """The grid for an Excel export: the indicators' definitions, then one typed column
        per period, each cell coloured by its status with its comment as a note."""
        from app.export.excel import ExportColumn, TypedValue

        frequency = self.grid.frequency if self.grid else Frequency.MONTHLY
        columns = [ExportColumn(tr("grid", "Code")), ExportColumn(tr("grid", "Indicateur")),
                   ExportColumn(tr("grid", "Unité")), ExportColumn(tr("grid", "Sens")),
                   ExportColumn(tr("grid", "Objectif"), "number"),
                   ExportColumn(tr("grid", "Seuil d'alerte"), "number")]
        columns += [ExportColumn(format_period(p, frequency), "number") for p in self._periods]
        rows = []
        for row in self._rows:
            kind = export_kind(row.unit)
            line: list[Any] = [row.code, row.name, row.unit, row.direction.label,
                               TypedValue(row.target, kind),
                               TypedValue(row.alert_threshold, kind)]
            for period in self._periods:
                cell = self._cells.get((row.id, period))
                if cell is None:
                    line.append(None)
                    continue
                fill = STATUS_COLOURS[row.status(cell.value)][1].name()[1:].upper()
                line.append(TypedValue(cell.value, kind, fill, cell.comment))
            rows.append(line)
        return columns, rows


def _count(number: int, noun: str) -> str:
    from app.services.formatting import plural

    return plural(number, noun)
