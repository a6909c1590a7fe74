"""Working days in France: weekends and French public holidays (the `holidays` package)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

ONE_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> dict[dt.date, str]:
    import holidays  # loaded when first needed: it builds every country's calendar module

    return dict(holidays.France(years=year, language="fr"))


def is_public_holiday(day: dt.date) -> bool:
    """True on a French public holiday (1er mai, 14 juillet, lundi de Pâques…)."""
    return day in _public_holidays(day.year)


def holiday_name(day: dt.date) -> str | None:
    """The French name of the public holiday on `day` (« Ascension »), or None."""
    return _public_holidays(day.year).get(day)


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday, French public holidays excepted."""
    return day.weekday() < 5 and not is_public_holiday(day)


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += ONE_DAY
    return day


def previous_working_day(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, else the last working day before it."""
    while not is_working_day(day):
        day -= ONE_DAY
    return day


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The working day `count` working days after `day` (before it when `count` < 0)."""
    step = ONE_DAY if count >= 0 else -ONE_DAY
    remaining = abs(count)
    while remaining:
        day += step
        if is_working_day(day):
            remaining -= 1
    return day
