"""The import itself: one transaction, all or nothing, measurements marked imported on
their period's first day, undoable; mappings remembered per supplier; the dashboard and the
penalties read the new figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.imports import service
from app.imports.matching import Role
from app.imports.plan import ImportOptions, LineState
from app.models import Measurement, MeasurementSource
from app.services import measurement_store
from app.services.dashboard import build_dashboard
from app.storage.document import ClientFile
from tests.unit.imports.support import HEADER, TODAY, write_csv

D = dt.date


def measures(document: ClientFile) -> dict[tuple[int, dt.date], tuple]:
    table = Measurement.__table__
    with document.session() as session:
        rows = session.execute(sa.select(table.c.indicator_id, table.c.period, table.c.value,
                                         table.c.comment, table.c.source))
        return {(r.indicator_id, r.period): (r.value, r.comment, r.source) for r in rows}


def run_import(document: ClientFile, path: Path, **options) -> service.ImportDone:
    with document.session() as session:
        report = service.read(path, None, service.remembered_headers(session))
        return service.import_report(session, report, ImportOptions(**options), TODAY)


def test_imported_values_are_stored_on_their_periods_first_day(document, tmp_path,
                                                                ids) -> None:
    path = write_csv(tmp_path / "r.csv", [
        HEADER,
        ("CTR-INF", "SLA-01", "31/10/2026", "98,5 %", "Incident du 12"),
        ("CTR-INF", "SAT-01", "T3 2026", "4,2", ""),
        ("CTR-INF", "WK-01", "19/11/2026", "97", ""),  # a Thursday
        ("CTR-INF", "SLA-01", "09/2026", "99,81", "autre commentaire"),  # same value
    ])
    before = measures(document)
    done = run_import(document, path)
    after = measures(document)
    assert {key: after[key] for key in set(after) - set(before)} == {
        (ids["sla01"], D(2026, 10, 1)): (98.5, "Incident du 12", MeasurementSource.IMPORTED),
        (ids["sat"], D(2026, 7, 1)): (4.2, "", MeasurementSource.IMPORTED),
        (ids["weekly"], D(2026, 11, 16)): (97.0, "", MeasurementSource.IMPORTED),  # Monday
    }
    # The same value with another comment: the comment follows, the value is untouched.
    assert after[(ids["sla01"], D(2026, 9, 1))] == (99.81, "autre commentaire",
                                                      MeasurementSource.IMPORTED)
    assert len(done.writes) == 4


def test_an_overwritten_value_is_replaced_and_undo_puts_everything_back(document, tmp_path,
                                                                       ids) -> None:
    path = write_csv(tmp_path / "r.csv", [HEADER,
                                          ("CTR-INF", "SLA-01", "09/2026", "99,5", ""),
                                          ("CTR-INF", "SLA-02", "10/2026", "3", "")])
    before = measures(document)
    done = run_import(document, path, overwrite=True)
    after = measures(document)
    # The overwritten measure keeps its comment (the report has none for it).
    assert after[(ids["sla01"], D(2026, 9, 1))] == (99.5, "saisie manuelle",
                                                      MeasurementSource.IMPORTED)
    with document.session() as session:
        measurement_store.restore_measures(session, done.replaced)
    assert measures(document) == before
    with document.session() as session:  # redo: the same writes again
        measurement_store.write_measures(session, done.writes)
    assert measures(document) == after


def test_a_refused_report_writes_nothing(document, tmp_path) -> None:
    path = write_csv(tmp_path / "r.csv", [HEADER,
                                          ("CTR-INF", "SLA-02", "10/2026", "3", ""),
                                          ("CTR-INF", "SLA-09", "10/2026", "3", "")])
    before = measures(document)
    with pytest.raises(service.ImportRefused, match="1 ligne refusée"):
        run_import(document, path)
    assert measures(document) == before


def test_a_failure_while_writing_leaves_nothing_half_written(document, tmp_path,
                                                             monkeypatch) -> None:
    path = write_csv(tmp_path / "r.csv", [HEADER,
                                          ("CTR-INF", "SLA-02", "10/2026", "3", ""),
                                          ("CTR-INF", "SLA-01", "10/2026", "99,9", "RAS")])
    before = measures(document)
    real_upsert = measurement_store._upsert
    calls = []

    def upsert_then_fail(session, rows, *, with_comment):
        calls.append(len(rows))
        real_upsert(session, rows, with_comment=with_comment)
        if len(calls) == 2:  # the second batch is written, then the disk "fails"
            raise OSError("disque plein")

    monkeypatch.setattr(measurement_store, "_upsert", upsert_then_fail)
    with pytest.raises(OSError):
        run_import(document, path)
    assert calls == [1, 1] and measures(document) == before


def test_a_column_mapping_is_remembered_for_the_supplier(document, tmp_path, ids) -> None:
    header = ("KPI-ID", "Per.", "Résultat ?")
    path = write_csv(tmp_path / "r.csv", [header, ("SLA-02", "10/2026", "3")])
    columns = {0: Role.CODE, 1: Role.PERIOD, 2: Role.VALUE}
    run_import(document, path, contract="CTR-INF", columns=columns)
    again = write_csv(tmp_path / "novembre.csv", [header, ("SLA-02", "11/2026", "5")])
    with document.session() as session:
        remembered = service.remembered_headers(session, ids["armor"])
        report = service.read(again, None, remembered)
        plan = service.preview(session, report, ImportOptions(contract="CTR-INF"), TODAY)
        assert service.remembered_headers(session, ids["cloud"]) == {}
        # Without a contract chosen, every supplier's mappings are tried.
        anyone = service.preview(session, report, ImportOptions(), TODAY)
    assert remembered == {"kpi id": Role.CODE, "per": Role.PERIOD, "resultat": Role.VALUE}
    assert plan.problem is None and plan.lines[0].state is LineState.NEW
    assert anyone.problem is None and anyone.lines[0].value == 5.0


def test_the_dashboard_reads_the_imported_figures(document, tmp_path) -> None:
    with document.session() as session:
        before = build_dashboard(session, TODAY).figures
    path = write_csv(tmp_path / "r.csv", [HEADER, ("CTR-INF", "SLA-01", "10/2026", "97",
                                                   "")])
    run_import(document, path)
    with document.session() as session:
        dashboard = build_dashboard(session, TODAY)
    # SLA-01: target 99,5 %, 2 % of the monthly fee (120 000 € / 12) per started point:
    # 97 misses it by 2,5 points → 3 points × 2 % × 10 000 € = 600 €.
    assert before.penalties_due == 0
    assert dashboard.figures.penalties_due == pytest.approx(600.0)
    # October is the last complete month: SLA-01 now shows as breached.
    assert dashboard.figures.indicators_breached == before.indicators_breached + 1
    assert any("SLA-01" in alert.message for alert in dashboard.alerts)
