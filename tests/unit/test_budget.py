"""The budget of the year: planned and expected prorated over the days a contract runs, the
month in progress not expected yet, credit notes deducted, disputed invoices apart."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from app.models import (
    Contract,
    ContractKind,
    ContractStatus,
    Invoice,
    InvoiceStatus,
    Renewal,
    Supplier,
)
from app.services.budget import contract_budget
from app.services.dashboard import build_dashboard
from app.services.report import report_json, report_text
from app.services.rules import expected_to_date, planned_for_year, running_days

D = dt.date
#: 365 000 € a year is 1 000 € a day in 2026 (365 days): days read as euros below.
YEARLY = 365_000.0


def test_running_days_in_a_year() -> None:
    year = (D(2026, 1, 1), D(2026, 12, 31))
    assert running_days(D(2024, 1, 1), None, *year) == 365
    assert running_days(D(2026, 7, 1), None, *year) == 184  # Jul to Dec: 31+31+30+31+30+31
    assert running_days(D(2024, 1, 1), D(2026, 3, 31), *year) == 90  # 31 + 28 + 31
    assert running_days(D(2027, 1, 1), None, *year) == 0
    assert running_days(D(2024, 1, 1), D(2025, 12, 31), *year) == 0


def test_the_plan_is_prorated_over_the_days_the_contract_runs() -> None:
    assert planned_for_year(YEARLY, D(2024, 1, 1), None, 2026) == pytest.approx(365_000)
    assert planned_for_year(YEARLY, D(2026, 7, 1), None, 2026) == pytest.approx(184_000)
    assert planned_for_year(YEARLY, D(2024, 1, 1), D(2026, 3, 31), 2026) == pytest.approx(90_000)
    # started 01/07 and ended 31/03 of the next year: half of 2026, a quarter of 2027
    assert planned_for_year(YEARLY, D(2026, 7, 1), D(2027, 3, 31), 2027) == pytest.approx(
        YEARLY * 90 / 365)
    # 2028 has 366 days: 366 000 € a year is 1 000 € a day; ended on 29/02, 60 days
    assert planned_for_year(366_000, D(2024, 1, 1), D(2028, 2, 29), 2028) == pytest.approx(
        60_000)


def test_the_month_in_progress_is_not_expected_yet() -> None:
    started = D(2024, 1, 1)
    # On 24/11/2026, up to 31/10: 304 days. On 30/11 still so; from 01/12, to 30/11: 334.
    assert expected_to_date(YEARLY, started, None, D(2026, 11, 24)) == pytest.approx(304_000)
    assert expected_to_date(YEARLY, started, None, D(2026, 11, 30)) == pytest.approx(304_000)
    assert expected_to_date(YEARLY, started, None, D(2026, 12, 1)) == pytest.approx(334_000)
    assert expected_to_date(YEARLY, started, None, D(2026, 1, 31)) == 0  # nothing in January
    assert expected_to_date(YEARLY, started, None, D(2026, 2, 1)) == pytest.approx(31_000)
    # started 01/07: July to October, 123 days; ended 31/03: its 90 days, all expected
    assert expected_to_date(YEARLY, D(2026, 7, 1), None, D(2026, 11, 24)) == pytest.approx(
        123_000)
    assert expected_to_date(YEARLY, started, D(2026, 3, 31), D(2026, 11, 24)) == (
        pytest.approx(90_000))
    # starting on 15/12: 17 days planned, nothing expected on 24/11
    assert planned_for_year(YEARLY, D(2026, 12, 15), None, 2026) == pytest.approx(17_000)
    assert expected_to_date(YEARLY, D(2026, 12, 15), None, D(2026, 11, 24)) == 0


dates = st.dates(min_value=D(2020, 1, 1), max_value=D(2032, 12, 31))


@given(dates, st.none() | dates, dates, st.floats(0, 1e8, allow_nan=False))
def test_expected_stays_within_the_plan(start, end, today, annual) -> None:
    expected = expected_to_date(annual, start, end, today)
    assert 0 <= expected <= planned_for_year(annual, start, end, today.year) * (1 + 1e-12)


# -- the dashboard's budget -------------------------------------------------------------------

TODAY = D(2026, 11, 24)  # a Tuesday; October is the last complete month


@pytest.fixture
def budget_file(client_file):
    with client_file.session() as session:
        supplier = Supplier(name="Prestataire")
        session.add(supplier)
        session.flush()

        def contract(reference: str, **fields) -> int:
            values = {"title": reference, "kind": ContractKind.MANAGED_SERVICES,
                      "start_date": D(2024, 1, 1), "initial_duration_months": 36,
                      "annual_amount": 120_000.0} | fields
            row = Contract(supplier_id=supplier.id, reference=reference, **values)
            session.add(row)
            session.flush()
            return row.id

        july = contract("CTR-JUILLET", start_date=D(2026, 7, 1))
        contract("CTR-MARS", start_date=D(2025, 4, 1), initial_duration_months=12,
                 renewal=Renewal.NONE)  # last day 31/03/2026
        contract("CTR-2025", start_date=D(2024, 1, 1), initial_duration_months=24,
                 renewal=Renewal.NONE)  # ended on 31/12/2025
        contract("CTR-BROUILLON", status=ContractStatus.DRAFT)
        contract("CTR-CLOS", status=ContractStatus.ENDED)  # no day recorded
        session.add_all([
            Invoice(contract_id=july, period=D(2025, 12, 1), amount=9_999.0),  # last year
            Invoice(contract_id=july, period=D(2026, 7, 1), amount=10_000.0),
            Invoice(contract_id=july, period=D(2026, 8, 1), amount=10_000.0,
                    status=InvoiceStatus.DISPUTED),
            Invoice(contract_id=july, period=D(2026, 9, 1), amount=10_000.0),
            Invoice(contract_id=july, period=D(2026, 9, 1), amount=-1_500.0),  # credit note
            Invoice(contract_id=july, period=D(2026, 10, 1), amount=10_000.0),
        ])
    return client_file


def test_the_budget_lines_of_the_year(budget_file) -> None:
    with budget_file.session() as session:
        board = build_dashboard(session, TODAY)
    lines = {line.reference: line for line in board.budget}
    # Contracts running part of 2026 only: not the one over in 2025, the draft, nor the
    # one marked ended on a day nobody recorded.
    assert list(lines) == ["CTR-JUILLET", "CTR-MARS"]
    july = lines["CTR-JUILLET"]
    # 120 000 € a year from 01/07: 184 of 365 days planned, 123 (Jul–Oct) expected;
    # invoiced 10 000 + 10 000 − 1 500 + 10 000 = 28 500 € (August's disputed 10 000 €
    # apart, December 2025 is last year's).
    assert july.planned == pytest.approx(120_000 * 184 / 365)
    assert july.expected == pytest.approx(120_000 * 123 / 365)
    assert (july.invoiced, july.disputed) == (28_500, 10_000)
    march = lines["CTR-MARS"]
    assert march.planned == march.expected == pytest.approx(120_000 * 90 / 365)
    assert (march.invoiced, march.disputed) == (0, 0)


def test_the_report_shows_the_disputed_invoices_apart(budget_file) -> None:
    with budget_file.session() as session:
        board = build_dashboard(session, TODAY)
    data = report_json(board, file="f.vigie", client="Client")
    july = next(line for line in data["budget"] if line["contract"] == "CTR-JUILLET")
    assert july == {"contract": "CTR-JUILLET", "planned": 60_493.15, "invoiced": 28_500.0,
                    "expected": 40_438.36, "consumed_percent": 47.11, "disputed": 10_000.0}
    text = report_text(board, file="f.vigie", client="Client")
    header = next(line for line in text.splitlines() if line.strip().startswith("Contrat "))
    assert header.split() == ["Contrat", "Prévu", "Facturé", "Attendu", "au", "31/10/2026",
                              "Consommé", "Contesté"]
    july_text = next(line for line in text.splitlines() if "CTR-JUILLET" in line)
    assert july_text.rstrip().endswith("10\u202f000,00\u202f€")


def test_one_contract_s_budget_for_its_own_page(budget_file) -> None:
    with budget_file.session() as session:
        ids = {row.reference: row.id for row in session.exec(select(Contract))}
        july = contract_budget(session, ids["CTR-JUILLET"], TODAY)
        assert contract_budget(session, ids["CTR-2025"], TODAY) is None  # over in 2025
        assert contract_budget(session, ids["CTR-BROUILLON"], TODAY) is None
        # in 2025 it had not started: no line; in 2027, a full year planned
        assert contract_budget(session, ids["CTR-JUILLET"], D(2025, 6, 1)) is None
        next_year = contract_budget(session, ids["CTR-JUILLET"], D(2027, 2, 10))
    assert july is not None and (july.invoiced, july.disputed) == (28_500, 10_000)
    assert july.planned == pytest.approx(120_000 * 184 / 365)
    assert next_year is not None and next_year.planned == pytest.approx(120_000)
    assert next_year.expected == pytest.approx(120_000 * 31 / 365)  # January only
    assert next_year.invoiced == 0
