"""Committees as the « Comités » page lists them: one row each, and the page's filters.

`list_committees` gives the page's table (the contracts and open actions of every committee
read in two queries for all). What a committee's meeting sheet shows is in
`app.services.meeting_sheet` (re-exported here: `committee_sheet`, `carried_over_actions`,
`indicator_review`), the series' dates in `app.services.committee_series`, the edits in
`app.services.committee_edits`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models.enums import CommitteeKind, CommitteeStatus
from app.services.actions import (
    CONTRACT,
    OPEN_STATUSES,
    SUPPLIER,
    act,
    as_text,
    com,
    day_of,
    lnk,
)
from app.services.meeting_sheet import (
    CarriedAction,
    CommitteeSheet,
    carried_over_actions,
    committee_of_decision,
    committee_sheet,
    contract_choices,
    indicator_review,
    next_in_series,
)
from app.services.periods import add_months

con = CONTRACT.c

__all__ = ["CarriedAction", "CommitteeSheet", "carried_over_actions", "committee_of_decision",
           "committee_sheet", "contract_choices", "indicator_review", "list_committees",
           "next_in_series"]


class CommitteeRow(NamedTuple):
    """A line of the committees table (a named tuple, made fast: see `ActionRow`)."""

    id: int
    kind: CommitteeKind
    title: str
    supplier_id: int | None
    supplier_name: str
    contracts: str  # references, comma-separated
    starts_at: dt.datetime
    duration_minutes: int
    place: str
    status: CommitteeStatus
    review_period: dt.date | None
    open_actions: int  # actions decided there and still open

    @property
    def day(self) -> dt.date:
        return self.starts_at.date()

    def upcoming(self, today: dt.date) -> bool:
        """True from today on: the committee is still ahead (or today)."""
        return self.starts_at.date() >= today


KINDS = {m.value: m for m in CommitteeKind}
COMMITTEE_STATUSES = {m.value: m for m in CommitteeStatus}


def list_committees(session: Session) -> list[CommitteeRow]:
    """Every committee with its supplier, contracts and open actions, by date.

    Contracts and open actions are read in two queries for all, not per committee, and
    dates parsed by `datetime.fromisoformat`: a large file has 15,000 committees.
    """
    db = session.connection()
    reference_of = dict(db.execute(sa.select(con.id, con.reference)).all())
    named: dict[str, str] = {}  # the committees of a series share their contracts: "3,7" once

    def references(ids: str) -> str:
        if ids not in named:
            named[ids] = ", ".join(sorted(reference_of[int(i)] for i in ids.split(",")))
        return named[ids]

    contracts = {committee_id: references(ids) for committee_id, ids in db.execute(
        sa.select(lnk.committee_id, sa.func.group_concat(lnk.contract_id))
        .group_by(lnk.committee_id)).all()}
    open_actions = dict(db.execute(
        sa.select(act.committee_id, sa.func.count())
        .where(act.committee_id.is_not(None), act.status.in_(OPEN_STATUSES))
        .group_by(act.committee_id)).all())
    suppliers = dict(db.execute(sa.select(SUPPLIER.c.id, SUPPLIER.c.name)).all())
    query = sa.select(com.id, as_text(com.kind), com.title, com.supplier_id,
                      as_text(com.starts_at), com.duration_minutes, com.place,
                      as_text(com.status), as_text(com.review_period))
    moment = dt.datetime.fromisoformat
    periods: dict[str | None, dt.date | None] = {None: None}  # a few months, parsed once
    rows = [CommitteeRow(i, KINDS[kind], title, supplier_id, suppliers.get(supplier_id, ""),
                         contracts.get(i, ""), moment(starts_at), duration, place,
                         COMMITTEE_STATUSES[status],
                         periods[review] if review in periods else periods.setdefault(
                             review, day_of(review)),
                         open_actions.get(i, 0))
            for i, kind, title, supplier_id, starts_at, duration, place, status, review
            in db.execute(query).all()]
    rows.sort(key=itemgetter(6, 0))  # starts_at, id: sorted in Python, cheaper than in SQL
    return rows


def next_committee_id(rows: list[CommitteeRow], today: dt.date) -> int | None:
    """The next planned committee from today on (the one the page highlights)."""
    midnight = dt.datetime.combine(today, dt.time())
    planned = [r for r in rows if r.starts_at >= midnight and r.status is CommitteeStatus.PLANNED]
    return min(planned, key=lambda r: r.starts_at).id if planned else None


# -- the page's filters -----------------------------------------------------------------------


@dataclass(frozen=True)
class DateRange:
    """A period of the « Période » filter: its key, label and days."""

    key: str
    label: str
    first: dt.date
    last: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


def date_ranges(today: dt.date) -> list[DateRange]:
    """The periods the committees page offers, around `today`."""
    month = today.replace(day=1)
    year = dt.date(today.year, 1, 1)
    return [
        DateRange("month", tr("committees", "Ce mois-ci"), month,
                  add_months(month, 1) - dt.timedelta(days=1)),
        DateRange("next_30", tr("committees", "Les 30 prochains jours"), today,
                  today + dt.timedelta(days=30)),
        DateRange("last_3", tr("committees", "Les 3 derniers mois"),
                  add_months(today, -3), today),
        DateRange("last_12", tr("committees", "Les 12 derniers mois"),
                  add_months(today, -12), today),
        DateRange("year", tr("committees", "Cette année"), year, dt.date(today.year, 12, 31)),
        DateRange("last_year", tr("committees", "L'année dernière"),
                  dt.date(today.year - 1, 1, 1), year - dt.timedelta(days=1)),
    ]


@dataclass(frozen=True)
class CommitteeFilter:
    """The committees page's filters; None means « all »."""

    kind: CommitteeKind | None = None
    supplier_id: int | None = None
    dates: DateRange | None = None
    status: CommitteeStatus | None = None

    @property
    def empty(self) -> bool:
        """True when it keeps every committee."""
        return self == CommitteeFilter()

    def accepts(self, row: CommitteeRow) -> bool:
        """True when the row passes every filter."""
        return ((self.kind is None or row.kind == self.kind)
                and (self.supplier_id is None or row.supplier_id == self.supplier_id)
                and (self.status is None or row.status == self.status)
                and (self.dates is None or self.dates.contains(row.starts_at.date())))
