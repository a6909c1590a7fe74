"""Checks of what a user types for a reversibility milestone or a checklist item, and the
values of a new one. Each `validate_*` returns the values to store or raises
ValidationError with a French reason per field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import ReadinessItem
from app.models.enums import ChecklistStatus, MilestoneStatus, ReversibilityPhase, Side
from app.services import workdays
from app.services.formatting import format_date
from app.services.reversibility_status import ITEM_FIELDS, MILESTONE_FIELDS, MilestoneRow
from app.services.validation import ValidationError, required

ITEM = ReadinessItem.__table__.c
TITLE_MAX = 200
#: The length of a milestone added by hand, in working days.
NEW_MILESTONE_DAYS = 10

_ENUMS = {"phase": ReversibilityPhase, "side": Side, "status": MilestoneStatus}


def _tr(text: str) -> str:
    return tr("reversibility", text)


def coerce(values: Mapping[str, Any]) -> dict[str, Any]:
    """A milestone's values with its enum fields as members (a combo box may hand back
    plain strings)."""
    coerced = dict(values)
    for name, enum in _ENUMS.items():
        if coerced.get(name) is not None:
            coerced[name] = enum(coerced[name])
    return coerced


# -- milestones -----------------------------------------------------------------------------


def milestone_errors(values: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    """The reason each field of a milestone is wrong."""
    v = coerce(values)
    checks = {
        "title": _title_error(v.get("title") or ""),
        "planned_start": None if v.get("planned_start") else _tr("Indiquez le début prévu."),
        "planned_end": _planned_end_error(v),
        "actual_start": _not_future(v.get("actual_start"), today),
        "actual_end": _actual_end_error(v, today),
        "pv_signed_on": _pv_error(v, today),
    }
    return {name: reason for name, reason in checks.items() if reason}


def validate_milestone(values: Mapping[str, Any], today: dt.date) -> dict[str, Any]:
    """The values to store for a milestone; raises ValidationError with French reasons."""
    errors = milestone_errors(values, today)
    if errors:
        raise ValidationError(errors)
    cleaned = {name: coerce(values).get(name) for name in MILESTONE_FIELDS}
    for name in ("title", "deliverable", "notes"):
        cleaned[name] = (cleaned[name] or "").strip()
    cleaned["pv_signed"] = bool(cleaned["pv_signed"])
    return cleaned


def _title_error(title: str) -> str | None:
    if required(title):
        return required(title)
    if len(title.strip()) > TITLE_MAX:
        return _tr("{n} caractères au plus.").format(n=TITLE_MAX)
    return None


def _planned_end_error(v: Mapping[str, Any]) -> str | None:
    start, end = v.get("planned_start"), v.get("planned_end")
    if not end:
        return _tr("Indiquez la fin prévue.")
    if start and end < start:
        return _tr("La fin prévue ne peut pas précéder le début prévu ({date}).").format(
            date=format_date(start))
    return None


def _not_future(day: dt.date | None, today: dt.date) -> str | None:
    if day is not None and day > today:
        return _tr("Une date réelle ne peut pas être après aujourd'hui ({date}).").format(
            date=format_date(today))
    return None


def _actual_end_error(v: Mapping[str, Any], today: dt.date) -> str | None:
    start, end = v.get("actual_start"), v.get("actual_end")
    if end is None:
        if v.get("status") is MilestoneStatus.DONE:
            return _tr("Un jalon terminé a une date de fin réelle.")
        return None
    if start is None:
        return _tr("Indiquez aussi le début réel.")
    if end < start:
        return _tr("La fin réelle ne peut pas précéder le début réel ({date}).").format(
            date=format_date(start))
    return _not_future(end, today)


def _pv_error(v: Mapping[str, Any], today: dt.date) -> str | None:
    signed, day = bool(v.get("pv_signed")), v.get("pv_signed_on")
    if not signed:
        return _tr("Cochez « PV signé » pour en donner la date.") if day else None
    if v.get("status") is not MilestoneStatus.DONE:
        return _tr("Un PV se signe sur un jalon terminé : passez-le à « Terminé ».")
    if day is None:
        return _tr("Indiquez la date de signature du PV.")
    end = v.get("actual_end")
    if end is not None and day < end:
        return _tr("Le PV ne peut pas être signé avant la fin réelle ({date}).").format(
            date=format_date(end))
    return _not_future(day, today)


def new_milestone_values(contract_id: int, milestones: Sequence[MilestoneRow],
                         today: dt.date) -> dict[str, Any]:
    """A new milestone after the plan's last one (or from today): the next phase, ten
    working days, on working days."""
    last = max(milestones, key=lambda m: m.planned_end, default=None)
    phases = list(ReversibilityPhase)
    if last is None:
        start, phase = workdays.next_working_day(today), phases[0]
    else:
        start = workdays.add_working_days(last.planned_end, 1)
        phase = phases[min(phases.index(last.phase) + 1, len(phases) - 1)]
    return {
        "contract_id": contract_id, "phase": phase, "title": "", "deliverable": "",
        "owner_id": None, "side": Side.SUPPLIER, "planned_start": start,
        "planned_end": workdays.add_working_days(start, NEW_MILESTONE_DAYS - 1),
        "actual_start": None, "actual_end": None, "status": MilestoneStatus.PLANNED,
        "pv_signed": False, "pv_signed_on": None, "notes": "",
    }


# -- checklist ------------------------------------------------------------------------------


def validate_item(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values to store for a checklist item; raises ValidationError."""
    title = (values.get("title") or "").strip()
    error = _title_error(title)
    if error:
        raise ValidationError({"title": error})
    cleaned = {name: values.get(name) for name in ITEM_FIELDS}
    cleaned["title"] = title
    cleaned["evidence"] = (cleaned["evidence"] or "").strip()
    cleaned["status"] = ChecklistStatus(cleaned["status"] or ChecklistStatus.TODO)
    return cleaned


def new_item_values(session: Session, contract_id: int) -> dict[str, Any]:
    """A new item at the end of a contract's checklist."""
    last = session.connection().execute(
        sa.select(sa.func.max(ITEM.position)).where(ITEM.contract_id == contract_id)).scalar()
    return {"contract_id": contract_id, "position": (last or 0) + 1, "title": "",
            "owner_id": None, "status": ChecklistStatus.TODO, "evidence": ""}
