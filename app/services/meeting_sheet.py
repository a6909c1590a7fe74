"""What a committee's meeting sheet shows, as the sheet and the Word minutes read it.

`committee_sheet` gives it all — participants of both sides with their attendance, agenda
with its notes, decisions, the actions decided there, the actions carried over from
earlier committees with what this one noted about them, the indicator review of its period
(`app.services.committee_review`) — as plain frozen dataclasses, no Qt. The series (same
kind, same supplier) gives the previous and next meetings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import AgendaItem, CommitteeParticipant, Decision
from app.models.enums import (
    ActionStatus,
    Attendance,
    CommitteeKind,
    CommitteeStatus,
    Side,
)
from app.services.actions import (
    ACTION,
    CLOSED_STATUSES,
    COMMITTEE,
    CONTACT,
    CONTRACT,
    LINK,
    OPEN_STATUSES,
    SUPPLIER,
    ActionRow,
    act,
    actions_by_id,
    com,
    lnk,
    upd,
)
from app.services.committee_review import IndicatorReview, indicator_review

PARTICIPANT, AGENDA, DECISION = (CommitteeParticipant.__table__, AgendaItem.__table__,
                                 Decision.__table__)
con, ctt = CONTRACT.c, CONTACT.c
LINK_JOIN = LINK.join(CONTRACT, con.id == lnk.contract_id)

__all__ = ["IndicatorReview", "carried_over_actions", "committee_sheet", "indicator_review"]


@dataclass(frozen=True)
class CommitteeDetail:
    """A committee's own fields, its supplier's name and its contracts."""

    id: int
    kind: CommitteeKind
    title: str
    supplier_id: int | None
    supplier_name: str
    starts_at: dt.datetime
    duration_minutes: int
    place: str
    status: CommitteeStatus
    review_period: dt.date | None
    notes: str
    uid: str
    ics_sequence: int
    contract_ids: tuple[int, ...]

    @property
    def day(self) -> dt.date:
        return self.starts_at.date()

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class ParticipantRow:
    """Someone invited to a committee, from either side, and their attendance."""

    contact_id: int
    name: str
    role: str
    email: str
    side: Side
    organisation: str  # the supplier's name, or the client's
    attendance: Attendance


@dataclass(frozen=True)
class AgendaRow:
    """An agenda item and the notes taken on it."""

    id: int
    position: int
    title: str
    notes: str
    standing: bool


@dataclass(frozen=True)
class DecisionRow:
    """A decision recorded in the committee, numbered in its order (D1, D2…)."""

    id: int
    position: int
    number: int
    text: str


@dataclass(frozen=True)
class FollowUp:
    """What a committee noted about an action: a note, a new status, a new due date."""

    note: str
    status: ActionStatus | None
    due_date: dt.date | None


@dataclass(frozen=True)
class CarriedAction:
    """An action from an earlier committee, as it stands, and its follow-up in this one."""

    action: ActionRow
    follow_up: FollowUp | None


@dataclass(frozen=True)
class ContactChoice:
    """A contact who can be invited: both sides' contacts of the committee's supplier."""

    id: int
    name: str
    role: str
    side: Side
    organisation: str


@dataclass(frozen=True)
class CommitteeSheet:
    """Everything a meeting sheet (and the minutes) shows of one committee."""

    committee: CommitteeDetail
    participants: tuple[ParticipantRow, ...]
    agenda: tuple[AgendaRow, ...]
    decisions: tuple[DecisionRow, ...]
    new_actions: tuple[ActionRow, ...]
    carried: tuple[CarriedAction, ...]
    review: IndicatorReview
    contacts: tuple[ContactChoice, ...]
    contracts: tuple[tuple[int, str], ...]  # the contracts it may be about: (id, label)


def committee_detail(session: Session, committee_id: int) -> CommitteeDetail | None:
    """A committee's fields, or None when it no longer exists."""
    found = session.connection().execute(
        sa.select(COMMITTEE, sa.func.coalesce(SUPPLIER.c.name, "").label("supplier_name"))
        .select_from(COMMITTEE.outerjoin(SUPPLIER, SUPPLIER.c.id == com.supplier_id))
        .where(com.id == committee_id)).mappings().first()
    if found is None:
        return None
    contracts = session.connection().execute(
        sa.select(lnk.contract_id).select_from(LINK_JOIN).where(lnk.committee_id == committee_id)
        .order_by(con.reference)).scalars().all()
    return CommitteeDetail(
        found["id"], CommitteeKind(found["kind"]), found["title"], found["supplier_id"],
        found["supplier_name"], found["starts_at"], found["duration_minutes"], found["place"],
        CommitteeStatus(found["status"]), found["review_period"], found["notes"],
        found["uid"], found["ics_sequence"], tuple(contracts))


def committee_sheet(session: Session, committee_id: int, today: dt.date,
                    client_name: str = "") -> CommitteeSheet | None:
    """The meeting sheet of a committee at `today` (lateness is counted at that day)."""
    committee = committee_detail(session, committee_id)
    if committee is None:
        return None
    client = client_name or tr("committees", "Client")
    return CommitteeSheet(
        committee, participants(session, committee_id, client), agenda(session, committee_id),
        decisions(session, committee_id), new_actions(session, committee_id, today),
        carried_over_actions(session, committee_id, today),
        indicator_review(session, committee_id, today),
        contact_choices(session, committee.supplier_id, client),
        contract_choices(session, committee.supplier_id, committee.contract_ids))


def participants(session: Session, committee_id: int, client: str) -> tuple[ParticipantRow, ...]:
    """A committee's participants: the client's first, then the supplier's, by name."""
    p = PARTICIPANT.c
    query = (sa.select(ctt.id, ctt.name, ctt.role, ctt.email, ctt.side, SUPPLIER.c.name,
                       p.attendance)
             .select_from(PARTICIPANT.join(CONTACT, ctt.id == p.contact_id)
                          .outerjoin(SUPPLIER, SUPPLIER.c.id == ctt.supplier_id))
             .where(p.committee_id == committee_id)
             .order_by(ctt.side != Side.CLIENT, ctt.name))
    return tuple(ParticipantRow(i, name, role, email, Side(side), supplier or client,
                                Attendance(attendance))
                 for i, name, role, email, side, supplier, attendance
                 in session.connection().execute(query))


def agenda(session: Session, committee_id: int) -> tuple[AgendaRow, ...]:
    """A committee's agenda items, in order."""
    a = AGENDA.c
    query = (sa.select(a.id, a.position, a.title, a.notes, a.standing)
             .where(a.committee_id == committee_id).order_by(a.position))
    return tuple(AgendaRow(*row) for row in session.connection().execute(query))


def decisions(session: Session, committee_id: int) -> tuple[DecisionRow, ...]:
    """A committee's decisions, in order, numbered from 1."""
    d = DECISION.c
    query = (sa.select(d.id, d.position, d.text).where(d.committee_id == committee_id)
             .order_by(d.position))
    return tuple(DecisionRow(i, position, n, text) for n, (i, position, text)
                 in enumerate(session.connection().execute(query), start=1))


def new_actions(session: Session, committee_id: int, today: dt.date) -> tuple[ActionRow, ...]:
    """The actions decided in this committee, in the order they were added."""
    ids = session.connection().execute(
        sa.select(act.id).where(act.committee_id == committee_id).order_by(act.id)
    ).scalars().all()
    return tuple(actions_by_id(session, list(ids), today))


def contact_choices(session: Session, supplier_id: int | None, client: str
                    ) -> tuple[ContactChoice, ...]:
    """The contacts who can take part: the client's, then the supplier's."""
    query = (sa.select(ctt.id, ctt.name, ctt.role, ctt.side, SUPPLIER.c.name)
             .select_from(CONTACT.outerjoin(SUPPLIER, SUPPLIER.c.id == ctt.supplier_id))
             .where(sa.or_(ctt.supplier_id.is_(None), ctt.supplier_id == supplier_id))
             .order_by(ctt.supplier_id.is_not(None), ctt.name))
    return tuple(ContactChoice(i, name, role, Side(side), supplier or client)
                 for i, name, role, side, supplier in session.connection().execute(query))


def contract_choices(session: Session, supplier_id: int | None, linked: tuple[int, ...]
                     ) -> tuple[tuple[int, str], ...]:
    """The contracts a committee may be about: its supplier's, and those already linked."""
    query = (sa.select(con.id, con.reference, con.title)
             .where(sa.or_(con.supplier_id == supplier_id, con.id.in_(linked)))
             .order_by(con.reference))
    return tuple((i, f"{ref} — {title}") for i, ref, title in session.connection().execute(query))


# -- actions carried over ---------------------------------------------------------------------


def carried_over_actions(session: Session, committee_id: int, today: dt.date
                         ) -> tuple[CarriedAction, ...]:
    """The actions a committee follows up, open ones first, by due date.

    Those decided before it (in an earlier committee, or outside any before its day) about
    its supplier or one of its contracts, that were still open at the previous committee
    of its series: still open now, closed since that meeting but not in another committee
    (shown once, as « soldées »), or followed up in this one. Lateness is counted at
    `today`.
    """
    committee = committee_detail(session, committee_id)
    if committee is None:
        return ()
    origin = COMMITTEE.alias("origin")
    concerned = [act.contract_id.in_(committee.contract_ids)]
    if committee.supplier_id is not None:
        concerned.append(act.supplier_id == committee.supplier_id)
    followed = sa.select(upd.action_id).where(upd.committee_id == committee_id)
    closed_elsewhere = sa.select(upd.action_id).where(
        upd.committee_id != committee_id, upd.status.in_(CLOSED_STATUSES))
    since = previous_in_series(session, committee)
    still_open = [act.status.in_(OPEN_STATUSES), act.id.in_(followed),
                  sa.and_(act.closed_on >= (since or committee.day),
                          act.id.not_in(closed_elsewhere))]
    query = (sa.select(act.id).select_from(ACTION.outerjoin(origin,
                                                               origin.c.id == act.committee_id))
             .where(sa.or_(act.committee_id.is_(None), act.committee_id != committee_id),
                    sa.or_(origin.c.starts_at < committee.starts_at,
                           sa.and_(act.committee_id.is_(None),
                                   act.created_on <= committee.day)),
                    sa.or_(*concerned), sa.or_(*still_open)))
    ids = list(session.connection().execute(query).scalars())
    follow_ups = _follow_ups(session, committee_id, ids)
    rows = actions_by_id(session, ids, today)
    rows.sort(key=lambda r: (not r.is_open, r.due_date is None, r.due_date or dt.date.max,
                             r.id))
    return tuple(CarriedAction(row, follow_ups.get(row.id)) for row in rows)


def _follow_ups(session: Session, committee_id: int, ids: list[int]) -> dict[int, FollowUp]:
    query = (sa.select(upd.action_id, upd.note, upd.status, upd.due_date)
             .where(upd.committee_id == committee_id, upd.action_id.in_(ids)).order_by(upd.id))
    return {action_id: FollowUp(note, None if status is None else ActionStatus(status), due)
            for action_id, note, status, due in session.connection().execute(query)}


# -- the series -------------------------------------------------------------------------------


def _series(committee: CommitteeDetail) -> sa.ColumnElement[bool]:
    same_supplier = (com.supplier_id.is_(None) if committee.supplier_id is None
                     else com.supplier_id == committee.supplier_id)
    return sa.and_(com.kind == committee.kind, same_supplier)


def previous_in_series(session: Session, committee: CommitteeDetail) -> dt.date | None:
    """The day of the series' committee before this one (cancelled ones left out)."""
    starts_at = session.scalar(
        sa.select(sa.func.max(com.starts_at))
        .where(_series(committee), com.starts_at < committee.starts_at,
               com.status != CommitteeStatus.CANCELLED))
    return None if starts_at is None else starts_at.date()


def next_in_series(session: Session, committee_id: int) -> CommitteeDetail | None:
    """The series' next committee after this one (the minutes' « prochaine réunion »)."""
    committee = committee_detail(session, committee_id)
    if committee is None:
        return None
    found = session.scalar(
        sa.select(com.id).where(_series(committee), com.starts_at > committee.starts_at,
                                com.status != CommitteeStatus.CANCELLED)
        .order_by(com.starts_at).limit(1))
    return None if found is None else committee_detail(session, found)


def series_days(session: Session, committee_id: int) -> tuple[CommitteeDetail, list[dt.date]]:
    """The last committee of a committee's series (same kind and supplier), and the days
    of the series' meetings (cancelled ones left out), oldest first."""
    committee = committee_detail(session, committee_id)
    if committee is None:
        raise LookupError(committee_id)
    rows = session.connection().execute(
        sa.select(com.id, com.starts_at).where(_series(committee)).where(
            com.status != CommitteeStatus.CANCELLED).order_by(com.starts_at, com.id)).all()
    last_id = rows[-1][0] if rows else committee_id
    last = committee if last_id == committee_id else committee_detail(session, last_id)
    assert last is not None
    return last, [starts_at.date() for _id, starts_at in rows] or [committee.day]


def committee_of_decision(session: Session, decision_id: int) -> int | None:
    """The committee a decision was taken in."""
    return session.scalar(sa.select(DECISION.c.committee_id)
                          .where(DECISION.c.id == decision_id))
