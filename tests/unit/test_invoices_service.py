"""Invoices and the budget of a contract, on tests/indicators_scenario.py's CTR-A and CTR-B
(the figures are worked out in that module's docstring)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.models import InvoiceStatus
from app.services import invoices
from app.services.invoices import InvoiceValues
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


def test_the_regie_budget_leaves_disputed_invoices_apart(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        summary = invoices.budget_summary(session, ids["b"], 2026, TODAY)
    figures = summary.figures
    assert figures.planned == 100_000.0  # no budget: the annual amount
    assert figures.consumed == pytest.approx(24_000.0)  # 12 000 + 12 600 − 600 (credit)
    assert figures.disputed == pytest.approx(13_000.0)  # April, apart
    assert figures.consumed_percent == pytest.approx(24.0)
    # expected by the end of October, the last complete month on 24/11: 304 days of 365
    # (rules "Budget": the month in progress is not expected yet)
    assert figures.expected == pytest.approx(100_000 * 304 / 365)
    assert summary.billed_by_day
    # (12 000 + 12 600) / 40 days; the credit note bills no day, the disputed one is apart
    assert figures.actual_daily_rate == pytest.approx(615.0)
    assert figures.daily_rate_gap_percent == pytest.approx(2.5)


def test_the_months_of_the_budget(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        summary = invoices.budget_summary(session, ids["b"], 2026, TODAY)
    months = {m.month.month: m for m in summary.months}
    assert (months[3].consumed, months[4].consumed, months[4].disputed) == (-600.0, 0.0,
                                                                           13_000.0)
    assert months[12].expected == pytest.approx(100_000.0)  # the whole year at its end
    assert summary.at == TODAY


def test_the_years_penalties_are_deducted(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        summary = invoices.budget_summary(session, ids["a"], 2026, TODAY)
    # March 200 € + September 800 € + October 300 €, no month above its 1 000 € cap
    assert summary.penalties_due == pytest.approx(1_300.0)
    assert summary.net == pytest.approx(summary.figures.consumed - 1_300.0)
    assert not summary.billed_by_day


def test_writing_invoices_returns_what_they_were(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        rows = invoices.list_invoices(session, ids["b"], 2026)
        new_id = invoices.next_invoice_ids(session, 1)[0]
        credit = InvoiceValues(D(2026, 5, 1), -1_200.0, None, "AV-0526")
        changed = InvoiceValues(D(2026, 4, 1), 13_000.0, 20.0, "F2604",
                                InvoiceStatus.VALIDATED)
        before = invoices.write_invoices(session, ids["b"], {
            new_id: credit, rows[3].id: changed, rows[0].id: None})
        after = invoices.list_invoices(session, ids["b"], 2026)
    assert before == {new_id: None, rows[3].id: rows[3].values, rows[0].id: rows[0].values}
    assert [(r.values.period.month, r.values.amount) for r in after] == [
        (2, 12_600.0), (3, -600.0), (4, 13_000.0), (5, -1_200.0)]
    with document.session() as session:
        invoices.write_invoices(session, ids["b"], before)
        assert invoices.list_invoices(session, ids["b"], 2026) == rows


@pytest.mark.parametrize(("field", "text", "value"), [
    ("period", "10/2026", D(2026, 10, 1)),
    ("period", "oct. 2026", D(2026, 10, 1)),
    ("amount", "12 345,67 €", 12_345.67),
    ("amount", "-1 200", -1_200.0),  # a credit note
    ("days_billed", "19,5", 19.5),
    ("days_billed", "", None),
    ("reference", "  F-2610 ", "F-2610"),
    ("status", "contestée", InvoiceStatus.DISPUTED),
    ("status", "val", InvoiceStatus.VALIDATED),  # the start of a status is enough
])
def test_what_a_cell_accepts(field, text, value) -> None:
    assert invoices.parse_field(field, text) == value


@pytest.mark.parametrize(("field", "text", "reason"), [
    ("period", "13/2026", "n'est pas une date valide"),
    ("period", "bientôt", "n'est pas un mois"),
    ("amount", "douze", "n'est pas un nombre"),
    ("days_billed", "-2", "ne peut pas être négatif"),
    ("status", "payée", "n'est pas un statut : Reçue, Validée ou Contestée"),
])
def test_what_a_cell_refuses(field, text, reason) -> None:
    with pytest.raises(ValueError, match=reason):
        invoices.parse_field(field, text)


def test_a_new_invoice_bills_the_month_after_the_last(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        rows = invoices.list_invoices(session, ids["b"])
        years = invoices.invoice_years(session, ids["b"], TODAY)
    assert invoices.next_month(rows, TODAY) == D(2026, 5, 1)
    assert invoices.next_month([], TODAY) == D(2026, 10, 1)  # none yet: last month
    assert years == [2026]
