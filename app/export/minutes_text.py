"""The words and figures of the minutes, in French, shared by the Word body and the
template's fields (so that « {{ comite.date }} » and the cartouche say the same thing)."""

from __future__ import annotations

import datetime as dt
import re

from app.export.minutes_data import ActionEntry, CommitteeHeader, ReviewRow
from app.i18n import tr
from app.models.enums import ActionStatus
from app.services.formatting import (
    format_date,
    format_long_date,
    format_period,
    format_value,
    plural,
)
from app.services.indicator_values import target_text

#: Characters XML 1.0 cannot hold (a vertical tab pasted from Excel, a NUL…).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _tr(text: str) -> str:
    return tr("minutes", text)


def xml_safe(text: str) -> str:
    """`text` without the control characters a Word document cannot hold."""
    return _NOT_XML.sub("", text)


def format_time(moment: dt.datetime | dt.time) -> str:
    """« 14 h 00 », « 9 h 30 »: the hour as French documents write it."""
    return f"{moment.hour} h {moment.minute:02d}"


def when(header: CommitteeHeader) -> str:
    """« mardi 10 novembre 2026, 14 h 00 – 16 h 00 »."""
    return (f"{format_long_date(header.starts_at.date())}, {format_time(header.starts_at)} – "
            f"{format_time(header.ends_at)}")


def duration(minutes: int) -> str:
    """« 1 h 30 », « 2 h », « 45 min »."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


def period(header: CommitteeHeader) -> str:
    """The reviewed period (« 10/2026 », « T3 2026 »), or empty."""
    if header.review_period is None:
        return ""
    return format_period(header.review_period, header.review_frequency)


def days_late(days: int) -> str:
    """« 12 jours de retard », or empty when not late."""
    return _tr("{days} de retard").format(days=plural(days, "jour")) if days > 0 else ""


def action_status(action: ActionEntry) -> str:
    """« En cours », or « En retard (12 j) » for a late action: said in words, not colour."""
    if action.days_late > 0:
        return _tr("En retard ({days} j)").format(days=action.days_late)
    return _tr(action.status.label)


def is_closed(status: ActionStatus) -> bool:
    """True for a done or cancelled action."""
    return status in (ActionStatus.DONE, ActionStatus.CANCELLED)


def value(row: ReviewRow) -> str:
    """The measured value with its unit, or « non renseigné »."""
    return format_value(row.value, row.unit) if row.value is not None else _tr("non renseigné")


def target(row: ReviewRow) -> str:
    """« ≥ 99,5 % » or « ≤ 4 h »: the target and which way is better."""
    return target_text(row.direction, row.target, row.unit)


def due(day: dt.date | None) -> str:
    """A due date, or « — » when the action has none."""
    return format_date(day) if day else "—"
