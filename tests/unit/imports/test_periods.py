"""Periods as supplier reports write them, and the indicator frequency they must fit."""

from __future__ import annotations

import datetime as dt

import pytest

from app.imports.periods import PeriodKind, parse_period
from app.models.enums import Frequency

D = dt.date
MONTH, QUARTER, DAY, WEEK = PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.DAY, PeriodKind.WEEK


@pytest.mark.parametrize(("text", "kind", "start"), [
    ("10/2026", MONTH, D(2026, 10, 1)),
    ("1/2026", MONTH, D(2026, 1, 1)),
    ("2026-10", MONTH, D(2026, 10, 1)),
    ("2026/10", MONTH, D(2026, 10, 1)),
    ("202610", MONTH, D(2026, 10, 1)),  # SAP-style
    ("oct. 2026", MONTH, D(2026, 10, 1)),
    ("Oct 2026", MONTH, D(2026, 10, 1)),
    ("octobre 2026", MONTH, D(2026, 10, 1)),
    ("OCTOBRE 2026", MONTH, D(2026, 10, 1)),
    ("févr. 2026", MONTH, D(2026, 2, 1)),
    ("fevrier 2026", MONTH, D(2026, 2, 1)),
    ("Déc 2026", MONTH, D(2026, 12, 1)),
    ("août 2026", MONTH, D(2026, 8, 1)),
    ("sept. 2026", MONTH, D(2026, 9, 1)),
    ("oct.-26", MONTH, D(2026, 10, 1)),  # French Excel's « mmm-aa » written to CSV
    ("October 2026", MONTH, D(2026, 10, 1)),
    ("T3 2026", QUARTER, D(2026, 7, 1)),
    ("t4 2026", QUARTER, D(2026, 10, 1)),
    ("T1-2026", QUARTER, D(2026, 1, 1)),
    ("Q3 2026", QUARTER, D(2026, 7, 1)),
    ("2026-T2", QUARTER, D(2026, 4, 1)),
    ("3e trimestre 2026", QUARTER, D(2026, 7, 1)),
    ("1er trimestre 2026", QUARTER, D(2026, 1, 1)),
    ("2ème trimestre 2026", QUARTER, D(2026, 4, 1)),
    ("semaine 42 2026", WEEK, D(2026, 10, 12)),
    ("sem. 1 2026", WEEK, D(2025, 12, 29)),  # ISO week 1 of 2026 starts in 2025
    ("2026-W42", WEEK, D(2026, 10, 12)),
    ("31/10/2026", DAY, D(2026, 10, 31)),
    ("01/10/2026", DAY, D(2026, 10, 1)),  # day first, always: not 10 January
    ("1.10.2026", DAY, D(2026, 10, 1)),
    ("01/10/26", DAY, D(2026, 10, 1)),
    ("2026-10-31", DAY, D(2026, 10, 31)),
    ("2026-10-01 00:00:00", DAY, D(2026, 10, 1)),  # a date exported with its time
    ("1er octobre 2026", DAY, D(2026, 10, 1)),
    ("  10/2026  ", MONTH, D(2026, 10, 1)),
])
def test_reads_the_periods_reports_write(text: str, kind: PeriodKind, start: dt.date) -> None:
    period = parse_period(text)
    assert (period.kind, period.start) == (kind, start)


def test_a_date_cell_is_a_day() -> None:
    assert parse_period(dt.datetime(2026, 10, 31, 0, 0)).start == D(2026, 10, 31)
    assert parse_period(D(2026, 10, 31)).kind is DAY


@pytest.mark.parametrize("text", ["13/2026", "00/2026", "T5 2026", "32/10/2026", "30/02/2026",
                                  "foo", "S2 2026", "octobre", "2026", "semaine 54 2026",
                                  "10/1850"])
def test_refuses_what_is_not_a_period(text: str) -> None:
    with pytest.raises(ValueError, match=f"« {text} » n'est pas une période reconnue"):
        parse_period(text)


def test_an_empty_period_is_missing() -> None:
    with pytest.raises(ValueError, match="période manquante"):
        parse_period("  ")


@pytest.mark.parametrize(("text", "frequency", "start"), [
    ("10/2026", Frequency.MONTHLY, D(2026, 10, 1)),
    ("31/10/2026", Frequency.MONTHLY, D(2026, 10, 1)),  # the end of the month names it too
    ("10/2026", Frequency.QUARTERLY, D(2026, 10, 1)),  # a month names its quarter: T4
    ("09/2026", Frequency.QUARTERLY, D(2026, 7, 1)),
    ("T3 2026", Frequency.QUARTERLY, D(2026, 7, 1)),
    ("15/10/2026", Frequency.WEEKLY, D(2026, 10, 12)),  # a Thursday → its Monday
    ("semaine 42 2026", Frequency.WEEKLY, D(2026, 10, 12)),
])
def test_a_period_lands_on_the_first_day_of_the_indicators_period(
        text: str, frequency: Frequency, start: dt.date) -> None:
    assert parse_period(text).for_frequency(frequency) == start


@pytest.mark.parametrize(("text", "frequency", "reason"), [
    ("T3 2026", Frequency.MONTHLY, "T3 2026 est un trimestre ; l'indicateur est mensuel"),
    ("10/2026", Frequency.WEEKLY, "10/2026 est un mois ; l'indicateur est hebdomadaire"),
    ("semaine 42 2026", Frequency.MONTHLY,
     "semaine du 12/10/2026 est une semaine ; l'indicateur est mensuel"),
])
def test_a_period_of_another_size_is_refused(text: str, frequency: Frequency,
                                             reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_period(text).for_frequency(frequency)
