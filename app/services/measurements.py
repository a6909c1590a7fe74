"""Measurements: the monthly grid of a contract (its indicators × recent periods), writing a
block of cells in one go, and an indicator's series over time (its chart and history).

A cell is keyed by (indicator id, period), the period being its first day: values are
written through `measurement_store`, the one write path of measurements, which puts every
period on its first day. Writing returns what the cells held before, so that an undo is
the same write the other way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models.enums import (
    Direction,
    Frequency,
    IndicatorCategory,
    MeasurementSource,
    PenaltyKind,
    Side,
)
from app.services import measurement_store, rules, sla
from app.services.indicator_values import ValueContext
from app.services.indicators import client_breach_spans, read_with_client
from app.services.measurement_store import MeasureWrite
from app.services.periods import last_complete_period, next_period, period_start
from app.services.rules import MeasureStatus

con, ind, mea = sla.con, sla.ind, sla.mea

Key = tuple[int, dt.date]  # (indicator id, first day of the period)


@dataclass(frozen=True)
class Cell:
    """What a cell of the grid holds: a value, its comment, where it came from."""

    value: float
    comment: str = ""
    source: MeasurementSource = MeasurementSource.ENTERED


@dataclass(frozen=True)
class GridRow:
    """An indicator as a row of the grid: what its cells are checked and coloured with."""

    id: int
    code: str
    name: str
    unit: str
    category: IndicatorCategory
    direction: Direction
    target: float
    alert_threshold: float | None
    frequency: Frequency
    measured_side: Side
    contractual: bool
    penalty_kind: PenaltyKind
    penalty_amount: float | None
    penalty_percent: float | None
    annual_amount: float  # the contract's, for the penalty a value would trigger
    has_penalty_clause: bool = True  # the contract's: without it nothing is owed

    def context(self, contract_start: dt.date | None) -> ValueContext:
        """What checking a value typed in this row needs."""
        return ValueContext(self.unit, self.category, self.direction, self.target,
                            self.alert_threshold, self.frequency, contract_start)

    def status(self, value: float) -> MeasureStatus:
        return rules.measure_status(value, self.target, self.alert_threshold, self.direction)


@dataclass(frozen=True)
class Grid:
    """A contract's indicators of one frequency × a run of its periods, and their cells."""

    contract_id: int
    contract_reference: str
    contract_start: dt.date
    frequency: Frequency
    frequencies: tuple[Frequency, ...]  # the frequencies the contract's indicators use
    periods: tuple[dt.date, ...]
    rows: tuple[GridRow, ...]
    cells: dict[Key, Cell]
    client_spans: tuple[tuple[dt.date, dt.date], ...]  # client-input breaches (see below)

    def read_with_client(self, row: GridRow, period: dt.date, value: float) -> bool:
        """True for a supplier's breach in a period where the client's inputs were breached."""
        if row.measured_side is Side.CLIENT or row.status(value) is not MeasureStatus.BREACHED:
            return False
        return read_with_client({self.contract_id: list(self.client_spans)},
                                self.contract_id, period, row.frequency)


_ROW_COLUMNS = (ind.id, ind.code, ind.name, ind.unit, ind.category, ind.direction, ind.target,
                ind.alert_threshold, ind.frequency, ind.measured_side, ind.contractual,
                ind.penalty_kind, ind.penalty_amount, ind.penalty_percent, con.annual_amount,
                con.has_penalty_clause)


def load_grid(session: Session, contract_id: int, today: dt.date,
              frequency: Frequency | None = None, last: dt.date | None = None,
              count: int = 12) -> Grid | None:
    """The grid of a contract: its indicators of `frequency` (the first one it uses when
    None), supplier's first then the client's, over `count` periods ending with `last`
    (by default the period running today). None when the contract no longer exists."""
    db = session.connection()
    contract = db.execute(sa.select(con.reference, con.start_date)
                          .where(con.id == contract_id)).first()
    if contract is None:
        return None
    rows = [GridRow(*row) for row in db.execute(
        sa.select(*_ROW_COLUMNS).join_from(sla.INDICATOR, sla.CONTRACT, con.id == ind.contract_id)
        .where(ind.contract_id == contract_id).order_by(ind.measured_side.desc(), ind.code))]
    frequencies = tuple(f for f in Frequency if any(r.frequency is f for r in rows))
    if frequency not in frequencies:  # the monthly grid first, when there is one
        monthly = Frequency.MONTHLY in frequencies or not frequencies
        frequency = Frequency.MONTHLY if monthly else frequencies[0]
    periods = period_run(last or today, frequency, count)
    shown = tuple(r for r in rows if r.frequency is frequency)
    cells = _cells(db, [r.id for r in shown], periods)
    spans = client_breach_spans(
        [_SpanRow(r.id, contract_id, r.measured_side, r.target, r.alert_threshold,
                  r.direction, r.frequency) for r in rows],
        _values_by_indicator(db, [r.id for r in rows if r.measured_side is Side.CLIENT]))
    return Grid(contract_id, contract.reference, contract.start_date, frequency, frequencies,
                periods, shown, cells, tuple(spans.get(contract_id, ())))


@dataclass(frozen=True)
class _SpanRow:
    id: int
    contract_id: int
    measured_side: Side
    target: float
    alert_threshold: float | None
    direction: Direction
    frequency: Frequency


def period_run(last: dt.date, frequency: Frequency, count: int) -> tuple[dt.date, ...]:
    """`count` consecutive periods of `frequency`, oldest first, ending with `last`'s."""
    periods = [period_start(last, frequency)]
    while len(periods) < count:
        periods.insert(0, period_start(periods[0] - dt.timedelta(days=1), frequency))
    return tuple(periods)


def _cells(db: sa.Connection, ids: Sequence[int], periods: Sequence[dt.date]
           ) -> dict[Key, Cell]:
    if not ids or not periods:
        return {}
    query = (sa.select(mea.indicator_id, mea.period, mea.value, mea.comment, mea.source)
             .where(mea.indicator_id.in_(list(ids)),
                    mea.period.between(periods[0], periods[-1])))
    return {(row.indicator_id, row.period): Cell(row.value, row.comment, row.source)
            for row in db.execute(query)}


def _values_by_indicator(db: sa.Connection, ids: Sequence[int]
                         ) -> dict[int, dict[dt.date, float]]:
    values: dict[int, dict[dt.date, float]] = {}
    if ids:
        query = sa.select(mea.indicator_id, mea.period, mea.value).where(
            mea.indicator_id.in_(list(ids)))
        for indicator_id, period, value in db.execute(query):
            values.setdefault(indicator_id, {})[period] = value
    return values


# -- writing ----------------------------------------------------------------------------------


def write_cells(session: Session, changes: Mapping[Key, Cell | None]) -> dict[Key, Cell | None]:
    """Set each (indicator, period) to its cell, or clear it (None), in one session, through
    the one write path of measurements (`measurement_store`: periods put on their first
    day); returns what each held before (None: empty), to write back for an undo."""
    writes = [MeasureWrite(indicator, period, None, None) if cell is None else
              MeasureWrite(indicator, period, float(cell.value), cell.comment, cell.source)
              for (indicator, period), cell in changes.items()]
    replaced = measurement_store.write_measures(session, writes)
    return {key: None if old is None else Cell(old.value, old.comment, old.source)
            for key, old in replaced.before.items()}


def measurement_key(session: Session, measurement_id: int) -> Key | None:
    """The (indicator, period) of a measurement, or None when it no longer exists."""
    found = session.connection().execute(
        sa.select(mea.indicator_id, mea.period).where(mea.id == measurement_id)).first()
    return None if found is None else (found.indicator_id, found.period)


# -- an indicator over time -------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesPoint:
    """A period of an indicator's series: its value (None: a gap), status and comment."""

    period: dt.date
    value: float | None
    status: MeasureStatus | None  # MISSING for a gap in a period that is over
    comment: str = ""
    read_with_client: bool = False


@dataclass(frozen=True)
class IndicatorSeries:
    """An indicator and its values over time, for its chart and history."""

    id: int
    code: str
    name: str
    unit: str
    direction: Direction
    target: float
    alert_threshold: float | None
    frequency: Frequency
    measured_side: Side
    points: tuple[SeriesPoint, ...]  # every period from the first to the last, oldest first


def indicator_series(session: Session, indicator_id: int, today: dt.date,
                     first: dt.date | None = None) -> IndicatorSeries | None:
    """The indicator's every period from its first value (or `first`) to the last period
    over at `today` — or the running one, when already measured. None if it is gone."""
    db = session.connection()
    row = db.execute(sa.select(*_ROW_COLUMNS, ind.contract_id, con.start_date)
                     .join_from(sla.INDICATOR, sla.CONTRACT, con.id == ind.contract_id)
                     .where(ind.id == indicator_id)).first()
    if row is None:
        return None
    grid_row = GridRow(*row[:len(_ROW_COLUMNS)])
    measured = {r.period: r for r in db.execute(
        sa.select(mea.period, mea.value, mea.comment).where(mea.indicator_id == indicator_id))}
    spans = _contract_client_spans(db, row.contract_id)
    points = [_point(grid_row, period, measured.get(period), today, spans, row.contract_id)
              for period in _series_periods(measured, grid_row.frequency, today, first)]
    return IndicatorSeries(grid_row.id, grid_row.code, grid_row.name, grid_row.unit,
                           grid_row.direction, grid_row.target, grid_row.alert_threshold,
                           grid_row.frequency, grid_row.measured_side, tuple(points))


def _series_periods(measured: Mapping[dt.date, Any], frequency: Frequency, today: dt.date,
                    first: dt.date | None) -> list[dt.date]:
    current = period_start(today, frequency)
    last = current if current in measured else last_complete_period(today, frequency)
    start = first or (min(measured) if measured else last)
    periods, period = [], period_start(start, frequency)
    while period <= last:
        periods.append(period)
        period = next_period(period, frequency)
    return periods


def _point(row: GridRow, period: dt.date, found: Any, today: dt.date,
           spans: dict[int, list[tuple[dt.date, dt.date]]], contract_id: int) -> SeriesPoint:
    if found is None:
        status = rules.period_status(None, row.target, row.alert_threshold, row.direction,
                                     period=period, frequency=row.frequency, today=today)
        return SeriesPoint(period, None, status)
    status = row.status(found.value)
    flagged = (status is MeasureStatus.BREACHED and row.measured_side is Side.SUPPLIER
               and read_with_client(spans, contract_id, period, row.frequency))
    return SeriesPoint(period, found.value, status, found.comment, flagged)


def _contract_client_spans(db: sa.Connection, contract_id: int
                           ) -> dict[int, list[tuple[dt.date, dt.date]]]:
    client = [_SpanRow(r.id, contract_id, Side.CLIENT, r.target, r.alert_threshold,
                       r.direction, r.frequency) for r in db.execute(
        sa.select(ind.id, ind.target, ind.alert_threshold, ind.direction, ind.frequency)
        .where(ind.contract_id == contract_id, ind.measured_side == Side.CLIENT))]
    return client_breach_spans(client, _values_by_indicator(db, [r.id for r in client]))
