"""Table models shared by the pages: rows of plain read classes, a column list, a proxy."""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, how a row shows in it and sorts by it."""

    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    background: Callable[[Any], QColor | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowsTableModel(QAbstractTableModel):
    """A read-only table of plain rows (dataclasses) described by a list of Columns."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def find_row(self, predicate: Callable[[Any], bool]) -> int:
        """The index of the first row matching `predicate`, or -1."""
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else _fold(column.text(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            color = column.background(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            color = column.foreground(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        return None


class FilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE and keeps the rows matching every word typed, accents ignored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self._extra: Callable[[Any], bool] | None = None

    def set_text(self, text: str) -> None:
        with self._filter_change():
            self._words = _fold(text).split()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """An extra condition on the row (combo-box filters of a page)."""
        with self._filter_change():
            self._extra = predicate

    @contextlib.contextmanager
    def _filter_change(self) -> Iterator[None]:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair around the change.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            yield
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            yield
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._extra is not None:
            row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
            if not self._extra(row):
                return False
        if not self._words:
            return True
        haystack = " ".join(
            _fold(str(model.data(model.index(source_row, c, source_parent)) or ""))
            for c in range(model.columnCount())
        )
        return all(word in haystack for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:  # empty values sort last
            return a is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


def _fold(text: str) -> str:
    """Lower case without accents, for matching "Société" when "societe" is typed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
