"""French numbers and dates as typed or pasted from a French spreadsheet, and the refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.parsing import parse_french_date, parse_french_number


@pytest.mark.parametrize(("text", "value", "percent"), [
    ("98,5", 98.5, False),
    ("98.5", 98.5, False),  # a point typed on the numeric keypad
    ("98,5 %", 98.5, True),  # the value in points, as written
    ("98,5\u202f%", 98.5, True),  # narrow no-break space, as Vigie and Excel FR write it
    ("1 234,50 €", 1234.5, False),
    ("1\u00a0234\u00a0567", 1234567.0, False),  # no-break spaces group thousands
    ("1.234.567,5", 1234567.5, False),  # dots group thousands in some exports
    ("1,234.5", 1234.5, False),  # an English sheet
    ("−3,5", -3.5, False),  # the typographic minus
    ("-0,5", -0.5, False),
    (" 12 ", 12.0, False),
    (",5", 0.5, False),
])
def test_reads_french_numbers(text: str, value: float, percent: bool) -> None:
    parsed = parse_french_number(text)
    assert parsed == pytest.approx(value)
    assert parsed.percent is percent


@pytest.mark.parametrize(("text", "reason"), [
    ("", "Aucune valeur"),
    ("  %", "Aucune valeur"),
    ("abc", "« abc » n'est pas un nombre."),
    ("12,5,3", "n'est pas un nombre"),
    ("98,5 points", "n'est pas un nombre"),
    ("=A1*2", "n'est pas un nombre"),
])
def test_refuses_what_is_not_a_number_with_a_french_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_french_number(text)


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("15/01/2024", dt.date(2024, 1, 15)),
    ("01/04/2024", dt.date(2024, 4, 1)),
    ("15012024", dt.date(2024, 1, 15)),  # digits only, as typed on the numeric keypad
    ("150124", dt.date(2024, 1, 15)),
    ("15/1/24", dt.date(2024, 1, 15)),
    ("5/1/2024", dt.date(2024, 1, 5)),
    ("15.01.2024", dt.date(2024, 1, 15)),
    ("15-01-2024", dt.date(2024, 1, 15)),
    (" 15 / 01 / 2024 ", dt.date(2024, 1, 15)),
    ("2024-01-15", dt.date(2024, 1, 15)),  # ISO, pasted from a file
    ("29/02/2024", dt.date(2024, 2, 29)),  # a leap year
    ("1/1/29", dt.date(2029, 1, 1)),  # two digits: 00–29 are this century, as in Excel
    ("1/1/30", dt.date(1930, 1, 1)),
    ("15/01", dt.date(2026, 1, 15)),  # no year: the year of `today`
])
def test_dates_as_french_users_type_them(text: str, day: dt.date) -> None:
    assert parse_french_date(text, today=dt.date(2026, 11, 24)) == day


@pytest.mark.parametrize(("text", "reason"), [
    ("32/01/2024", "Le 32/01/2024 n'existe pas."),
    ("29/02/2023", "Le 29/02/2023 n'existe pas."),
    ("15/13/2024", "Le 15/13/2024 n'existe pas."),
    ("15/01/20245", "« 15/01/20245 » n'est pas une date"),
    ("1501202", "« 1501202 » n'est pas une date"),
    ("demain", "« demain » n'est pas une date"),
    ("15/01/0024", "L'année 24 est hors des limites"),
    ("", "Aucune date"),
])
def test_what_is_no_date_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_french_date(text, today=dt.date(2026, 11, 24))


def test_a_date_without_its_year_needs_today() -> None:
    with pytest.raises(ValueError, match="n'est pas une date"):
        parse_french_date("15/01")
