"""The minutes' data gathered from a client file: `committee_minutes(session, id, today)`.

What is the committee's own (its fields, participants, agenda, decisions, the actions it
decided, the next meeting of its series) is read here. What other parts of Vigie compute
comes from them, so that the minutes and the screen show the same figures.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.export.minutes_data import (
    ActionEntry,
    AgendaEntry,
    CommitteeHeader,
    DecisionEntry,
    MinutesData,
    NextMeeting,
    Participant,
)
from app.models import (
    Action,
    AgendaItem,
    ClientProfile,
    Committee,
    CommitteeContract,
    CommitteeParticipant,
    Contact,
    Contract,
    Decision,
    Supplier,
)
from app.models.enums import (
    ActionStatus,
    Attendance,
    CommitteeKind,
    CommitteeStatus,
    Side,
)
from app.services import rules

COM, SUP, CON = Committee.__table__.c, Supplier.__table__.c, Contract.__table__.c
LNK, PAR, CTT = (CommitteeContract.__table__.c, CommitteeParticipant.__table__.c,
                 Contact.__table__.c)
AGE, DEC, ACT = AgendaItem.__table__.c, Decision.__table__.c, Action.__table__.c


def committee_minutes(session: Session, committee_id: int, today: dt.date) -> MinutesData:
    """Everything the minutes of a committee say, at `today` (lateness is counted at that
    day); raises LookupError when the committee no longer exists."""
    row = _committee(session, committee_id)
    header = _header(session, row)
    return MinutesData(
        committee=header, written_on=today,
        participants=participants(session, committee_id, header.client),
        agenda=agenda(session, committee_id), decisions=decisions(session, committee_id),
        new_actions=new_actions(session, committee_id, today),
        next_meeting=next_meeting(session, row))


def committee_header(session: Session, committee_id: int) -> CommitteeHeader:
    """The committee's own fields, its supplier, contracts and client; raises LookupError
    when the committee no longer exists."""
    return _header(session, _committee(session, committee_id))


def _header(session: Session, row: Any) -> CommitteeHeader:
    return CommitteeHeader(
        title=row.title, kind=CommitteeKind(row.kind), starts_at=row.starts_at,
        duration_minutes=row.duration_minutes, place=row.place,
        supplier=row.supplier_name or "", contracts=contract_labels(session, row.id),
        status=CommitteeStatus(row.status), review_period=row.review_period,
        client=client_name(session), notes=row.notes)


def minutes_for(session: Session, committee_id: int, today: dt.date,
                template: tuple[str, bytes] | None = None) -> Any:
    """The minutes of a committee as a python-docx Document, on `template` (name, bytes),
    else the file's own template, else Vigie's. Raises LookupError for a committee that is
    gone, TemplateError for a template that cannot be used."""
    from app.export.minutes import minutes_document
    from app.services.file_template import template_content

    data = committee_minutes(session, committee_id, today)
    name, content = template or template_content(session) or ("", None)
    return minutes_document(data, content, name)


def committee_list(session: Session) -> list[tuple[int, dt.date, str, str]]:
    """(n°, day, title, status) of every committee, the latest first (`--list`)."""
    query = sa.select(COM.id, COM.starts_at, COM.title, COM.status).order_by(
        COM.starts_at.desc(), COM.id.desc())
    return [(number, starts_at.date(), title, CommitteeStatus(status).label)
            for number, starts_at, title, status in session.connection().execute(query)]


def client_name(session: Session) -> str:
    """The name of the client the file is about."""
    profile = ClientProfile.__table__.c
    return session.connection().execute(
        sa.select(profile.name).where(profile.id == 1)).scalar() or ""


def _committee(session: Session, committee_id: int) -> Any:
    found = session.connection().execute(
        sa.select(COM.id, COM.kind, COM.title, COM.supplier_id, COM.starts_at,
                  COM.duration_minutes, COM.place, COM.status, COM.review_period, COM.notes,
                  SUP.name.label("supplier_name"))
        .select_from(Committee.__table__.outerjoin(Supplier.__table__,
                                                   SUP.id == COM.supplier_id))
        .where(COM.id == committee_id)).first()
    if found is None:
        raise LookupError(committee_id)
    return found


def contract_labels(session: Session, committee_id: int) -> tuple[str, ...]:
    """« INF-2024-01 — Infogérance du SI » for each of the committee's contracts."""
    query = (sa.select(CON.reference, CON.title)
             .join_from(CommitteeContract.__table__, Contract.__table__,
                        CON.id == LNK.contract_id)
             .where(LNK.committee_id == committee_id).order_by(CON.reference))
    return tuple(f"{reference} — {title}"
                 for reference, title in session.connection().execute(query))


def participants(session: Session, committee_id: int, client: str) -> tuple[Participant, ...]:
    """The committee's participants, the client's first, each side by name."""
    query = (sa.select(CTT.name, CTT.role, CTT.email, CTT.side, SUP.name, PAR.attendance)
             .select_from(CommitteeParticipant.__table__
                          .join(Contact.__table__, CTT.id == PAR.contact_id)
                          .outerjoin(Supplier.__table__, SUP.id == CTT.supplier_id))
             .where(PAR.committee_id == committee_id)
             .order_by(CTT.side != Side.CLIENT, CTT.name))
    return tuple(Participant(name, role, supplier or client, Side(side),
                             Attendance(attendance), email)
                 for name, role, email, side, supplier, attendance
                 in session.connection().execute(query))


def agenda(session: Session, committee_id: int) -> tuple[AgendaEntry, ...]:
    """The agenda items and their notes, in order."""
    query = (sa.select(AGE.title, AGE.notes).where(AGE.committee_id == committee_id)
             .order_by(AGE.position))
    return tuple(AgendaEntry(title, notes) for title, notes in session.connection().execute(
        query))


def decisions(session: Session, committee_id: int) -> tuple[DecisionEntry, ...]:
    """The decisions, numbered in their order (D1, D2…), as the meeting sheet shows them."""
    query = (sa.select(DEC.text).where(DEC.committee_id == committee_id)
             .order_by(DEC.position))
    return tuple(DecisionEntry(f"D{n}", text) for n, (text,) in enumerate(
        session.connection().execute(query), start=1))


def action_number(action_id: int) -> str:
    """An action's stable number: A-0042."""
    return f"A-{action_id:04d}"


def new_actions(session: Session, committee_id: int, today: dt.date) -> tuple[ActionEntry, ...]:
    """The actions decided in the committee, in the order they were added."""
    query = (sa.select(ACT.id, ACT.title, ACT.side, ACT.due_date, ACT.status, CTT.name)
             .select_from(Action.__table__.outerjoin(Contact.__table__,
                                                     CTT.id == ACT.owner_id))
             .where(ACT.committee_id == committee_id).order_by(ACT.id))
    return tuple(
        ActionEntry(action_number(action_id), title, owner or "", Side(side), due,
                    ActionStatus(status),
                    rules.action_days_late(due, ActionStatus(status), today))
        for action_id, title, side, due, status, owner in session.connection().execute(query))


def next_meeting(session: Session, committee: Any) -> NextMeeting | None:
    """The next committee of the series (same kind and supplier), cancelled ones aside."""
    same_supplier = (COM.supplier_id.is_(None) if committee.supplier_id is None
                     else COM.supplier_id == committee.supplier_id)
    found = session.connection().execute(
        sa.select(COM.starts_at, COM.place, COM.title)
        .where(COM.kind == committee.kind, same_supplier,
               COM.starts_at > committee.starts_at, COM.status != CommitteeStatus.CANCELLED)
        .order_by(COM.starts_at).limit(1)).first()
    return None if found is None else NextMeeting(found.starts_at, found.place, found.title)
