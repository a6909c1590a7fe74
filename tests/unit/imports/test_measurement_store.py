"""The write path of measurements shared by the import and the grid: periods normalised by
frequency, upserts, removals, and what was replaced to undo it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import MeasurementSource
from app.services.measurement_store import (
    MeasureWrite,
    StoredMeasure,
    restore_measures,
    stored_measures,
    write_measures,
)

D = dt.date
IMPORTED, ENTERED = MeasurementSource.IMPORTED, MeasurementSource.ENTERED


def test_periods_land_on_the_first_day_by_frequency(document, ids) -> None:
    with document.session() as session:
        write_measures(session, [MeasureWrite(ids["sla02"], D(2026, 10, 31), 3.0),
                                 MeasureWrite(ids["sat"], D(2026, 8, 15), 4.0),
                                 MeasureWrite(ids["weekly"], D(2026, 11, 22), 96.0)])
        found = stored_measures(session, [ids["sla02"], ids["sat"], ids["weekly"]])
    assert set(found) == {(ids["sla02"], D(2026, 10, 1)), (ids["sat"], D(2026, 7, 1)),
                          (ids["weekly"], D(2026, 11, 16))}  # a Sunday → its Monday


def test_a_write_replaces_removes_and_can_be_undone(document, ids) -> None:
    key = (ids["sla01"], D(2026, 9, 1))
    with document.session() as session:
        before = stored_measures(session, [ids["sla01"]])
        replaced = write_measures(session, [
            MeasureWrite(ids["sla01"], D(2026, 9, 1), 99.0, None, IMPORTED),  # comment kept
            MeasureWrite(ids["sla01"], D(2026, 10, 1), 98.0, "RAS", IMPORTED),
        ])
        changed = stored_measures(session, [ids["sla01"]])
        assert changed[key] == StoredMeasure(*key, 99.0, "saisie manuelle", IMPORTED)
        assert changed[(ids["sla01"], D(2026, 10, 1))].comment == "RAS"
        assert replaced.before == {key: before[key], (ids["sla01"], D(2026, 10, 1)): None}
        removed = write_measures(session, [MeasureWrite(ids["sla01"], D(2026, 9, 1), None)])
        assert key not in stored_measures(session, [ids["sla01"]])
        restore_measures(session, removed)
        restore_measures(session, replaced)
        assert stored_measures(session, [ids["sla01"]]) == before


def test_the_last_write_of_a_key_wins(document, ids) -> None:
    with document.session() as session:
        write_measures(session, [MeasureWrite(ids["sla02"], D(2026, 10, 1), 3.0),
                                 MeasureWrite(ids["sla02"], D(2026, 10, 20), 5.0)])
        assert stored_measures(session, [ids["sla02"]])[(ids["sla02"], D(2026, 10, 1))
                                                        ].value == 5.0


@pytest.mark.parametrize(("write", "reason"), [
    (MeasureWrite(999, D(2026, 10, 1), 3.0), "Cet indicateur n'existe plus."),
    (MeasureWrite(1, D(2026, 10, 1), float("inf")), "La valeur doit être un nombre fini."),
])
def test_a_bad_write_is_refused_before_anything_is_written(document, ids, write,
                                                           reason) -> None:
    with document.session() as session:
        with pytest.raises(ValueError, match=reason):
            write_measures(session, [MeasureWrite(ids["sla02"], D(2026, 10, 1), 3.0), write])
        assert (ids["sla02"], D(2026, 10, 1)) not in stored_measures(session, [ids["sla02"]])
