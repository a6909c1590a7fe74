"""The one place the Indicateurs page reaches the penalty and budget rules.

The rules themselves live in `app.services.rules` and `app.services.sla` (issue 9 reworks
them: penalty clause, cap basis, periods not over, budget prorated over the days a contract
runs). The page, the grid and the invoices tab call only the functions below, so that
re-pointing them at the reworked rules is a change of this file alone. Nothing here decides
a figure of its own: each function hands plain values to a rule and returns its result.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from app.models.enums import ContractStatus, Direction, Frequency, PenaltyKind
from app.services import rules, sla

con, ind, mea = sla.con, sla.ind, sla.mea
BREACHED = rules.MeasureStatus.BREACHED


def penalty_sentence(values: Mapping[str, Any], contract: Any | None) -> str | None:
    """The penalty rule of an indicator as one French sentence, from the form's values and
    its contract (`has_penalty_clause`, `penalty_cap_percent`, `penalty_cap_basis`), or None
    when the rules cannot say it yet."""
    # TODO(issue 9): call the rules' sentence function once it has landed.
    return None


def penalty_fields_reason(contract: Any | None) -> str | None:
    """Why an indicator's penalty fields are inactive (its contract has no penalty clause),
    or None when they apply."""
    if contract is None or getattr(contract, "has_penalty_clause", True):
        return None
    from app.i18n import tr

    return tr("indicators", "Le contrat {ref} n'a pas de clause de pénalités : ses "
                            "indicateurs ne donnent lieu à aucune pénalité.").format(
        ref=contract.reference)


def indicator_penalties(
    db: sa.Connection, year: int, today: dt.date, contract_id: int | None = None,
    ids: Sequence[int] | None = None,
) -> dict[int, float]:
    """The penalty due this year by each penalised indicator (of one contract, or of
    `ids`, or all), before the contract's cap: the breaches of the year's periods started
    by `today`.

    Only breached measurements are read (narrowed in SQL by `sla`'s twin of the status
    rule), their enum columns as plain text: a large file has thousands of them."""
    text = sa.String()
    query = (
        sa.select(ind.id, sa.type_coerce(ind.frequency, text),
                  sa.type_coerce(ind.direction, text), ind.target, ind.alert_threshold,
                  sa.type_coerce(ind.penalty_kind, text), ind.penalty_amount,
                  ind.penalty_percent, con.annual_amount, mea.value)
        .join_from(sla.MEASUREMENT, sla.INDICATOR, ind.id == mea.indicator_id)
        .join(sla.CONTRACT, con.id == ind.contract_id)
        .where(sla._measures_of(_penalised(contract_id, ids)),
               sa.type_coerce(mea.period, text).between(
                   dt.date(year, 1, 1).isoformat(),
                   min(today, dt.date(year, 12, 31)).isoformat()),
               con.status != ContractStatus.DRAFT,
               sla.status_of_measurements() == BREACHED.value)
    )
    due: dict[int, float] = defaultdict(float)
    for (indicator, frequency, direction, target, threshold, kind, amount, percent,
         annual, value) in db.execute(query).fetchall():
        rule = rules.PenaltyRule(_KINDS[kind], amount, percent)
        fee = rules.period_fee(annual, _FREQUENCIES[frequency])
        due[indicator] += rules.measure_penalty(value, target, threshold,
                                                _DIRECTIONS[direction], rule, fee)
    return {indicator: amount for indicator, amount in due.items() if amount > 0}


def _penalised(contract_id: int | None, ids: Sequence[int] | None) -> sa.Select:
    """The indicators that carry a penalty (of one contract, or among `ids`)."""
    query = sa.select(ind.id).where(ind.contractual, ind.penalty_kind != PenaltyKind.NONE)
    if contract_id is not None:
        query = query.where(ind.contract_id == contract_id)
    if ids is not None:
        query = query.where(ind.id.in_(list(ids)))
    return query


_KINDS = {m.value: m for m in PenaltyKind}
_FREQUENCIES = {m.value: m for m in Frequency}
_DIRECTIONS = {m.value: m for m in Direction}


def contract_penalties(db: sa.Connection, contract_id: int, year: int, today: dt.date
                       ) -> float:
    """A contract's penalties due this year, each period capped as the contract says."""
    last = min(today, dt.date(year, 12, 31))
    owed = sla.contract_penalties(db, dt.date(year, 1, 1), last)
    return next((p.amount for p in owed if p.contract_id == contract_id), 0.0)


def measure_penalty(value: float, indicator: Any) -> float:
    """The penalty one value of an indicator would trigger (before the cap); 0 when the
    indicator carries none. `indicator` has the columns of an indicator and
    `annual_amount`, its contract's."""
    rule = rules.PenaltyRule(indicator.penalty_kind, indicator.penalty_amount,
                             indicator.penalty_percent, indicator.contractual)
    fee = rules.period_fee(indicator.annual_amount, indicator.frequency)
    return rules.measure_penalty(value, indicator.target, indicator.alert_threshold,
                                 indicator.direction, rule, fee)


@dataclass(frozen=True)
class Budget:
    """A contract's budget for a year, as the rules compute it."""

    planned: float
    expected: float  # what should be consumed by `today`
    consumed: float  # invoiced, disputed invoices left out
    disputed: float
    consumed_percent: float | None
    contractual_daily_rate: float | None
    actual_daily_rate: float | None
    daily_rate_gap_percent: float | None


def budget(contract: Any, invoices: Iterable[Any], year: int, today: dt.date) -> Budget:
    """The year's budget of `contract` (its columns) over its `invoices` of that year
    (`amount`, `days_billed`, `disputed`)."""
    # TODO(issue 9): expected amounts prorated over the days the contract runs.
    invoices = list(invoices)
    planned = rules.planned_budget(contract.annual_budget, contract.annual_amount)
    counted = [i for i in invoices if not i.disputed]
    consumed = sum(i.amount for i in counted)
    actual = rules.actual_daily_rate((i.amount, i.days_billed) for i in counted)
    return Budget(
        planned=planned,
        expected=expected_at(contract, planned, year, today),
        consumed=consumed,
        disputed=sum(i.amount for i in invoices if i.disputed),
        consumed_percent=rules.consumed_percent(consumed, planned),
        contractual_daily_rate=contract.daily_rate,
        actual_daily_rate=actual,
        daily_rate_gap_percent=rules.daily_rate_gap_percent(actual, contract.daily_rate),
    )


def expected_at(contract: Any, planned: float, year: int, day: dt.date) -> float:
    """What should have been invoiced on `contract` by the end of `day`."""
    return rules.expected_consumption(planned, year, day)



def contract_is_running(contract: Any, today: dt.date) -> bool:
    """True while a contract is in force: its indicators are then due every period."""
    # TODO(issue 9): the derived lifecycle (a term over without renewal is ended).
    return contract.status in sla.ACTIVE_STATUSES and (
        contract.ended_on is None or contract.ended_on > today)
