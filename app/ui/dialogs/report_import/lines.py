"""The lines of the import preview: a table whose first column includes or excludes a line,
coloured by what the line will do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.imports.matching import Role
from app.imports.plan import LineState, PlanLine
from app.services.formatting import format_period, format_value
from app.services.rules import MeasureStatus
from app.ui.style import CRITICAL, CRITICAL_BG, MUTED, OK, WARNING, WARNING_BG
from app.ui.table_models import Column, RowsTableModel

Index = QModelIndex | QPersistentModelIndex

#: Initial widths of the columns (the last one stretches).
WIDTHS = (30, 50, 130, 230, 72, 80, 84, 260)
_STATUS_COLOURS = {MeasureStatus.MET: OK, MeasureStatus.WARNING: WARNING,
                   MeasureStatus.BREACHED: CRITICAL}
_STATE_COLOURS = {LineState.REFUSED: (CRITICAL, CRITICAL_BG),
                  LineState.CONFLICT: (WARNING, WARNING_BG)}
_QUIET = (LineState.SAME, LineState.EMPTY, LineState.EXCLUDED, LineState.KEEP)


def _tr(text: str) -> str:
    return QCoreApplication.translate("report_import", text)


def what_it_does(line: PlanLine) -> str:
    """The « Import » column: what the line will do, or why it is refused."""
    stored = line.stored
    old = format_value(stored.value, line.indicator.unit) if stored and line.indicator else ""
    source = _tr(stored.source.label).lower() if stored else ""
    texts = {
        LineState.NEW: _tr("Nouvelle mesure"),
        LineState.UPDATE: _tr("Commentaire mis à jour (valeur inchangée)"),
        LineState.SAME: _tr("Déjà enregistrée"),
        LineState.CONFLICT: _tr("À arbitrer : {old} déjà enregistré ({source})"),
        LineState.OVERWRITE: _tr("Écrasera {old} ({source})"),
        LineState.KEEP: _tr("Conservée : {old} reste enregistré ({source})"),
        LineState.EMPTY: _tr("Sans valeur"),
        LineState.REFUSED: _tr("Refusée : {reason}"),
        LineState.EXCLUDED: _tr("Exclue (refusée : {reason})") if line.reason
        else _tr("Exclue"),
    }
    return texts[line.state].format(old=old, source=source, reason=line.reason)


def indicator_text(line: PlanLine) -> str:
    if line.indicator is None:
        return line.texts.get(Role.CODE) or line.texts.get(Role.NAME) or ""
    return f"{line.indicator.code} — {line.indicator.name}"


def _period(line: PlanLine) -> str:
    if line.period is None or line.indicator is None:
        return line.texts.get(Role.PERIOD, "")
    return format_period(line.period, line.indicator.frequency)


def _contract(line: PlanLine) -> str:
    return line.contract.reference if line.contract else line.texts.get(Role.CONTRACT, "")


def _state_colours(line: PlanLine) -> tuple[QColor, QColor] | None:
    return _STATE_COLOURS.get(line.state)


def _muted(line: PlanLine) -> QColor | None:
    return MUTED if line.state in _QUIET else None


def columns() -> list[Column]:
    """The preview's columns, in order (the first one holds the check box)."""
    return [
        Column("", lambda _line: "", sort_key=lambda line: line.state is LineState.EXCLUDED),
        Column(_tr("Ligne"), lambda line: str(line.line), sort_key=lambda line: line.line,
               align_right=True, foreground=_muted, value=lambda line: line.line,
               kind="integer"),
        Column(_tr("Contrat"), _contract, foreground=_muted),
        Column(_tr("Indicateur"), indicator_text, foreground=_muted, tooltip=indicator_text),
        Column(_tr("Période"), _period, sort_key=lambda line: line.period or line.line,
               foreground=_muted),
        Column(_tr("Valeur"), lambda line: line.value_text(), align_right=True,
               sort_key=lambda line: line.value, foreground=_muted,
               value=lambda line: line.value, kind="number"),
        Column(_tr("Statut"), lambda line: _tr(line.status.label) if line.status else "",
               foreground=lambda line: MUTED if line.state in _QUIET
               else _STATUS_COLOURS.get(line.status)),
        Column(_tr("Import"), what_it_does, sort_key=lambda line: list(LineState).index(
            line.state), foreground=lambda line: (_state_colours(line) or (_muted(line),))[0],
               background=lambda line: (_state_colours(line) or (None, None))[1],
               tooltip=what_it_does),
    ]


class PlanLinesTableModel(RowsTableModel):
    """The plan's lines; ticking or unticking the first column asks to include or exclude
    the line (`inclusion_changed`), which the dialog turns into a new preview."""

    inclusion_changed = Signal(object, bool)  # line numbers (a list), included

    def __init__(self, parent: Any = None) -> None:
        super().__init__(columns(), parent)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            excluded = self.row_at(index.row()).state is LineState.EXCLUDED
            return Qt.CheckState.Unchecked if excluded else Qt.CheckState.Checked
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.ToolTipRole:
            return _tr("Décochez pour laisser la ligne de côté (elle ne sera pas importée)")
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 \
                or role != Qt.ItemDataRole.CheckStateRole:
            return False
        included = Qt.CheckState(value) == Qt.CheckState.Checked
        self.inclusion_changed.emit([self.row_at(index.row()).line], included)
        return True
