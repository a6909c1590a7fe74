"""Reading numbers and dates as French offices type them: « 98,5 », « 1 234,50 € »,
« 98,5 % », « 15/01/2024 », « 15012024 », « 15/1/24 ».

Shared by the measurement grid (a value typed or pasted from Excel or LibreOffice) and the
supplier report import. Qt-free; every refusal is a ValueError whose text is a French
sentence fit to show next to the value.
"""

from __future__ import annotations

import datetime as dt
import re

from app.i18n import tr

#: Spaces that group thousands: plain, no-break, narrow no-break, thin, figure spaces.
_GROUPING = re.compile("[ \u00a0\u202f\u2009\u2007']")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
_DOT_GROUPED = re.compile(r"[+-]?\d{1,3}(\.\d{3})+(,\d*)?")  # 1.234.567,5 (dots group)
_COMMA_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+\.\d*")  # 1,234.5 (an English sheet)


class ParsedNumber(float):
    """A float that remembers whether it was written with a percent sign."""

    percent: bool = False

    def __new__(cls, value: float, percent: bool = False) -> ParsedNumber:
        number = super().__new__(cls, value)
        number.percent = percent
        return number


def parse_french_number(text: str) -> ParsedNumber:
    """The number in `text`: decimal comma or point, grouped thousands, a trailing « % »
    or « € » and a leading minus (« − » too); raises ValueError (in French) otherwise.

    « 98,5 % » gives 98.5 with `percent` set: the value is read as written, in points.
    """
    raw = text.strip()
    cleaned = raw.replace("\u2212", "-")
    percent = cleaned.endswith("%")
    cleaned = cleaned.rstrip("%€").strip()
    cleaned = _GROUPING.sub("", cleaned)
    if not cleaned:
        raise ValueError(tr("parsing", "Aucune valeur : saisissez un nombre."))
    if _DOT_GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")
    elif _COMMA_GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    if not _NUMBER.fullmatch(cleaned):
        raise ValueError(tr("parsing", "« {text} » n'est pas un nombre.").format(text=raw))
    return ParsedNumber(float(cleaned.replace(",", ".")), percent)


#: A date the way it is typed: day, month and maybe year, separated by / . - or spaces.
_SEPARATED_DATE = re.compile(r"(\d{1,2})\s*[/.\- ]\s*(\d{1,2})(?:\s*[/.\- ]\s*(\d{2}|\d{4}))?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
#: Two-digit years, as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999.
TWO_DIGIT_PIVOT = 30
#: The years a contract, a committee or an action may fall in.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def parse_french_date(text: str, today: dt.date | None = None) -> dt.date:
    """The date in `text`: « 15/01/2024 », « 15/1/24 », « 15.01.2024 », « 15-01-2024 »,
    « 15012024 », « 150124 », « 2024-01-15 » (ISO, as pasted from a file), and « 15/01 »
    (this year, when `today` is given); raises ValueError with a French reason."""
    raw = text.strip()
    if not raw:
        raise ValueError(tr("parsing", "Aucune date : saisissez jj/mm/aaaa."))
    parts = _date_parts(raw, today)
    if parts is None:
        raise ValueError(tr("parsing", "« {text} » n'est pas une date : saisissez jj/mm/aaaa, "
                                       "par exemple 15/01/2024.").format(text=raw))
    day, month, year = parts
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(tr("parsing", "L'année {year} est hors des limites ({first} à "
                                       "{last}).").format(year=year, first=FIRST_YEAR,
                                                          last=LAST_YEAR))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(tr("parsing", "Le {text} n'existe pas.").format(
            text=f"{day:02d}/{month:02d}/{year}")) from None


def _date_parts(raw: str, today: dt.date | None) -> tuple[int, int, int] | None:
    """(day, month, year) as written, the year made whole; None when it is no date."""
    if found := _ISO_DATE.fullmatch(raw):
        year, month, day = (int(n) for n in found.groups())
        return day, month, year
    if raw.isdigit() and len(raw) in (6, 8):
        day, month, year_text = raw[:2], raw[2:4], raw[4:]
    elif found := _SEPARATED_DATE.fullmatch(raw):
        day, month, year_text = found.groups()
    else:
        return None
    if year_text is None:
        if today is None:
            return None
        year = today.year
    elif len(year_text) == 2:
        year = int(year_text) + (2000 if int(year_text) < TWO_DIGIT_PIVOT else 1900)
    else:
        year = int(year_text)
    return int(day), int(month), year


#: French month names and their usual abbreviations, accents and dots left out.
_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3,
    "mar": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "aout": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}
_NUMERIC_MONTH = re.compile(r"(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4}|\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_NAMED_MONTH = re.compile(r"(?:1er|\d{1,2})?\s*([a-z]+)\.?[\s-]*(\d{4}|\d{2})")


def parse_month(text: str) -> dt.date:
    """The first day of the month `text` names: « 10/2026 », « 2026-10 », « oct. 2026 »,
    « octobre 2026 », or a date in it (« 15/10/2026 », day first); raises ValueError (in
    French) otherwise. Two-digit years are of this century."""
    from app.services.text import fold

    raw = text.strip()
    folded = fold(raw)
    year = month = day = None
    if found := _ISO_MONTH.fullmatch(folded):
        year, month, day = int(found[1]), int(found[2]), found[3]
    elif found := _NUMERIC_MONTH.fullmatch(folded):
        day, month, year = found[1], int(found[2]), int(found[3])
    elif (found := _NAMED_MONTH.fullmatch(folded)) and found[1] in _MONTHS:
        month, year = _MONTHS[found[1]], int(found[2])
    if year is None or month is None:
        raise ValueError(tr("parsing", "« {text} » n'est pas un mois (exemple : 10/2026)."
                            ).format(text=raw))
    year += 2000 if year < 100 else 0
    try:
        dt.date(year, month, int(day) if day else 1)
    except ValueError:
        raise ValueError(tr("parsing", "« {text} » n'est pas une date valide.").format(
            text=raw)) from None
    return dt.date(year, month, 1)
