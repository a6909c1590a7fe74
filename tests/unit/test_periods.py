"""Period arithmetic: first days, ends, sequences, month ends and leap years."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models import Frequency
from app.services.periods import (
    add_months,
    is_over,
    last_complete_period,
    next_period,
    period_end,
    period_start,
    periods_between,
    periods_per_year,
    previous_period,
)

D = dt.date
days = st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31))
frequencies = st.sampled_from(list(Frequency))


@pytest.mark.parametrize(
    ("day", "frequency", "start"),
    [
        (D(2026, 10, 17), Frequency.MONTHLY, D(2026, 10, 1)),
        (D(2026, 10, 1), Frequency.MONTHLY, D(2026, 10, 1)),
        (D(2026, 12, 31), Frequency.QUARTERLY, D(2026, 10, 1)),
        (D(2026, 3, 31), Frequency.QUARTERLY, D(2026, 1, 1)),
        (D(2026, 4, 1), Frequency.QUARTERLY, D(2026, 4, 1)),
        (D(2026, 10, 18), Frequency.WEEKLY, D(2026, 10, 12)),  # a Sunday → its Monday
        (D(2026, 10, 12), Frequency.WEEKLY, D(2026, 10, 12)),
        (D(2027, 1, 1), Frequency.WEEKLY, D(2026, 12, 28)),  # a week across new year
    ],
)
def test_period_start(day: dt.date, frequency: Frequency, start: dt.date) -> None:
    assert period_start(day, frequency) == start


@pytest.mark.parametrize(
    ("start", "frequency", "end"),
    [
        (D(2024, 2, 1), Frequency.MONTHLY, D(2024, 2, 29)),  # leap year
        (D(2026, 2, 1), Frequency.MONTHLY, D(2026, 2, 28)),
        (D(2026, 12, 1), Frequency.MONTHLY, D(2026, 12, 31)),
        (D(2026, 10, 1), Frequency.QUARTERLY, D(2026, 12, 31)),
        (D(2026, 1, 1), Frequency.QUARTERLY, D(2026, 3, 31)),
        (D(2026, 12, 28), Frequency.WEEKLY, D(2027, 1, 3)),
    ],
)
def test_period_end(start: dt.date, frequency: Frequency, end: dt.date) -> None:
    assert period_end(start, frequency) == end


def test_next_and_previous_period_cross_years() -> None:
    assert next_period(D(2026, 12, 1), Frequency.MONTHLY) == D(2027, 1, 1)
    assert next_period(D(2026, 10, 1), Frequency.QUARTERLY) == D(2027, 1, 1)
    assert previous_period(D(2027, 1, 1), Frequency.MONTHLY) == D(2026, 12, 1)
    assert previous_period(D(2027, 1, 1), Frequency.QUARTERLY) == D(2026, 10, 1)
    assert previous_period(D(2027, 1, 4), Frequency.WEEKLY) == D(2026, 12, 28)


def test_next_period_of_a_day_inside_a_period() -> None:
    assert next_period(D(2026, 1, 31), Frequency.MONTHLY) == D(2026, 2, 1)


def test_add_months_clips_to_month_end() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert add_months(D(2026, 3, 31), -1) == D(2026, 2, 28)
    assert add_months(D(2026, 8, 31), 1) == D(2026, 9, 30)


def test_periods_between() -> None:
    months = periods_between(D(2026, 1, 15), D(2026, 4, 1), Frequency.MONTHLY)
    assert months == [D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1), D(2026, 4, 1)]
    assert periods_between(D(2026, 2, 1), D(2026, 1, 1), Frequency.MONTHLY) == []
    quarters = periods_between(D(2025, 11, 1), D(2026, 3, 31), Frequency.QUARTERLY)
    assert quarters == [D(2025, 10, 1), D(2026, 1, 1)]
    assert len(periods_between(D(2026, 1, 5), D(2026, 12, 27), Frequency.WEEKLY)) == 51


def test_is_over_and_last_complete_period() -> None:
    assert not is_over(D(2026, 10, 1), Frequency.MONTHLY, D(2026, 10, 31))
    assert is_over(D(2026, 10, 1), Frequency.MONTHLY, D(2026, 11, 1))
    assert last_complete_period(D(2026, 11, 1), Frequency.MONTHLY) == D(2026, 10, 1)
    assert last_complete_period(D(2026, 11, 30), Frequency.MONTHLY) == D(2026, 10, 1)
    assert last_complete_period(D(2026, 11, 15), Frequency.QUARTERLY) == D(2026, 7, 1)
    assert last_complete_period(D(2026, 10, 14), Frequency.WEEKLY) == D(2026, 10, 5)


def test_periods_per_year() -> None:
    assert [periods_per_year(f) for f in Frequency] == [52, 12, 4]


@given(days, frequencies)
def test_a_day_lies_in_its_period(day: dt.date, frequency: Frequency) -> None:
    start = period_start(day, frequency)
    assert start <= day <= period_end(start, frequency)
    assert period_start(start, frequency) == start


@given(days, frequencies)
def test_periods_follow_each_other_without_gap(day: dt.date, frequency: Frequency) -> None:
    start = period_start(day, frequency)
    following = next_period(start, frequency)
    assert following == period_end(start, frequency) + dt.timedelta(days=1)
    assert previous_period(following, frequency) == start


@given(days, st.integers(min_value=-240, max_value=240))
def test_adding_months_never_skips_a_month(day: dt.date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year - day.year) * 12 + moved.month - day.month == months
    assert moved.day == day.day or (moved.day < day.day and (moved + dt.timedelta(1)).day == 1)


@given(days, frequencies)
def test_last_complete_period_is_over_and_the_next_is_not(
    today: dt.date, frequency: Frequency
) -> None:
    last = last_complete_period(today, frequency)
    assert is_over(last, frequency, today)
    assert not is_over(next_period(last, frequency), frequency, today)
