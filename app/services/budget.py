"""The budget of the year, per contract: planned and expected over the days it runs,
invoiced with credit notes deducted, disputed invoices apart (conventions: `rules`
"Budget"). The dashboard reads every contract's line; a contract's own page, one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session

from app.models import Contract, Invoice
from app.models.enums import ContractStatus, InvoiceStatus
from app.services import rules

CON, INV = Contract.__table__.c, Invoice.__table__.c


class BudgetLine(NamedTuple):
    """A contract's budget for the year: planned over the days it runs in the year, invoiced
    (credit notes deducted, disputed invoices apart), expected by the last complete month."""

    reference: str
    planned: float
    invoiced: float
    expected: float
    disputed: float = 0.0


def budget_lines(db: sa.Connection, contracts: Iterable[Any], today: dt.date) -> list[BudgetLine]:
    """A line per contract (rows with the contract's columns) that runs part of `today`'s
    year, in the order given; drafts and contracts ended on no recorded day are left out."""
    year = today.year
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    lines, shown = [], []
    for row in contracts:
        end = _end_in(row)
        if end is not False and rules.running_days(row.start_date, end, first, last) > 0:
            shown.append((row, end))
    sums = _invoiced(db, first, last, [row.id for row, _ in shown])
    for row, end in shown:
        annual = rules.planned_budget(row.annual_budget, row.annual_amount)
        lines.append(BudgetLine(
            row.reference, rules.planned_for_year(annual, row.start_date, end, year),
            sums.get((row.id, False), 0.0),
            rules.expected_to_date(annual, row.start_date, end, today),
            sums.get((row.id, True), 0.0)))
    return lines


def contract_budget(session: Session, contract_id: int, today: dt.date) -> BudgetLine | None:
    """One contract's line for `today`'s year (None when it does not run in that year)."""
    db = session.connection()
    rows = db.execute(sa.select(Contract.__table__).where(CON.id == contract_id)).all()
    lines = budget_lines(db, rows, today)
    return lines[0] if lines else None


def _end_in(row: Any) -> dt.date | bool | None:
    """The contract's last day (None: it renews), or False when it has no budget to show:
    a draft, or a contract marked ended on a day nobody recorded."""
    if row.status is ContractStatus.DRAFT or (row.status is ContractStatus.ENDED
                                              and row.ended_on is None):
        return False
    return rules.end_date(rules.ContractTerms.of(row))


def _invoiced(
    db: sa.Connection, first: dt.date, last: dt.date, contract_ids: list[int]
) -> dict[tuple[int, bool], float]:
    """The year's invoices summed by (contract, disputed or not)."""
    if not contract_ids:
        return {}
    disputed = INV.status == InvoiceStatus.DISPUTED
    query = (sa.select(INV.contract_id, disputed, sa.func.sum(INV.amount))
             .where(INV.period.between(first, last))
             .group_by(INV.contract_id, disputed))
    if len(contract_ids) == 1:
        query = query.where(INV.contract_id == contract_ids[0])
    return {(contract_id, bool(is_disputed)): float(amount or 0.0)
            for contract_id, is_disputed, amount in db.execute(query)}
