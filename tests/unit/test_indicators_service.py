"""The indicators list, an indicator's series and the measurement grid's writes, on the
hand-worked file of tests/indicators_scenario.py (its docstring gives every figure)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.models import Direction, Frequency, MeasurementSource
from app.services import indicators, measurements
from app.services.indicators import Trend, TrendPoint, trend_of
from app.services.measurements import Cell
from app.services.rules import MeasureStatus
from app.storage.document import open_file
from tests.indicators_scenario import scenario_file

D = dt.date
TODAY = D(2026, 11, 24)


@pytest.fixture
def scenario(tmp_path: Path):
    path, ids = scenario_file(tmp_path / "documents")
    document = open_file(path)
    yield document, ids
    document.close(save=False)


def rows_by_code(document) -> dict[str, indicators.IndicatorRow]:
    with document.session() as session:
        return {row.code: row for row in indicators.list_indicators(session, TODAY)}


def test_each_indicator_shows_its_last_value_status_and_period(scenario) -> None:
    document, _ids = scenario
    rows = rows_by_code(document)
    disp = rows["DISP"]
    assert (disp.last_period, disp.last_value) == (D(2026, 10, 1), 96.4)
    assert (disp.status_period, disp.status) == (D(2026, 10, 1), MeasureStatus.BREACHED)
    # P1 was typed early for the running month: November's value is the latest
    assert (rows["P1"].status_period, rows["P1"].status) == (D(2026, 11, 1), MeasureStatus.MET)
    # quarterly: Q3 2026 is the last complete quarter on 24/11/2026; 3.9 is in the band
    assert (rows["SAT"].status_period, rows["SAT"].status) == (D(2026, 7, 1),
                                                                MeasureStatus.WARNING)


def test_a_period_over_without_value_is_missing_and_the_last_value_stays(scenario) -> None:
    document, _ids = scenario
    gap = rows_by_code(document)["GAP"]
    assert (gap.status_period, gap.status) == (D(2026, 10, 1), MeasureStatus.MISSING)
    assert (gap.last_period, gap.last_value) == (D(2026, 8, 1), 97.0)
    assert gap.trend == (TrendPoint(D(2026, 8, 1), 97.0), TrendPoint(D(2026, 9, 1), None),
                         TrendPoint(D(2026, 10, 1), None))


def test_trends_read_with_the_indicators_direction(scenario) -> None:
    document, _ids = scenario
    rows = rows_by_code(document)
    # 99.5 → 96.4 on a higher-is-better indicator: worse
    assert [p.value for p in rows["DISP"].trend] == [99.5, 98.5, 96.4]
    assert rows["DISP"].trend_direction is Trend.WORSE
    # 7 → 5 → 3 hours on a lower-is-better one: better (the running month counts)
    assert [p.period.month for p in rows["P1"].trend] == [9, 10, 11]
    assert rows["P1"].trend_direction is Trend.BETTER


@pytest.mark.parametrize(("values", "direction", "expected"), [
    ((99.0, 99.5, 99.4), Direction.HIGHER_IS_BETTER, Trend.STEADY),  # +0.4 < 1 % of 99
    ((99.0, 98.0, 97.0), Direction.HIGHER_IS_BETTER, Trend.WORSE),
    ((9.0, None, 6.0), Direction.LOWER_IS_BETTER, Trend.BETTER),  # a gap in the middle
    ((None, None, 6.0), Direction.LOWER_IS_BETTER, None),  # one value: no trend
])
def test_trend_of_three_periods(values, direction, expected) -> None:
    points = [TrendPoint(D(2026, m, 1), v) for m, v in zip((8, 9, 10), values, strict=True)]
    assert trend_of(points, direction, 99.0 if direction is Direction.HIGHER_IS_BETTER
                    else 4.0) is expected


def test_penalties_due_this_year_per_indicator(scenario) -> None:
    document, _ids = scenario
    rows = rows_by_code(document)
    # DISP: March 2 points × 1 % × 10 000 € + October 3 points (2.6, started) = 500 €
    assert rows["DISP"].penalty_due == pytest.approx(500.0)
    assert rows["P1"].penalty_due == pytest.approx(800.0)  # one breach, in September
    assert rows["SAT"].penalty_due == 0.0  # no penalty rule
    assert rows["GAP"].penalty_due == 0.0


def test_a_suppliers_breach_is_read_with_the_clients_inputs_of_the_same_month(scenario) -> None:
    document, _ids = scenario
    rows = rows_by_code(document)
    assert rows["DISP"].read_with_client  # October: DISP breached, CLI breached too
    assert not rows["P1"].read_with_client  # met in November
    assert rows["CLI"].client_side and not rows["CLI"].read_with_client


def test_the_list_of_one_contract_or_of_some_indicators(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        of_b = indicators.list_indicators(session, TODAY, contract_id=ids["b"])
        some = indicators.list_indicators(session, TODAY, ids=[ids["gap"], ids["p1"]])
    assert [row.code for row in of_b] == ["PRES"]
    assert sorted(row.code for row in some) == ["GAP", "P1"]
    # read by id, with only their contract's penalties and terms, rows are as in the full
    # list: P1's 800 € of penalties (its contract's cap) and GAP's missing status alike
    everything = rows_by_code(document)
    assert {row.code: row for row in some} == {"GAP": everything["GAP"], "P1": everything["P1"]}
    assert next(r for r in some if r.code == "P1").penalty_due == pytest.approx(800.0)


def test_an_indicators_series_has_a_gap_for_each_period_not_measured(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        series = measurements.indicator_series(session, ids["disp"], TODAY)
    periods = [p.period for p in series.points]
    # from its first value (03/2026) to the last complete month (10/2026)
    assert periods == [D(2026, m, 1) for m in range(3, 11)]
    gaps = [p for p in series.points if p.value is None]
    assert [p.period.month for p in gaps] == [4, 5, 6, 7]
    assert all(p.status is MeasureStatus.MISSING for p in gaps)
    october = series.points[-1]
    assert (october.status, october.read_with_client) == (MeasureStatus.BREACHED, True)


def test_the_grid_of_a_contract_shows_one_frequency_supplier_first(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        grid = measurements.load_grid(session, ids["a"], TODAY)
        quarterly = measurements.load_grid(session, ids["a"], TODAY, Frequency.QUARTERLY,
                                           count=4)
    assert grid.frequency is Frequency.MONTHLY
    assert grid.frequencies == (Frequency.MONTHLY, Frequency.QUARTERLY)
    assert [r.code for r in grid.rows] == ["DISP", "GAP", "P1", "CLI"]
    assert grid.periods[0] == D(2025, 12, 1) and grid.periods[-1] == D(2026, 11, 1)
    assert grid.cells[ids["disp"], D(2026, 10, 1)] == Cell(96.4)
    assert [r.code for r in quarterly.rows] == ["SAT"]
    assert quarterly.periods == (D(2026, 1, 1), D(2026, 4, 1), D(2026, 7, 1), D(2026, 10, 1))


def test_writing_cells_returns_what_they_held_and_writing_that_back_undoes(scenario) -> None:
    document, ids = scenario
    changes = {
        (ids["gap"], D(2026, 9, 1)): Cell(94.0, "relevé tardif"),  # new
        (ids["disp"], D(2026, 10, 1)): Cell(99.2),  # changed
        (ids["p1"], D(2026, 11, 1)): None,  # cleared
    }
    with document.session() as session:
        before = measurements.write_cells(session, changes)
    assert before == {(ids["gap"], D(2026, 9, 1)): None,
                      (ids["disp"], D(2026, 10, 1)): Cell(96.4),
                      (ids["p1"], D(2026, 11, 1)): Cell(3.0)}
    rows = rows_by_code(document)
    assert rows["DISP"].status is MeasureStatus.MET
    # September is filled, October still is not: missing, with September's value shown
    assert (rows["GAP"].status, rows["GAP"].last_period, rows["GAP"].last_value) == (
        MeasureStatus.MISSING, D(2026, 9, 1), 94.0)
    with document.session() as session:
        measurements.write_cells(session, before)
    assert rows_by_code(document)["DISP"].last_value == 96.4
    assert rows_by_code(document)["P1"].last_value == 3.0


def test_a_quarterly_value_written_for_any_day_lands_on_its_quarters_first_day(scenario
                                                                               ) -> None:
    document, ids = scenario
    with document.session() as session:
        measurements.write_cells(session, {(ids["sat"], D(2026, 5, 17)): Cell(
            4.2, source=MeasurementSource.IMPORTED)})
        grid = measurements.load_grid(session, ids["a"], TODAY, Frequency.QUARTERLY, count=4)
    assert grid.cells[ids["sat"], D(2026, 4, 1)] == Cell(4.2, "", MeasurementSource.IMPORTED)
