"""The rules of pilotage: statuses, penalties, contract dates, actions, budget, reversibility.

The cap, the lifecycle and the budget's proration have modules of their own
(test_penalties.py, test_lifecycle.py, test_budget.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.models import (
    ActionStatus,
    ContractStatus,
    Direction,
    Frequency,
    MilestoneStatus,
    PenaltyKind,
    Renewal,
)
from app.services.rules import (
    ContractTerms,
    MeasureStatus,
    MilestoneFacts,
    PenaltyRule,
    action_age,
    action_days_late,
    action_is_late,
    actual_daily_rate,
    consumed_percent,
    contract_end,
    current_term_end,
    daily_rate_gap_percent,
    initial_term_end,
    measure_penalty,
    measure_status,
    milestone_is_late,
    milestone_slip_days,
    next_notice_deadline,
    next_renewal_date,
    notice_deadline,
    period_fee,
    period_status,
    plan_progress,
    plan_readiness,
    plan_slip_days,
    planned_budget,
    points_beyond,
)

D = dt.date
HIGHER, LOWER = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER
MET, WARNING, BREACHED, MISSING = (
    MeasureStatus.MET,
    MeasureStatus.WARNING,
    MeasureStatus.BREACHED,
    MeasureStatus.MISSING,
)
values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
maybe_values = st.none() | values
directions = st.sampled_from(list(Direction))
days = st.dates(min_value=D(2000, 1, 1), max_value=D(2080, 12, 31))


# -- status -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "target", "threshold", "direction", "status"),
    [
        (99.0, 98.0, 95.0, HIGHER, MET),
        (98.0, 98.0, 95.0, HIGHER, MET),  # exactly on target
        (96.0, 98.0, 95.0, HIGHER, WARNING),
        (95.0, 98.0, 95.0, HIGHER, WARNING),  # exactly on threshold
        (94.9, 98.0, 95.0, HIGHER, BREACHED),
        (94.9, 98.0, None, HIGHER, BREACHED),  # no threshold: no warning band
        (97.9, 98.0, None, HIGHER, BREACHED),
        (4.0, 4.0, 8.0, LOWER, MET),
        (6.0, 4.0, 8.0, LOWER, WARNING),
        (8.0, 4.0, 8.0, LOWER, WARNING),
        (8.5, 4.0, 8.0, LOWER, BREACHED),
        (0.0, 0.0, None, LOWER, MET),
        (-1.0, 0.0, None, LOWER, MET),
    ],
)
def test_measure_status(
    value: float, target: float, threshold: float | None, direction: Direction, status
) -> None:
    assert measure_status(value, target, threshold, direction) is status


def test_threshold_on_the_wrong_side_gives_no_warning_band() -> None:
    # ≥ 95 with an "alert" at 99: nothing between target and threshold can be a warning.
    assert measure_status(96.0, 95.0, 99.0, HIGHER) is MET
    assert measure_status(94.0, 95.0, 99.0, HIGHER) is BREACHED
    assert measure_status(3.0, 4.0, 2.0, LOWER) is MET
    assert measure_status(5.0, 4.0, 2.0, LOWER) is BREACHED


def test_period_status_missing_only_once_the_period_is_over() -> None:
    args = (98.0, 95.0, HIGHER)
    october = {"period": D(2026, 10, 1), "frequency": Frequency.MONTHLY}
    assert period_status(None, *args, **october, today=D(2026, 10, 31)) is None
    assert period_status(None, *args, **october, today=D(2026, 11, 1)) is MISSING
    assert period_status(99.0, *args, **october, today=D(2026, 10, 2)) is MET


def test_status_labels_are_french() -> None:
    assert [s.label for s in MeasureStatus] == ["Atteint", "Alerte", "Non atteint",
                                                "Non renseigné"]


_RANK = {MET: 0, WARNING: 1, BREACHED: 2}


@given(values, values, maybe_values, directions, st.floats(0, 1e6, allow_nan=False))
def test_improving_a_value_never_worsens_its_status(
    value: float, target: float, threshold: float | None, direction: Direction, step: float
) -> None:
    better = value + step if direction is HIGHER else value - step
    before = measure_status(value, target, threshold, direction)
    after = measure_status(better, target, threshold, direction)
    assert _RANK[after] <= _RANK[before]


@given(values, values, maybe_values, directions)
def test_met_exactly_when_the_target_is_reached(
    value: float, target: float, threshold: float | None, direction: Direction
) -> None:
    reached = value >= target if direction is HIGHER else value <= target
    assert (measure_status(value, target, threshold, direction) is MET) == reached


# -- penalties ------------------------------------------------------------------------------


def test_period_fee() -> None:
    assert period_fee(120_000, Frequency.MONTHLY) == 10_000
    assert period_fee(120_000, Frequency.QUARTERLY) == 30_000
    assert period_fee(52_000, Frequency.WEEKLY) == 1_000


@pytest.mark.parametrize(
    ("value", "target", "direction", "points"),
    [
        (97.0, 98.0, HIGHER, 1),
        (97.9, 98.0, HIGHER, 1),  # a started point counts in full
        (95.9, 98.0, HIGHER, 3),
        (98.5, 99.5, HIGHER, 1),  # float noise does not make it 2
        (99.0, 98.0, HIGHER, 0),
        (6.0, 4.0, LOWER, 2),
        (4.25, 4.0, LOWER, 1),
        (3.0, 4.0, LOWER, 0),
    ],
)
def test_points_beyond(value: float, target: float, direction: Direction, points: int) -> None:
    assert points_beyond(value, target, direction) == points


FIXED = PenaltyRule(PenaltyKind.FIXED, amount=500.0)
PERCENT = PenaltyRule(PenaltyKind.PERCENT, percent=2.0)


def test_fixed_penalty_per_breach_only() -> None:
    assert measure_penalty(90.0, 98.0, 95.0, HIGHER, FIXED, 10_000) == 500
    assert measure_penalty(96.0, 98.0, 95.0, HIGHER, FIXED, 10_000) == 0  # warning
    assert measure_penalty(99.0, 98.0, 95.0, HIGHER, FIXED, 10_000) == 0


def test_percent_penalty_per_started_point() -> None:
    # 2 % of a 10 000 € fee per point; 97.5 vs 98 → 1 point → 200 €; 95.2 → 3 points.
    assert measure_penalty(97.5, 98.0, None, HIGHER, PERCENT, 10_000) == pytest.approx(200)
    assert measure_penalty(95.2, 98.0, None, HIGHER, PERCENT, 10_000) == pytest.approx(600)
    assert measure_penalty(6.5, 4.0, None, LOWER, PERCENT, 10_000) == pytest.approx(600)


def test_no_penalty_without_a_contractual_rule() -> None:
    not_contractual = PenaltyRule(PenaltyKind.FIXED, amount=500.0, contractual=False)
    assert measure_penalty(90.0, 98.0, None, HIGHER, not_contractual, 10_000) == 0
    assert measure_penalty(90.0, 98.0, None, HIGHER, PenaltyRule(), 10_000) == 0
    assert measure_penalty(90.0, 98.0, None, HIGHER, PenaltyRule(PenaltyKind.FIXED), 1) == 0


# -- contract dates -------------------------------------------------------------------------


def terms(start: dt.date, months: int = 36, **kwargs) -> ContractTerms:
    return ContractTerms(start_date=start, initial_duration_months=months, **kwargs)


def test_initial_term_end() -> None:
    assert initial_term_end(D(2024, 1, 1), 36) == D(2026, 12, 31)
    assert initial_term_end(D(2024, 3, 15), 12) == D(2025, 3, 14)
    assert initial_term_end(D(2026, 1, 31), 1) == D(2026, 2, 27)  # exclusive end 28/02
    assert initial_term_end(D(2024, 1, 31), 1) == D(2024, 2, 28)  # exclusive end 29/02
    assert initial_term_end(D(2023, 2, 28), 12) == D(2024, 2, 27)


def test_tacit_renewal_runs_successive_terms() -> None:
    contract = terms(D(2024, 1, 1), 36, renewal_period_months=12, notice_period_months=3)
    assert current_term_end(contract, D(2025, 6, 1)) == D(2026, 12, 31)
    assert current_term_end(contract, D(2026, 12, 31)) == D(2026, 12, 31)
    assert current_term_end(contract, D(2027, 1, 1)) == D(2027, 12, 31)
    assert current_term_end(contract, D(2031, 7, 14)) == D(2031, 12, 31)
    assert current_term_end(contract, D(2020, 1, 1)) == D(2026, 12, 31)  # not started yet
    assert next_renewal_date(contract, D(2025, 6, 1)) == D(2027, 1, 1)


def test_renewals_count_from_the_start_so_month_ends_do_not_drift() -> None:
    contract = terms(D(2024, 1, 31), 1, renewal_period_months=1, notice_period_months=0)
    assert current_term_end(contract, D(2024, 2, 10)) == D(2024, 2, 28)
    assert current_term_end(contract, D(2024, 3, 10)) == D(2024, 3, 30)  # not 28/03
    assert current_term_end(contract, D(2024, 4, 30)) == D(2024, 5, 30)


def test_notice_deadline() -> None:
    contract = terms(D(2024, 1, 1), 36, notice_period_months=3)
    assert notice_deadline(contract, D(2026, 5, 1)) == D(2026, 9, 30)
    six = terms(D(2024, 3, 1), 36, notice_period_months=6)  # 2027 is not a leap year
    assert current_term_end(six, D(2026, 5, 1)) == D(2027, 2, 28)
    assert notice_deadline(six, D(2026, 5, 1)) == D(2026, 8, 31)
    leap = terms(D(2025, 3, 1), 36, notice_period_months=1)  # ends 29/02/2028
    assert current_term_end(leap, D(2027, 1, 1)) == D(2028, 2, 29)
    assert notice_deadline(leap, D(2027, 1, 1)) == D(2028, 1, 31)  # month end to month end
    none_notice = terms(D(2024, 1, 1), 12, notice_period_months=0)
    assert notice_deadline(none_notice, D(2024, 5, 1)) == D(2024, 12, 31)


def test_next_notice_deadline_moves_to_the_next_term_once_missed() -> None:
    contract = terms(D(2024, 1, 1), 36, notice_period_months=3)
    assert next_notice_deadline(contract, D(2026, 9, 30)) == D(2026, 9, 30)
    assert notice_deadline(contract, D(2026, 10, 1)) == D(2026, 9, 30)  # missed
    assert next_notice_deadline(contract, D(2026, 10, 1)) == D(2027, 9, 30)


def test_contracts_without_tacit_renewal_end_at_their_term() -> None:
    none = terms(D(2024, 1, 1), 24, renewal=Renewal.NONE)
    assert contract_end(none, D(2025, 3, 1)) == D(2025, 12, 31)
    assert current_term_end(none, D(2025, 12, 31)) == D(2025, 12, 31)  # its last day
    assert current_term_end(none, D(2027, 3, 1)) is None  # over: no term runs any more
    assert notice_deadline(none, D(2025, 3, 1)) is None
    assert next_renewal_date(none, D(2025, 3, 1)) is None
    express = terms(D(2024, 1, 1), 24, renewal=Renewal.EXPRESS, notice_period_months=2)
    assert contract_end(express, D(2025, 3, 1)) == D(2025, 12, 31)
    assert notice_deadline(express, D(2025, 3, 1)) == D(2025, 10, 31)  # time to decide
    assert next_notice_deadline(express, D(2025, 11, 1)) is None
    assert next_renewal_date(express, D(2025, 3, 1)) == D(2026, 1, 1)
    tacit = terms(D(2024, 1, 1), 24)
    assert contract_end(tacit, D(2025, 3, 1)) is None


def test_tacit_renewal_without_a_renewal_period_is_a_fixed_term() -> None:
    # « Tacite reconduction, période de 0 mois »: nothing renews, so there is nothing to
    # give notice of; the contract ends with its initial term, 31/12/2024.
    contract = terms(D(2024, 1, 1), 12, renewal_period_months=0, notice_period_months=3)
    assert current_term_end(contract, D(2024, 6, 1)) == D(2024, 12, 31)
    assert contract_end(contract, D(2024, 6, 1)) == D(2024, 12, 31)
    assert notice_deadline(contract, D(2024, 6, 1)) is None  # not 30/09/2024
    assert next_notice_deadline(contract, D(2024, 6, 1)) is None
    assert next_renewal_date(contract, D(2024, 6, 1)) is None
    assert current_term_end(contract, D(2026, 1, 1)) is None  # ended on 31/12/2024


@pytest.mark.parametrize(
    "ended", [{"ended_on": D(2025, 2, 28)}, {"status": ContractStatus.ENDED}]
)
def test_ended_contracts_have_no_dates(ended: dict) -> None:
    contract = terms(D(2024, 1, 1), 36, **ended)
    today = D(2025, 3, 1)
    assert current_term_end(contract, today) is None
    assert notice_deadline(contract, today) is None
    assert next_notice_deadline(contract, today) is None
    assert next_renewal_date(contract, today) is None
    assert contract_end(contract, today) is None


contract_terms = st.builds(
    ContractTerms,
    start_date=days,
    initial_duration_months=st.integers(1, 120),
    renewal=st.sampled_from(list(Renewal)),
    renewal_period_months=st.integers(0, 60),
    notice_period_months=st.integers(0, 24),
)


@given(contract_terms, days)
def test_notice_deadline_is_never_after_the_term_end(contract: ContractTerms, today) -> None:
    deadline = notice_deadline(contract, today)
    end = current_term_end(contract, today)
    if deadline is not None:
        assert end is not None and deadline <= end


@given(contract_terms, days)
def test_a_tacit_term_contains_today_once_started(contract: ContractTerms, today) -> None:
    assume(contract.renews_tacitly)
    end = current_term_end(contract, today)
    assert end is not None and end >= min(today, initial_term_end(
        contract.start_date, contract.initial_duration_months))
    if today >= contract.start_date:
        assert end >= today
        assert (end - today).days <= 31 * max(contract.renewal_period_months,
                                               contract.initial_duration_months) + 31


@given(contract_terms, days)
def test_next_notice_deadline_is_today_or_later(contract: ContractTerms, today) -> None:
    deadline = next_notice_deadline(contract, today)
    assert deadline is None or deadline >= today


# -- actions ----------------------------------------------------------------------------------


def test_actions_late() -> None:
    today = D(2026, 11, 10)
    assert action_is_late(D(2026, 11, 9), ActionStatus.OPEN, today)
    assert action_is_late(D(2026, 11, 9), ActionStatus.IN_PROGRESS, today)
    assert not action_is_late(D(2026, 11, 10), ActionStatus.OPEN, today)  # due today
    assert not action_is_late(D(2026, 11, 9), ActionStatus.DONE, today)
    assert not action_is_late(D(2026, 11, 9), ActionStatus.CANCELLED, today)
    assert not action_is_late(None, ActionStatus.OPEN, today)
    assert action_days_late(D(2026, 10, 31), ActionStatus.OPEN, today) == 10
    assert action_days_late(D(2026, 10, 31), ActionStatus.DONE, today) == 0
    assert action_days_late(None, ActionStatus.OPEN, today) == 0


def test_action_age() -> None:
    assert action_age(D(2026, 11, 1), D(2026, 11, 10)) == 9
    assert action_age(D(2026, 11, 1), D(2026, 11, 10), closed_on=D(2026, 11, 4)) == 3
    assert action_age(D(2026, 11, 1), D(2026, 11, 1)) == 0
    assert action_age(D(2026, 11, 12), D(2026, 11, 10)) == 0  # created "in the future"


# -- budget ---------------------------------------------------------------------------------


def test_budget_figures() -> None:
    assert planned_budget(None, 120_000) == 120_000
    assert planned_budget(100_000, 120_000) == 100_000
    assert planned_budget(0.0, 120_000) == 0
    assert consumed_percent(30_000, 120_000) == 25
    assert consumed_percent(30_000, 0) is None


def test_daily_rates() -> None:
    invoices = [(6_000.0, 10.0), (3_300.0, 5.0), (1_000.0, None), (500.0, 0.0)]
    assert actual_daily_rate(invoices) == pytest.approx(620)
    assert actual_daily_rate([(1_000.0, None)]) is None
    assert actual_daily_rate([]) is None
    assert daily_rate_gap_percent(620, 600) == pytest.approx(100 / 30)
    assert daily_rate_gap_percent(540, 600) == pytest.approx(-10)
    assert daily_rate_gap_percent(None, 600) is None
    assert daily_rate_gap_percent(620, None) is None
    assert daily_rate_gap_percent(620, 0) is None


# -- reversibility ----------------------------------------------------------------------------

TODAY = D(2026, 11, 10)
NOV_1 = D(2026, 11, 1)


def milestone(status=MilestoneStatus.PLANNED, end=NOV_1, actual=None, pv=False):
    return MilestoneFacts(planned_end=end, status=status, actual_end=actual, pv_signed=pv)


def test_milestone_slip() -> None:
    assert milestone_slip_days(milestone(MilestoneStatus.DONE, actual=D(2026, 11, 6)), TODAY) == 5
    assert milestone_slip_days(milestone(MilestoneStatus.DONE, actual=D(2026, 10, 6)), TODAY) == 0
    assert milestone_slip_days(milestone(MilestoneStatus.DONE), TODAY) == 0
    assert milestone_slip_days(milestone(MilestoneStatus.IN_PROGRESS), TODAY) == 9
    assert milestone_slip_days(milestone(end=D(2026, 12, 1)), TODAY) == 0
    assert milestone_slip_days(milestone(MilestoneStatus.CANCELLED), TODAY) == 0


def test_milestone_late() -> None:
    assert milestone_is_late(milestone(), TODAY)
    assert milestone_is_late(milestone(MilestoneStatus.IN_PROGRESS), TODAY)
    assert not milestone_is_late(milestone(end=TODAY), TODAY)
    assert not milestone_is_late(milestone(MilestoneStatus.DONE, actual=TODAY), TODAY)
    assert not milestone_is_late(milestone(MilestoneStatus.CANCELLED), TODAY)


def test_plan_progress_slip_and_readiness() -> None:
    plan = [
        milestone(MilestoneStatus.DONE, actual=D(2026, 11, 3), pv=True),
        milestone(MilestoneStatus.DONE, actual=D(2026, 11, 1)),
        milestone(MilestoneStatus.IN_PROGRESS, end=D(2026, 12, 1)),
        milestone(MilestoneStatus.PLANNED, end=D(2026, 10, 1)),  # 40 days late
        milestone(MilestoneStatus.CANCELLED),
    ]
    assert plan_progress(plan) == 50
    assert plan_readiness(plan) == pytest.approx(37.5)
    assert plan_slip_days(plan, TODAY) == 40
    assert plan_progress([]) == plan_readiness([]) == plan_slip_days([], TODAY) == 0
    assert plan_progress([milestone(MilestoneStatus.CANCELLED)]) == 0


milestones = st.builds(
    MilestoneFacts,
    planned_end=days,
    status=st.sampled_from(list(MilestoneStatus)),
    actual_end=st.none() | days,
    pv_signed=st.booleans(),
)


@given(st.lists(milestones, max_size=15), days)
def test_plan_figures_stay_in_range(plan: list[MilestoneFacts], today: dt.date) -> None:
    assert 0 <= plan_readiness(plan) <= plan_progress(plan) <= 100
    assert plan_slip_days(plan, today) >= 0
