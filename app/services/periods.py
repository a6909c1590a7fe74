"""Period arithmetic: a period is named by its first day (1st of month, of quarter, Monday)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from app.models.enums import Frequency

_PER_YEAR = {Frequency.WEEKLY: 52, Frequency.MONTHLY: 12, Frequency.QUARTERLY: 4}


@lru_cache(maxsize=4096)  # relativedelta is slow-ish and contract dates repeat a lot
def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, clipped to the month's end (31/01 + 1 → 28 or 29/02)."""
    return day + relativedelta(months=months)


def periods_per_year(frequency: Frequency) -> int:
    """How many periods of `frequency` a year is billed and measured in (52 weeks)."""
    return _PER_YEAR[frequency]


def period_start(day: dt.date, frequency: Frequency) -> dt.date:
    """The first day of the period of `frequency` that contains `day`."""
    if frequency is Frequency.WEEKLY:
        return day - dt.timedelta(days=day.weekday())
    if frequency is Frequency.QUARTERLY:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return day.replace(day=1)


def next_period(start: dt.date, frequency: Frequency) -> dt.date:
    """The first day of the period after the one containing `start`."""
    start = period_start(start, frequency)
    if frequency is Frequency.WEEKLY:
        return start + dt.timedelta(weeks=1)
    return add_months(start, 3 if frequency is Frequency.QUARTERLY else 1)


def previous_period(start: dt.date, frequency: Frequency) -> dt.date:
    """The first day of the period before the one containing `start`."""
    return period_start(period_start(start, frequency) - dt.timedelta(days=1), frequency)


def period_end(start: dt.date, frequency: Frequency) -> dt.date:
    """The last day of the period containing `start`."""
    return next_period(start, frequency) - dt.timedelta(days=1)


def periods_between(first: dt.date, last: dt.date, frequency: Frequency) -> list[dt.date]:
    """The periods that overlap [first, last], oldest first; empty when last < first."""
    periods: list[dt.date] = []
    current = period_start(first, frequency)
    while current <= last:
        periods.append(current)
        current = next_period(current, frequency)
    return periods


def is_over(start: dt.date, frequency: Frequency, today: dt.date) -> bool:
    """True when the period containing `start` has ended before `today`."""
    return period_end(start, frequency) < today


def last_complete_period(today: dt.date, frequency: Frequency) -> dt.date:
    """The most recent period of `frequency` that is over at `today`."""
    return previous_period(today, frequency)
