"""Table models shared by the pages: rows of plain read classes, a column list, a proxy.

The rows are sorted by the model itself, in Python, once per sort or reload: a
`QSortFilterProxyModel` sorting with a Python `lessThan` calls back into Python twice per
comparison (thousands of rows: a third of a second). The proxy only filters.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from app.services.text import fold

ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, how a row shows in it and sorts by it."""

    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # the text, folded, when not given
    align_right: bool = False
    background: Callable[[Any], QColor | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    #: The cell's typed value for an Excel export (a date, a number…), and what it is:
    #: "text", "date", "integer", "number", "money" (€) or "percent" (a value of 98.5 is
    #: 98,5 %). Without `value`, the export writes the shown text.
    value: Callable[[Any], Any] | None = None
    kind: str = "text"


class RowsTableModel(QAbstractTableModel):
    """A read-only table of plain rows (dataclasses) described by a list of Columns."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        *,
        pinned: Callable[[Any], bool] | None = None,
    ) -> None:
        """`pinned` rows stay first whatever the sort (the client's own entry of a list)."""
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._haystacks: dict[int, str] = {}
        self._pinned = pinned
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self._haystacks = {}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (-1: keep them as they are); later reloads keep it."""
        self._order = (column, order) if 0 <= column < len(self._columns) else None
        if self._order is None:
            return
        self.layoutAboutToBeChanged.emit()
        positions = {id(row): n for n, row in enumerate(self._rows)}
        old_rows = self._rows
        self._rows = self._sorted(old_rows)
        moved = {positions[id(row)]: n for n, row in enumerate(self._rows)}
        self._haystacks = {moved[n]: text for n, text in self._haystacks.items()}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        """`rows` in the current order: empty values last either way, pinned rows first."""
        if self._order is None:
            return rows
        number, order = self._order
        column = self._columns[number]
        key = column.sort_key or (lambda row: fold(column.text(row)))
        keyed = [(key(row), row) for row in rows]
        filled = [pair for pair in keyed if pair[0] is not None and pair[0] != ""]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            filled.sort(key=lambda pair: pair[0], reverse=descending)
        except TypeError:  # keys of different kinds: compare their text
            filled.sort(key=lambda pair: str(pair[0]), reverse=descending)
        empty = [pair for pair in keyed if pair[0] is None or pair[0] == ""]
        result = [row for _key, row in filled + empty]
        if self._pinned is not None:
            result.sort(key=lambda row: not self._pinned(row))  # stable: the rest keeps order
        return result

    def haystack(self, row: int) -> str:
        """The folded text of every column of a row, which a search looks into."""
        found = self._haystacks.get(row)
        if found is None:
            item = self._rows[row]
            found = self._haystacks[row] = " ".join(
                fold(column.text(item)) for column in self._columns)
        return found

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def columns(self) -> list[Column]:
        """The columns, in order (an export reads their typed values)."""
        return list(self._columns)

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
    """Keeps the rows matching every word typed, accents ignored; sorting is passed on to
    the source model (a RowsTableModel), whose order the proxy keeps."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self._extra: Callable[[Any], bool] | None = None

    def set_text(self, text: str) -> None:
        with self._filter_change():
            self._words = fold(text).split()

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
        if self._extra is not None and not self._extra(model.row_at(source_row)):
            return False
        if not self._words:
            return True
        haystack = model.haystack(source_row)
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def shown_rows(self) -> list[Any]:
        """The rows the filters keep, in the table's order (read without a Qt call each)."""
        model, root = self.sourceModel(), QModelIndex()
        return [model.row_at(n) for n in range(model.rowCount())
                if self.filterAcceptsRow(n, root)]


#: Rows measured, beyond those in view, when a table's columns fit their content: none
#: (Qt's default, 1,000, cost 0.8 s on a list of 15,000 committees; 50 still 25 ms).
FIT_SAMPLE_ROWS = 0


def configure_table(view: QTableView, widths: tuple[int, ...]) -> None:
    """The house look of a list: sortable, alternating rows, whole rows, no row numbers;
    Tab leaves it (the arrows move inside); columns as wide as their header and content
    the first time rows show (`widths` are where they start, and how wide a long text
    column may grow); a cut value shows whole in a tooltip."""
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    show_cut_text_in_tooltips(view)
    ColumnFitter(view, widths)


def show_cut_text_in_tooltips(view: QAbstractItemView) -> None:
    """Hovering a value cut by its column shows it whole (with the column's own tooltip)."""
    view.setItemDelegate(FullTextDelegate(view))


class FullTextDelegate(QStyledItemDelegate):
    """The default delegate, whose tooltip gives a cut value in full."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        if text and is_cut(view, index) and text not in tip:
            tip = f"{text}\n{tip}" if tip else text
        if tip:
            QToolTip.showText(event.globalPos(), tip, view)
        else:
            QToolTip.hideText()
        return True


def is_cut(view: QAbstractItemView, index: Index) -> bool:
    """True when the cell's text is wider (or taller) than the cell shows."""
    hint = view.itemDelegate().sizeHint(_option(view, index), index)
    rect = view.visualRect(index)
    return hint.width() > rect.width() or hint.height() > rect.height() + 2


def _option(view: QAbstractItemView, index: Index) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    return option


class ColumnFitter(QObject):
    """Makes the columns of a table as wide as their header and the rows in view, once:
    when rows first show. Short values (dates, statuses, amounts) are never cut; long
    texts give back room, down to their starting width, for the table to fit its width
    (their tooltip shows them whole). After that the widths are the user's."""

    def __init__(self, view: QTableView, widths: tuple[int, ...]) -> None:
        super().__init__(view)
        self._view = view
        self._widths = widths
        self._done = False
        view.installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self._soon)
            model.layoutChanged.connect(self._soon)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._soon()
        return False

    def _soon(self) -> None:
        if not self._done:
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        """Size every column but the last (it stretches) to its header and visible rows."""
        view = self._view
        model = view.model()
        if self._done or model is None or not view.isVisible() or model.rowCount() == 0:
            return
        self._done = True
        header = view.horizontalHeader()
        shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        needed = {c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in shown}
        start = {c: self._widths[c] if c < len(self._widths) else header.sectionSize(c)
                 for c in shown}
        # long texts (wider than their starting width) give back room, the longest first,
        # down to that width: the rest keep their values whole (a scroll bar if need be)
        excess = sum(needed.values()) - view.viewport().width()
        for column in sorted(shown[:-1], key=lambda c: needed[c] - start[c], reverse=True):
            floor = max(start[column], header.sectionSizeHint(column))
            given = max(0, min(excess, needed[column] - floor))
            needed[column] -= given
            excess -= given
        for column in shown[:-1]:
            header.resizeSection(column, needed[column])
