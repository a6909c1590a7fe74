"""Reading numbers as French offices type them: « 98,5 », « 1 234,50 € », « 98,5 % ».

Shared by the measurement grid (a value typed or pasted from Excel or LibreOffice) and the
supplier report import. Qt-free; every refusal is a ValueError whose text is a French
sentence fit to show next to the value.
"""

from __future__ import annotations

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
