"""Fixtures of the unit tests: a small client file where every dashboard alert has a case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlmodel import Session

from app.models import (
    Action,
    ActionStatus,
    Committee,
    CommitteeKind,
    CommitteeStatus,
    Contract,
    ContractKind,
    ContractStatus,
    Direction,
    Frequency,
    Indicator,
    IndicatorCategory,
    Invoice,
    Measurement,
    MilestoneStatus,
    PenaltyKind,
    Priority,
    Renewal,
    ReversibilityMilestone,
    ReversibilityPhase,
    Supplier,
)

#: The scenario's "today": a Tuesday; the last complete month is October 2026.
TODAY = dt.date(2026, 11, 24)
D = dt.date


@dataclass
class Scenario:
    """The ids of what the scenario file holds, by the name the tests use."""

    path: Path
    today: dt.date = TODAY
    ids: dict[str, int] = field(default_factory=dict)


def add_contract(session: Session, supplier: Supplier, reference: str, **fields) -> Contract:
    """A contract of `supplier` (infogérance from 01/01/2025, 36 months, 3 months' notice,
    120 000 € a year), `fields` changing any of it."""
    values = {"title": f"Contrat {reference}", "kind": ContractKind.MANAGED_SERVICES,
              "start_date": D(2025, 1, 1), "initial_duration_months": 36,
              "notice_period_months": 3, "annual_amount": 120_000.0} | fields
    contract = Contract(supplier_id=supplier.id, reference=reference, **values)
    session.add(contract)
    session.flush()
    return contract


def add_indicator(session: Session, contract: Contract, code: str, values: dict, **fields):
    """A service-level indicator of `contract` (≥ 95, alert at 90) with its measurements,
    `values` by period; `fields` change any of it."""
    base = {"name": f"Indicateur {code}", "category": IndicatorCategory.SERVICE_LEVEL,
            "target": 95.0, "alert_threshold": 90.0} | fields
    indicator = Indicator(contract_id=contract.id, code=code, **base)
    session.add(indicator)
    session.flush()
    session.add_all(Measurement(indicator_id=indicator.id, period=p, value=v)
                    for p, v in values.items())
    return indicator


def populate(session: Session) -> dict[str, int]:
    """Fill a client file with one case of every alert, and the cases that must not alert."""
    supplier = Supplier(name="Infogéreur SA")
    session.add(supplier)
    session.flush()
    ids: dict[str, int] = {}
    # Notice deadline 31/12/2026 (37 days): term ends 31/03/2027, 3 months' notice.
    notice = add_contract(session, supplier, "CTR-2024-003", title="Infogérance poste de travail",
                       start_date=D(2024, 4, 1), penalty_cap_percent=10.0,
                       has_penalty_clause=True, annual_budget=100_000.0)
    # Ends on 31/12/2026 without renewal.
    ending = add_contract(session, supplier, "CTR-END", renewal=Renewal.NONE,
                       start_date=D(2024, 1, 1), annual_amount=24_000.0)
    # Its notice deadline (30/09/2026) is missed: it renews, the next one is in 2027.
    missed = add_contract(session, supplier, "CTR-MISSED", start_date=D(2024, 1, 1))
    add_contract(session, supplier, "CTR-FAR")  # deadline 30/09/2027
    old = add_contract(session, supplier, "CTR-OLD", status=ContractStatus.ENDED,
                    start_date=D(2020, 1, 1), renewal=Renewal.NONE)
    add_contract(session, supplier, "CTR-DRAFT", status=ContractStatus.DRAFT,
              start_date=D(2026, 6, 1))
    ids |= {"notice": notice.id, "ending": ending.id, "missed": missed.id, "old": old.id}

    fixed = {"contractual": True, "penalty_kind": PenaltyKind.FIXED, "penalty_amount": 500.0}
    percent = {"contractual": True, "penalty_kind": PenaltyKind.PERCENT, "penalty_percent": 2.0}
    ids["breached"] = add_indicator(session, notice, "SLA-01", {
        D(2025, 12, 1): 80.0,  # last year: no penalty this year
        D(2026, 9, 1): 97.0,
        D(2026, 10, 1): 85.0,  # 10 points × 2 % × 10 000 € = 2 000 € → capped at 1 000 €
    }, **percent).id
    ids["warning"] = add_indicator(session, notice, "SLA-02", {
        D(2026, 3, 1): 10.0,  # breached in March: 500 €
        D(2026, 10, 1): 6.0,  # warning only
    }, direction=Direction.LOWER_IS_BETTER, target=4.0, alert_threshold=8.0, unit="h",
        **fixed).id
    ids["missing"] = add_indicator(session, notice, "SLA-03", {D(2026, 9, 1): 99.0},
                                contractual=True).id
    ids["quarterly"] = add_indicator(session, notice, "SLA-04", {D(2026, 7, 1): 99.0},
                                  frequency=Frequency.QUARTERLY).id
    ids["satisfaction"] = add_indicator(session, notice, "SAT-01", {D(2026, 10, 1): 3.0},
                                     category=IndicatorCategory.SATISFACTION, target=4.0,
                                     alert_threshold=None, unit="/5").id
    ids["old_indicator"] = add_indicator(session, old, "SLA-01", {D(2026, 10, 1): 10.0}).id
    # Weekly, measured: the week before today's is 09/11/2026; nothing to alert.
    add_indicator(session, ending, "WK-01", {D(2026, 11, 16): 99.0},
               frequency=Frequency.WEEKLY, category=IndicatorCategory.RESOURCES)

    session.add_all([
        Invoice(contract_id=notice.id, period=D(2025, 12, 1), amount=10_000.0),
        Invoice(contract_id=notice.id, period=D(2026, 1, 1), amount=10_000.0),
        Invoice(contract_id=notice.id, period=D(2026, 2, 1), amount=12_500.0),
    ])

    def action(title: str, due: dt.date | None, **fields) -> int:
        row = Action(title=title, due_date=due, created_on=D(2026, 1, 1),
                     contract_id=notice.id, **fields)
        session.add(row)
        session.flush()
        return row.id

    ids["late_high"] = action("Plan de remédiation", D(2026, 11, 1), priority=Priority.HIGH)
    ids["late"] = action("Mettre à jour le PAQ", D(2026, 11, 20),
                         status=ActionStatus.IN_PROGRESS)
    action("Fait", D(2026, 10, 1), status=ActionStatus.DONE, closed_on=D(2026, 10, 2))
    action("Annulée", D(2026, 10, 1), status=ActionStatus.CANCELLED)
    action("Pour aujourd'hui", TODAY)
    action("Sans échéance", None)

    def committee(title: str, starts_at: dt.datetime, **fields) -> int:
        row = Committee(kind=CommitteeKind.COPIL, title=title, starts_at=starts_at, **fields)
        session.add(row)
        session.flush()
        return row.id

    ids["committee"] = committee("COPIL de novembre", dt.datetime(2026, 11, 29, 14, 0))
    ids["committee_later"] = committee("COPIL de janvier", dt.datetime(2027, 1, 12, 14, 0))
    committee("COPIL d'octobre", dt.datetime(2026, 10, 27, 14, 0),
              status=CommitteeStatus.MINUTES_SENT)
    committee("COPIL oublié", dt.datetime(2026, 11, 23, 14, 0))

    def milestone(title: str, end: dt.date, status: MilestoneStatus) -> int:
        row = ReversibilityMilestone(contract_id=notice.id, title=title, status=status,
                                     phase=ReversibilityPhase.KNOWLEDGE_TRANSFER,
                                     planned_start=D(2026, 9, 1), planned_end=end)
        session.add(row)
        session.flush()
        return row.id

    ids["milestone_late"] = milestone("Transfert de connaissances", D(2026, 11, 14),
                                      MilestoneStatus.IN_PROGRESS)
    milestone("Préparation", D(2026, 10, 1), MilestoneStatus.DONE)
    milestone("Bascule", D(2027, 1, 15), MilestoneStatus.PLANNED)
    return ids


@pytest.fixture
def scenario(tmp_path: Path) -> Scenario:
    """A saved and closed client file holding `populate`'s data."""
    from app.storage.document import create

    folder = tmp_path / "documents"
    folder.mkdir(exist_ok=True)
    document = create(folder / "scenario.vigie", "Client du scénario")
    with document.session() as session:
        ids = populate(session)
    document.close()
    return Scenario(folder / "scenario.vigie", ids=ids)
