"""The reversibility page's reads: the contracts to choose from (those with a plan first),
one contract with the dates a plan aims at, who can own a milestone, and all the page shows
in one call (`plan_page`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import Contract, Supplier
from app.models.enums import Side
from app.services import rules
from app.services.reversibility_status import (
    CON,
    CTT,
    MIL,
    SUP,
    PlanStatus,
    checklist_of,
    milestones_of,
    status_of,
)


@dataclass(frozen=True)
class PlanContract:
    """A contract as the reversibility page offers it, with the dates a plan aims at."""

    id: int
    reference: str
    title: str
    supplier_id: int
    supplier_name: str
    has_clause: bool
    has_plan: bool
    ended: bool = False
    term_end: dt.date | None = None
    notice_deadline: dt.date | None = None
    contract_end: dt.date | None = None

    @property
    def group(self) -> int:
        """Where the chooser lists it: 0 with a plan, 1 with a reversibility clause,
        2 the other running contracts, 3 ended contracts that kept their plan."""
        if self.ended:
            return 3
        return 0 if self.has_plan else 1 if self.has_clause else 2



def plan_contracts(session: Session, today: dt.date) -> list[PlanContract]:
    """The contracts a plan can be made for: those with a plan first, then those with a
    reversibility clause, the others, and last the ones ended at `today` (marked so, or
    past their last day: `rules.is_ended`) that have a plan."""
    planned = sa.select(MIL.contract_id).distinct().subquery()
    query = (
        sa.select(CON.id, CON.reference, CON.title, CON.supplier_id,
                  SUP.name.label("supplier_name"), CON.has_reversibility_clause,
                  planned.c.contract_id.label("planned"), *_TERMS)
        .join_from(Contract.__table__, Supplier.__table__, SUP.id == CON.supplier_id)
        .outerjoin(planned, planned.c.contract_id == CON.id)
    )
    rows = []
    for row in session.connection().execute(query):
        ended = rules.is_ended(rules.ContractTerms.of(row), today)
        if ended and row.planned is None:
            continue
        rows.append(PlanContract(row.id, row.reference, row.title, row.supplier_id,
                                 row.supplier_name, bool(row.has_reversibility_clause),
                                 row.planned is not None, ended))
    rows.sort(key=lambda c: (c.group, c.reference.casefold()))
    return rows


#: The columns `rules.ContractTerms` reads.
_TERMS = (CON.start_date, CON.initial_duration_months, CON.renewal, CON.renewal_period_months,
          CON.notice_period_months, CON.ended_on, CON.status)


def plan_contract(session: Session, contract_id: int, today: dt.date) -> PlanContract | None:
    """One contract with the dates a plan aims at (term end, notice deadline, end)."""
    row = session.connection().execute(
        sa.select(Contract.__table__, SUP.name.label("supplier_name"))
        .join_from(Contract.__table__, Supplier.__table__, SUP.id == CON.supplier_id)
        .where(CON.id == contract_id)).first()
    if row is None:
        return None
    has_plan = session.connection().execute(
        sa.select(MIL.id).where(MIL.contract_id == contract_id).limit(1)).first() is not None
    terms = rules.ContractTerms.of(row)
    return PlanContract(row.id, row.reference, row.title, row.supplier_id, row.supplier_name,
                        bool(row.has_reversibility_clause), has_plan,
                        rules.is_ended(terms, today),
                        rules.current_term_end(terms, today),
                        rules.next_notice_deadline(terms, today),
                        rules.contract_end(terms, today))


def milestone_contract(session: Session, milestone_id: int) -> int | None:
    """The contract a milestone belongs to (None when it no longer exists)."""
    return session.connection().execute(
        sa.select(MIL.contract_id).where(MIL.id == milestone_id)).scalar()


@dataclass(frozen=True)
class OwnerChoice:
    """A contact who can own a milestone or a checklist item."""

    id: int
    name: str
    role: str
    side: Side

    @property
    def label(self) -> str:
        """« Claire Morel (client, DSI) »."""
        side = tr("reversibility", "client") if self.side is Side.CLIENT else tr(
            "reversibility", "prestataire")
        return f"{self.name} ({side}{', ' + self.role if self.role else ''})"


def owner_choices(session: Session, supplier_id: int | None) -> list[OwnerChoice]:
    """The client's own contacts, then the supplier's, each by name."""
    query = (sa.select(CTT.id, CTT.name, CTT.role, CTT.side)
             .where(sa.or_(CTT.supplier_id.is_(None), CTT.supplier_id == supplier_id))
             .order_by(CTT.side, sa.func.lower(CTT.name)))
    return [OwnerChoice(r.id, r.name, r.role, r.side)
            for r in session.connection().execute(query)]



# -- the page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanPage:
    """What the reversibility page shows: the contracts to choose from, the chosen one with
    its plan's status (milestones and checklist), and who can own a milestone."""

    contracts: list[PlanContract]
    contract: PlanContract | None
    status: PlanStatus | None
    owners: list[OwnerChoice]


def plan_page(session: Session, contract_id: int | None, today: dt.date) -> PlanPage:
    """The page for `contract_id`, or for the first contract listed when it is not."""
    contracts = plan_contracts(session, today)
    if contract_id not in {c.id for c in contracts}:
        contract_id = contracts[0].id if contracts else None
    contract = None if contract_id is None else plan_contract(session, contract_id, today)
    if contract is None:
        return PlanPage(contracts, None, None, [])
    status = status_of(contract.id, contract.reference, contract.title,
                       contract.supplier_name, today, milestones_of(session, contract.id, today),
                       checklist_of(session, contract.id))
    return PlanPage(contracts, contract, status, owner_choices(session, contract.supplier_id))
