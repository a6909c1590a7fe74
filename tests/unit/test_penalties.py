"""Penalties: the clause, periods over, the cap's basis and period, weeks and quarters
attributed to months, capping in order, and the rule in one French sentence.

Every figure below is computed by hand in the comments; `rules` holds the conventions.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models import (
    Contract,
    ContractStatus,
    Direction,
    Frequency,
    Indicator,
    PenaltyCapBasis,
    PenaltyKind,
    Supplier,
)
from app.services import penalties
from app.services.formatting import NNBSP
from app.services.penalties import describe_penalty_rule, owed_by, penalty_shares
from app.services.periods import period_start
from app.services.rules import cap_amount, cap_period, owed_in_order, penalty_months
from tests.unit.conftest import add_contract, add_indicator

D = dt.date
MONTHLY, QUARTERLY, WEEKLY = Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.WEEKLY
MONTHLY_FEE, ANNUAL = PenaltyCapBasis.MONTHLY_FEE, PenaltyCapBasis.ANNUAL_AMOUNT
#: The day the file is read on: a Tuesday; October is over, November is not, the week of
#: Monday 16/11 is (it ended on Sunday 22/11), the week of Monday 23/11 is not.
TODAY = D(2026, 11, 24)


# -- the conventions, one by one --------------------------------------------------------------


def test_a_period_penalty_goes_to_calendar_months() -> None:
    assert penalty_months(D(2026, 10, 1), MONTHLY) == [(D(2026, 10, 1), 1.0)]
    # a quarter: a third to each of its months
    assert penalty_months(D(2026, 7, 1), QUARTERLY) == [
        (D(2026, 7, 1), 1 / 3), (D(2026, 8, 1), 1 / 3), (D(2026, 9, 1), 1 / 3)]
    # a week: to the month of its Thursday, the month holding most of its days
    assert penalty_months(D(2026, 9, 28), WEEKLY) == [(D(2026, 10, 1), 1.0)]  # Thu 01/10
    assert penalty_months(D(2026, 8, 31), WEEKLY) == [(D(2026, 9, 1), 1.0)]  # Thu 03/09
    assert penalty_months(D(2026, 11, 30), WEEKLY) == [(D(2026, 12, 1), 1.0)]  # Thu 03/12
    assert penalty_months(D(2026, 10, 26), WEEKLY) == [(D(2026, 10, 1), 1.0)]  # Thu 29/10


def test_the_cap_is_a_share_of_its_basis() -> None:
    # 120 000 € a year: a monthly fee of 10 000 €; 10 % of it is 1 000 € a month,
    # 10 % of the annual amount 12 000 € a contract year.
    assert cap_amount(120_000, 10, MONTHLY_FEE) == pytest.approx(1_000)
    assert cap_amount(120_000, 10, ANNUAL) == pytest.approx(12_000)
    assert cap_amount(120_000, None, ANNUAL) is None
    assert cap_amount(120_000, 0, MONTHLY_FEE) == 0


def test_cap_periods_are_months_or_contract_years() -> None:
    start = D(2025, 4, 15)  # contract years from April to March
    assert cap_period(D(2026, 3, 1), MONTHLY_FEE, start) == D(2026, 3, 1)
    assert cap_period(D(2026, 3, 1), ANNUAL, start) == D(2025, 4, 1)
    assert cap_period(D(2026, 4, 1), ANNUAL, start) == D(2026, 4, 1)
    assert cap_period(D(2027, 3, 1), ANNUAL, start) == D(2026, 4, 1)
    assert cap_period(D(2025, 3, 1), ANNUAL, start) == D(2024, 4, 1)  # before the start
    assert cap_period(D(2026, 1, 1), ANNUAL, D(2024, 1, 31)) == D(2026, 1, 1)


def test_amounts_are_owed_in_order_until_the_cap() -> None:
    # 500 then 400 fit in 1 000; the third gets the 100 left; the fourth nothing.
    assert owed_in_order([500, 400, 300, 200], 1_000) == [500, 400, 100, 0]
    assert owed_in_order([500, 400], None) == [500, 400]
    assert owed_in_order([500], 0) == [0]
    assert owed_in_order([], 1_000) == []


@given(st.lists(st.floats(0, 1e6, allow_nan=False), max_size=30),
       st.none() | st.floats(0, 1e7, allow_nan=False))
def test_what_is_owed_never_exceeds_the_cap_nor_the_penalties(amounts, cap) -> None:
    owed = owed_in_order(amounts, cap)
    assert all(0 <= paid <= amount + 1e-9 for paid, amount in zip(owed, amounts, strict=True))
    if cap is None:
        assert owed == amounts
    else:
        assert sum(owed) <= cap + 1e-6
        assert sum(owed) == pytest.approx(min(sum(amounts), cap), rel=1e-9, abs=1e-6)


# -- the penalties of a file ------------------------------------------------------------------


def _contract(session, supplier: Supplier, reference: str, **fields) -> Contract:
    """A contract with a penalty clause (120 000 € a year, from 01/01/2025)."""
    return add_contract(session, supplier, reference, **({"has_penalty_clause": True} | fields))


def _indicator(session, contract: Contract, code: str, values: dict, **fields) -> int:
    """A contractual indicator (≥ 95, no tolerance unless given) and its measurements."""
    defaults = {"name": code, "contractual": True, "alert_threshold": None}
    return add_indicator(session, contract, code, values, **(defaults | fields)).id


@pytest.fixture
def ids(client_file) -> dict[str, int]:
    """A file where each convention has its case (see each test for the figures)."""
    with client_file.session() as session:
        supplier = Supplier(name="Prestataire")
        session.add(supplier)
        session.flush()
        found: dict[str, int] = {}
        # 120 000 € a year, capped at 10 % of the monthly fee: 1 000 € per calendar month.
        monthly = _contract(session, supplier, "MENSUEL", penalty_cap_percent=10.0)
        found["monthly"] = monthly.id
        found["M"] = _indicator(session, monthly, "M", {
            D(2026, 9, 1): 96.0,  # a warning: inside the tolerance, costs nothing
            D(2026, 10, 1): 90.0,  # 8 points × 2 % × 10 000 € = 1 600 €
            D(2026, 11, 1): 80.0,  # November is not over on 24/11: nothing yet
        }, target=98.0, alert_threshold=95.0, penalty_kind=PenaltyKind.PERCENT,
            penalty_percent=2.0)
        found["Q"] = _indicator(session, monthly, "Q", {
            D(2026, 7, 1): 90.0,  # Q3 breached: 900 €, 300 € in each of Jul, Aug, Sep
        }, frequency=QUARTERLY, penalty_kind=PenaltyKind.FIXED, penalty_amount=900.0)
        found["W"] = _indicator(session, monthly, "W", {
            D(2026, 9, 28): 6.0,  # Thu 01/10: 400 € in October
            D(2026, 10, 26): 5.0,  # Thu 29/10: 400 € in October
            D(2026, 11, 16): 9.0,  # over on Sunday 22/11; Thu 19/11: 400 € in November
            D(2026, 11, 23): 9.0,  # this week is not over: nothing yet
        }, frequency=WEEKLY, direction=Direction.LOWER_IS_BETTER, target=4.0, unit="h",
            penalty_kind=PenaltyKind.FIXED, penalty_amount=400.0)
        found["free"] = _indicator(session, monthly, "NC", {D(2026, 10, 1): 10.0},
                                   contractual=False, penalty_kind=PenaltyKind.FIXED,
                                   penalty_amount=5_000.0)
        # 48 000 € a year, capped at 5 % of the annual amount: 2 400 € per contract year,
        # which runs from April to March (started on 15/04/2025).
        annual = _contract(session, supplier, "ANNUEL", start_date=D(2025, 4, 15),
                           annual_amount=48_000.0, penalty_cap_percent=5.0,
                           penalty_cap_basis=ANNUAL)
        found["annual"] = annual.id
        breaches = {D(2025, 11, 1): 90.0, D(2026, 1, 1): 90.0, D(2026, 2, 1): 90.0,
                    D(2026, 3, 1): 90.0, D(2026, 4, 1): 90.0}
        found["A"] = _indicator(session, annual, "A", breaches, target=99.0,
                                penalty_kind=PenaltyKind.FIXED, penalty_amount=1_000.0)
        # The same breaches without a penalty clause, and in a draft: nothing is owed.
        found["no_clause"] = _contract(session, supplier, "SANS-CLAUSE",
                                       has_penalty_clause=False, penalty_cap_percent=5.0).id
        _indicator(session, session.get(Contract, found["no_clause"]), "A", breaches,
                   target=99.0, penalty_kind=PenaltyKind.FIXED, penalty_amount=1_000.0)
        draft = _contract(session, supplier, "BROUILLON", status=ContractStatus.DRAFT)
        _indicator(session, draft, "A", breaches, target=99.0,
                   penalty_kind=PenaltyKind.FIXED, penalty_amount=1_000.0)
    return found


#: The months of 2026, the ones the tests ask for unless they say otherwise.
YEAR_2026 = (D(2026, 1, 1), D(2026, 12, 1))


def shares_of(client_file, today: dt.date = TODAY, first: dt.date = YEAR_2026[0],
              last: dt.date = YEAR_2026[1], **options):
    with client_file.session() as session:
        return penalty_shares(session, today, first, last, **options)


def test_a_monthly_cap_holds_whatever_the_mix_of_frequencies(client_file, ids) -> None:
    shares = [s for s in shares_of(client_file) if s.contract_id == ids["monthly"]]
    by_month: dict[dt.date, float] = {}
    for share in shares:
        by_month[share.month] = by_month.get(share.month, 0.0) + share.owed
    # Jul–Sep: a third of the quarter's 900 €, under the 1 000 € cap. October: 1 600 € (M)
    # + 400 € + 400 € (W) = 2 400 € capped at 1 000 €. November: the week of 16/11 only.
    assert by_month == pytest.approx({D(2026, 7, 1): 300, D(2026, 8, 1): 300,
                                      D(2026, 9, 1): 300, D(2026, 10, 1): 1_000,
                                      D(2026, 11, 1): 400})
    # October's 1 000 € shared in proportion: 1 000 / 2 400 of each penalty.
    october = {(s.indicator_id, s.period): s.owed for s in shares if s.month == D(2026, 10, 1)}
    assert october == pytest.approx({(ids["M"], D(2026, 10, 1)): 1_600 * 1_000 / 2_400,
                                     (ids["W"], D(2026, 9, 28)): 400 * 1_000 / 2_400,
                                     (ids["W"], D(2026, 10, 26)): 400 * 1_000 / 2_400})
    assert {s.before_cap for s in shares if s.month == D(2026, 10, 1)} == {1_600, 400}


def test_penalties_per_indicator_and_per_measurement(client_file, ids) -> None:
    shares = [s for s in shares_of(client_file) if s.contract_id == ids["monthly"]]
    # per indicator this year: M 666,67 €; Q 900 €; W 166,67 + 166,67 + 400 = 733,33 €
    assert owed_by(shares, "indicator_id") == pytest.approx({
        ids["Q"]: 900, ids["M"]: 1_600 * 5 / 12, ids["W"]: 800 * 5 / 12 + 400})
    # per measurement (what the minutes show): the quarter's three thirds add up to 900 €
    quarter = [s for s in shares if s.indicator_id == ids["Q"]]
    assert [s.month for s in quarter] == [D(2026, 7, 1), D(2026, 8, 1), D(2026, 9, 1)]
    assert {s.period for s in quarter} == {D(2026, 7, 1)}
    assert sum(s.owed for s in quarter) == pytest.approx(900)
    assert ids["free"] not in owed_by(shares, "indicator_id")  # not contractual


def test_a_period_not_over_owes_nothing_yet(client_file, ids) -> None:
    def november(today: dt.date) -> float:
        return sum(s.owed for s in shares_of(client_file, today)
                   if s.contract_id == ids["monthly"] and s.month == D(2026, 11, 1))

    assert november(D(2026, 11, 22)) == 0  # the week of 16/11 ends that Sunday
    assert november(D(2026, 11, 23)) == pytest.approx(400)  # over: its 400 €
    assert november(TODAY) == pytest.approx(400)  # November's M (80) is not over
    # From 01/12, November is over: M costs 18 points × 2 % × 10 000 = 3 600 €, and the
    # week of 23/11 (Thu 26/11) 400 €: 4 400 € capped at 1 000 €.
    assert november(D(2026, 12, 1)) == pytest.approx(1_000)
    # On 31/10, of October's penalties only the week of 28/09 (over on Sunday 04/10) is
    # owed: 400 €. October's M is owed from 01/11, the week of 26/10 from Monday 02/11.
    october = {(s.indicator_id, s.period): s.owed
               for s in shares_of(client_file, D(2026, 10, 31)) if s.month == D(2026, 10, 1)}
    assert october == {(ids["W"], D(2026, 9, 28)): 400}


def test_an_annual_cap_runs_over_the_contract_year(client_file, ids) -> None:
    shares = shares_of(client_file, contract_ids=[ids["annual"]])
    by_month = {s.month: s.owed for s in shares}
    # Contract year April 2025 – March 2026, cap 2 400 €: November 2025 took 1 000 €
    # (read, though before the months asked), January 1 000 €, February the 400 € left,
    # March nothing. April 2026 opens a new contract year: 1 000 €. A calendar-year cap
    # would have given February 1 000 €, March 400 €, April nothing.
    assert by_month == pytest.approx({D(2026, 1, 1): 1_000, D(2026, 2, 1): 400,
                                      D(2026, 3, 1): 0, D(2026, 4, 1): 1_000})
    assert D(2025, 11, 1) not in by_month  # outside the months asked


def test_no_penalty_without_a_penalty_clause_nor_for_a_draft(client_file, ids) -> None:
    owed = owed_by(shares_of(client_file), "contract_id")
    assert set(owed) == {ids["monthly"], ids["annual"]}
    assert shares_of(client_file, contract_ids=[ids["no_clause"]]) == []


def test_the_cap_holds_on_random_breaches(client_file) -> None:
    # Two years of random values on weekly, monthly and quarterly indicators of one
    # contract: whatever they are, no calendar month owes more than 10 % of the monthly
    # fee, and, capped on the annual amount instead, no contract year more than 10 % of it.
    rng = random.Random(20261124)
    with client_file.session() as session:
        supplier = Supplier(name="Aléatoire")
        session.add(supplier)
        session.flush()
        contract = _contract(session, supplier, "ALEA", start_date=D(2024, 7, 1),
                             annual_amount=60_000.0, penalty_cap_percent=10.0)
        contract_id = contract.id
        for n, frequency in enumerate([WEEKLY, MONTHLY, MONTHLY, QUARTERLY, WEEKLY]):
            step = {WEEKLY: 7, MONTHLY: 31, QUARTERLY: 92}[frequency]
            days = range(0, 730, step)
            values = {}
            for offset in days:
                day = D(2024, 7, 1) + dt.timedelta(days=offset)
                values[period_start(day, frequency)] = rng.uniform(80, 100)
            kind = rng.choice([PenaltyKind.FIXED, PenaltyKind.PERCENT])
            _indicator(session, contract, f"I{n}", values, frequency=frequency,
                       penalty_kind=kind, penalty_amount=rng.uniform(100, 3_000),
                       penalty_percent=rng.uniform(0.5, 5), alert_threshold=90.0)
    today = D(2026, 7, 1)
    monthly = shares_of(client_file, today, D(2024, 7, 1), D(2026, 6, 1))
    per_month = owed_by(monthly, "month")
    assert max(per_month.values()) == pytest.approx(500)  # the cap is reached, never passed
    assert all(amount <= 500 + 1e-6 for amount in per_month.values())
    with client_file.session() as session:
        session.get(Contract, contract_id).penalty_cap_basis = ANNUAL
    annual = shares_of(client_file, today, D(2024, 7, 1), D(2026, 6, 1))
    per_year: dict[int, float] = {}
    for share in annual:
        year = share.month.year if share.month.month >= 7 else share.month.year - 1
        per_year[year] = per_year.get(year, 0.0) + share.owed
    assert set(per_year) == {2024, 2025}
    assert all(amount <= 6_000 + 1e-6 for amount in per_year.values())
    raw = sum(s.before_cap for s in annual)
    assert sum(per_year.values()) == pytest.approx(min(raw, 12_000))


# -- the rule in one sentence -----------------------------------------------------------------

CONTRACT = {"has_penalty_clause": True, "penalty_cap_percent": 10.0,
            "penalty_cap_basis": PenaltyCapBasis.ANNUAL_AMOUNT}
PERCENT_RULE = {"contractual": True, "penalty_kind": PenaltyKind.PERCENT,
                "penalty_percent": 1.0, "target": 98.0, "alert_threshold": 95.0,
                "direction": Direction.HIGHER_IS_BETTER, "unit": "%", "frequency": MONTHLY}


def words(text: str) -> str:
    return text.replace(NNBSP, " ")


def test_the_rule_reads_as_the_contract_writes_it() -> None:
    assert words(describe_penalty_rule(PERCENT_RULE, CONTRACT)) == (
        "1 % de la redevance mensuelle par point (toute fraction comptée) sous l'objectif "
        "de 98 %, au-delà de la tolérance de 95 % ; plafond : 10 % du montant annuel par "
        "année contractuelle")


def test_a_fixed_penalty_on_a_lower_is_better_indicator() -> None:
    indicator = {"contractual": True, "penalty_kind": "fixed", "penalty_amount": 1_500.0,
                 "target": 4.0, "alert_threshold": 5.0, "direction": "lower", "unit": "h",
                 "frequency": "monthly"}  # a form's combos give plain strings
    contract = {"has_penalty_clause": True, "penalty_cap_percent": 10.0,
                "penalty_cap_basis": "monthly_fee"}
    assert words(describe_penalty_rule(indicator, contract)) == (
        "1 500,00 € par mois au-dessus de l'objectif de 4 h, au-delà de la tolérance de "
        "5 h ; plafond : 10 % de la redevance mensuelle par mois")


def test_a_quarterly_rule_in_hours_without_tolerance_nor_cap() -> None:
    indicator = PERCENT_RULE | {"penalty_percent": 0.5, "target": 8.0, "unit": "h",
                                "alert_threshold": None, "frequency": QUARTERLY,
                                "direction": Direction.LOWER_IS_BETTER}
    assert words(describe_penalty_rule(indicator, CONTRACT | {"penalty_cap_percent": None})) == (
        "0,5 % de la redevance trimestrielle par heure (toute fraction comptée) au-dessus "
        "de l'objectif de 8 h ; sans plafond")


def test_a_threshold_on_the_wrong_side_is_no_tolerance() -> None:
    # ≥ 98 with an "alert" at 99 gives no band (see rules "Status"): not mentioned.
    text = describe_penalty_rule(PERCENT_RULE | {"alert_threshold": 99.0}, CONTRACT)
    assert "tolérance" not in text
    weekly = describe_penalty_rule(PERCENT_RULE | {"frequency": WEEKLY, "unit": "/5",
                                                   "target": 4.0, "alert_threshold": None},
                                   CONTRACT)
    assert words(weekly).startswith("1 % de la redevance hebdomadaire par point (toute")


def test_the_sentence_says_why_nothing_is_owed() -> None:
    assert describe_penalty_rule(PERCENT_RULE, CONTRACT | {"has_penalty_clause": False}) == (
        "Aucune pénalité : le contrat n'a pas de clause de pénalités")
    assert describe_penalty_rule(PERCENT_RULE | {"contractual": False}, CONTRACT) == (
        "Aucune pénalité : l'indicateur n'est pas contractuel")
    assert describe_penalty_rule(PERCENT_RULE | {"penalty_kind": "none"}, CONTRACT) == (
        "Aucune pénalité : aucune règle de pénalité n'est choisie")
    assert describe_penalty_rule(PERCENT_RULE | {"penalty_percent": None}, CONTRACT) == (
        "Aucune pénalité : le montant de la pénalité n'est pas indiqué")


def test_the_sentence_reads_rows_as_well_as_forms(client_file, ids) -> None:
    with client_file.session() as session:
        indicator = session.get(Indicator, ids["W"])
        contract = session.get(Contract, ids["monthly"])
        text = words(describe_penalty_rule(indicator, contract))
    assert text == ("400,00 € par semaine au-dessus de l'objectif de 4 h ; plafond : 10 % de "
                    "la redevance mensuelle par mois")


def test_the_cap_in_words_with_what_it_comes_to() -> None:
    # 120 000 € a year: 10 % of it is 12 000 € a contract year; of the monthly fee,
    # 1 000 € a month.
    contract = CONTRACT | {"annual_amount": 120_000.0}
    assert words(penalties.describe_cap(contract)) == (
        "Plafond : 10 % du montant annuel par année contractuelle, soit 12 000,00 €")
    assert words(penalties.describe_cap(contract | {"penalty_cap_basis": "monthly_fee"})) == (
        "Plafond : 10 % de la redevance mensuelle par mois, soit 1 000,00 €")
    assert penalties.describe_cap(contract | {"penalty_cap_percent": None}) == "Sans plafond"
    assert penalties.describe_cap(contract | {"has_penalty_clause": False}) == (
        "Aucune pénalité : le contrat n'a pas de clause de pénalités")
