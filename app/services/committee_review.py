"""The indicator review of a committee: each indicator of its contracts for its period.

The review reads, for every indicator of the committee's contracts, the measurement of the
period it reviews (a month; a quarterly indicator gives its quarter, a weekly one the last
week that ends in the month), its status from `rules`, the penalty it costs and the
supplier's comment. Indicators that measure the client's own inputs come apart, so that
the supplier's figures are read beside them. Penalties are computed in one place,
`review_penalties`, over `app.services.penalties`: each measurement's before and after
its contract's cap.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace

import sqlalchemy as sa
from sqlmodel import Session

from app.models import Committee, CommitteeContract, Contract, Indicator, Measurement
from app.models.enums import Direction, Frequency, IndicatorCategory, Side
from app.services import penalties, rules
from app.services.periods import period_end, period_start
from app.services.rules import MeasureStatus

ind, mea = Indicator.__table__.c, Measurement.__table__.c
con, lnk = Contract.__table__.c, CommitteeContract.__table__.c


@dataclass(frozen=True)
class ReviewLine:
    """One indicator in the review: its period's value, status, penalty and comment."""

    indicator_id: int
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
    period: dt.date
    value: float | None
    status: MeasureStatus | None  # None: the period is not over and nothing is measured
    penalty: float  # before the contract's cap; 0 when none
    comment: str
    owed: float = 0.0  # what it costs once its contract's cap applies


@dataclass(frozen=True)
class ReviewPenalty:
    """What one contract owes for the reviewed period, before and after its cap."""

    contract_id: int
    reference: str
    uncapped: float
    amount: float


@dataclass(frozen=True)
class IndicatorReview:
    """The review of a committee's period; empty when the committee reviews none."""

    period: dt.date | None
    lines: tuple[ReviewLine, ...] = ()
    penalties: tuple[ReviewPenalty, ...] = ()

    @property
    def supplier_lines(self) -> tuple[ReviewLine, ...]:
        """The indicators of the supplier's performance."""
        return tuple(line for line in self.lines if line.measured_side is Side.SUPPLIER)

    @property
    def client_lines(self) -> tuple[ReviewLine, ...]:
        """The indicators of the client's own inputs, read beside the supplier's."""
        return tuple(line for line in self.lines if line.measured_side is Side.CLIENT)

    @property
    def total_penalty(self) -> float:
        """The penalties of every contract, each capped."""
        return sum(p.amount for p in self.penalties)

    def count(self, status: MeasureStatus) -> int:
        return sum(1 for line in self.lines if line.status is status)


def reviewed_period(review_period: dt.date, frequency: Frequency) -> dt.date:
    """The period of an indicator that a committee reviewing `review_period`'s month reads."""
    if frequency is Frequency.WEEKLY:
        after_month = period_end(review_period, Frequency.MONTHLY) + dt.timedelta(days=1)
        return period_start(after_month, Frequency.WEEKLY) - dt.timedelta(weeks=1)
    return period_start(review_period, frequency)


def indicator_review(session: Session, committee_id: int, today: dt.date) -> IndicatorReview:
    """The review of a committee's period, indicators by contract and code."""
    committee = Committee.__table__.c
    review_period = session.scalar(
        sa.select(committee.review_period).where(committee.id == committee_id))
    if review_period is None:
        return IndicatorReview(None)
    query = (
        sa.select(ind.id, ind.contract_id, con.reference, ind.code, ind.name, ind.category,
                  ind.unit, ind.direction, ind.target, ind.alert_threshold, ind.frequency,
                  ind.contractual, ind.measured_side, ind.penalty_kind, ind.penalty_amount,
                  ind.penalty_percent, con.annual_amount, con.penalty_cap_percent)
        .join_from(Indicator.__table__, Contract.__table__, con.id == ind.contract_id)
        .where(ind.contract_id.in_(sa.select(lnk.contract_id)
                                   .where(lnk.committee_id == committee_id)))
        .order_by(con.reference, ind.code)
    )
    indicators = session.connection().execute(query).all()
    periods = {f: reviewed_period(review_period, f) for f in Frequency}
    measured = _measurements(session, [row.id for row in indicators], set(periods.values()))
    lines = []
    for row in indicators:
        frequency = Frequency(row.frequency)
        period = periods[frequency]
        value, comment = measured.get((row.id, period), (None, ""))
        status = rules.period_status(value, row.target, row.alert_threshold,
                                     Direction(row.direction), period=period,
                                     frequency=frequency, today=today)
        lines.append(ReviewLine(
            row.id, row.contract_id, row.reference, row.code, row.name,
            IndicatorCategory(row.category), row.unit, Direction(row.direction), row.target,
            row.alert_threshold, frequency, row.contractual, Side(row.measured_side), period,
            value, status, 0.0, comment))
    priced, owed = review_penalties(session, lines, today)
    return IndicatorReview(review_period, tuple(priced), tuple(owed))


def _measurements(session: Session, indicator_ids: list[int], periods: set[dt.date]
                  ) -> dict[tuple[int, dt.date], tuple[float, str]]:
    if not indicator_ids:
        return {}
    query = (sa.select(mea.indicator_id, mea.period, mea.value, mea.comment)
             .where(mea.indicator_id.in_(indicator_ids), mea.period.in_(periods)))
    return {(i, period): (value, comment)
            for i, period, value, comment in session.connection().execute(query)}


def review_penalties(session: Session, lines: list[ReviewLine], today: dt.date
                     ) -> tuple[list[ReviewLine], list[ReviewPenalty]]:
    """Each line's penalty before and after its contract's cap, and each contract's totals:
    the one adapter over the rules (`penalties.penalty_shares`, which applies the penalty
    clause, the periods over at `today` and the cap over its basis' period)."""
    reviewed = {(line.indicator_id, line.period) for line in lines}
    contract_ids = sorted({line.contract_id for line in lines})
    if not lines:
        return [], []
    first = min(line.period for line in lines)
    last = max(period_end(line.period, line.frequency) for line in lines)
    before: dict[tuple[int, dt.date], float] = defaultdict(float)
    owed: dict[tuple[int, dt.date], float] = defaultdict(float)
    for share in penalties.penalty_shares(session, today, first, last, contract_ids):
        key = (share.indicator_id, share.period)
        if key in reviewed:
            before[key] += share.before_cap
            owed[key] += share.owed
    priced = [replace(line, penalty=before[key], owed=owed[key])
              for line in lines for key in [(line.indicator_id, line.period)]]
    totals: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])
    references = {line.contract_id: line.contract_reference for line in lines}
    for line in priced:
        totals[line.contract_id][0] += line.penalty
        totals[line.contract_id][1] += line.owed
    return priced, [ReviewPenalty(cid, references[cid], uncapped, capped)
                    for cid, (uncapped, capped) in totals.items() if uncapped > 0]
