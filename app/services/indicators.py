"""Indicators as the « Indicateurs » page lists them: the last value of each and its status,
the trend over the last three periods, the penalty due this year, and whether a supplier's
breach is to be read with the client's own inputs.

Only the recent periods' measurements are read (three periods back, per frequency), plus,
for the few indicators with nothing recent, their latest value: the list stays quick on a
file of 200,000 measurements. Statuses come from `app.services.rules`, penalties through
`app.services.rules_adapter`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session

from app.models.enums import Direction, Frequency, IndicatorCategory, LabeledEnum, Side
from app.services import rules, rules_adapter, sla
from app.services.periods import (
    last_complete_period,
    next_period,
    period_end,
    period_start,
    previous_period,
)
from app.services.rules import MeasureStatus

con, ind, mea = sla.con, sla.ind, sla.mea
CHUNK = 500  # ids per IN (…) list


class Trend(LabeledEnum):
    """Where an indicator went over its last three periods, its direction considered."""

    BETTER = "better", "en amélioration"
    WORSE = "worse", "en dégradation"
    STEADY = "steady", "stable"


#: A move smaller than this share of the target (1 %) reads as steady.
STEADY_SHARE = 0.01


def trend_of(points: Sequence[TrendPoint], direction: Direction, target: float
             ) -> Trend | None:
    """From the first to the last known value of `points`: better, worse or steady
    (None with fewer than two values)."""
    known = [p.value for p in points if p.value is not None]
    if len(known) < 2:
        return None
    change = known[-1] - known[0]
    if abs(change) <= abs(target) * STEADY_SHARE:
        return Trend.STEADY
    rising_is_better = direction is Direction.HIGHER_IS_BETTER
    return Trend.BETTER if (change > 0) == rising_is_better else Trend.WORSE


class TrendPoint(NamedTuple):
    """One of the last three periods of an indicator and its value (None: not measured)."""

    period: dt.date
    value: float | None


@dataclass(frozen=True)
class IndicatorRow:
    """A line of the indicators table."""

    id: int
    contract_id: int
    contract_reference: str
    code: str
    name: str
    category: IndicatorCategory
    unit: str
    direction: Direction
    target: float
    alert_threshold: float | None
    frequency: Frequency
    contractual: bool
    measured_side: Side
    last_period: dt.date | None  # the period of the latest value
    last_value: float | None
    status_period: dt.date | None  # the period the status is about
    status: MeasureStatus | None  # MISSING: that period is over and was not measured
    trend: tuple[TrendPoint, ...]  # the last three periods, oldest first
    penalty_due: float  # this year, before the contract's cap
    read_with_client: bool  # breached while the client's inputs were breached too

    @property
    def client_side(self) -> bool:
        return self.measured_side is Side.CLIENT

    @property
    def trend_direction(self) -> Trend | None:
        return trend_of(self.trend, self.direction, self.target)


_COLUMNS = (ind.id, ind.contract_id, con.reference.label("contract_reference"), ind.code,
            ind.name, ind.category, ind.unit, ind.direction, ind.target, ind.alert_threshold,
            ind.frequency, ind.contractual, ind.measured_side, con.start_date,
            con.status.label("contract_status"), con.ended_on)


def list_indicators(session: Session, today: dt.date, contract_id: int | None = None,
                    ids: Sequence[int] | None = None) -> list[IndicatorRow]:
    """The indicators of one contract (or all, or those of `ids`), by contract and code."""
    db = session.connection()
    query = (sa.select(*_COLUMNS).join_from(sla.INDICATOR, sla.CONTRACT,
                                            con.id == ind.contract_id)
             .order_by(con.reference, ind.code))
    if contract_id is not None:
        query = query.where(ind.contract_id == contract_id)
    if ids is not None:
        query = query.where(ind.id.in_(list(ids)))
    found = db.execute(query).all()
    if not found:
        return []
    windows = _windows(today, {row.frequency for row in found})
    recent = _recent_values(db, windows, contract_id, ids)
    older = _latest_values(db, [row.id for row in found if row.id not in recent])
    spans = client_breach_spans(found, recent)
    penalties = rules_adapter.indicator_penalties(db, today.year, today, contract_id)
    return [_row(row, today, windows[row.frequency], recent.get(row.id, {}),
                 older.get(row.id), spans, penalties.get(row.id, 0.0)) for row in found]


class _Window(NamedTuple):
    due: dt.date  # the last complete period
    current: dt.date  # the period running today
    first: dt.date  # the first of the three periods ending with `due`


def _windows(today: dt.date, frequencies: Iterable[Frequency]) -> dict[Frequency, _Window]:
    windows = {}
    for frequency in frequencies:
        due = last_complete_period(today, frequency)
        first = previous_period(previous_period(due, frequency), frequency)
        windows[frequency] = _Window(due, period_start(today, frequency), first)
    return windows


def _recent_values(db: sa.Connection, windows: dict[Frequency, _Window],
                   contract_id: int | None, ids: Sequence[int] | None
                   ) -> dict[int, dict[dt.date, float]]:
    """Values of the periods of each indicator's window, by indicator then period."""
    earliest = min(w.first for w in windows.values())
    first_of = sa.case(*((ind.frequency == f, w.first) for f, w in windows.items()),
                       else_=earliest)
    query = (sa.select(mea.indicator_id, mea.period, mea.value)
             .join_from(sla.MEASUREMENT, sla.INDICATOR, ind.id == mea.indicator_id)
             .where(mea.period >= earliest, mea.period >= first_of))
    if contract_id is not None:
        query = query.where(ind.contract_id == contract_id)
    if ids is not None:
        query = query.where(ind.id.in_(list(ids)))
    values: dict[int, dict[dt.date, float]] = defaultdict(dict)
    for indicator_id, period, value in db.execute(query):
        values[indicator_id][period] = value
    return values


def _latest_values(db: sa.Connection, ids: list[int]) -> dict[int, tuple[dt.date, float]]:
    """The latest (period, value) of each of these indicators that has any."""
    latest: dict[int, tuple[dt.date, float]] = {}
    for start in range(0, len(ids), CHUNK):
        # SQLite takes the bare `value` from the row holding max(period)
        query = (sa.select(mea.indicator_id, sa.func.max(mea.period), mea.value)
                 .where(mea.indicator_id.in_(ids[start:start + CHUNK]))
                 .group_by(mea.indicator_id))
        for indicator_id, period, value in db.execute(query):
            latest[indicator_id] = (_as_date(period), value)
    return latest


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


Spans = dict[int, list[tuple[dt.date, dt.date]]]


def client_breach_spans(indicators: Iterable[Any], values: dict[int, dict[dt.date, float]]
                        ) -> Spans:
    """Per contract, the (first day, last day) of the periods where an indicator of the
    client's own inputs was breached, among `values` (by indicator, then period)."""
    spans: Spans = defaultdict(list)
    for row in indicators:
        if row.measured_side is not Side.CLIENT:
            continue
        for period, value in values.get(row.id, {}).items():
            if rules.measure_status(value, row.target, row.alert_threshold,
                                    row.direction) is MeasureStatus.BREACHED:
                spans[row.contract_id].append((period, period_end(period, row.frequency)))
    return spans


def read_with_client(spans: Spans, contract_id: int, period: dt.date,
                     frequency: Frequency) -> bool:
    """True when a client-input breach of the contract overlaps this period."""
    end = period_end(period, frequency)
    return any(first <= end and period <= last for first, last in spans.get(contract_id, ()))


def _row(row: Any, today: dt.date, window: _Window, recent: dict[dt.date, float],
         older: tuple[dt.date, float] | None, spans: Spans, penalty: float) -> IndicatorRow:
    periods = [window.first, next_period(window.first, row.frequency), window.due]
    if window.current in recent:
        periods = [*periods[1:], window.current]
    trend = tuple(TrendPoint(p, recent.get(p)) for p in periods)
    last = max(recent.items()) if recent else older
    status_period, status = _status(row, today, periods[-1], recent, last)
    flagged = (status is MeasureStatus.BREACHED and row.measured_side is Side.SUPPLIER
               and status_period is not None
               and read_with_client(spans, row.contract_id, status_period, row.frequency))
    return IndicatorRow(
        row.id, row.contract_id, row.contract_reference, row.code, row.name, row.category,
        row.unit, row.direction, row.target, row.alert_threshold, row.frequency,
        row.contractual, row.measured_side, last[0] if last else None,
        last[1] if last else None, status_period, status, trend, penalty, flagged)


def _status(row: Any, today: dt.date, period: dt.date, recent: dict[dt.date, float],
            last: tuple[dt.date, float] | None) -> tuple[dt.date | None, MeasureStatus | None]:
    """The status the row shows: of its latest period when measured; « missing » when that
    period is over unmeasured while the contract ran; else of its last value, if any."""
    if period in recent:
        return period, _measure(row, recent[period])
    running = rules_adapter.contract_is_running(
        _Contract(row.contract_status, row.ended_on), today)
    if running and row.start_date <= period_end(period, row.frequency):
        return period, MeasureStatus.MISSING
    if last is None:
        return None, None
    return last[0], _measure(row, last[1])


class _Contract(NamedTuple):
    status: Any
    ended_on: dt.date | None


def _measure(row: Any, value: float) -> MeasureStatus:
    return rules.measure_status(value, row.target, row.alert_threshold, row.direction)
