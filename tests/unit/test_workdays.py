"""French working days, checked against the 2026 and 2027 calendars."""

from __future__ import annotations

import datetime as dt

from app.services.workdays import (
    add_working_days,
    is_working_day,
    next_working_day,
    previous_working_day,
)

D = dt.date


def test_weekends_and_french_public_holidays_are_not_worked() -> None:
    assert not is_working_day(D(2026, 11, 28))  # a Saturday
    assert not is_working_day(D(2026, 7, 14))  # Fête nationale, a Tuesday
    assert not is_working_day(D(2026, 4, 6))  # Easter Monday 2026
    assert not is_working_day(D(2026, 5, 14))  # Ascension 2026, a Thursday
    assert is_working_day(D(2026, 11, 24))  # an ordinary Tuesday


def test_moving_to_a_working_day_skips_long_weekends() -> None:
    # Friday 1 May 2026 is a holiday: the next working day is Monday 4 May, the previous
    # one Thursday 30 April.
    assert next_working_day(D(2026, 5, 1)) == D(2026, 5, 4)
    assert previous_working_day(D(2026, 5, 1)) == D(2026, 4, 30)
    assert next_working_day(D(2026, 11, 24)) == D(2026, 11, 24)


def test_adding_working_days_counts_only_worked_days() -> None:
    # From Thursday 24/12/2026: Friday 25 is Christmas, then the weekend, so 1 working day
    # later is Monday 28/12; 28, 29, 30, 31/12 make 4, 1/1/2027 is a holiday and 2–3/1 a
    # weekend, so the 5th is Monday 4/1/2027.
    assert add_working_days(D(2026, 12, 24), 1) == D(2026, 12, 28)
    assert add_working_days(D(2026, 12, 24), 5) == D(2027, 1, 4)
    assert add_working_days(D(2027, 1, 4), -5) == D(2026, 12, 24)
    assert add_working_days(D(2026, 11, 24), 0) == D(2026, 11, 24)
