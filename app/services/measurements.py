"""The one place a measurement's period is set: the first day of its indicator's period.

A quarterly value entered or imported on 15/08 belongs to the quarter starting 01/07, a
weekly one on Wednesday to the week starting that Monday, a monthly one on the 20th to the
1st: stored so, "missing" and "measured" agree. `records.create` and `records.update` call
`normalised` for every measurement they write, so the grid, the import and the undo stack
all go through it (migration 0003 moved the measurements already stored).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import Indicator, Measurement
from app.models.enums import Frequency
from app.services.formatting import format_period
from app.services.periods import period_start
from app.services.validation import ValidationError

IND, MEA = Indicator.__table__.c, Measurement.__table__.c


def normalised(
    session: Session, values: Mapping[str, Any], row_id: int | None = None
) -> dict[str, Any]:
    """`values` of a measurement (new, or row `row_id`) with its period moved to the first
    day of its indicator's period; raises ValidationError when another measurement of the
    indicator already holds that period."""
    cleaned = dict(values)
    day = cleaned.get("period")
    if day is None:
        return cleaned
    db = session.connection()
    indicator_id = cleaned.get("indicator_id")
    if indicator_id is None and row_id is not None:
        indicator_id = db.execute(sa.select(MEA.indicator_id).where(MEA.id == row_id)).scalar()
    frequency = db.execute(sa.select(IND.frequency).where(IND.id == indicator_id)).scalar()
    if frequency is None:
        return cleaned  # no such indicator: the database refuses the row itself
    cleaned["period"] = period = measurement_period(day, Frequency(frequency))
    taken = sa.select(MEA.id).where(MEA.indicator_id == indicator_id, MEA.period == period)
    if row_id is not None:
        taken = taken.where(MEA.id != row_id)
    if db.execute(taken.limit(1)).first() is not None:
        raise ValidationError({"period": tr(
            "measurements", "Une mesure existe déjà pour {period}.").format(
                period=format_period(period, Frequency(frequency)))})
    return cleaned


def measurement_period(day: dt.date, frequency: Frequency) -> dt.date:
    """The period a measurement dated `day` belongs to, named by its first day."""
    return period_start(day, frequency)
