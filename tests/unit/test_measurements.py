"""A measurement is stored on its period's first day whatever day it comes with, by one
rule (`measurement_store.measurement_period`) whether it is written one row at a time
through `records` (the undo commands) or in a batch (the import, the grid: tested in
tests/unit/imports/test_measurement_store.py), so "missing" and "measured" agree."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.models import (
    Contract,
    ContractKind,
    Frequency,
    Indicator,
    IndicatorCategory,
    Measurement,
    Supplier,
)
from app.services import records
from app.services.dashboard import AlertKind, build_dashboard
from app.services.validation import ValidationError

D = dt.date


@pytest.fixture
def indicators(client_file) -> dict[Frequency, int]:
    """One indicator of each frequency on one contract."""
    with client_file.session() as session:
        supplier = records.create(session, Supplier, {"name": "Prestataire"})
        contract = records.create(session, Contract, {
            "supplier_id": supplier, "reference": "C-1", "title": "Contrat",
            "kind": ContractKind.SERVICE_CENTER, "start_date": D(2025, 1, 1)})
        return {frequency: records.create(session, Indicator, {
            "contract_id": contract, "code": frequency.value, "name": frequency.label,
            "category": IndicatorCategory.SERVICE_LEVEL, "target": 95.0,
            "frequency": frequency}) for frequency in Frequency}


def periods(client_file) -> list[tuple[int, dt.date, float]]:
    table = Measurement.__table__
    with client_file.session() as session:
        rows = session.execute(sa.select(table.c.indicator_id, table.c.period, table.c.value)
                               .order_by(table.c.indicator_id, table.c.period))
        return [tuple(row) for row in rows]


@pytest.mark.parametrize(("frequency", "day", "stored"), [
    (Frequency.MONTHLY, D(2026, 10, 20), D(2026, 10, 1)),
    (Frequency.QUARTERLY, D(2026, 8, 15), D(2026, 7, 1)),  # Q3: July to September
    (Frequency.QUARTERLY, D(2026, 12, 31), D(2026, 10, 1)),
    (Frequency.WEEKLY, D(2026, 11, 18), D(2026, 11, 16)),  # a Wednesday: its Monday
    (Frequency.WEEKLY, D(2026, 11, 22), D(2026, 11, 16)),  # a Sunday: the same week
])
def test_a_new_measurement_goes_to_its_period_first_day(
    client_file, indicators, frequency: Frequency, day: dt.date, stored: dt.date
) -> None:
    with client_file.session() as session:
        records.create(session, Measurement, {"indicator_id": indicators[frequency],
                                              "period": day, "value": 97.0})
    assert periods(client_file) == [(indicators[frequency], stored, 97.0)]


def test_a_moved_measurement_is_normalised_too(client_file, indicators) -> None:
    quarterly = indicators[Frequency.QUARTERLY]
    with client_file.session() as session:
        row = records.create(session, Measurement, {"indicator_id": quarterly,
                                                    "period": D(2026, 7, 1), "value": 97.0})
        records.update(session, Measurement, row, {"period": D(2026, 9, 30)})  # still Q3
    assert periods(client_file) == [(quarterly, D(2026, 7, 1), 97.0)]
    with client_file.session() as session:
        records.update(session, Measurement, row, {"period": D(2026, 11, 2), "value": 91.0})
        records.update(session, Measurement, row, {"value": 92.0})  # the period untouched
    assert periods(client_file) == [(quarterly, D(2026, 10, 1), 92.0)]


def test_a_second_value_for_the_same_period_is_refused(client_file, indicators) -> None:
    quarterly = indicators[Frequency.QUARTERLY]
    with client_file.session() as session:
        records.create(session, Measurement, {"indicator_id": quarterly,
                                              "period": D(2026, 8, 15), "value": 97.0})
    with pytest.raises(ValidationError) as refused, client_file.session() as session:
        records.create(session, Measurement, {"indicator_id": quarterly,
                                              "period": D(2026, 9, 10), "value": 80.0})
    assert refused.value.errors == {"period": "Une mesure existe déjà pour T3 2026."}
    assert periods(client_file) == [(quarterly, D(2026, 7, 1), 97.0)]  # nothing changed


def test_measured_on_any_day_is_not_missing(client_file, indicators) -> None:
    # On 24/11/2026 the last complete quarter is Q3 and the last complete week the one of
    # Monday 16/11. Values typed on 15/08 and on Friday 20/11 cover them: nothing missing
    # for these two, while the monthly one (nothing for October) is.
    with client_file.session() as session:
        records.create(session, Measurement, {"indicator_id": indicators[Frequency.QUARTERLY],
                                              "period": D(2026, 8, 15), "value": 99.0})
        records.create(session, Measurement, {"indicator_id": indicators[Frequency.WEEKLY],
                                              "period": D(2026, 11, 20), "value": 99.0})
        board = build_dashboard(session, D(2026, 11, 24))
    missing = [a.entity_id for a in board.alerts if a.kind is AlertKind.INDICATOR_MISSING]
    assert missing == [indicators[Frequency.MONTHLY]]
