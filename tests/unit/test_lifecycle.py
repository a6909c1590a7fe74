"""A contract's lifecycle: ended once its last day is past (derived, not typed), a planned end
to come, a fixed term, the decision of an express renewal; the same everywhere it shows."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import (
    ContractStatus,
    Indicator,
    IndicatorCategory,
    Measurement,
    Renewal,
    Supplier,
)
from app.services import contracts, suppliers
from app.services.dashboard import AlertKind, Severity, build_dashboard
from app.services.rules import (
    ContractTerms,
    contract_end,
    current_term_end,
    end_date,
    is_ended,
    is_running,
    next_notice_deadline,
    next_renewal_date,
    notice_deadline,
)
from tests.unit.conftest import add_contract

D = dt.date
#: The day of these cases: a Tuesday; October 2026 is the last complete month.
TODAY = D(2026, 11, 24)


def terms(start: dt.date, months: int, **kwargs) -> ContractTerms:
    return ContractTerms(start_date=start, initial_duration_months=months, **kwargs)


# -- the rules ----------------------------------------------------------------------------------


def test_a_term_over_without_renewal_has_ended() -> None:
    # 24 months from 01/01/2024, no renewal: the last day is 31/12/2025.
    contract = terms(D(2024, 1, 1), 24, renewal=Renewal.NONE)
    assert end_date(contract) == D(2025, 12, 31)
    assert not is_ended(contract, D(2025, 12, 31)) and is_running(contract, D(2025, 12, 31))
    assert is_ended(contract, D(2026, 1, 1)) and not is_running(contract, D(2026, 1, 1))
    assert contract_end(contract, D(2026, 1, 1)) is None  # no end to come any more
    assert current_term_end(contract, D(2026, 1, 1)) is None


def test_an_express_renewal_not_recorded_ends_with_its_term() -> None:
    # 24 months from 01/01/2024, express renewal, 2 months to decide: the decision is due
    # by 31/10/2025 (the day before the two months before 01/01/2026); past 31/12/2025,
    # with no renewal recorded, the contract has ended.
    contract = terms(D(2024, 1, 1), 24, renewal=Renewal.EXPRESS, notice_period_months=2)
    assert notice_deadline(contract, D(2025, 6, 1)) == D(2025, 10, 31)
    assert next_renewal_date(contract, D(2025, 6, 1)) == D(2026, 1, 1)
    assert not is_ended(contract, D(2025, 12, 31))
    assert is_ended(contract, D(2026, 1, 1))
    assert notice_deadline(contract, D(2026, 1, 1)) is None


def test_a_tacit_renewal_never_ends_by_itself() -> None:
    contract = terms(D(2015, 1, 1), 12)
    assert end_date(contract) is None
    assert is_running(contract, D(2040, 6, 1))


def test_a_planned_end_keeps_the_contract_running_until_then() -> None:
    # Tacit renewal, term ending 31/12/2026; notice given, `ended_on` = 31/12/2026.
    contract = terms(D(2024, 1, 1), 36, notice_period_months=3, ended_on=D(2026, 12, 31))
    assert is_running(contract, TODAY) and not is_ended(contract, TODAY)
    assert contract_end(contract, TODAY) == D(2026, 12, 31)  # its end, with its alert
    assert current_term_end(contract, TODAY) == D(2026, 12, 31)
    # no notice left to give, nothing renews
    assert notice_deadline(contract, TODAY) is None
    assert next_notice_deadline(contract, TODAY) is None
    assert next_renewal_date(contract, TODAY) is None
    assert is_running(contract, D(2026, 12, 31))  # its last day
    assert is_ended(contract, D(2027, 1, 1))


def test_an_end_agreed_within_the_term_cuts_it_short() -> None:
    contract = terms(D(2024, 1, 1), 36, ended_on=D(2026, 6, 30))
    assert current_term_end(contract, D(2026, 3, 1)) == D(2026, 6, 30)  # not 31/12/2026
    assert is_ended(contract, D(2026, 7, 1))


def test_marked_ended_or_draft() -> None:
    ended = terms(D(2024, 1, 1), 36, status=ContractStatus.ENDED)
    assert is_ended(ended, D(2024, 6, 1)) and end_date(ended) is None  # no day recorded
    draft = terms(D(2026, 6, 1), 36, status=ContractStatus.DRAFT)
    assert not is_ended(draft, TODAY) and not is_running(draft, TODAY)


# -- where it shows ---------------------------------------------------------------------------


def _contract(session, supplier: Supplier, reference: str, **fields) -> int:
    """A tacit contract from 01/01/2024 (36 months, 3 months' notice, 120 000 € a year)."""
    return add_contract(session, supplier, reference,
                        **({"start_date": D(2024, 1, 1)} | fields)).id


@pytest.fixture
def ids(client_file) -> dict[str, int]:
    """A running contract, one ended by its term 10 days ago (still typed « Actif »), one
    with its end agreed on 31/12/2026, an express one to decide by 30/11/2026."""
    with client_file.session() as session:
        supplier = Supplier(name="Prestataire")
        session.add(supplier)
        session.flush()
        found = {"supplier": supplier.id}
        found["running"] = _contract(session, supplier, "CTR-RUN")  # tacit, far deadline
        # 12 months from 15/11/2025, no renewal: last day 14/11/2026, 10 days ago.
        found["past"] = _contract(session, supplier, "CTR-PAST", start_date=D(2025, 11, 15),
                                  initial_duration_months=12, renewal=Renewal.NONE)
        indicator = Indicator(contract_id=found["past"], code="SAT", name="Satisfaction",
                              category=IndicatorCategory.SATISFACTION, target=4.0, unit="/5")
        session.add(indicator)
        session.flush()
        session.add(Measurement(indicator_id=indicator.id, period=D(2026, 10, 1), value=2.0))
        found["agreed"] = _contract(session, supplier, "CTR-AGREED", ended_on=D(2026, 12, 31))
        # 24 months from 01/01/2025, express, one month to decide: by 30/11/2026.
        found["express"] = _contract(session, supplier, "CTR-EXPRESS", start_date=D(2025, 1, 1),
                                     initial_duration_months=24, renewal=Renewal.EXPRESS,
                                     notice_period_months=1)
    return found


def test_the_list_shows_a_contract_past_its_term_as_ended(client_file, ids) -> None:
    with client_file.session() as session:
        rows = {r.reference: r for r in contracts.list_contracts(session, TODAY)}
    past = rows["CTR-PAST"]
    assert past.status is ContractStatus.ENDED
    assert past.recorded_status is ContractStatus.ACTIVE  # what was typed, for the tooltip
    assert past.dates == contracts.ContractDates(None, None, D(2026, 11, 14), ended=True)
    agreed = rows["CTR-AGREED"]
    assert (agreed.status, agreed.recorded_status) == (ContractStatus.ACTIVE, None)
    assert agreed.dates == contracts.ContractDates(D(2026, 12, 31), None, D(2026, 12, 31))
    assert rows["CTR-RUN"].recorded_status is None


def test_the_dashboard_counts_only_running_contracts(client_file, ids) -> None:
    with client_file.session() as session:
        board = build_dashboard(session, TODAY)
    assert board.figures.active_contracts == 3  # not CTR-PAST
    assert board.figures.active_annual_amount == 360_000


def test_the_dashboard_says_once_that_a_contract_ended(client_file, ids) -> None:
    with client_file.session() as session:
        board = build_dashboard(session, TODAY)
    about_past = [a for a in board.alerts if a.entity_id == ids["past"]
                  and a.entity == "contract"]
    assert [(a.kind, a.severity, a.date) for a in about_past] == [
        (AlertKind.CONTRACT_ENDED, Severity.INFO, D(2026, 11, 14))]
    assert about_past[0].message == ("Contrat CTR-PAST (Contrat CTR-PAST) arrivé à son terme "
                                     "le 14/11/2026, sans reconduction — il y a 10 jours")
    # its breached indicator is no longer watched
    assert not [a for a in board.alerts if a.entity == "indicator"]
    # mentioned for 30 days after its last day (until 14/12), then no more
    with client_file.session() as session:
        assert [a.entity_id for a in build_dashboard(session, D(2026, 12, 14)).alerts
                if a.kind is AlertKind.CONTRACT_ENDED] == [ids["past"]]
        assert not [a for a in build_dashboard(session, D(2026, 12, 15)).alerts
                    if a.kind is AlertKind.CONTRACT_ENDED]


def test_a_planned_end_has_its_end_alert_and_no_notice(client_file, ids) -> None:
    with client_file.session() as session:
        board = build_dashboard(session, TODAY)
    about = [a for a in board.alerts if a.entity_id == ids["agreed"] and a.entity == "contract"]
    assert [a.kind for a in about] == [AlertKind.CONTRACT_END]
    assert about[0].message == ("Fin convenue du contrat CTR-AGREED (Contrat CTR-AGREED) le "
                                "31/12/2026 — dans 37 jours")


def test_an_express_renewal_asks_for_a_decision(client_file, ids) -> None:
    with client_file.session() as session:
        board = build_dashboard(session, TODAY)
    about = {a.kind: a for a in board.alerts if a.entity_id == ids["express"]
             and a.entity == "contract"}
    decision = about[AlertKind.NOTICE_DEADLINE]
    assert decision.message == ("Décision de reconduction du contrat CTR-EXPRESS (Contrat "
                                "CTR-EXPRESS) au plus tard le 30/11/2026 — dans 6 jours")
    assert decision.severity is Severity.CRITICAL
    assert about[AlertKind.CONTRACT_END].message.endswith(
        "le 31/12/2026 — dans 37 jours, sauf reconduction expresse")


def test_suppliers_count_running_contracts(client_file, ids) -> None:
    with client_file.session() as session:
        (row,) = suppliers.list_suppliers(session, TODAY)
        detail = suppliers.supplier_detail(session, ids["supplier"], TODAY)
        before = suppliers.list_suppliers(session, D(2026, 11, 14))
    assert (row.contracts, row.active_contracts, row.annual_amount) == (4, 3, 360_000)
    assert before[0].active_contracts == 4  # on its last day CTR-PAST still ran
    shown = {c.reference: (c.status, c.active) for c in detail.contracts}
    assert shown["CTR-PAST"] == (ContractStatus.ENDED, False)
    assert shown["CTR-AGREED"] == (ContractStatus.ACTIVE, True)
