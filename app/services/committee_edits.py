"""Writing committees: their fields, participants, agenda, decisions, and the next one.

Every function writes through a `ChangeSet` (one undo step in the UI). Agenda items and
decisions are kept in order by a position unique per committee: moving one renumbers the
committee's rows through negative positions first, so that no two rows ever share one.
« Préparer le suivant » is `plan_next` (what the next committee would be) followed by
`create_from_plan` (the committee, its contracts, participants and standing agenda).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from app.i18n import tr
from app.models import AgendaItem, Committee, CommitteeContract, CommitteeParticipant, Decision
from app.models.enums import Attendance, CommitteeKind, CommitteeStatus
from app.services import committee_series as series
from app.services.changes import ChangeSet
from app.services.meeting_sheet import PARTICIPANT, agenda, committee_detail, series_days
from app.services.validation import ValidationError

TITLE_MAX = 200
#: the committee fields that, once changed, make calendar invitations out of date
_INVITATION_FIELDS = ("starts_at", "duration_minutes", "place")
ORDERED = (AgendaItem, Decision)


# -- the committee itself ----------------------------------------------------------------------


def validate_committee(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values to store, or ValidationError with the reason next to each wrong field."""
    errors = {}
    title = str(values.get("title") or "").strip()
    if "title" in values and not title:
        errors["title"] = tr("committees", "Donnez un intitulé au comité.")
    elif len(title) > TITLE_MAX:
        errors["title"] = tr("committees", "200 caractères au plus.")
    duration = values.get("duration_minutes")
    if duration is not None and not 0 < int(duration) <= 24 * 60:
        errors["duration_minutes"] = tr("committees", "Une durée de 1 minute à 24 heures.")
    if "starts_at" in values and not isinstance(values["starts_at"], dt.datetime):
        errors["starts_at"] = tr("committees", "Choisissez une date.")
    if errors:
        raise ValidationError(errors)
    cleaned = {**values, "title": title} if "title" in values else dict(values)
    if cleaned.get("kind") is not None:
        cleaned["kind"] = CommitteeKind(cleaned["kind"])
    if cleaned.get("place") is not None:
        cleaned["place"] = str(cleaned["place"]).strip()
    return cleaned


def create_committee(session: Session, changes: ChangeSet, values: Mapping[str, Any],
                     contract_ids: Iterable[int] = ()) -> int:
    """Store a new committee (planned) and the contracts it is about; returns its id."""
    row = {"status": CommitteeStatus.PLANNED, **validate_committee({"title": "", **values})}
    committee_id = changes.insert(session, Committee, row)
    for contract_id in contract_ids:
        changes.insert(session, CommitteeContract, {"committee_id": committee_id,
                                                    "contract_id": contract_id})
    return committee_id


def update_committee(session: Session, changes: ChangeSet, committee_id: int,
                     values: Mapping[str, Any]) -> None:
    """Change a committee's fields; a new date, duration or place makes the invitation's
    next version (a higher calendar SEQUENCE)."""
    cleaned = validate_committee(values)
    before = changes.update(session, Committee, committee_id, cleaned)
    if any(name in cleaned and cleaned[name] != before[name] for name in _INVITATION_FIELDS):
        changes.update(session, Committee, committee_id,
                       {"ics_sequence": before["ics_sequence"] + 1})


def set_contracts(session: Session, changes: ChangeSet, committee_id: int,
                  contract_ids: Iterable[int]) -> None:
    """Make the committee about exactly these contracts."""
    wanted = set(contract_ids)
    link = CommitteeContract.__table__.c
    linked = set(session.connection().execute(
        sa.select(link.contract_id).where(link.committee_id == committee_id)).scalars())
    for contract_id in sorted(linked - wanted):
        changes.delete(session, CommitteeContract, {"committee_id": committee_id,
                                                    "contract_id": contract_id})
    for contract_id in sorted(wanted - linked):
        changes.insert(session, CommitteeContract, {"committee_id": committee_id,
                                                    "contract_id": contract_id})


def set_status(session: Session, changes: ChangeSet, committee_id: int,
               status: CommitteeStatus) -> None:
    """Mark a committee planned, held (« Marquer comme tenu »), cancelled…"""
    changes.update(session, Committee, committee_id, {"status": status})


# -- participants -----------------------------------------------------------------------------


def _participant(committee_id: int, contact_id: int) -> dict[str, int]:
    return {"committee_id": committee_id, "contact_id": contact_id}


def add_participants(session: Session, changes: ChangeSet, committee_id: int,
                     contact_ids: Iterable[int]) -> int:
    """Invite contacts (those already invited are left as they are); returns how many."""
    p = PARTICIPANT.c
    invited = set(session.connection().execute(
        sa.select(p.contact_id).where(p.committee_id == committee_id)).scalars())
    added = [c for c in dict.fromkeys(contact_ids) if c not in invited]
    for contact_id in added:
        changes.insert(session, CommitteeParticipant,
                       {**_participant(committee_id, contact_id),
                        "attendance": Attendance.INVITED})
    return len(added)


def remove_participants(session: Session, changes: ChangeSet, committee_id: int,
                        contact_ids: Iterable[int]) -> None:
    """Take contacts off the committee's list."""
    for contact_id in contact_ids:
        changes.delete(session, CommitteeParticipant, _participant(committee_id, contact_id))


def set_attendance(session: Session, changes: ChangeSet, committee_id: int,
                   contact_ids: Iterable[int], attendance: Attendance) -> None:
    """Mark participants present, excused, absent (or back to invited)."""
    for contact_id in contact_ids:
        changes.update(session, CommitteeParticipant, _participant(committee_id, contact_id),
                       {"attendance": attendance})


# -- agenda items and decisions: rows kept in order ---------------------------------------------


def _positions(session: Session, model: type[SQLModel], committee_id: int) -> list[int]:
    table = model.__table__  # type: ignore[attr-defined]
    return list(session.connection().execute(
        sa.select(table.c.id).where(table.c.committee_id == committee_id)
        .order_by(table.c.position)).scalars())


def add_item(session: Session, changes: ChangeSet, model: type[SQLModel], committee_id: int,
             values: Mapping[str, Any]) -> int:
    """Add an agenda item or a decision at the end; returns its id."""
    assert model in ORDERED
    table = model.__table__  # type: ignore[attr-defined]
    last = session.scalar(sa.select(sa.func.max(table.c.position))
                          .where(table.c.committee_id == committee_id)) or 0
    _check_item(model, values)
    return changes.insert(session, model, {**values, "committee_id": committee_id,
                                           "position": last + 1})


def update_item(session: Session, changes: ChangeSet, model: type[SQLModel], item_id: int,
                values: Mapping[str, Any]) -> None:
    """Change an agenda item's title, notes or standing, or a decision's text."""
    _check_item(model, values)
    changes.update(session, model, item_id, dict(values))


def _check_item(model: type[SQLModel], values: Mapping[str, Any]) -> None:
    if model is AgendaItem and "title" in values and not str(values["title"]).strip():
        raise ValidationError({"title": tr("committees", "Donnez un titre au point.")})
    if model is AgendaItem and len(str(values.get("title", ""))) > TITLE_MAX:
        raise ValidationError({"title": tr("committees", "200 caractères au plus.")})


def delete_item(session: Session, changes: ChangeSet, model: type[SQLModel],
                item_id: int) -> None:
    """Delete an agenda item or a decision (the others keep their order)."""
    changes.delete(session, model, item_id)


def move_item(session: Session, changes: ChangeSet, model: type[SQLModel], item_id: int,
              index: int) -> None:
    """Put an agenda item or a decision at `index` (0 = first) of its committee's list."""
    table = model.__table__  # type: ignore[attr-defined]
    committee_id = session.scalar(sa.select(table.c.committee_id).where(table.c.id == item_id))
    order = _positions(session, model, committee_id)
    order.remove(item_id)
    order.insert(max(0, min(index, len(order))), item_id)
    reorder(session, changes, model, order)


def reorder(session: Session, changes: ChangeSet, model: type[SQLModel],
            ids: Sequence[int]) -> None:
    """Number these rows 1, 2, 3… in this order, never two at one position meanwhile."""
    table = model.__table__  # type: ignore[attr-defined]
    current = dict(session.connection().execute(
        sa.select(table.c.id, table.c.position).where(table.c.id.in_(ids))).all())
    moving = [i for n, i in enumerate(ids, start=1) if current.get(i) != n]
    for n, item_id in enumerate(moving, start=1):
        changes.update(session, model, item_id, {"position": -n})
    for n, item_id in enumerate(ids, start=1):
        if item_id in moving:
            changes.update(session, model, item_id, {"position": n})


# -- « Préparer le suivant » ----------------------------------------------------------------------


@dataclass(frozen=True)
class NextCommitteePlan:
    """The committee « Préparer le suivant » would create, before the user confirms it."""

    last_id: int  # the series' last committee, which it is copied from
    last_title: str
    last_day: dt.date
    values: dict[str, Any]  # the committee's fields (title, starts_at, review_period…)
    rhythm: series.Rhythm
    scheduled: series.ScheduledDate
    contract_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]
    agenda: tuple[tuple[str, bool], ...]  # (title, standing) of the standing items


def plan_next(session: Session, committee_id: int, today: dt.date,
              rhythm: series.Rhythm | None = None) -> NextCommitteePlan:
    """The next committee of this committee's series, from the series' last one: same
    kind, supplier, time, duration, place, participants, contracts and standing agenda;
    its date the series' next (from today on, off holidays), its review period the next."""
    last, days = series_days(session, committee_id)
    rhythm = rhythm or series.infer_rhythm(days, last.kind)
    scheduled = series.next_date(rhythm, last.day, today)
    review = series.next_review_period(last.review_period, last.day, scheduled.day)
    values = {"kind": last.kind, "supplier_id": last.supplier_id,
              "title": series.next_title(last.title, last.day, scheduled.day),
              "starts_at": dt.datetime.combine(scheduled.day, last.starts_at.time()),
              "duration_minutes": last.duration_minutes, "place": last.place,
              "review_period": review, "status": CommitteeStatus.PLANNED}
    standing = tuple((series.next_agenda_title(item.title, last.review_period, review), True)
                     for item in agenda(session, last.id) if item.standing)
    p = PARTICIPANT.c
    invited = tuple(session.connection().execute(
        sa.select(p.contact_id).where(p.committee_id == last.id).order_by(p.contact_id))
        .scalars())
    return NextCommitteePlan(last.id, last.title, last.day, values, rhythm, scheduled,
                             last.contract_ids, invited, standing)


def with_date(plan: NextCommitteePlan, starts_at: dt.datetime) -> NextCommitteePlan:
    """The plan for another date chosen by the user (title and review period follow)."""
    day = starts_at.date()
    review = series.next_review_period(plan.values["review_period"],
                                       plan.values["starts_at"].date(), day)
    title = series.next_title(plan.values["title"], plan.values["starts_at"].date(), day)
    values = {**plan.values, "starts_at": starts_at, "review_period": review, "title": title}
    return replace(plan, values=values)


def create_from_plan(session: Session, changes: ChangeSet, plan: NextCommitteePlan) -> int:
    """Create the planned committee with its contracts, participants (invited) and
    standing agenda items; returns its id."""
    committee_id = create_committee(session, changes, plan.values, plan.contract_ids)
    add_participants(session, changes, committee_id, plan.participant_ids)
    for title, standing in plan.agenda:
        add_item(session, changes, AgendaItem, committee_id,
                 {"title": title, "standing": standing, "notes": ""})
    return committee_id


def committee_exists(session: Session, committee_id: int) -> bool:
    """True while the committee is in the file (a sheet open on it may stay open)."""
    return committee_detail(session, committee_id) is not None


