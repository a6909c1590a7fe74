"""What the calendar files say, gathered from a client file: a committee's invitation, and
the next notice deadline of every running contract."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from app.export.invitations import Invitation, Invitee, NoticeDeadline, Role
from app.export.minutes_source import COM, client_name, committee_header, participants
from app.i18n import tr
from app.models import Contract, Supplier
from app.models.enums import CommitteeKind, CommitteeStatus, ContractStatus, Side
from app.services import meeting_sheet as sheet
from app.services import rules


@dataclass(frozen=True)
class InvitationDraft:
    """An invitation ready to write, and who it leaves out for want of an e-mail."""

    invitation: Invitation
    without_email: tuple[str, ...]
    organizers: tuple[Invitee, ...]  # the client-side participants who may organise it


def committee_invitation(session: Session, committee_id: int,
                         organizer_email: str | None = None) -> InvitationDraft:
    """The invitation of a committee, organised by the client-side participant with that
    e-mail (by default the first one with an address, a DSI first); raises LookupError
    when the committee no longer exists."""
    row = session.connection().execute(
        sa.select(COM.uid, COM.ics_sequence, COM.title, COM.kind, COM.starts_at,
                  COM.duration_minutes, COM.place, COM.status)
        .where(COM.id == committee_id)).first()
    if row is None:
        raise LookupError(committee_id)
    people = participants(session, committee_id, client_name(session))
    invitees = [Invitee(p.name, p.email.strip(), p.side, p.attendance)
                for p in people if p.email.strip()]
    organizers = tuple(sorted((i for i in invitees if i.side is Side.CLIENT),
                              key=lambda i: "dsi" not in _role(people, i).lower()))
    chosen = next((i for i in organizers if i.email == organizer_email),
                  organizers[0] if organizers else None)
    invitation = Invitation(
        uid=row.uid, sequence=row.ics_sequence, title=row.title, starts_at=row.starts_at,
        duration_minutes=row.duration_minutes, place=row.place,
        description=_description(session, committee_id, CommitteeKind(row.kind)),
        organizer=None if chosen is None else Invitee(chosen.name, chosen.email, Side.CLIENT,
                                                      role=Role.CHAIR),
        invitees=tuple(i for i in invitees if chosen is None or i.email != chosen.email),
        cancelled=CommitteeStatus(row.status) is CommitteeStatus.CANCELLED)
    return InvitationDraft(invitation, tuple(p.name for p in people if not p.email.strip()),
                           organizers)


def _role(people, invitee: Invitee) -> str:
    return next((p.role for p in people if p.email.strip() == invitee.email), "")


def _description(session: Session, committee_id: int, kind: CommitteeKind) -> str:
    lines = [tr("invitations", "Comité : {kind}").format(kind=tr("invitations", kind.label))]
    contracts = committee_header(session, committee_id).contracts
    if contracts:
        lines.append(tr("invitations", "Contrats : {list}").format(list=", ".join(contracts)))
    items = sheet.agenda(session, committee_id)
    if items:
        lines += ["", tr("invitations", "Ordre du jour :")]
        lines += [f"{n}. {item.title}" for n, item in enumerate(items, start=1)]
    return "\n".join(lines)


def notice_deadlines(session: Session, today: dt.date) -> list[NoticeDeadline]:
    """The next notice deadline of every running contract that has one, soonest first
    (computed by `app.services.rules`, as the contracts page shows them)."""
    con, sup = Contract.__table__.c, Supplier.__table__.c
    query = (sa.select(con.id, con.reference, con.title, sup.name.label("supplier"),
                       con.status, con.start_date, con.initial_duration_months, con.renewal,
                       con.renewal_period_months, con.notice_period_months, con.ended_on)
             .join_from(Contract.__table__, Supplier.__table__, sup.id == con.supplier_id)
             .where(con.status != ContractStatus.DRAFT))
    deadlines = []
    for row in session.connection().execute(query):
        terms = rules.ContractTerms.of(row)
        deadline = rules.next_notice_deadline(terms, today)
        if deadline is None:
            continue
        current = deadline == rules.notice_deadline(terms, today)
        deadlines.append(NoticeDeadline(
            row.id, row.reference, row.title, row.supplier, deadline,
            rules.current_term_end(terms, today) if current else None,
            row.notice_period_months, tacit=terms.renews_tacitly))
    return sorted(deadlines, key=lambda d: (d.deadline, d.reference))
