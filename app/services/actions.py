"""The action plan: every action with its lateness, the plan's filters, an action's history.

An action is followed up by `ActionUpdate` rows: a note, a new status, a new due date, in a
committee (the meeting sheet records one per action and committee) or outside one (the
action plan). The history of an action is its creation, the committees it went through
(those of its supplier or contract held while it was open), its follow-ups and its closing.
Edits are in `app.services.action_edits`. Lateness comes from `app.services.rules`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session

from app.models import Action, ActionUpdate, Committee, CommitteeContract, Contact, Contract
from app.models import Supplier as SupplierTable
from app.models.enums import ActionStatus, CommitteeStatus, Priority, Side
from app.services import rules

ACTION, UPDATE, COMMITTEE = Action.__table__, ActionUpdate.__table__, Committee.__table__
CONTACT, CONTRACT, SUPPLIER = Contact.__table__, Contract.__table__, SupplierTable.__table__
LINK = CommitteeContract.__table__
act, upd, com, lnk = ACTION.c, UPDATE.c, COMMITTEE.c, LINK.c

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
CLOSED_STATUSES = (ActionStatus.DONE, ActionStatus.CANCELLED)
#: the status filter's « À suivre »: open or in progress
TO_FOLLOW = "to_follow"


def action_number(action_id: int) -> str:
    """The action's stable number, as the minutes and the plan show it: A-0042."""
    return f"A-{action_id:04d}"


class ActionRow(NamedTuple):
    """A line of the action plan (a named tuple: a large file builds 20,000 of them, and a
    tuple is made several times faster than a frozen dataclass)."""

    id: int
    title: str
    description: str
    status: ActionStatus
    priority: Priority
    side: Side
    owner_id: int | None
    owner_name: str
    supplier_id: int | None
    supplier_name: str
    contract_id: int | None
    contract_reference: str
    committee_id: int | None  # the committee that decided it
    committee_title: str
    committee_date: dt.date | None
    created_on: dt.date
    due_date: dt.date | None
    closed_on: dt.date | None
    notes: str
    days_late: int  # 0 when not late

    @property
    def number(self) -> str:
        return action_number(self.id)

    @property
    def late(self) -> bool:
        return self.days_late > 0

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


def as_text(column: Any) -> Any:
    """A date or datetime column read as SQLite stores it (ISO text), without SQLAlchemy's
    per-row regex: `date.fromisoformat` parses it ten times faster, which counts over the
    20,000 rows of a large file."""
    return sa.type_coerce(column, sa.String)


def day_of(text: str | None) -> dt.date | None:
    """The date of an ISO date or datetime text (None for None)."""
    return None if text is None else dt.date.fromisoformat(text[:10])


#: enum members by stored value: a dict lookup is several times faster than Enum(value)
STATUSES = {m.value: m for m in ActionStatus}
PRIORITIES = {m.value: m for m in Priority}
SIDES = {m.value: m for m in Side}


def _action_query() -> sa.Select:
    owner = CONTACT.alias("owner")
    return (
        sa.select(act.id, act.title, act.description, as_text(act.status),
                  as_text(act.priority), as_text(act.side),
                  act.owner_id, sa.func.coalesce(owner.c.name, ""), act.supplier_id,
                  sa.func.coalesce(SUPPLIER.c.name, ""), act.contract_id,
                  sa.func.coalesce(CONTRACT.c.reference, ""), act.committee_id,
                  sa.func.coalesce(com.title, ""), as_text(com.starts_at),
                  as_text(act.created_on), as_text(act.due_date), as_text(act.closed_on),
                  act.notes)
        .select_from(ACTION.outerjoin(owner, owner.c.id == act.owner_id)
                     .outerjoin(SUPPLIER, SUPPLIER.c.id == act.supplier_id)
                     .outerjoin(CONTRACT, CONTRACT.c.id == act.contract_id)
                     .outerjoin(COMMITTEE, com.id == act.committee_id))
    )


def _rows(session: Session, query: sa.Select, today: dt.date) -> list[ActionRow]:
    rows = []
    days_late = rules.action_days_late
    days: dict[str | None, dt.date | None] = {None: None}  # dates repeat: each parsed once

    def day(text: str | None) -> dt.date | None:
        if text not in days:
            days[text] = day_of(text)
        return days[text]

    for (id_, title, description, status, priority, side, owner_id, owner, supplier_id,
         supplier, contract_id, reference, committee_id, committee_title, starts_at, created,
         due, closed, notes) in session.connection().execute(query).all():
        status, due = STATUSES[status], day(due)
        rows.append(ActionRow(
            id_, title, description, status, PRIORITIES[priority], SIDES[side], owner_id,
            owner, supplier_id, supplier, contract_id, reference, committee_id,
            committee_title, day(starts_at and starts_at[:10]), day(created), due, day(closed),
            notes, days_late(due, status, today)))
    return rows


def followed_in(session: Session, committee_id: int) -> frozenset[int]:
    """The actions a committee followed up (noted something about), whatever their origin."""
    return frozenset(session.connection().execute(
        sa.select(upd.action_id).where(upd.committee_id == committee_id)).scalars())


def list_actions(session: Session, today: dt.date) -> list[ActionRow]:
    """Every action, whatever committee it came from, by due date (none last)."""
    rows = _rows(session, _action_query().order_by(act.id), today)
    dated = [row for row in rows if row.due_date is not None]
    dated.sort(key=attrgetter("due_date"))  # stable: by id within a day; a C key, 20,000 rows
    return dated + [row for row in rows if row.due_date is None]


def actions_by_id(session: Session, ids: list[int], today: dt.date) -> list[ActionRow]:
    """These actions, in the order of `ids` (missing ones left out)."""
    if not ids:
        return []
    query = _action_query().where(act.id.in_(ids))
    found = {row.id: row for row in _rows(session, query, today)}
    return [found[i] for i in ids if i in found]


@dataclass(frozen=True)
class ActionFilter:
    """The action plan's filters; None means « all »."""

    status: ActionStatus | str | None = TO_FOLLOW  # a status, TO_FOLLOW or None
    owner_id: int | None = None
    side: Side | None = None
    supplier_id: int | None = None
    contract_id: int | None = None
    committee_id: int | None = None  # decided in, or followed up in, this committee
    late_only: bool = False
    followed: frozenset[int] = frozenset()  # the actions `committee_id` followed up


    def accepts(self, row: ActionRow) -> bool:
        """True when the row passes every filter."""
        if self.status == TO_FOLLOW:
            if row.status not in OPEN_STATUSES:
                return False
        elif self.status is not None and row.status != self.status:
            return False
        return ((self.late_only is False or row.days_late > 0)
                and (self.owner_id is None or row.owner_id == self.owner_id)
                and (self.side is None or row.side == self.side)
                and (self.supplier_id is None or row.supplier_id == self.supplier_id)
                and (self.contract_id is None or row.contract_id == self.contract_id)
                and (self.committee_id is None or row.committee_id == self.committee_id
                     or row.id in self.followed))


# -- one action ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionDetail:
    """Every editable field of an action, and what its form offers to choose from."""

    row: ActionRow
    contracts: tuple[tuple[int, str], ...]  # of its supplier: (id, reference — title)
    owners: tuple[tuple[int, str, Side], ...]  # its supplier's contacts, the client's

    def values(self) -> dict[str, Any]:
        """The fields a form edits, by column name."""
        row = self.row
        return {"title": row.title, "description": row.description,
                "supplier_id": row.supplier_id, "contract_id": row.contract_id,
                "owner_id": row.owner_id, "side": row.side, "priority": row.priority,
                "due_date": row.due_date, "status": row.status, "notes": row.notes}


def action_detail(session: Session, action_id: int, today: dt.date) -> ActionDetail | None:
    """One action with its form's choices, or None when it no longer exists."""
    found = actions_by_id(session, [action_id], today)
    if not found:
        return None
    row = found[0]
    return ActionDetail(row, contract_choices(session, row.supplier_id),
                        owner_choices(session, row.supplier_id))


def contract_choices(session: Session, supplier_id: int | None) -> tuple[tuple[int, str], ...]:
    """A supplier's contracts as (id, « reference — title »), by reference."""
    if supplier_id is None:
        return ()
    c = CONTRACT.c
    query = (sa.select(c.id, c.reference, c.title).where(c.supplier_id == supplier_id)
             .order_by(c.reference))
    return tuple((i, f"{ref} — {title}") for i, ref, title in session.connection().execute(query))


def owner_choices(session: Session, supplier_id: int | None
                  ) -> tuple[tuple[int, str, Side], ...]:
    """The contacts who may own an action, as (id, label, side): the supplier's, then the
    client's."""
    c = CONTACT.c
    query = (sa.select(c.id, c.name, c.role, as_text(c.side))
             .where(sa.or_(c.supplier_id.is_(None), c.supplier_id == supplier_id))
             .order_by(c.supplier_id.is_(None), c.name))
    return tuple((i, f"{name} ({role})" if role else name, SIDES[side])
                 for i, name, role, side in session.connection().execute(query))


# -- history ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """A moment of an action's life: decided, followed up (in a committee or not), closed."""

    day: dt.date
    kind: str  # "created", "committee", "follow_up" or "closed"
    committee_id: int | None = None
    committee_title: str = ""
    note: str = ""
    status: ActionStatus | None = None  # the status it was given then
    due_date: dt.date | None = None  # the due date it was moved to then


def action_history(session: Session, action_id: int, today: dt.date) -> list[HistoryEntry]:
    """An action's life, oldest first: its creation (in its committee), each committee
    held while it was open (with the follow-up noted there), follow-ups outside
    committees, and its closing."""
    action = session.connection().execute(
        sa.select(ACTION).where(act.id == action_id)).mappings().first()
    if action is None:
        return []
    updates = session.connection().execute(
        sa.select(upd.noted_on, upd.committee_id, upd.note, upd.status, upd.due_date)
        .where(upd.action_id == action_id).order_by(upd.noted_on, upd.id)).all()
    passed = _committees_passed(session, action, today)
    entries = [HistoryEntry(action["created_on"], "created", action["committee_id"],
                            passed.pop(action["committee_id"], ("", None))[0])]
    for committee_id, (title, day) in passed.items():
        entries.append(HistoryEntry(day, "committee", committee_id, title))
    for noted_on, committee_id, note, status, due in updates:
        entry = HistoryEntry(noted_on, "follow_up", committee_id, "", note,
                             None if status is None else ActionStatus(status), due)
        entries = _attach(entries, entry)
    closing = action["status"] in CLOSED_STATUSES and action["closed_on"] is not None
    if closing and not any(e.status == action["status"] for e in entries):
        entries.append(HistoryEntry(action["closed_on"], "closed",
                                    status=ActionStatus(action["status"])))
    return sorted(entries, key=lambda e: (e.day, e.kind != "created"))


def _attach(entries: list[HistoryEntry], update: HistoryEntry) -> list[HistoryEntry]:
    """Put a follow-up on the entry of its committee, or add it on its own."""
    for n, entry in enumerate(entries):
        if update.committee_id is not None and entry.committee_id == update.committee_id:
            merged = HistoryEntry(entry.day, entry.kind, entry.committee_id,
                                  entry.committee_title, update.note, update.status,
                                  update.due_date)
            return [*entries[:n], merged, *entries[n + 1:]]
    return [*entries, update]


def _committees_passed(session: Session, action: Any, today: dt.date
                       ) -> dict[int | None, tuple[str, dt.date]]:
    """The committees an action went through: its own, then those of its supplier or
    contract held after it was decided and before it was closed (cancelled ones left out),
    and any that followed it up."""
    origin_day = session.scalar(sa.select(com.starts_at).where(com.id == action["committee_id"]))
    start = origin_day or dt.datetime.combine(action["created_on"], dt.time())
    end = dt.datetime.combine(min(action["closed_on"] or today, today), dt.time.max)
    concerned = [com.supplier_id == action["supplier_id"]] if action["supplier_id"] else []
    if action["contract_id"] is not None:
        concerned.append(com.id.in_(sa.select(lnk.committee_id)
                                    .where(lnk.contract_id == action["contract_id"])))
    followed = sa.select(upd.committee_id).where(upd.action_id == action["id"])
    query = (sa.select(com.id, com.title, com.starts_at)
             .where(sa.or_(
                 com.id == action["committee_id"], com.id.in_(followed),
                 sa.and_(sa.or_(*concerned) if concerned else sa.false(),
                         com.starts_at > start, com.starts_at <= end,
                         com.status != CommitteeStatus.CANCELLED)))
             .order_by(com.starts_at))
    passed: dict[int | None, tuple[str, dt.date]] = {}
    for committee_id, title, starts_at in session.connection().execute(query):
        passed[committee_id] = (title, starts_at.date())
    return passed
