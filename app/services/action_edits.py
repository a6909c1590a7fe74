"""Writing actions: the form's checks, follow-ups (in a committee or not), bulk changes.

Every function writes through a `ChangeSet`, so that the UI makes each one a single undo
step. A change of status or due date is always recorded as a follow-up (`ActionUpdate`),
so that the action's history says when it moved and where; in a committee, the follow-up
of an action is one row per committee, which later edits in the same sheet complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import Action, ActionUpdate
from app.models.enums import ActionStatus, Priority, Side
from app.services.actions import ACTION, CLOSED_STATUSES, act, upd
from app.services.changes import ChangeSet
from app.services.validation import ValidationError

TITLE_MAX = 200
_UNSET: Any = object()


def default_values(supplier_id: int | None = None) -> dict[str, Any]:
    """The fields of a new action before the user types anything."""
    return {"title": "", "description": "", "supplier_id": supplier_id, "contract_id": None,
            "owner_id": None, "side": Side.SUPPLIER, "priority": Priority.NORMAL,
            "due_date": None, "status": ActionStatus.OPEN, "notes": ""}


def validate_action(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values to store, or ValidationError with the reason next to each wrong field."""
    errors = {}
    title = str(values.get("title") or "").strip()
    if not title:
        errors["title"] = tr("actions", "Donnez un intitulé à l'action.")
    elif len(title) > TITLE_MAX:
        errors["title"] = tr("actions", "200 caractères au plus.")
    if errors:
        raise ValidationError(errors)
    cleaned = dict(values)
    cleaned["title"] = title
    for name, enum in (("status", ActionStatus), ("side", Side), ("priority", Priority)):
        if cleaned.get(name) is not None:
            cleaned[name] = enum(cleaned[name])
    return cleaned


def _action(session: Session, action_id: int) -> Any:
    found = session.connection().execute(sa.select(ACTION).where(act.id == action_id)).first()
    if found is None:
        raise ValidationError({"": tr("actions", "Cette action n'existe plus.")})
    return found


def _closing_values(action: Any, status: ActionStatus, on: dt.date) -> dict[str, Any]:
    """The status, and the closing date it implies (kept when already closed)."""
    if status not in CLOSED_STATUSES:
        return {"status": status, "closed_on": None}
    closed = action.closed_on if action.status in CLOSED_STATUSES else None
    return {"status": status, "closed_on": closed or max(on, action.created_on)}


def create_action(session: Session, changes: ChangeSet, values: Mapping[str, Any],
                  on: dt.date, committee_id: int | None = None) -> int:
    """Store a new action (decided in `committee_id`, if given); returns its id."""
    cleaned = validate_action(values)
    status = cleaned.get("status") or ActionStatus.OPEN
    row = {**cleaned, "committee_id": committee_id, "created_on": on, "status": status,
           "closed_on": on if status in CLOSED_STATUSES else None}
    return changes.insert(session, Action, row)


def save_action(session: Session, changes: ChangeSet, action_id: int,
                values: Mapping[str, Any], on: dt.date) -> None:
    """Store an action's form; a new status or due date is recorded as a follow-up."""
    cleaned = validate_action(values)
    status, due = cleaned.pop("status", _UNSET), cleaned.pop("due_date", _UNSET)
    changes.update(session, Action, action_id, cleaned)
    record_follow_up(session, changes, action_id, on, status=status, due_date=due)


def record_follow_up(session: Session, changes: ChangeSet, action_id: int, on: dt.date, *,
                     committee_id: int | None = None, note: str | None = None,
                     status: Any = _UNSET, due_date: Any = _UNSET) -> None:
    """Note a follow-up of an action: a note, a new status, a new due date (each optional).

    In a committee, the action's follow-up in that committee is completed (one row per
    committee); outside one, a change of status or due date, or a note, adds a row. The
    action itself takes the new status (and closing date) and due date.
    """
    action = _action(session, action_id)
    values: dict[str, Any] = {}
    if status is not _UNSET and status is not None and status != action.status:
        values.update(_closing_values(action, ActionStatus(status), on))
    if due_date is not _UNSET and due_date != action.due_date:
        values["due_date"] = due_date
    if values:
        changes.update(session, Action, action_id, values)
    noted = {k: v for k, v in (("note", note), ("status", values.get("status")),
                               ("due_date", values.get("due_date"))) if v is not None}
    if committee_id is not None:
        _complete_committee_follow_up(session, changes, action_id, committee_id, on, noted)
    elif noted:
        changes.insert(session, ActionUpdate, {"action_id": action_id, "noted_on": on,
                                               "note": noted.get("note", ""), **noted})


def _complete_committee_follow_up(session: Session, changes: ChangeSet, action_id: int,
                                  committee_id: int, on: dt.date, noted: dict) -> None:
    existing = session.connection().execute(
        sa.select(upd.id).where(upd.action_id == action_id, upd.committee_id == committee_id)
        .order_by(upd.id)).scalar()
    if existing is not None:
        if noted:
            changes.update(session, ActionUpdate, existing, noted)
    elif noted:
        changes.insert(session, ActionUpdate, {"action_id": action_id,
                                               "committee_id": committee_id, "noted_on": on,
                                               "note": "", **noted})


def close_actions(session: Session, changes: ChangeSet, action_ids: Iterable[int],
                  on: dt.date, note: str = "", status: ActionStatus = ActionStatus.DONE
                  ) -> int:
    """Close several actions at once (done, or cancelled); returns how many changed."""
    changed = 0
    for action_id in action_ids:
        if _action(session, action_id).status != status:
            record_follow_up(session, changes, action_id, on, note=note or None, status=status)
            changed += 1
    return changed


def move_due_dates(session: Session, changes: ChangeSet, action_ids: Iterable[int],
                   due_date: dt.date, on: dt.date, note: str = "") -> int:
    """Give several actions a new due date; returns how many changed."""
    changed = 0
    for action_id in action_ids:
        if _action(session, action_id).due_date != due_date:
            record_follow_up(session, changes, action_id, on, note=note or None,
                             due_date=due_date)
            changed += 1
    return changed
