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
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session

from app.models.enums import (
    ContractStatus,
    Direction,
    Frequency,
    IndicatorCategory,
    LabeledEnum,
    Side,
)
from app.services import rules, rules_adapter, sla
from app.services.periods import (
    last_complete_period,
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


class IndicatorRow(NamedTuple):
    """A line of the indicators table (a named tuple: a large file lists thousands)."""

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


#: The value of an indicator for one of its recent periods, by index: 0 the period running
#: today, 1 the last complete one, 2 and 3 the two before (read through the unique index).
_SLOT = ("(SELECT value FROM measurement WHERE indicator_id = i.id AND period = "
         "CASE i.frequency WHEN 'weekly' THEN :w{n} WHEN 'quarterly' THEN :q{n} "
         "ELSE :m{n} END)")
_LIST = ("SELECT i.id, i.contract_id, c.reference, i.code, i.name, i.category, i.unit, "
         "i.direction, i.target, i.alert_threshold, i.frequency, i.contractual, "
         "i.measured_side, c.start_date, c.status, c.ended_on, "
         + ", ".join(_SLOT.format(n=n) for n in range(4)) +
         " FROM indicator i JOIN contract c ON c.id = i.contract_id {where}")
_ORDER = " ORDER BY c.reference, i.code"
_PREFIX = {Frequency.WEEKLY: "w", Frequency.QUARTERLY: "q", Frequency.MONTHLY: "m"}
_CATEGORIES = {m.value: m for m in IndicatorCategory}
_DIRECTIONS = {m.value: m for m in Direction}
_FREQUENCIES = {m.value: m for m in Frequency}
_SIDES = {m.value: m for m in Side}
_STATUSES = {m.value: m for m in ContractStatus}


def list_indicators(session: Session, today: dt.date, contract_id: int | None = None,
                    ids: Sequence[int] | None = None) -> list[IndicatorRow]:
    """The indicators of one contract (or all, or those of `ids`), by contract and code.

    One query reads each indicator and its values of its last periods (four lookups in the
    unique (indicator, period) index); plain SQL text, so that no column type converts
    thousands of values one by one."""
    db = session.connection()
    slots = _slots(today)
    query, params = _list_query(contract_id, ids)
    found = [_Found(*row) for row in db.execute(query, params | _slot_params(slots)).fetchall()]
    if not found:
        return []
    older = _latest_values(db, [f.id for f in found if f.values == (None,) * 4])
    client = [f for f in found if f.measured_side is Side.CLIENT]
    spans = client_breach_spans(client, {f.id: f.by_period(slots) for f in client})
    # rows by id (one just typed): the penalties and terms of their contracts alone
    contracts = (None if contract_id is None and ids is None
                 else {f.contract_id for f in found})
    penalties = rules_adapter.indicator_penalties(db, today.year, today, contracts, ids)
    running = rules_adapter.running_contracts(db, today, contracts)
    return [_row(f, today, slots[f.frequency], older.get(f.id), spans,
                 penalties.get(f.id, 0.0), f.contract_id in running) for f in found]


def _slots(today: dt.date) -> dict[Frequency, tuple[dt.date, ...]]:
    """Per frequency: the running period, the last complete one, the two before."""
    slots = {}
    for frequency in Frequency:
        due = last_complete_period(today, frequency)
        before = previous_period(due, frequency)
        slots[frequency] = (period_start(today, frequency), due, before,
                            previous_period(before, frequency))
    return slots


def _slot_params(slots: dict[Frequency, tuple[dt.date, ...]]) -> dict[str, str]:
    return {f"{_PREFIX[f]}{n}": period.isoformat()
            for f, periods in slots.items() for n, period in enumerate(periods)}


def _list_query(contract_id: int | None, ids: Sequence[int] | None) -> tuple[Any, dict]:
    conditions, params = [], {}
    if contract_id is not None:
        conditions.append("i.contract_id = :contract")
        params["contract"] = contract_id
    if ids is not None:
        conditions.append("i.id IN :ids")
        params["ids"] = list(ids)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    # some rows by id are looked up by their key: sorting them would walk every contract
    query = sa.text(_LIST.format(where=where) + ("" if ids is not None else _ORDER))
    if ids is not None:
        query = query.bindparams(sa.bindparam("ids", expanding=True))
    return query, params


class _Found:
    """An indicator as the list query reads it, its enums and dates made Python ones."""

    __slots__ = ("category", "code", "contract_id", "contract_status", "contractual",
                 "direction", "ended_on", "frequency", "id", "measured_side", "name",
                 "reference", "start_date", "target", "threshold", "unit", "values")

    def __init__(self, id: int, contract_id: int, reference: str, code: str, name: str,
                 category: str, unit: str, direction: str, target: float,
                 threshold: float | None, frequency: str, contractual: int, side: str,
                 start_date: str, contract_status: str, ended_on: str | None,
                 *values: float | None) -> None:
        self.id, self.contract_id, self.reference, self.code, self.name = (
            id, contract_id, reference, code, name)
        self.category, self.unit = _CATEGORIES[category], unit
        self.direction, self.target, self.threshold = _DIRECTIONS[direction], target, threshold
        self.frequency, self.contractual = _FREQUENCIES[frequency], bool(contractual)
        self.measured_side = _SIDES[side]
        self.start_date = _as_date(start_date)
        self.contract_status = _STATUSES[contract_status]
        self.ended_on = None if ended_on is None else _as_date(ended_on)
        self.values = values

    @property
    def alert_threshold(self) -> float | None:
        return self.threshold

    def by_period(self, slots: dict[Frequency, tuple[dt.date, ...]]) -> dict[dt.date, float]:
        return {p: v for p, v in zip(slots[self.frequency], self.values, strict=True)
                if v is not None}


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


def _row(found: _Found, today: dt.date, slots: tuple[dt.date, ...],
         older: tuple[dt.date, float] | None, spans: Spans, penalty: float,
         running: bool) -> IndicatorRow:
    current, due, before, first = found.values
    if current is None:
        trend = (TrendPoint(slots[3], first), TrendPoint(slots[2], before),
                 TrendPoint(slots[1], due))
    else:
        trend = (TrendPoint(slots[2], before), TrendPoint(slots[1], due),
                 TrendPoint(slots[0], current))
    last = next(((p, v) for p, v in zip(slots, found.values, strict=True) if v is not None),
                older)
    status_period, status = _status(found, trend[-1], last, running)
    flagged = (status is MeasureStatus.BREACHED and found.measured_side is Side.SUPPLIER
               and status_period is not None
               and read_with_client(spans, found.contract_id, status_period, found.frequency))
    return IndicatorRow(
        found.id, found.contract_id, found.reference, found.code, found.name, found.category,
        found.unit, found.direction, found.target, found.threshold, found.frequency,
        found.contractual, found.measured_side, last[0] if last else None,
        last[1] if last else None, status_period, status, trend, penalty, flagged)


def _status(found: _Found, latest: TrendPoint, last: tuple[dt.date, float] | None,
            running: bool) -> tuple[dt.date | None, MeasureStatus | None]:
    """The status the row shows: of its latest period when measured; « missing » when that
    period is over unmeasured and the contract runs (`rules.is_running`: one past its last
    day is no longer watched, as on the dashboard); else of its last value, if any."""
    if latest.value is not None:
        return latest.period, _measure(found, latest.value)
    if running and found.start_date <= period_end(latest.period, found.frequency):
        return latest.period, MeasureStatus.MISSING
    if last is None:
        return None, None
    return last[0], _measure(found, last[1])


def _measure(row: Any, value: float) -> MeasureStatus:
    return rules.measure_status(value, row.target, row.alert_threshold, row.direction)
