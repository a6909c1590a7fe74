"""The dates of a committee series: its rhythm, read from its own past dates, and its next date.

A series is the committees of one kind with one supplier (the monthly COPIL with Armor, the
weekly CoTech…). Vigie stores no recurrence rule: the series' dates are its truth, so a
COPIL that became bimonthly two meetings ago is read as bimonthly. The rhythm is:

- **weekly / fortnightly**: the same weekday, every one or two weeks;
- **monthly, bimonthly, quarterly, half-yearly, yearly**: the same weekday of the month
  (« le 2e mardi », « le dernier jeudi »), every 1, 2, 3, 6 or 12 months.

The ordinal of a monthly series is the one most of its recent dates share, so that a
meeting once moved for a holiday (a 2nd Thursday moved to the Friday) does not shift the
series. The next date is computed with `dateutil.rrule`, then moved to the next working day
when it falls on a French public holiday (`app.services.workdays`), saying which one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from dateutil import rrule

from app.i18n import tr
from app.models.enums import CommitteeKind, LabeledEnum
from app.services import workdays
from app.services.formatting import format_date, format_month
from app.services.periods import add_months

#: How many of a series' last dates its rhythm is read from.
RECENT = 6

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


class Cadence(LabeledEnum):
    """How often a series meets."""

    WEEKLY = "weekly", "Toutes les semaines"
    FORTNIGHTLY = "fortnightly", "Toutes les deux semaines"
    MONTHLY = "monthly", "Tous les mois"
    BIMONTHLY = "bimonthly", "Tous les deux mois"
    QUARTERLY = "quarterly", "Tous les trimestres"
    HALF_YEARLY = "half_yearly", "Tous les six mois"
    YEARLY = "yearly", "Tous les ans"


_WEEKS = {Cadence.WEEKLY: 1, Cadence.FORTNIGHTLY: 2}
_MONTHS = {Cadence.MONTHLY: 1, Cadence.BIMONTHLY: 2, Cadence.QUARTERLY: 3,
           Cadence.HALF_YEARLY: 6, Cadence.YEARLY: 12}

#: The rhythm of a series that has met only once, by kind (the field's usual practice:
#: CoTech / ComOp weekly, COPIL monthly, CoStrat yearly, CoDir quarterly).
DEFAULT_CADENCE = {
    CommitteeKind.COTECH: Cadence.WEEKLY,
    CommitteeKind.COPIL: Cadence.MONTHLY,
    CommitteeKind.COSTRAT: Cadence.YEARLY,
    CommitteeKind.CODIR: Cadence.QUARTERLY,
    CommitteeKind.OTHER: Cadence.MONTHLY,
}

#: The largest gap in days, between two meetings, that each cadence stands for.
_GAP_LIMITS = ((10, Cadence.WEEKLY), (21, Cadence.FORTNIGHTLY), (45, Cadence.MONTHLY),
               (75, Cadence.BIMONTHLY), (135, Cadence.QUARTERLY), (270, Cadence.HALF_YEARLY))


@dataclass(frozen=True)
class Rhythm:
    """When a series meets: its cadence, weekday and (monthly cadences) weekday ordinal."""

    cadence: Cadence
    weekday: int  # 0 = Monday
    nth: int | None = None  # 1 to 5, or -1 for the last one of the month; None when weekly

    @property
    def weekly(self) -> bool:
        return self.cadence in _WEEKS

    def describe(self) -> str:
        """« chaque mardi », « le 2e mardi, tous les mois », « le dernier jeudi, tous les
        trimestres »."""
        day = WEEKDAYS[self.weekday]
        if self.cadence is Cadence.WEEKLY:
            return tr("committees", "chaque {day}").format(day=day)
        if self.cadence is Cadence.FORTNIGHTLY:
            return tr("committees", "un {day} sur deux").format(day=day)
        if self.nth == -1:
            which = tr("committees", "le dernier {day}").format(day=day)
        elif self.nth == 1:
            which = tr("committees", "le 1er {day}").format(day=day)
        else:
            which = tr("committees", "le {n}e {day}").format(n=self.nth, day=day)
        return f"{which}, {self.cadence.label.lower()}"


@dataclass(frozen=True)
class ScheduledDate:
    """The next date of a series, and why it is not the rhythm's own date, if it moved."""

    day: dt.date
    nominal: dt.date  # the date the rhythm gives
    holiday: str | None = None  # the public holiday that moved it

    @property
    def moved(self) -> bool:
        return self.day != self.nominal

    def explanation(self) -> str:
        """« 14/05/2027 est férié (Ascension) : reporté au 15/05/2027. », or ""."""
        if not self.moved:
            return ""
        return tr("committees", "Le {nominal} est férié ({holiday}) : reporté au {day}.").format(
            nominal=format_date(self.nominal), holiday=self.holiday or "",
            day=format_date(self.day))


# -- reading a series' rhythm ----------------------------------------------------------------


def weekday_ordinals(day: dt.date) -> list[int]:
    """The ordinals `day` has as a weekday of its month: [2] for a 2nd Tuesday, [4, -1] for
    a 4th Thursday that is also the month's last."""
    ordinals = [(day.day - 1) // 7 + 1]
    if (day + dt.timedelta(days=7)).month != day.month:
        ordinals.append(-1)
    return ordinals


def infer_rhythm(days: Sequence[dt.date], kind: CommitteeKind) -> Rhythm:
    """The rhythm a series' dates follow (its kind's usual one when it met only once)."""
    recent = sorted(days)[-RECENT:]
    if not recent:
        raise ValueError("a series has at least one date")
    cadence = _cadence_of(recent) if len(recent) > 1 else DEFAULT_CADENCE[kind]
    weekday = Counter(d.weekday() for d in recent).most_common(1)[0][0]
    if cadence in _WEEKS:
        return Rhythm(cadence, weekday)
    votes = Counter(n for d in recent if d.weekday() == weekday for n in weekday_ordinals(d))
    # the most shared ordinal; on a tie, a counted one (2nd) before "the last"
    nth = max(votes, key=lambda n: (votes[n], n > 0)) if votes else weekday_ordinals(
        recent[-1])[0]
    return Rhythm(cadence, weekday, nth)


def _cadence_of(days: list[dt.date]) -> Cadence:
    gaps = sorted((b - a).days for a, b in pairwise(days))
    gap = gaps[len(gaps) // 2]  # the median: a moved or cancelled meeting does not count
    return next((cadence for limit, cadence in _GAP_LIMITS if gap <= limit), Cadence.YEARLY)


# -- the next date ---------------------------------------------------------------------------


def nominal_after(rhythm: Rhythm, last: dt.date) -> dt.date:
    """The first date after `last` that the rhythm gives, holidays ignored."""
    start = dt.datetime.combine(last, dt.time())
    if rhythm.weekly:
        # back to the series' own weekday, in case the last meeting had been moved
        anchor = start - dt.timedelta(days=(last.weekday() - rhythm.weekday) % 7)
        rule = rrule.rrule(rrule.WEEKLY, interval=_WEEKS[rhythm.cadence],
                           byweekday=rhythm.weekday, dtstart=anchor)
    else:
        weekday = rrule.weekday(rhythm.weekday, rhythm.nth)
        rule = rrule.rrule(rrule.MONTHLY, interval=_MONTHS[rhythm.cadence],
                           byweekday=weekday, dtstart=start.replace(day=1))
    found = rule.after(start)
    assert found is not None  # an endless rule always has a next date
    return found.date()


def next_date(rhythm: Rhythm, last: dt.date, not_before: dt.date | None = None
              ) -> ScheduledDate:
    """The series' next date after `last`, on or after `not_before` (today, so that a
    series left aside for a while resumes in the future), moved off public holidays."""
    nominal = nominal_after(rhythm, last)
    while not_before is not None and workdays.next_working_day(nominal) < not_before:
        nominal = nominal_after(rhythm, nominal)
    day = workdays.next_working_day(nominal)
    return ScheduledDate(day, nominal, workdays.holiday_name(nominal) if day != nominal else None)


# -- what follows from the date ----------------------------------------------------------------


def months_between(first: dt.date, second: dt.date) -> int:
    """Calendar months from `first`'s month to `second`'s (0 within one month)."""
    return (second.year - first.year) * 12 + second.month - first.month


def next_review_period(review: dt.date | None, last: dt.date, new: dt.date) -> dt.date | None:
    """The period the next committee reviews: the last one's, moved on by as many months as
    the meetings are apart (a monthly COPIL reviewing October reviews November next)."""
    if review is None:
        return None
    return add_months(review, months_between(last, new))


def next_title(title: str, last: dt.date, new: dt.date) -> str:
    """A title with the last meeting's month (« novembre 2026 ») or date moved to the new
    one's; a yearly title's year is moved on too."""
    for old, replacement in ((format_month(last), format_month(new)),
                             (format_month(last).capitalize(), format_month(new).capitalize()),
                             (format_date(last), format_date(new))):
        if old in title:
            return title.replace(old, replacement)
    if last.year != new.year and str(last.year) in title:
        return title.replace(str(last.year), str(new.year))
    return title


def next_agenda_title(title: str, review: dt.date | None, new_review: dt.date | None) -> str:
    """A standing agenda item's title with its review month moved on (« Revue des
    indicateurs de octobre 2026 » → « … de novembre 2026 »)."""
    if review is None or new_review is None:
        return title
    return title.replace(format_month(review), format_month(new_review))
