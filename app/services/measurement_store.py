"""The one write path of measurements: values put on their period, and what they replaced.

Whoever stores measurements — the supplier report import, the indicators grid — hands a
list of `MeasureWrite`s to `write_measures`. Each period is normalised to its first day by
the indicator's frequency (a weekly value on its Monday, a quarterly one on the 1st of the
quarter), the values are upserted in the session's transaction, and the measurements they
replaced come back as a `Replaced`, which `restore_measures` puts back (undo). A single
row written through `app.services.records` (the generic undo commands) is moved the same
way by `normalised_row`: `measurement_period` is the one rule for both.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from app.i18n import tr
from app.models import Indicator, Measurement
from app.models.enums import Frequency, MeasurementSource
from app.services.formatting import format_period
from app.services.periods import period_start
from app.services.validation import ValidationError

MEASUREMENT, INDICATOR = Measurement.__table__, Indicator.__table__
mea, ind = MEASUREMENT.c, INDICATOR.c

#: (indicator id, first day of the period): what identifies a measurement.
Key = tuple[int, dt.date]


@dataclass(frozen=True)
class MeasureWrite:
    """A value to store for an indicator's period; a None value removes the measurement."""

    indicator_id: int
    period: dt.date  # any day of the period: the value is stored on the period's first day
    value: float | None
    comment: str | None = None  # None keeps the stored comment ("" for a new measurement)
    source: MeasurementSource = MeasurementSource.ENTERED


@dataclass(frozen=True)
class StoredMeasure:
    """A measurement as the file holds it."""

    indicator_id: int
    period: dt.date
    value: float
    comment: str
    source: MeasurementSource

    @property
    def key(self) -> Key:
        return (self.indicator_id, self.period)


@dataclass(frozen=True)
class Replaced:
    """What a write replaced: per key written, the measurement before (None: there was
    none). `restore_measures` puts it back."""

    before: Mapping[Key, StoredMeasure | None]


def frequencies(session: Session, indicator_ids: Iterable[int]) -> dict[int, Frequency]:
    """The frequency of each of these indicators (missing ids are left out)."""
    ids = sorted(set(indicator_ids))
    found: dict[int, Frequency] = {}
    for chunk in _chunks(ids):
        query = sa.select(ind.id, ind.frequency).where(ind.id.in_(chunk))
        found.update((row.id, Frequency(row.frequency)) for row in session.execute(query))
    return found


def normalised(session: Session, writes: Sequence[MeasureWrite]) -> list[MeasureWrite]:
    """`writes` with each period moved to its period's first day; raises ValueError (in
    French) for an unknown indicator or a value that is not a finite number."""
    known = frequencies(session, (write.indicator_id for write in writes))
    result = []
    for write in writes:
        frequency = known.get(write.indicator_id)
        if frequency is None:
            raise ValueError(tr("measures", "Cet indicateur n'existe plus."))
        if write.value is not None and not math.isfinite(write.value):
            raise ValueError(tr("measures", "La valeur doit être un nombre fini."))
        start = measurement_period(write.period, frequency)
        result.append(write if start == write.period else _with_period(write, start))
    return result


def measurement_period(day: dt.date, frequency: Frequency) -> dt.date:
    """The period a measurement dated `day` belongs to, named by its first day."""
    return period_start(day, frequency)


def normalised_row(
    session: Session, values: Mapping[str, object], row_id: int | None = None
) -> dict[str, object]:
    """The columns of one measurement row (new, or row `row_id`) with its period moved to
    its first day; raises ValidationError when another measurement of the indicator holds
    that period already (the batch path upserts instead)."""
    cleaned = dict(values)
    day = cleaned.get("period")
    if not isinstance(day, dt.date):
        return cleaned
    indicator_id = cleaned.get("indicator_id")
    if indicator_id is None and row_id is not None:
        indicator_id = session.execute(
            sa.select(mea.indicator_id).where(mea.id == row_id)).scalar()
    frequency = frequencies(session, [indicator_id]).get(indicator_id)  # type: ignore[list-item]
    if frequency is None:
        return cleaned  # no such indicator: the database refuses the row itself
    cleaned["period"] = period = measurement_period(day, frequency)
    taken = sa.select(mea.id).where(mea.indicator_id == indicator_id, mea.period == period)
    if row_id is not None:
        taken = taken.where(mea.id != row_id)
    if session.execute(taken.limit(1)).first() is not None:
        raise ValidationError({"period": tr("measures", "Une mesure existe déjà pour {0}.")
                               .format(format_period(period, frequency))})
    return cleaned


def stored_measures(
    session: Session, indicator_ids: Iterable[int]
) -> dict[Key, StoredMeasure]:
    """Every measurement of these indicators, by key."""
    ids = sorted(set(indicator_ids))
    found: dict[Key, StoredMeasure] = {}
    for chunk in _chunks(ids):
        query = sa.select(mea.indicator_id, mea.period, mea.value, mea.comment,
                          mea.source).where(mea.indicator_id.in_(chunk))
        for row in session.execute(query):
            stored = StoredMeasure(row.indicator_id, row.period, row.value, row.comment,
                                   MeasurementSource(row.source))
            found[stored.key] = stored
    return found


def write_measures(session: Session, writes: Sequence[MeasureWrite]) -> Replaced:
    """Store `writes` in the session's transaction (periods normalised, see `normalised`);
    returns what they replaced. A key written twice keeps its last value."""
    writes = normalised(session, writes)
    stored = stored_measures(session, (write.indicator_id for write in writes))
    before = {(w.indicator_id, w.period): stored.get((w.indicator_id, w.period))
              for w in writes}
    last = {(w.indicator_id, w.period): w for w in writes}
    _delete(session, [key for key, write in last.items() if write.value is None])
    kept = [w for w in last.values() if w.value is not None and w.comment is None]
    commented = [w for w in last.values() if w.value is not None and w.comment is not None]
    _upsert(session, [_values(w, "") for w in kept], with_comment=False)
    _upsert(session, [_values(w, w.comment or "") for w in commented], with_comment=True)
    return Replaced(before)


def restore_measures(session: Session, replaced: Replaced) -> None:
    """Put back what a write replaced: removed where there was nothing, restored otherwise."""
    _delete(session, [key for key, old in replaced.before.items() if old is None])
    rows = [{"indicator_id": old.indicator_id, "period": old.period, "value": old.value,
             "comment": old.comment, "source": old.source}
            for old in replaced.before.values() if old is not None]
    _upsert(session, rows, with_comment=True)


def _values(write: MeasureWrite, comment: str) -> dict[str, object]:
    return {"indicator_id": write.indicator_id, "period": write.period, "value": write.value,
            "comment": comment, "source": write.source}


def _upsert(session: Session, rows: list[dict[str, object]], *, with_comment: bool) -> None:
    if not rows:
        return
    statement = sqlite_insert(MEASUREMENT)
    updated = {"value": statement.excluded.value, "source": statement.excluded.source}
    if with_comment:
        updated["comment"] = statement.excluded.comment
    statement = statement.on_conflict_do_update(
        index_elements=[mea.indicator_id, mea.period], set_=updated)
    session.execute(statement, rows)


def _delete(session: Session, keys: list[Key]) -> None:
    if not keys:
        return
    statement = sa.delete(MEASUREMENT).where(
        mea.indicator_id == sa.bindparam("i"), mea.period == sa.bindparam("p"))
    session.execute(statement, [{"i": i, "p": p} for i, p in keys])


def _with_period(write: MeasureWrite, period: dt.date) -> MeasureWrite:
    return MeasureWrite(write.indicator_id, period, write.value, write.comment, write.source)


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    """Ids in slices short enough for any SQLite's limit on bound parameters."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
