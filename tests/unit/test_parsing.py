"""French numbers as typed or pasted from a French spreadsheet, and the refusals."""

from __future__ import annotations

import pytest

from app.services.parsing import parse_french_number


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
