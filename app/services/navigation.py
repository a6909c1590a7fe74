"""Where to show a thing: the nearest thing above it that has a page of its own."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from app.models import (
    Action,
    Committee,
    CommitteeContract,
    Contact,
    Contract,
    Indicator,
    Measurement,
    ReversibilityMilestone,
    Supplier,
)

#: The things that belong to a contract, by entity kind.
_CONTRACT_OF = {
    "indicator": Indicator,
    "milestone": ReversibilityMilestone,
}


#: The table of each kind of thing a link can lead to.
_TABLES = {"supplier": Supplier, "contact": Contact, "contract": Contract,
           "indicator": Indicator, "measurement": Measurement, "committee": Committee,
           "action": Action, "milestone": ReversibilityMilestone}


def exists(session: Session, entity: str, entity_id: int) -> bool:
    """False when the thing a link leads to was deleted meanwhile (an unknown kind: True)."""
    model = _TABLES.get(entity)
    return model is None or session.get(model, entity_id) is not None


def parent_of(session: Session, entity: str, entity_id: int) -> tuple[str, int] | None:
    """The thing one level up — an indicator's or a milestone's contract, a contract's
    reversibility plan's contract, an action's contract, committee or supplier, a
    committee's (first) contract or supplier — or None when there is none."""
    if entity == "reversibility":  # a contract's plan: the id is the contract's
        return ("contract", entity_id) if session.get(Contract, entity_id) else None
    if entity in _CONTRACT_OF:
        row = session.get(_CONTRACT_OF[entity], entity_id)
        return ("contract", row.contract_id) if row else None
    if entity == "measurement":
        measurement = session.get(Measurement, entity_id)
        return ("indicator", measurement.indicator_id) if measurement else None
    if entity == "action":
        action = session.get(Action, entity_id)
        if action is None:
            return None
        for kind, parent in (("contract", action.contract_id),
                             ("committee", action.committee_id),
                             ("supplier", action.supplier_id)):
            if parent is not None:
                return kind, parent
        return None
    if entity == "committee":
        return _committee_parent(session, entity_id)
    if entity == "contract":
        contract = session.get(Contract, entity_id)
        return ("supplier", contract.supplier_id) if contract else None
    return None


def _committee_parent(session: Session, committee_id: int) -> tuple[str, int] | None:
    contract_id = session.scalar(
        sa.select(CommitteeContract.contract_id)
        .where(CommitteeContract.committee_id == committee_id)
        .order_by(CommitteeContract.contract_id)
        .limit(1))
    if contract_id is not None:
        return "contract", contract_id
    committee = session.get(Committee, committee_id)
    if committee is not None and committee.supplier_id is not None:
        return "supplier", committee.supplier_id
    return None
