"""French formatting of dates, amounts, percentages and periods."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Frequency
from app.services.formatting import (
    NNBSP,
    format_date,
    format_datetime,
    format_days_from,
    format_money,
    format_number,
    format_percent,
    format_period,
    format_value,
)


def test_dates() -> None:
    assert format_date(dt.date(2026, 12, 31)) == "31/12/2026"
    assert format_date(dt.date(2026, 1, 5)) == "05/01/2026"
    assert format_date(None) == ""
    assert format_datetime(dt.datetime(2026, 11, 12, 9, 5)) == "12/11/2026 09:05"


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (12345.67, 2, "12 345,67"),
        (1234567.0, 0, "1 234 567"),
        (95.0, None, "95"),
        (92.5, None, "92,5"),
        (92.456, None, "92,46"),
        (-1234.5, 1, "-1 234,5"),
        (-0.001, 2, "0,00"),
        (0.0, None, "0"),
    ],
)
def test_numbers(value: float, decimals: int | None, text: str) -> None:
    assert format_number(value, decimals) == text.replace(" ", NNBSP)


def test_money_percent_and_values() -> None:
    assert format_money(12345.67) == f"12{NNBSP}345,67{NNBSP}€"
    assert format_money(0) == f"0,00{NNBSP}€"
    assert format_money(None) == ""
    assert format_percent(98.5) == f"98,5{NNBSP}%"
    assert format_percent(95) == f"95,0{NNBSP}%"
    assert format_percent(95, None) == f"95{NNBSP}%"
    assert format_value(4.0, "h") == f"4{NNBSP}h"
    assert format_value(12.0, "") == "12"
    assert format_value(3.5, "/5") == "3,5/5"


def test_periods_and_distances() -> None:
    assert format_period(dt.date(2026, 10, 1), Frequency.MONTHLY) == "10/2026"
    assert format_period(dt.date(2026, 10, 1), Frequency.QUARTERLY) == "T4 2026"
    assert format_period(dt.date(2026, 10, 12), Frequency.WEEKLY) == "semaine du 12/10/2026"
    today = dt.date(2026, 11, 24)
    assert format_days_from(dt.date(2026, 12, 31), today) == "dans 37 jours"
    assert format_days_from(today, today) == "aujourd'hui"
    assert format_days_from(dt.date(2026, 11, 25), today) == "demain"
    assert format_days_from(dt.date(2026, 11, 23), today) == "hier"
    assert format_days_from(dt.date(2026, 11, 20), today) == "il y a 4 jours"


def test_plural_takes_the_singular_below_two_as_french_does() -> None:
    from app.services.formatting import plural

    assert plural(0, "jour") == "0 jour"
    assert plural(1, "jour") == "1 jour"
    assert plural(2, "jour") == "2 jours"
    assert plural(1500, "contrat") == "1\u202f500 contrats"
    assert plural(3, "jalon de réversibilité", "jalons de réversibilité") == (
        "3 jalons de réversibilité")
