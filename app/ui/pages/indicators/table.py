"""The indicators table: its columns (statuses in colour, the trend, the year's penalties)
and its model, which marks the client's indicators and the breaches to read with them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon

from app.export.excel import TypedValue
from app.services.formatting import format_date, format_money, format_period, format_value
from app.services.indicator_values import export_kind, target_text
from app.services.indicators import IndicatorRow, Trend
from app.services.rules import MeasureStatus
from app.ui import style
from app.ui.table_models import Column, Index, RowsTableModel

STATUS_COLOURS: dict[Any, tuple[QColor, QColor]] = {
    MeasureStatus.MET: (style.OK, style.OK_BG),
    MeasureStatus.WARNING: (style.WARNING, style.WARNING_BG),
    MeasureStatus.BREACHED: (style.CRITICAL, style.CRITICAL_BG),
    MeasureStatus.MISSING: (style.MUTED, QColor("#eef1f4")),
}
_STATUS_ORDER = {status: n for n, status in enumerate(
    (MeasureStatus.BREACHED, MeasureStatus.MISSING, MeasureStatus.WARNING, MeasureStatus.MET))}
TREND_ARROWS = {Trend.BETTER: "↗", Trend.WORSE: "↘", Trend.STEADY: "→"}
TREND_COLOURS = {Trend.BETTER: style.OK, Trend.WORSE: style.CRITICAL, Trend.STEADY: style.MUTED}
CODE, NAME, VALUE, STATUS, TREND = range(5)
CONTRACT = 9  # the table sorts by contract first (then by code, as the rows come)
#: Initial widths, in pixels (the last column stretches).
WIDTHS = (66, 170, 80, 100, 78, 88, 66, 96, 66, 130, 130, 90)


def _tr(text: str) -> str:
    return QCoreApplication.translate("indicators", text)


def _status_tooltip(row: IndicatorRow) -> str:
    if row.status is None:
        return _tr("Aucune valeur")
    lines = [f"{row.status.label} — {format_period(row.status_period, row.frequency)}"]
    if row.status is MeasureStatus.MISSING and row.last_period is not None:
        lines.append(_tr("Dernière valeur : {0} en {1}").format(
            format_value(row.last_value, row.unit), format_period(row.last_period,
                                                                  row.frequency)))
    if row.read_with_client:
        lines.append(_tr("À lire avec les indicateurs client : les entrants du client "
                         "n'étaient pas au niveau cette période."))
    return "\n".join(lines)


def _trend_text(row: IndicatorRow) -> str:
    trend = row.trend_direction
    return TREND_ARROWS[trend] if trend else ""


def _trend_tooltip(row: IndicatorRow) -> str:
    trend = row.trend_direction
    values = " · ".join(f"{format_period(p.period, row.frequency)} : "
                        f"{format_value(p.value, row.unit) if p.value is not None else '—'}"
                        for p in row.trend)
    return f"{trend.label.capitalize()}\n{values}" if trend else values


def typed(value: float | None, unit: str) -> TypedValue:
    """A value for an Excel export, typed by its unit (« % » as a percentage…)."""
    return TypedValue(value, export_kind(unit))


def columns(year: int) -> list[Column]:
    """The columns of the indicators table, in order."""
    colour = lambda r: STATUS_COLOURS.get(r.status, (None, None))  # noqa: E731
    return [
        Column(_tr("Code"), lambda r: r.code, tooltip=lambda r: r.name),
        Column(_tr("Indicateur"), lambda r: r.name, tooltip=lambda r: r.name),
        Column(_tr("Dernière\nvaleur"), lambda r: format_value(r.last_value, r.unit),
               sort_key=lambda r: r.last_value, align_right=True,
               tooltip=lambda r: format_period(r.last_period, r.frequency)
               if r.last_period else "", value=lambda r: typed(r.last_value, r.unit),
               kind="number"),
        Column(_tr("Statut"), lambda r: r.status.label if r.status else "",
               sort_key=lambda r: _STATUS_ORDER.get(r.status),
               foreground=lambda r: colour(r)[0], background=lambda r: colour(r)[1],
               tooltip=_status_tooltip),
        Column(_tr("Tendance"), _trend_text, sort_key=lambda r: r.trend_direction,
               foreground=lambda r: TREND_COLOURS.get(r.trend_direction),
               tooltip=_trend_tooltip,
               value=lambda r: r.trend_direction.label if r.trend_direction else ""),
        Column(_tr("Objectif"), lambda r: target_text(r.direction, r.target, r.unit),
               sort_key=lambda r: r.target, align_right=True,
               value=lambda r: typed(r.target, r.unit), kind="number"),
        Column(_tr("Seuil"), lambda r: format_value(r.alert_threshold, r.unit),
               sort_key=lambda r: r.alert_threshold, align_right=True,
               value=lambda r: typed(r.alert_threshold, r.unit), kind="number"),
        Column(_tr("Pénalités\n{0}").format(year),
               lambda r: format_money(r.penalty_due) if r.penalty_due else "",
               sort_key=lambda r: r.penalty_due, align_right=True,
               foreground=lambda r: style.WARNING if r.penalty_due else None,
               value=lambda r: r.penalty_due, kind="money"),
        Column(_tr("Période"), lambda r: format_period(r.status_period, r.frequency)
               if r.status_period else "", sort_key=lambda r: r.status_period,
               tooltip=lambda r: format_date(r.status_period),
               value=lambda r: r.status_period, kind="date"),
        Column(_tr("Contrat"), lambda r: r.contract_reference),
        Column(_tr("Catégorie"), lambda r: r.category.label),
        Column(_tr("Sens"), lambda r: r.direction.label),
    ]


class IndicatorTableModel(RowsTableModel):
    """The indicators, an icon before the client's own and beside a breach to read with
    the client's inputs."""

    def __init__(self, year: int, parent: Any = None) -> None:
        super().__init__(columns(year), parent)
        self._icons: dict[str, QIcon] = {}

    def set_year(self, year: int) -> None:
        """Name the penalties column after `year`."""
        self._columns[7] = columns(year)[7]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 7, 7)

    def replace(self, fresh: list[IndicatorRow]) -> bool:
        """Put fresh copies of some rows where they are (no re-sort, no reset: the values
        just typed show at once on a list of thousands); False when one is not listed."""
        positions = {row.id: n for n, row in enumerate(self._rows)}
        if any(row.id not in positions for row in fresh):
            return False
        for row in fresh:
            number = positions[row.id]
            self._rows[number] = row
            self._haystacks.pop(number, None)
            self.dataChanged.emit(self.index(number, 0),
                                  self.index(number, self.columnCount() - 1))
        return True

    def _icon(self, name: str, colour: str) -> QIcon:
        if name not in self._icons:
            self._icons[name] = style.icon(name, colour)
        return self._icons[name]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid():
            row = self.row_at(index.row())
            if index.column() == CODE and row.client_side:
                return self._icon("mdi6.account-arrow-right-outline", "#6a3d9a")
            if index.column() == STATUS and row.read_with_client:
                return self._icon("mdi6.account-alert-outline", "#6a3d9a")
        return super().data(index, role)
