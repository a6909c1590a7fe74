"""A small client file with one committee held and everything its minutes and invitation
read: both sides' contacts (one without e-mail), agenda, decisions, actions, the series."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, select

from app.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Committee,
    CommitteeContract,
    CommitteeParticipant,
    Contact,
    Contract,
    ContractKind,
    Decision,
    Indicator,
    Measurement,
    Supplier,
)
from app.models.enums import (
    ActionStatus,
    Attendance,
    CommitteeKind,
    CommitteeStatus,
    Direction,
    IndicatorCategory,
    PenaltyKind,
    Side,
)

D = dt.date
HELD_AT = dt.datetime(2026, 11, 10, 14, 0)


@dataclass
class MinutesFile:
    """The file's path and the ids of what it holds."""

    path: Path
    ids: dict[str, int] = field(default_factory=dict)


def populate(session: Session) -> dict[str, int]:
    """The committee « COPIL Armor — novembre 2026 » and its surroundings."""
    armor = Supplier(name="Armor & Fils")
    other = Supplier(name="Ligeria")
    session.add_all([armor, other])
    session.flush()
    contracts = [Contract(supplier_id=armor.id, reference=ref, title=title,
                          kind=ContractKind.MANAGED_SERVICES, start_date=D(2024, 1, 1),
                          has_penalty_clause=True)  # owed only with a clause (the rules)
                 for ref, title in (("INF-02", "Infogérance <SI>"), ("INF-01", "Hébergement"))]
    contacts = [
        Contact(name="Claire Martin", role="DSI", email="claire@hexagone.fr", side=Side.CLIENT),
        Contact(name="Paul Petit", role="Responsable infrastructure", email="",
                side=Side.CLIENT),
        Contact(name="Yann Le Gall", role="Directeur de compte", email="yann@armor.fr",
                side=Side.SUPPLIER, supplier_id=armor.id),
        Contact(name="Anne Bodin", role="Achats", email="anne@hexagone.fr", side=Side.CLIENT),
    ]
    session.add_all([*contracts, *contacts])
    session.flush()
    held = _committee(session, "COPIL Armor — novembre 2026", HELD_AT, armor.id,
                      status=CommitteeStatus.HELD, review_period=D(2026, 10, 1))
    for contract in contracts:
        session.add(CommitteeContract(committee_id=held.id, contract_id=contract.id))
    for contact, attendance in zip(contacts, (Attendance.PRESENT, Attendance.EXCUSED,
                                              Attendance.PRESENT, Attendance.ABSENT),
                                   strict=True):
        session.add(CommitteeParticipant(committee_id=held.id, contact_id=contact.id,
                                         attendance=attendance))
    session.add_all([
        AgendaItem(committee_id=held.id, position=2, title="Plan d'actions", notes=""),
        AgendaItem(committee_id=held.id, position=1, title="Indicateurs",
                   notes="Disponibilité & sécurité"),
        Decision(committee_id=held.id, position=2, text="Seconde décision"),
        Decision(committee_id=held.id, position=1, text="Première décision"),
    ])
    late = Action(title="Plan de remédiation", committee_id=held.id, supplier_id=armor.id,
                  owner_id=contacts[2].id, side=Side.SUPPLIER, created_on=D(2026, 11, 10),
                  due_date=D(2026, 11, 20))
    done = Action(title="Mettre à jour le PAQ", committee_id=held.id, supplier_id=armor.id,
                  side=Side.CLIENT, created_on=D(2026, 11, 10), due_date=D(2026, 11, 15),
                  status=ActionStatus.DONE, closed_on=D(2026, 11, 14))
    session.add_all([late, done])
    earlier = _committee(session, "COPIL Armor — octobre 2026", dt.datetime(2026, 10, 13, 14, 0),
                         armor.id, status=CommitteeStatus.MINUTES_SENT)
    carried = Action(title="Renouveler le certificat", committee_id=earlier.id,
                     supplier_id=armor.id, owner_id=contacts[0].id, side=Side.CLIENT,
                     created_on=D(2026, 10, 13), due_date=D(2026, 11, 1))
    session.add(carried)
    session.flush()
    session.add(ActionUpdate(action_id=carried.id, committee_id=held.id, noted_on=D(2026, 11, 10),
                             note="Relancé auprès des achats"))
    _indicators(session, contracts[0].id)
    # The series: a cancelled one, then the next; another supplier's and kind's aside.
    _committee(session, "COPIL annulé", dt.datetime(2026, 12, 1, 14, 0), armor.id,
               status=CommitteeStatus.CANCELLED)
    following = _committee(session, "COPIL Armor — décembre 2026",
                           dt.datetime(2026, 12, 8, 14, 0), armor.id, place="Salle Saône")
    _committee(session, "COPIL Ligeria", dt.datetime(2026, 11, 20, 10, 0), other.id)
    _committee(session, "CoTech Armor", dt.datetime(2026, 11, 17, 9, 0), armor.id,
               kind=CommitteeKind.COTECH)
    session.flush()
    return {"held": held.id, "next": following.id, "late": late.id, "done": done.id,
            "armor": armor.id, "earlier": earlier.id, "carried": carried.id}


def _indicators(session: Session, contract_id: int) -> None:
    """A breached supplier indicator costing 500 €, and a client input met, in 10/2026."""
    availability = Indicator(contract_id=contract_id, code="SLA-01", name="Disponibilité",
                             category=IndicatorCategory.SERVICE_LEVEL, target=99.5,
                             alert_threshold=99.0, contractual=True,
                             penalty_kind=PenaltyKind.FIXED, penalty_amount=500.0)
    inputs = Indicator(contract_id=contract_id, code="CLI-01", name="Demandes complètes",
                       category=IndicatorCategory.CLIENT_INPUTS, target=90.0,
                       direction=Direction.HIGHER_IS_BETTER, measured_side=Side.CLIENT)
    session.add_all([availability, inputs])
    session.flush()
    session.add_all([
        Measurement(indicator_id=availability.id, period=D(2026, 10, 1), value=98.0,
                    comment="Panne du stockage"),
        Measurement(indicator_id=inputs.id, period=D(2026, 10, 1), value=95.0)])


def _committee(session: Session, title: str, starts_at: dt.datetime, supplier_id: int,
               **fields) -> Committee:
    values = {"kind": CommitteeKind.COPIL, "place": "Siège, salle Rhône",
              "duration_minutes": 120} | fields
    committee = Committee(title=title, starts_at=starts_at, supplier_id=supplier_id, **values)
    session.add(committee)
    session.flush()
    return committee


def build(folder: Path) -> MinutesFile:
    """The file, saved and closed, in `folder`."""
    from app.storage.document import create

    folder.mkdir(parents=True, exist_ok=True)
    document = create(folder / "comites.vigie", "Hexagone Distribution")
    with document.session() as session:
        ids = populate(session)
    document.close()
    return MinutesFile(folder / "comites.vigie", ids)


def add_plan(path: Path, contract_reference: str = "INF-02") -> None:
    """A reversibility plan for a contract of the file: one phase done with its PV, one
    late, one to come."""
    from app.models import ReversibilityMilestone
    from app.models.enums import MilestoneStatus, ReversibilityPhase
    from app.storage.document import open_file

    document = open_file(path)
    with document.session() as session:
        contract = session.exec(select(Contract).where(
            Contract.reference == contract_reference)).one()
        for phase, start, end, status, pv in (
                (ReversibilityPhase.PREPARATION, D(2026, 9, 1), D(2026, 9, 30),
                 MilestoneStatus.DONE, True),
                (ReversibilityPhase.KNOWLEDGE_TRANSFER, D(2026, 10, 1), D(2026, 11, 13),
                 MilestoneStatus.IN_PROGRESS, False),
                (ReversibilityPhase.CUTOVER, D(2027, 1, 11), D(2027, 1, 29),
                 MilestoneStatus.PLANNED, False)):
            session.add(ReversibilityMilestone(
                contract_id=contract.id, phase=phase, title=phase.label, planned_start=start,
                planned_end=end, status=status, pv_signed=pv,
                actual_start=start if status is not MilestoneStatus.PLANNED else None,
                actual_end=end if status is MilestoneStatus.DONE else None))
    document.close()
