"""A contract's invoices (credit notes are negative amounts) and its budget for a year:
planned against consumed, disputed invoices apart, the actual daily rate against the
contractual TJM, and the year's penalties to deduct. The figures come from the rules,
through `app.services.rules_adapter`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import Contract, Invoice
from app.models.enums import ContractKind, Frequency, InvoiceStatus
from app.services import rules_adapter
from app.services.parsing import parse_french_number, parse_month
from app.services.periods import add_months, period_end
from app.services.text import fold

INV, CON = Invoice.__table__.c, Contract.__table__.c
REFERENCE_MAX = 60
#: Contracts billed by the day, whose actual daily rate is compared with their TJM.
BILLED_BY_DAY = (ContractKind.ATU, ContractKind.ATG)


@dataclass(frozen=True)
class InvoiceValues:
    """The fields of an invoice."""

    period: dt.date
    amount: float  # negative for a credit note (avoir)
    days_billed: float | None = None
    reference: str = ""
    status: InvoiceStatus = InvoiceStatus.RECEIVED

    @property
    def disputed(self) -> bool:
        return self.status is InvoiceStatus.DISPUTED

    @property
    def daily_rate(self) -> float | None:
        """Amount ÷ days billed, for an invoice that bills days."""
        return self.amount / self.days_billed if self.days_billed else None


@dataclass(frozen=True)
class InvoiceRow:
    """A line of the invoices grid."""

    id: int
    values: InvoiceValues


def list_invoices(session: Session, contract_id: int, year: int | None = None
                  ) -> list[InvoiceRow]:
    """The contract's invoices (of one year, or all), by period then entry order."""
    query = (sa.select(INV.id, INV.period, INV.amount, INV.days_billed, INV.reference,
                       INV.status)
             .where(INV.contract_id == contract_id).order_by(INV.period, INV.id))
    if year is not None:
        query = query.where(INV.period.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    return [InvoiceRow(row.id, InvoiceValues(*row[1:]))
            for row in session.connection().execute(query)]


def invoice_years(session: Session, contract_id: int, today: dt.date) -> list[int]:
    """The years the contract has invoices in, and this year, newest first."""
    years = {today.year}
    query = sa.select(sa.func.distinct(sa.func.strftime("%Y", INV.period))).where(
        INV.contract_id == contract_id)
    years |= {int(year) for (year,) in session.connection().execute(query) if year}
    return sorted(years, reverse=True)


def write_invoices(session: Session, contract_id: int,
                   changes: Mapping[int, InvoiceValues | None]) -> dict[int, InvoiceValues | None]:
    """Set each invoice (by id) to its values, creating it with that id when absent, or
    delete it (None), in one session; returns what each was before (None: absent)."""
    db = session.connection()
    table = Invoice.__table__
    before = {row.id: InvoiceValues(*row[1:]) for row in db.execute(
        sa.select(INV.id, INV.period, INV.amount, INV.days_billed, INV.reference, INV.status)
        .where(INV.id.in_(list(changes))))}
    for invoice_id, values in changes.items():
        if values is None:
            db.execute(sa.delete(table).where(INV.id == invoice_id))
        elif invoice_id in before:
            db.execute(sa.update(table).where(INV.id == invoice_id).values(_columns(values)))
        else:
            db.execute(sa.insert(table).values(id=invoice_id, contract_id=contract_id,
                                               **_columns(values)))
    return {invoice_id: before.get(invoice_id) for invoice_id in changes}


def _columns(values: InvoiceValues) -> dict[str, Any]:
    return {"period": values.period, "amount": float(values.amount),
            "days_billed": values.days_billed, "reference": values.reference.strip(),
            "status": values.status}


def next_invoice_ids(session: Session, count: int) -> list[int]:
    """Ids for `count` new invoices (after the highest one in the file)."""
    highest = session.connection().execute(sa.select(sa.func.max(INV.id))).scalar() or 0
    return list(range(highest + 1, highest + 1 + count))


# -- what a user types in a cell --------------------------------------------------------------

FIELDS = ("period", "amount", "days_billed", "reference", "status")


def parse_field(field: str, text: str) -> Any:
    """The value typed in an invoice's `field`; raises ValueError with a French reason."""
    text = text.strip()
    if field == "period":
        return parse_month(text)
    if field == "amount":
        return float(parse_french_number(text))
    if field == "days_billed":
        if not text:
            return None
        days = float(parse_french_number(text))
        if days < 0:
            raise ValueError(tr("invoices", "Un nombre de jours ne peut pas être négatif."))
        return days
    if field == "reference":
        if len(text) > REFERENCE_MAX:
            raise ValueError(tr("invoices", "{n} caractères au plus.").format(n=REFERENCE_MAX))
        return text
    return parse_status(text)


def parse_status(text: str) -> InvoiceStatus:
    """The status a text names (« validée », « contestee », « reçue », or its start)."""
    typed = fold(text.strip())
    if typed:
        for status in InvoiceStatus:
            if fold(status.label).startswith(typed) or status.value == typed:
                return status
    raise ValueError(tr("invoices", "« {text} » n'est pas un statut : Reçue, Validée ou "
                                    "Contestée.").format(text=text.strip()))


# -- the budget -------------------------------------------------------------------------------


class MonthBudget(NamedTuple):
    """A month of the year: invoiced (disputed apart) and expected to date at its end."""

    month: dt.date
    consumed: float
    disputed: float
    expected: float  # cumulated, at the month's end


@dataclass(frozen=True)
class BudgetSummary:
    """A contract's budget for a year, its months, and the penalties to deduct."""

    year: int
    reference: str
    billed_by_day: bool
    figures: rules_adapter.Budget
    penalties_due: float
    months: tuple[MonthBudget, ...]
    at: dt.date  # the day the figures are computed at (within the year)

    @property
    def net(self) -> float:
        """Consumed less the penalties to deduct."""
        return self.figures.consumed - self.penalties_due


def budget_summary(session: Session, contract_id: int, year: int, today: dt.date
                   ) -> BudgetSummary | None:
    """The contract's budget for `year` at `today` (None when the contract is gone)."""
    db = session.connection()
    contract = db.execute(sa.select(Contract.__table__).where(CON.id == contract_id)).first()
    if contract is None:
        return None
    invoices = [row.values for row in list_invoices(session, contract_id, year)]
    at = min(max(today, dt.date(year, 1, 1)), dt.date(year, 12, 31))
    figures = rules_adapter.budget(contract, invoices, year, today)
    months = tuple(_month(contract, figures.planned, invoices, dt.date(year, m, 1))
                   for m in range(1, 13))
    penalties = rules_adapter.contract_penalties(db, contract_id, year, today)
    return BudgetSummary(year, contract.reference, contract.kind in BILLED_BY_DAY, figures,
                         penalties, months, at)


def _month(contract: Any, planned: float, invoices: list[InvoiceValues], month: dt.date
           ) -> MonthBudget:
    of_month = [i for i in invoices if i.period.replace(day=1) == month]
    end = period_end(month, Frequency.MONTHLY)
    return MonthBudget(month, sum(i.amount for i in of_month if not i.disputed),
                       sum(i.amount for i in of_month if i.disputed),
                       rules_adapter.expected_at(contract, planned, month.year, end))


def next_month(rows: list[InvoiceRow], today: dt.date) -> dt.date:
    """The period a new invoice most likely bills: the month after the last one, or the
    previous month when there is none."""
    if rows:
        return add_months(max(row.values.period for row in rows).replace(day=1), 1)
    return add_months(today.replace(day=1), -1)
