"""A client file for the committees and actions tests: a COPIL series with its actions.

Today is Tuesday 24/11/2026 (tests/conftest.py). Armor's COPIL meets on the 2nd Tuesday
at 14:00: 08/09, 13/10 and 10/11/2026 (held, reviewing October). What each action is
there for is said beside it; the tests name things by the keys of `ids`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlmodel import Session

from app.models import (
    Action,
    ActionStatus,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Committee,
    CommitteeContract,
    CommitteeKind,
    CommitteeParticipant,
    CommitteeStatus,
    Contact,
    Contract,
    ContractKind,
    Decision,
    Direction,
    Frequency,
    Indicator,
    IndicatorCategory,
    Measurement,
    PenaltyKind,
    Priority,
    Side,
    Supplier,
)

D = dt.date
OCTOBER = D(2026, 10, 1)


def _add(session: Session, row):
    session.add(row)
    session.flush()
    return row.id


def _committee(session: Session, ids: dict, key: str, supplier: int, day: dt.date,
               status: CommitteeStatus, contracts: tuple[str, ...], **fields) -> int:
    previous_month = (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    values = {"kind": CommitteeKind.COPIL, "title": f"COPIL Armor — {key}",
              "place": "Siège, salle Rhône", "duration_minutes": 120,
              "review_period": previous_month} | fields
    ids[key] = _add(session, Committee(supplier_id=supplier, status=status,
                                       starts_at=dt.datetime.combine(day, dt.time(14, 0)),
                                       **values))
    for contract in contracts:
        session.add(CommitteeContract(committee_id=ids[key], contract_id=ids[contract]))
    return ids[key]


def _people(session: Session, ids: dict) -> None:
    ids["armor"] = _add(session, Supplier(name="Armor Infogérance"))
    ids["nova"] = _add(session, Supplier(name="Nova Régie"))
    people = (("marion", "Marion Boyer", "DSI", None, Side.CLIENT),
              ("paul", "Paul Girard", "Responsable infrastructure", None, Side.CLIENT),
              ("karine", "Karine Picard", "Service Delivery Manager", "armor", Side.SUPPLIER),
              ("luc", "Luc Martin", "Responsable de compte", "armor", Side.SUPPLIER),
              ("anne", "Anne Roux", "Directrice de projet", "nova", Side.SUPPLIER))
    for key, name, role, supplier, side in people:
        ids[key] = _add(session, Contact(name=name, role=role, side=side,
                                         supplier_id=ids[supplier] if supplier else None,
                                         email=f"{key}@example.fr"))


def _contracts(session: Session, ids: dict) -> None:
    def contract(key: str, supplier: str, **fields) -> None:
        ids[key] = _add(session, Contract(
            supplier_id=ids[supplier], reference=key, title=f"Contrat {key}",
            kind=ContractKind.MANAGED_SERVICES, start_date=D(2025, 1, 1), **fields))

    # 120 000 € a year: a month's fee is 10 000 €, its penalties capped at 10 %, 1 000 €.
    contract("INF", "armor", annual_amount=120_000.0, penalty_cap_percent=10.0,
             has_penalty_clause=True)
    contract("CDS", "armor", annual_amount=60_000.0, has_penalty_clause=True)
    contract("NOVA-1", "nova", annual_amount=30_000.0)


def _indicators(session: Session, ids: dict) -> None:
    def indicator(key: str, contract: str, values: dict, **fields) -> None:
        base = {"name": f"Indicateur {key}", "category": IndicatorCategory.SERVICE_LEVEL,
                "target": 95.0, "alert_threshold": 90.0} | fields
        ids[key] = _add(session, Indicator(contract_id=ids[contract], code=key, **base))
        for period, (value, comment) in values.items():
            session.add(Measurement(indicator_id=ids[key], period=period, value=value,
                                    comment=comment))

    # 10 points under target at 2 % of 10 000 € a point: 2 000 €, before the cap.
    indicator("SLA-01", "INF", {OCTOBER: (85.0, "Pic d'activité des soldes"),
                                D(2026, 9, 1): (97.0, "")},
              contractual=True, penalty_kind=PenaltyKind.PERCENT, penalty_percent=2.0)
    # Breached: 500 € a breach; with SLA-01, INF owes 2 500 €, capped at 1 000 €.
    indicator("SLA-02", "INF", {OCTOBER: (6.0, "")}, direction=Direction.LOWER_IS_BETTER,
              target=4.0, alert_threshold=5.0, unit="h", contractual=True,
              penalty_kind=PenaltyKind.FIXED, penalty_amount=500.0)
    # The client's own inputs: 92 % of complete tickets, in the warning band.
    indicator("CLI-01", "INF", {OCTOBER: (92.0, "Tickets incomplets")},
              category=IndicatorCategory.CLIENT_INPUTS, measured_side=Side.CLIENT)
    # Quarterly: its quarter (Q4 2026) is not over and not measured.
    indicator("QTR-01", "INF", {}, frequency=Frequency.QUARTERLY)
    # CDS: 500 € for a breach, no cap.
    indicator("CDS-01", "CDS", {OCTOBER: (80.0, "")}, contractual=True,
              penalty_kind=PenaltyKind.FIXED, penalty_amount=500.0)
    # Weekly: October's last full week (19–25/10) is over and not measured.
    indicator("WK-01", "CDS", {D(2026, 10, 26): (99.0, "")}, frequency=Frequency.WEEKLY)
    indicator("NOVA-SLA", "NOVA-1", {OCTOBER: (50.0, "")})


def _committees(session: Session, ids: dict) -> None:
    both = ("INF", "CDS")
    armor = ids["armor"]
    _committee(session, ids, "copil_sep", armor, D(2026, 9, 8), CommitteeStatus.MINUTES_SENT,
               both)
    _committee(session, ids, "copil_oct", armor, D(2026, 10, 13),
               CommitteeStatus.MINUTES_SENT, both)
    nov = _committee(session, ids, "copil_nov", armor, D(2026, 11, 10), CommitteeStatus.HELD,
                     both, title="COPIL Armor — novembre 2026")
    _committee(session, ids, "cotech", armor, D(2026, 11, 19), CommitteeStatus.HELD, both,
               kind=CommitteeKind.COTECH, review_period=None)
    _committee(session, ids, "copil_nova", ids["nova"], D(2026, 11, 12),
               CommitteeStatus.HELD, ("NOVA-1",))
    for key, attendance in (("marion", Attendance.PRESENT), ("paul", Attendance.EXCUSED),
                            ("karine", Attendance.PRESENT), ("luc", Attendance.ABSENT)):
        session.add(CommitteeParticipant(committee_id=nov, contact_id=ids[key],
                                         attendance=attendance))
    agenda = (("Revue des indicateurs de octobre 2026", True, "SLA-01 sous l'objectif."),
              ("Suivi du plan d'actions", True, "Deux actions en retard."),
              ("Migration de la messagerie", False, "Bascule prévue en décembre."))
    for position, (title, standing, notes) in enumerate(agenda, start=1):
        ids[f"item{position}"] = _add(session, AgendaItem(
            committee_id=nov, position=position, title=title, standing=standing, notes=notes))
    for position, text in enumerate(("Renfort du centre de services pendant les soldes.",
                                     "Plan de remédiation demandé sur SLA-01."), start=1):
        ids[f"decision{position}"] = _add(session, Decision(committee_id=nov,
                                                            position=position, text=text))


def _actions(session: Session, ids: dict) -> None:
    def action(key: str, committee: str | None, created: dt.date, due: dt.date | None,
               status: ActionStatus = ActionStatus.OPEN, closed: dt.date | None = None,
               supplier: str | None = "armor", contract: str | None = "INF",
               owner: str = "karine", **fields) -> None:
        ids[key] = _add(session, Action(
            title=f"Action {key}", committee_id=ids[committee] if committee else None,
            supplier_id=ids[supplier] if supplier else None,
            contract_id=ids[contract] if contract else None, owner_id=ids[owner],
            created_on=created, due_date=due, status=status, closed_on=closed, **fields))

    # Carried into November's COPIL: open since September, late by 55 days on 24/11.
    action("sep_open", "copil_sep", D(2026, 9, 8), D(2026, 9, 30), priority=Priority.HIGH)
    # Closed after October's COPIL: shown once in November's, as done.
    action("oct_closed_after", "copil_oct", D(2026, 10, 13), D(2026, 10, 31),
           ActionStatus.DONE, D(2026, 11, 5), owner="paul", side=Side.CLIENT)
    # Closed before October's COPIL: November's no longer shows it.
    action("sep_closed_before", "copil_sep", D(2026, 9, 8), D(2026, 9, 20),
           ActionStatus.DONE, D(2026, 10, 1))
    # Decided in November's COPIL: one of its new actions, not carried over.
    action("nov_new", "copil_nov", D(2026, 11, 10), D(2026, 12, 15), contract="CDS")
    # Decided after November's COPIL (CoTech of 19/11): not carried into it.
    action("cotech_later", "cotech", D(2026, 11, 19), D(2026, 12, 1))
    # Nova's: another supplier.
    action("nova_action", "copil_nova", D(2026, 11, 12), D(2026, 11, 20), supplier="nova",
           contract="NOVA-1", owner="anne")
    # Outside any committee, on a contract of the COPIL only (no supplier): carried.
    action("contract_only", None, D(2026, 11, 1), None, ActionStatus.IN_PROGRESS,
           supplier=None, contract="CDS", owner="luc")
    # Outside any committee, created after the COPIL: not carried into it.
    action("created_later", None, D(2026, 11, 20), D(2026, 12, 20))
    # A follow-up noted in October's COPIL on the September action.
    session.add(ActionUpdate(action_id=ids["sep_open"], committee_id=ids["copil_oct"],
                             noted_on=D(2026, 10, 13), note="Relancé : attend le fournisseur."))


def populate(session: Session) -> dict[str, int]:
    """Fill a client file with the scenario; returns the ids by key."""
    ids: dict[str, int] = {}
    _people(session, ids)
    _contracts(session, ids)
    _indicators(session, ids)
    _committees(session, ids)
    _actions(session, ids)
    return ids


def governance_file(folder: Path) -> tuple[Path, dict[str, int]]:
    """A saved client file holding the scenario, and its ids."""
    from app.storage.document import create

    folder.mkdir(parents=True, exist_ok=True)
    document = create(folder / "gouvernance.vigie", "Hexagone")
    with document.session() as session:
        ids = populate(session)
    document.close()
    return folder / "gouvernance.vigie", ids
