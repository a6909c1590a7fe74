"""Periods as supplier reports write them: « 10/2026 », « 2026-10 », « oct. 2026 »,
« octobre 2026 », « T3 2026 », « semaine 42 2026 », a date, or an Excel date cell.

A small closed grammar, written by hand: dateparser reads « T3 2026 » as March and « Q3
2026 » as August, and `strptime("%b")` depends on the process locale. Dates are always
day first, as in France. Text is compared folded (no case, no accents).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from app.i18n import tr
from app.models.enums import Frequency
from app.services.formatting import format_date, format_period
from app.services.periods import period_start
from app.services.text import fold


class PeriodKind(Enum):
    """How much time a report's period names."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


#: Month names and abbreviations, French then English, folded.
MONTHS = {
    **dict.fromkeys(("janvier", "janv", "jan", "january"), 1),
    **dict.fromkeys(("fevrier", "fevr", "fev", "february", "feb"), 2),
    **dict.fromkeys(("mars", "mar", "march"), 3),
    **dict.fromkeys(("avril", "avr", "april", "apr"), 4),
    **dict.fromkeys(("mai", "may"), 5),
    **dict.fromkeys(("juin", "june", "jun"), 6),
    **dict.fromkeys(("juillet", "juil", "july", "jul"), 7),
    **dict.fromkeys(("aout", "august", "aug"), 8),
    **dict.fromkeys(("septembre", "sept", "sep", "september"), 9),
    **dict.fromkeys(("octobre", "oct", "october"), 10),
    **dict.fromkeys(("novembre", "nov", "november"), 11),
    **dict.fromkeys(("decembre", "dec", "december"), 12),
}

_SEP = r"[\s/.\-]*"
_YEAR = r"(?P<year>\d{4}|\d{2})"
_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_PATTERNS: tuple[tuple[PeriodKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern)) for kind, pattern in (
        (PeriodKind.DAY, r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _TIME),
        (PeriodKind.DAY, r"(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-]" + _YEAR + _TIME),
        (PeriodKind.MONTH, r"(?P<month>\d{1,2})[/.\-](?P<year>\d{4})"),
        (PeriodKind.MONTH, r"(?P<year>\d{4})[/.\-](?P<month>\d{1,2})"),
        (PeriodKind.MONTH, r"(?P<year>\d{4})(?P<month>\d{2})"),
        (PeriodKind.QUARTER, r"[tq](?P<quarter>[1-4])" + _SEP + _YEAR),
        (PeriodKind.QUARTER, r"(?P<year>\d{4})" + _SEP + r"[tq](?P<quarter>[1-4])"),
        (PeriodKind.QUARTER,
         r"(?P<quarter>[1-4])\s*(?:er|e|eme|re)?\s*trimestre" + _SEP + _YEAR),
        (PeriodKind.QUARTER, r"trimestre\s*(?P<quarter>[1-4])" + _SEP + _YEAR),
        (PeriodKind.WEEK, r"(?P<year>\d{4})-?w(?P<week>\d{1,2})"),
        (PeriodKind.WEEK, r"(?:semaine|sem\.?)\s*(?:n[o°]?\s*)?(?P<week>\d{1,2})"
                          r"\s*(?:de\s+|/|-)?\s*(?P<year>\d{4})"),
        (PeriodKind.DAY, r"(?P<day>\d{1,2})\s*(?:er)?\s+(?P<name>[a-z]+)\.?" + _SEP + _YEAR),
        (PeriodKind.MONTH, r"(?P<name>[a-z]+)\.?" + _SEP + _YEAR),
    )
)
_ADJECTIVES = {Frequency.WEEKLY: "hebdomadaire", Frequency.MONTHLY: "mensuel",
               Frequency.QUARTERLY: "trimestriel"}


@dataclass(frozen=True)
class ReportPeriod:
    """A period named in a report: its kind and its first day (the day itself for a date)."""

    kind: PeriodKind
    start: dt.date

    def for_frequency(self, frequency: Frequency) -> dt.date:
        """The first day of the indicator's period this names; raises ValueError (in French)
        when it names a period of another size (a quarter for a monthly indicator)."""
        kind = self.kind
        fits = (kind is PeriodKind.DAY
                or (kind is PeriodKind.MONTH and frequency is not Frequency.WEEKLY)
                or (kind is PeriodKind.WEEK and frequency is Frequency.WEEKLY)
                or (kind is PeriodKind.QUARTER and frequency is Frequency.QUARTERLY))
        if not fits:
            raise ValueError(tr("periods", "{period} est {what} ; l'indicateur est "
                                "{adjective}").format(period=self.label(), what=self._what(),
                                                     adjective=_ADJECTIVES[frequency]))
        return period_start(self.start, frequency)

    def label(self) -> str:
        """The period written the French way: 31/10/2026, semaine du 12/10/2026, 10/2026…"""
        if self.kind is PeriodKind.DAY:
            return format_date(self.start)
        frequency = {PeriodKind.WEEK: Frequency.WEEKLY, PeriodKind.MONTH: Frequency.MONTHLY,
                     PeriodKind.QUARTER: Frequency.QUARTERLY}[self.kind]
        return format_period(self.start, frequency)

    def _what(self) -> str:
        return {PeriodKind.WEEK: tr("periods", "une semaine"),
                PeriodKind.MONTH: tr("periods", "un mois"),
                PeriodKind.QUARTER: tr("periods", "un trimestre"),
                PeriodKind.DAY: tr("periods", "un jour")}[self.kind]


def parse_period(value: str | dt.date) -> ReportPeriod:
    """The period a cell names; raises ValueError with a French reason."""
    if isinstance(value, dt.datetime):
        return ReportPeriod(PeriodKind.DAY, value.date())
    if isinstance(value, dt.date):
        return ReportPeriod(PeriodKind.DAY, value)
    return _parse_text(value.strip())


@lru_cache(maxsize=2048)  # a report repeats the same few periods on every line
def _parse_text(text: str) -> ReportPeriod:
    if not text:
        raise ValueError(tr("periods", "période manquante"))
    folded = " ".join(fold(text).split())
    for kind, pattern in _PATTERNS:
        found = pattern.fullmatch(folded)
        if found is not None:
            try:
                return ReportPeriod(kind, _start(kind, found.groupdict()))
            except (ValueError, KeyError):
                raise ValueError(_unknown(text)) from None
    raise ValueError(_unknown(text))


def _start(kind: PeriodKind, parts: dict[str, str | None]) -> dt.date:
    year = int(parts["year"] or 0)
    year += 2000 if year < 100 else 0
    if not 1990 <= year <= 2100:
        raise ValueError(year)
    if kind is PeriodKind.QUARTER:
        return dt.date(year, 3 * int(parts["quarter"] or 1) - 2, 1)
    if kind is PeriodKind.WEEK:
        return dt.date.fromisocalendar(year, int(parts["week"] or 0), 1)
    month = MONTHS[parts["name"] or ""] if parts.get("name") else int(parts["month"] or 0)
    day = int(parts.get("day") or 1)
    return dt.date(year, month, day)


def _unknown(text: str) -> str:
    return tr("periods", "« {text} » n'est pas une période reconnue (par exemple 10/2026, "
              "oct. 2026, T3 2026 ou 31/10/2026)").format(text=text)
