"""The dashboard query: each alert appears when it should and only then; figures; charts."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.models import (
    Contract,
    ContractKind,
    Direction,
    Frequency,
    Indicator,
    IndicatorCategory,
    Measurement,
    Supplier,
)
from app.services import sla
from app.services.dashboard import AlertKind, Dashboard, Severity, build_dashboard
from app.services.formatting import NNBSP
from app.services.rules import measure_status
from app.storage.document import create, open_file
from tests.unit.conftest import TODAY, Scenario

D = dt.date


def dashboard_of(path: Path, today: dt.date = TODAY) -> Dashboard:
    document = open_file(path, read_only=True)
    try:
        with document.session() as session:
            return build_dashboard(session, today)
    finally:
        document.close()


def ids_of(dashboard: Dashboard, kind: AlertKind) -> list[int]:
    return sorted(a.entity_id for a in dashboard.alerts if a.kind is kind)


def alert(dashboard: Dashboard, kind: AlertKind, entity_id: int):
    (found,) = [a for a in dashboard.alerts if a.kind is kind and a.entity_id == entity_id]
    return found


@pytest.fixture
def board(scenario: Scenario) -> Dashboard:
    return dashboard_of(scenario.path)


def test_notice_deadline_in_the_next_90_days(board: Dashboard, scenario: Scenario) -> None:
    # Not for a missed deadline (the contract renews), a far one, an ended or draft contract.
    assert ids_of(board, AlertKind.NOTICE_DEADLINE) == [scenario.ids["notice"]]
    found = alert(board, AlertKind.NOTICE_DEADLINE, scenario.ids["notice"])
    # the last day to give notice: « au plus tard le », not « avant le »
    assert found.message == ("Dénonciation du contrat CTR-2024-003 (Infogérance poste de "
                             "travail) au plus tard le 31/12/2026 — dans 37 jours")
    assert (found.date, found.severity, found.entity) == (D(2026, 12, 31), Severity.WARNING,
                                                          "contract")


@pytest.mark.parametrize(
    ("today", "shown", "severity"),
    [
        (D(2026, 10, 1), False, None),  # 91 days before
        (D(2026, 10, 2), True, Severity.WARNING),  # 90 days before
        (D(2026, 12, 1), True, Severity.CRITICAL),  # 30 days before
        (D(2026, 12, 31), True, Severity.CRITICAL),  # the last day
    ],
)
def test_notice_deadline_horizon_and_urgency(
    scenario: Scenario, today: dt.date, shown: bool, severity: Severity | None
) -> None:
    board = dashboard_of(scenario.path, today)
    alerts = [a for a in board.alerts if a.kind is AlertKind.NOTICE_DEADLINE
              and a.entity_id == scenario.ids["notice"]]
    assert [a.severity for a in alerts] == ([severity] if shown else [])


def test_contract_end_only_without_tacit_renewal(board: Dashboard, scenario: Scenario) -> None:
    assert ids_of(board, AlertKind.CONTRACT_END) == [scenario.ids["ending"]]
    found = alert(board, AlertKind.CONTRACT_END, scenario.ids["ending"])
    assert "le 31/12/2026 — dans 37 jours" in found.message
    assert dashboard_of(scenario.path, D(2027, 1, 1)).alerts  # still computable after the end
    assert not ids_of(dashboard_of(scenario.path, D(2027, 1, 1)), AlertKind.CONTRACT_END)


def test_breached_indicators_of_the_last_complete_period(
    board: Dashboard, scenario: Scenario
) -> None:
    # SLA-02 is in warning only; the ended contract's breach is not shown.
    ids = scenario.ids
    assert ids_of(board, AlertKind.INDICATOR_BREACHED) == sorted(
        [ids["breached"], ids["satisfaction"]])
    contractual = alert(board, AlertKind.INDICATOR_BREACHED, ids["breached"])
    assert contractual.severity is Severity.CRITICAL
    assert contractual.date == D(2026, 10, 1)
    assert contractual.message.endswith(
        f"non atteint en 10/2026 : 85{NNBSP}% pour un objectif ≥ 95{NNBSP}%")
    assert alert(board, AlertKind.INDICATOR_BREACHED, ids["satisfaction"]).severity is (
        Severity.WARNING)
    assert board.figures.indicators_breached == 2


def test_the_period_in_progress_is_not_looked_at(scenario: Scenario) -> None:
    # On 30/11 October is still the last complete month; from 01/12 November is, and nothing
    # has been measured in November: every monthly indicator is missing, none breached.
    assert ids_of(dashboard_of(scenario.path, D(2026, 11, 30)),
                  AlertKind.INDICATOR_BREACHED) == ids_of(
        dashboard_of(scenario.path), AlertKind.INDICATOR_BREACHED)
    december = dashboard_of(scenario.path, D(2026, 12, 1))
    assert ids_of(december, AlertKind.INDICATOR_BREACHED) == []
    assert scenario.ids["breached"] in ids_of(december, AlertKind.INDICATOR_MISSING)


def test_missing_indicators(board: Dashboard, scenario: Scenario) -> None:
    # The quarterly one is measured for Q3 and the weekly one for last week.
    assert ids_of(board, AlertKind.INDICATOR_MISSING) == [scenario.ids["missing"]]
    assert alert(board, AlertKind.INDICATOR_MISSING, scenario.ids["missing"]).message.endswith(
        "non renseigné pour 10/2026")


def test_penalties_due_this_year_capped_per_period(board: Dashboard, scenario: Scenario) -> None:
    # October: 10 points × 2 % × 10 000 € = 2 000 €, capped at 10 % of the monthly fee of
    # 10 000 € = 1 000 €; March: 500 €; December 2025 is not this year. CTR-OLD's October
    # breach is of an indicator without a penalty rule.
    assert ids_of(board, AlertKind.PENALTY_DUE) == [scenario.ids["notice"]]
    found = alert(board, AlertKind.PENALTY_DUE, scenario.ids["notice"])
    assert found.message.endswith(f"en 2026 : 1{NNBSP}500,00{NNBSP}€")
    assert board.figures.penalties_due == pytest.approx(1_500)
    next_year = dashboard_of(scenario.path, D(2027, 2, 1))
    assert ids_of(next_year, AlertKind.PENALTY_DUE) == []


def test_late_actions(board: Dashboard, scenario: Scenario) -> None:
    # Not the done, cancelled, due-today or undated ones.
    ids = scenario.ids
    assert ids_of(board, AlertKind.ACTION_LATE) == sorted([ids["late_high"], ids["late"]])
    assert alert(board, AlertKind.ACTION_LATE, ids["late_high"]).severity is Severity.CRITICAL
    late = alert(board, AlertKind.ACTION_LATE, ids["late"])
    assert late.severity is Severity.WARNING
    assert late.message.startswith("Action en retard de 4 jours : « Mettre à jour le PAQ »")
    assert board.figures.late_actions == 2


def test_next_committees(board: Dashboard, scenario: Scenario) -> None:
    # Not the one held, the planned one left in the past, nor the one in 49 days.
    assert ids_of(board, AlertKind.COMMITTEE_NEXT) == [scenario.ids["committee"]]
    found = alert(board, AlertKind.COMMITTEE_NEXT, scenario.ids["committee"])
    assert found.severity is Severity.INFO
    assert found.message == "Comité « COPIL de novembre » le 29/11/2026 à 14:00 — dans 5 jours"
    following = board.figures.next_committee
    assert following is not None and following.title == "COPIL de novembre"
    after = dashboard_of(scenario.path, D(2026, 12, 1))
    assert after.figures.next_committee.id == scenario.ids["committee_later"]
    assert ids_of(after, AlertKind.COMMITTEE_NEXT) == []


def test_late_milestones(board: Dashboard, scenario: Scenario) -> None:
    assert ids_of(board, AlertKind.MILESTONE_LATE) == [scenario.ids["milestone_late"]]
    assert "en retard de 10 jours" in alert(
        board, AlertKind.MILESTONE_LATE, scenario.ids["milestone_late"]).message


def test_alerts_are_sorted_by_severity_then_date(board: Dashboard) -> None:
    order = list(Severity)
    keys = [(order.index(a.severity), a.date) for a in board.alerts]
    assert keys == sorted(keys)
    assert board.alerts[0].severity is Severity.CRITICAL
    assert board.alerts[-1].kind is AlertKind.COMMITTEE_NEXT


def test_figures(board: Dashboard) -> None:
    assert board.figures.active_contracts == 4  # not the ended one nor the draft
    assert board.figures.active_annual_amount == pytest.approx(3 * 120_000 + 24_000)


def test_sla_compliance_over_the_last_12_months(board: Dashboard) -> None:
    points = dict(board.sla_compliance)
    assert list(points) == [D(2025, 11, 1), D(2025, 12, 1), *(D(2026, m, 1) for m in range(1, 11))]
    # Contractual or service-level measurements only: SAT-01 is neither.
    assert points[D(2026, 10, 1)] == 0  # SLA-01 breached, SLA-02 in warning
    assert points[D(2026, 9, 1)] == 100
    assert points[D(2026, 7, 1)] == 100  # the quarterly measurement counts in its first month
    assert points[D(2025, 12, 1)] == 0
    assert points[D(2026, 8, 1)] is None


def test_budget(board: Dashboard) -> None:
    lines = {line.reference: line for line in board.budget}
    # the contracts running in 2026: not the one ended in 2022 nor the draft
    assert set(lines) == {"CTR-2024-003", "CTR-END", "CTR-FAR", "CTR-MISSED"}
    main = lines["CTR-2024-003"]
    assert (main.planned, main.invoiced) == (100_000, 22_500)  # budget, this year only
    # expected by the end of October (the month in progress is not): 304 days of 365
    assert main.expected == pytest.approx(100_000 * 304 / 365)
    assert lines["CTR-END"].planned == 24_000  # no budget: the annual amount


def test_an_empty_file_has_a_quiet_dashboard(tmp_path: Path) -> None:
    create(tmp_path / "empty.vigie", "Vide").close()
    board = dashboard_of(tmp_path / "empty.vigie")
    assert board.alerts == [] and board.budget == []
    assert board.figures.active_contracts == 0 and board.figures.next_committee is None
    assert [p.percent for p in board.sla_compliance] == [None] * 12


def test_a_weekly_indicator_is_missing_for_last_week(tmp_path: Path) -> None:
    document = create(tmp_path / "weekly.vigie", "Hebdo")
    with document.session() as session:
        supplier = Supplier(name="Régie SA")
        session.add(supplier)
        session.flush()
        contract = Contract(supplier_id=supplier.id, reference="R-1", title="Régie",
                            kind=ContractKind.ATU, start_date=D(2026, 1, 1))
        session.add(contract)
        session.flush()
        session.add(Indicator(contract_id=contract.id, code="W", name="Hebdo", target=1.0,
                              category=IndicatorCategory.RESOURCES,
                              frequency=Frequency.WEEKLY))
    document.close()
    (missing,) = dashboard_of(tmp_path / "weekly.vigie").alerts
    assert missing.kind is AlertKind.INDICATOR_MISSING
    assert missing.message.endswith("pour semaine du 16/11/2026")


# -- the SQL status agrees with the Python rule ---------------------------------------------------


def _edge_values(target: float, threshold: float | None) -> list[float]:
    points = [target] + ([] if threshold is None else [threshold])
    values = [0.0, -0.0, 100.0, -100.0, 1e9]
    for point in points:
        values += [point, math.nextafter(point, math.inf), math.nextafter(point, -math.inf),
                   point + 0.1, point - 0.1, point * 0.999, point * 1.001]
    return values


def test_sql_status_agrees_with_the_python_rule(client_file) -> None:
    rng = random.Random(20261124)
    thresholds = (None, -5.0, 5.0, 0.0, 0.3)  # offsets from the target, either side
    cases = []
    with client_file.session() as session:
        supplier = Supplier(name="S")
        session.add(supplier)
        session.flush()
        contract = Contract(supplier_id=supplier.id, reference="C", title="C",
                            kind=ContractKind.SAAS, start_date=D(2020, 1, 1))
        session.add(contract)
        session.flush()
        grid = itertools.product((0.0, 95.0, 98.5, -3.25, 1e6), thresholds, list(Direction))
        for n, (target, offset, direction) in enumerate(grid):
            threshold = None if offset is None else target + offset
            indicator = Indicator(contract_id=contract.id, code=f"I{n}", name="i",
                                  category=IndicatorCategory.SERVICE_LEVEL, target=target,
                                  alert_threshold=threshold, direction=direction)
            session.add(indicator)
            session.flush()
            values = _edge_values(target, threshold) + [rng.uniform(-200, 200) for _ in range(20)]
            for k, value in enumerate(values):
                session.add(Measurement(indicator_id=indicator.id, value=value,
                                        period=D(2000, 1, 1) + dt.timedelta(days=k)))
                cases.append((indicator.id, k))
        session.flush()
        ind, mea = sla.ind, sla.mea
        query = (
            sa.select(mea.value, ind.target, ind.alert_threshold, ind.direction,
                      sla.status_of_measurements())
            .join_from(sla.MEASUREMENT, sla.INDICATOR, ind.id == mea.indicator_id)
        )
        rows = session.connection().execute(query).all()
    assert len(rows) == len(cases) > 1_000
    disagreements = [row for row in rows
                     if measure_status(row[0], row[1], row[2], row[3]).value != row[4]]
    assert disagreements == []
    assert {row[4] for row in rows} == {"met", "warning", "breached"}
