"""The dates of a committee series: rhythm read from its dates, next date off holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import CommitteeKind
from app.services.committee_series import (
    Cadence,
    Rhythm,
    infer_rhythm,
    next_agenda_title,
    next_date,
    next_review_period,
    next_title,
    weekday_ordinals,
)

D = dt.date
TUESDAY, THURSDAY = 1, 3


def test_a_monthly_series_keeps_its_weekday_of_the_month() -> None:
    # 2nd Tuesdays of September, October and November 2026
    rhythm = infer_rhythm([D(2026, 9, 8), D(2026, 10, 13), D(2026, 11, 10)],
                          CommitteeKind.COPIL)
    assert rhythm == Rhythm(Cadence.MONTHLY, TUESDAY, 2)
    assert rhythm.describe() == "le 2e mardi, tous les mois"
    # the 2nd Tuesday of December 2026 is the 8th
    assert next_date(rhythm, D(2026, 11, 10)).day == D(2026, 12, 8)


def test_a_holiday_moves_the_meeting_to_the_next_working_day_and_says_why() -> None:
    # A 2nd-Thursday COPIL: 14 May 2026 is Ascension, so it is held on Friday 15 May.
    rhythm = Rhythm(Cadence.MONTHLY, THURSDAY, 2)
    scheduled = next_date(rhythm, D(2026, 4, 9))
    assert scheduled.nominal == D(2026, 5, 14)
    assert scheduled.day == D(2026, 5, 15)
    assert scheduled.holiday == "Ascension"
    assert scheduled.explanation() == (
        "Le 14/05/2026 est férié (Ascension) : reporté au 15/05/2026.")
    # The series is read from its own weekday, not from the moved meeting: the June one is
    # the 2nd Thursday again (11 June 2026).
    moved = infer_rhythm([D(2026, 3, 12), D(2026, 4, 9), D(2026, 5, 15)], CommitteeKind.COPIL)
    assert moved == rhythm
    assert next_date(moved, D(2026, 5, 15)).day == D(2026, 6, 11)


def test_a_long_weekend_moves_a_meeting_over_it() -> None:
    # Weekly on Mondays: Monday 6 April 2026 is Easter Monday, moved to Tuesday 7.
    scheduled = next_date(Rhythm(Cadence.WEEKLY, 0), D(2026, 3, 30))
    assert (scheduled.day, scheduled.holiday) == (D(2026, 4, 7), "Lundi de Pâques")
    # Fridays: 1 May 2026 (Fête du Travail) goes to Monday 4 May, past the weekend.
    assert next_date(Rhythm(Cadence.WEEKLY, 4), D(2026, 4, 24)).day == D(2026, 5, 4)


@pytest.mark.parametrize(("days", "cadence"), [
    ([D(2026, 11, 3), D(2026, 11, 10), D(2026, 11, 17)], Cadence.WEEKLY),
    ([D(2026, 10, 6), D(2026, 10, 20), D(2026, 11, 3)], Cadence.FORTNIGHTLY),
    ([D(2026, 3, 10), D(2026, 5, 12), D(2026, 7, 14)], Cadence.BIMONTHLY),
    ([D(2026, 2, 3), D(2026, 5, 5), D(2026, 8, 4)], Cadence.QUARTERLY),
    ([D(2025, 6, 3), D(2025, 12, 2), D(2026, 6, 2)], Cadence.HALF_YEARLY),
    ([D(2024, 6, 4), D(2025, 6, 3), D(2026, 6, 2)], Cadence.YEARLY),
])
def test_the_cadence_is_the_usual_gap_between_meetings(days, cadence) -> None:
    assert infer_rhythm(days, CommitteeKind.OTHER).cadence is cadence


def test_one_moved_or_skipped_meeting_does_not_change_the_cadence() -> None:
    # Monthly, but August skipped (two months between July and September): the median
    # gap is still a month.
    days = [D(2026, 5, 12), D(2026, 6, 9), D(2026, 7, 14), D(2026, 9, 8), D(2026, 10, 13)]
    assert infer_rhythm(days, CommitteeKind.COPIL) == Rhythm(Cadence.MONTHLY, TUESDAY, 2)


def test_a_series_met_once_takes_its_kinds_usual_rhythm() -> None:
    day = D(2026, 11, 10)  # a 2nd Tuesday
    assert infer_rhythm([day], CommitteeKind.COTECH) == Rhythm(Cadence.WEEKLY, TUESDAY)
    assert infer_rhythm([day], CommitteeKind.COPIL) == Rhythm(Cadence.MONTHLY, TUESDAY, 2)
    assert infer_rhythm([day], CommitteeKind.COSTRAT).cadence is Cadence.YEARLY
    assert infer_rhythm([day], CommitteeKind.CODIR).cadence is Cadence.QUARTERLY


def test_the_last_weekday_of_the_month_is_kept_as_the_last() -> None:
    # Last Thursdays: 24/09 (4th), 29/10 (5th), 26/11 (4th) 2026: only « the last » is
    # shared by all three.
    assert weekday_ordinals(D(2026, 10, 29)) == [5, -1]
    rhythm = infer_rhythm([D(2026, 9, 24), D(2026, 10, 29), D(2026, 11, 26)],
                          CommitteeKind.COPIL)
    assert rhythm == Rhythm(Cadence.MONTHLY, THURSDAY, -1)
    assert rhythm.describe() == "le dernier jeudi, tous les mois"
    # December's last Thursday is the 31st, a working day
    assert next_date(rhythm, D(2026, 11, 26)).day == D(2026, 12, 31)


def test_a_quarterly_series_skips_two_months() -> None:
    rhythm = Rhythm(Cadence.QUARTERLY, TUESDAY, 1)
    # 1st Tuesday of August 2026 → of November 2026, the 3rd
    assert next_date(rhythm, D(2026, 8, 4)).day == D(2026, 11, 3)
    assert rhythm.describe() == "le 1er mardi, tous les trimestres"


def test_a_series_left_aside_resumes_from_today() -> None:
    # Last met in June; on 24/11/2026 the next 2nd Tuesday from today is 08/12/2026.
    rhythm = Rhythm(Cadence.MONTHLY, TUESDAY, 2)
    assert next_date(rhythm, D(2026, 6, 9), not_before=D(2026, 11, 24)).day == D(2026, 12, 8)
    # Weekly on Tuesdays, and today is a Tuesday: today is still possible.
    weekly = Rhythm(Cadence.WEEKLY, TUESDAY)
    assert next_date(weekly, D(2026, 10, 6), not_before=D(2026, 11, 24)).day == D(2026, 11, 24)


def test_the_review_period_moves_on_as_the_meetings_do() -> None:
    # A monthly COPIL of 10/11 reviewing October reviews November on 08/12.
    assert next_review_period(D(2026, 10, 1), D(2026, 11, 10), D(2026, 12, 8)) == (
        D(2026, 11, 1))
    # A weekly CoTech within the same month keeps the same month.
    assert next_review_period(D(2026, 10, 1), D(2026, 11, 3), D(2026, 11, 10)) == (
        D(2026, 10, 1))
    # Quarterly: three months on; none stays none.
    assert next_review_period(D(2026, 7, 1), D(2026, 8, 4), D(2026, 11, 3)) == D(2026, 10, 1)
    assert next_review_period(None, D(2026, 8, 4), D(2026, 11, 3)) is None


def test_titles_follow_the_new_date() -> None:
    assert next_title("COPIL Armor — novembre 2026", D(2026, 11, 10), D(2026, 12, 8)) == (
        "COPIL Armor — décembre 2026")
    assert next_title("Comité du 10/11/2026", D(2026, 11, 10), D(2026, 12, 8)) == (
        "Comité du 08/12/2026")
    assert next_title("CoStrat annuel 2026", D(2026, 6, 2), D(2027, 6, 1)) == (
        "CoStrat annuel 2027")
    assert next_title("COPIL infogérance", D(2026, 11, 10), D(2026, 12, 8)) == (
        "COPIL infogérance")
    assert next_agenda_title("Revue des indicateurs de octobre 2026", D(2026, 10, 1),
                             D(2026, 11, 1)) == "Revue des indicateurs de novembre 2026"
    assert next_agenda_title("Questions diverses", D(2026, 10, 1), D(2026, 11, 1)) == (
        "Questions diverses")
