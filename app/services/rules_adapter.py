"""The one place the Indicateurs page reaches the penalty and budget rules.

The rules themselves live in `app.services.rules` (conventions: penalty clause, cap basis
and period, periods not over, budget prorated over the days a contract runs, derived
lifecycle) and `app.services.penalties` (the penalties owed after each contract's cap, the
rule in one sentence). The page, the grid and the invoices tab call only the functions
below. Nothing here decides a figure of its own: each function hands plain values to a rule
and returns its result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from app.services import penalties, rules, sla

con = sla.con


def penalty_sentence(values: Mapping[str, Any], contract: Any | None) -> str | None:
    """The penalty rule of an indicator as one French sentence, from the form's values and
    its contract (`has_penalty_clause`, `penalty_cap_percent`, `penalty_cap_basis`); None
    without a contract, or when `penalty_fields_reason` already says why nothing is owed."""
    if contract is None or penalty_fields_reason(contract) is not None:
        return None
    return penalties.describe_penalty_rule(values, contract)


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
    db: sa.Connection, year: int, today: dt.date, contract_ids: Collection[int] | None = None,
    ids: Sequence[int] | None = None,
) -> dict[int, float]:
    """The penalty due for `year` by each penalised indicator (of these contracts, or of
    `ids`, or all), after its contract's cap: the periods of the year over at `today`
    (`penalties.penalty_shares`, which says how a capped total is shared). A cap is its
    contract's: `ids` with their contracts give the same figures, sooner."""
    shares = penalties.penalty_shares(db, today, dt.date(year, 1, 1), dt.date(year, 12, 1),
                                      contract_ids)
    owed = penalties.owed_by(shares, "indicator_id")
    wanted = None if ids is None else set(ids)
    return {indicator: amount for indicator, amount in owed.items()
            if round(amount, 2) > 0 and (wanted is None or indicator in wanted)}


def contract_penalties(db: sa.Connection, contract_id: int, year: int, today: dt.date
                       ) -> float:
    """A contract's penalties due for `year` at `today`, after its cap."""
    shares = penalties.penalty_shares(db, today, dt.date(year, 1, 1), dt.date(year, 12, 1),
                                      [contract_id])
    return sum(share.owed for share in shares)


def measure_penalty(value: float, indicator: Any) -> float:
    """The penalty one value of an indicator would trigger (before the cap); 0 when the
    indicator carries none or its contract has no penalty clause. `indicator` has the
    columns of an indicator, `annual_amount` and `has_penalty_clause`, its contract's."""
    if not getattr(indicator, "has_penalty_clause", True):
        return 0.0
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
    (`amount`, `days_billed`, `disputed`): planned over the days it runs in the year,
    expected by the end of the last complete month (`rules` "Budget")."""
    invoices = list(invoices)
    annual, end = _annual_and_end(contract)
    planned = rules.planned_for_year(annual, contract.start_date, end, year)
    counted = [i for i in invoices if not i.disputed]
    consumed = sum(i.amount for i in counted)
    actual = rules.actual_daily_rate((i.amount, i.days_billed) for i in counted)
    return Budget(
        planned=planned,
        expected=_expected(contract, year, today),
        consumed=consumed,
        disputed=sum(i.amount for i in invoices if i.disputed),
        consumed_percent=rules.consumed_percent(consumed, planned),
        contractual_daily_rate=contract.daily_rate,
        actual_daily_rate=actual,
        daily_rate_gap_percent=rules.daily_rate_gap_percent(actual, contract.daily_rate),
    )


def expected_at(contract: Any, planned: float, year: int, day: dt.date) -> float:
    """What should have been invoiced on `contract` by the end of `day` (within `year`), at
    the planned daily pace over the days it ran (`planned` is the year's, kept for the
    callers: the pace is the annual one)."""
    annual, end = _annual_and_end(contract)
    return rules.expected_by(annual, contract.start_date, end, day)


def _expected(contract: Any, year: int, today: dt.date) -> float:
    """Expected for `year` seen at `today`: by the last complete month this year, the whole
    plan for a year gone by, nothing yet for a year to come."""
    annual, end = _annual_and_end(contract)
    if year == today.year:
        return rules.expected_to_date(annual, contract.start_date, end, today)
    if year < today.year:
        return rules.expected_by(annual, contract.start_date, end, dt.date(year, 12, 31))
    return 0.0


def _annual_and_end(contract: Any) -> tuple[float, dt.date | None]:
    """The contract's yearly planned amount and its last day (None while it renews)."""
    annual = rules.planned_budget(contract.annual_budget, contract.annual_amount)
    return annual, rules.end_date(rules.ContractTerms.of(contract))


def running_contracts(db: sa.Connection, today: dt.date,
                      among: Collection[int] | None = None) -> set[int]:
    """The contracts in force at `today` (derived: a term over without renewal has ended),
    whose indicators are due every period; of `among` only, if given."""
    query = sa.select(con.id, con.start_date, con.initial_duration_months, con.renewal,
                      con.renewal_period_months, con.notice_period_months, con.ended_on,
                      con.status)
    if among is not None:
        query = query.where(con.id.in_(list(among)))
    return {row.id for row in db.execute(query)
            if rules.is_running(rules.ContractTerms.of(row), today)}
