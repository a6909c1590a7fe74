"""The minutes' data gathered from a client file: `committee_minutes(session, id, today)`.

Everything comes from the services the screens use — the meeting sheet's reads
(`app.services.meeting_sheet`: participants, agenda, decisions, new and carried-over
actions, the series' next meeting), the indicator review of the period and its penalties
(`app.services.committee_review`) — so that the minutes and the screen show the same
figures. This module only turns them into the writer's plain values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.export.minutes_data import (
    ActionEntry,
    AgendaEntry,
    Chart,
    CommitteeHeader,
    DecisionEntry,
    MinutesData,
    NextMeeting,
    Participant,
    PenaltyTotal,
    ReversibilityEntry,
    ReviewRow,
)
from app.i18n import tr
from app.models import ClientProfile, Committee
from app.models.enums import CommitteeStatus, Side
from app.services import meeting_sheet as sheet
from app.services.actions import ActionRow
from app.services.committee_review import IndicatorReview
from app.services.formatting import format_date

COM = Committee.__table__.c
#: Charts are drawn for paper: sharp at the size the minutes print them (two a row).
PRINT_DPI = 200
CHART_SIZE = (3.8, 2.3)  # inches: room for the target and threshold named in the margin
#: An indicator's chart shows the year up to the reviewed period.
CHART_PERIODS = 12


def committee_minutes(session: Session, committee_id: int, today: dt.date) -> MinutesData:
    """Everything the minutes of a committee say, at `today` (lateness is counted at that
    day); raises LookupError when the committee no longer exists."""
    detail = _detail(session, committee_id)
    header = _header(session, detail)
    review = sheet.indicator_review(session, committee_id, today)
    return MinutesData(
        committee=header, written_on=today,
        participants=participants(session, committee_id, header.client),
        agenda=tuple(AgendaEntry(item.title, item.notes)
                     for item in sheet.agenda(session, committee_id)),
        review=review_rows(review), penalties=penalty_totals(review),
        charts=charts(session, review, today),
        decisions=tuple(DecisionEntry(f"D{d.number}", d.text)
                        for d in sheet.decisions(session, committee_id)),
        new_actions=tuple(action_entry(row) for row in sheet.new_actions(
            session, committee_id, today)),
        carried_actions=tuple(action_entry(carried.action, carried.follow_up, carried=True)
                              for carried in sheet.carried_over_actions(
                                  session, committee_id, today)),
        reversibility=reversibility(session, detail.contract_ids, today),
        next_meeting=next_meeting(session, committee_id))


def committee_header(session: Session, committee_id: int) -> CommitteeHeader:
    """The committee's own fields, its supplier, contracts and client; raises LookupError
    when the committee no longer exists."""
    return _header(session, _detail(session, committee_id))


def _detail(session: Session, committee_id: int) -> sheet.CommitteeDetail:
    detail = sheet.committee_detail(session, committee_id)
    if detail is None:
        raise LookupError(committee_id)
    return detail


def _header(session: Session, detail: sheet.CommitteeDetail) -> CommitteeHeader:
    labels = dict(sheet.contract_choices(session, detail.supplier_id, detail.contract_ids))
    return CommitteeHeader(
        title=detail.title, kind=detail.kind, starts_at=detail.starts_at,
        duration_minutes=detail.duration_minutes, place=detail.place,
        supplier=detail.supplier_name, contracts=tuple(labels[i] for i in detail.contract_ids),
        status=detail.status, review_period=detail.review_period,
        client=client_name(session), notes=detail.notes)


def minutes_for(session: Session, committee_id: int, today: dt.date,
                template: tuple[str, bytes] | None = None) -> Any:
    """The minutes of a committee as a python-docx Document, on `template` (name, bytes),
    else the file's own template, else Vigie's. Raises LookupError for a committee that is
    gone, TemplateError for a template that cannot be used."""
    from app.export.minutes import minutes_document
    from app.services.file_template import template_content

    data = committee_minutes(session, committee_id, today)
    name, content = template or template_content(session) or ("", None)
    return minutes_document(data, content, name)


def committee_list(session: Session) -> list[tuple[int, dt.date, str, str]]:
    """(n°, day, title, status) of every committee, the latest first (`--list`)."""
    query = sa.select(COM.id, COM.starts_at, COM.title, COM.status).order_by(
        COM.starts_at.desc(), COM.id.desc())
    return [(number, starts_at.date(), title, CommitteeStatus(status).label)
            for number, starts_at, title, status in session.connection().execute(query)]


def client_name(session: Session) -> str:
    """The name of the client the file is about."""
    profile = ClientProfile.__table__.c
    return session.connection().execute(
        sa.select(profile.name).where(profile.id == 1)).scalar() or ""


def participants(session: Session, committee_id: int, client: str) -> tuple[Participant, ...]:
    """The committee's participants, the client's first, each side by name."""
    return tuple(Participant(p.name, p.role, p.organisation, p.side, p.attendance, p.email)
                 for p in sheet.participants(session, committee_id, client))


def action_entry(row: ActionRow, follow_up: Any = None, *, carried: bool = False
                 ) -> ActionEntry:
    """An action of the plan as the minutes show it; a carried-over one says where it was
    decided and what this committee noted about it."""
    origin = ""
    if carried:
        day = row.committee_date or row.created_on
        origin = (tr("minutes", "décidée le {date}") if row.committee_id is not None
                  else tr("minutes", "créée le {date}")).format(date=format_date(day))
    return ActionEntry(row.number, row.title, row.owner_name, row.side, row.due_date,
                       row.status, row.days_late, origin,
                       follow_up.note if follow_up is not None else "")


def review_rows(review: IndicatorReview) -> tuple[ReviewRow, ...]:
    """The indicator review's lines: the supplier's indicators and the client's inputs."""
    return tuple(ReviewRow(line.code, line.name, line.contract_reference, line.value,
                           line.unit, line.target, line.direction, line.status, line.owed,
                           line.comment, line.measured_side is Side.CLIENT,
                           uncapped=line.penalty if line.penalty != line.owed else None)
                 for line in review.lines)


def charts(session: Session, review: IndicatorReview, today: dt.date) -> tuple[Chart, ...]:
    """Each reviewed indicator's chart — the Indicateurs page's drawing function — over the
    year up to the reviewed period, that period marked."""
    from app.charts import render_png
    from app.charts.indicator import draw_indicator
    from app.services.measurements import indicator_series, period_run

    several = len({line.contract_id for line in review.lines}) > 1
    drawn = []
    for line in review.lines:
        first = period_run(line.period, line.frequency, CHART_PERIODS)[0]
        series = indicator_series(session, line.indicator_id, today, first)
        if series is None:
            continue
        shown = replace(series, points=tuple(p for p in series.points
                                             if p.period <= line.period))
        title = f"{line.code} — {line.name}" + (f" ({line.contract_reference})" if several
                                                else "")
        drawn.append(Chart(title, render_png(draw_indicator, shown, size=CHART_SIZE,
                                             dpi=PRINT_DPI, highlight=line.period)))
    return tuple(drawn)


def penalty_totals(review: IndicatorReview) -> tuple[PenaltyTotal, ...]:
    """Each contract's penalties for the period, after its cap."""
    return tuple(PenaltyTotal(p.reference, p.amount, capped=p.amount < p.uncapped - 0.005)
                 for p in review.penalties)


def reversibility(session: Session, contract_ids: tuple[int, ...], today: dt.date
                  ) -> tuple[ReversibilityEntry, ...]:
    """The reversibility plan of each of these contracts that has one, at `today`, with its
    timeline drawn by the Réversibilité page's chart function."""
    if not contract_ids:
        return ()
    from app.charts.reversibility import timeline_png
    from app.services.reversibility_status import plan_statuses

    entries = []
    for status in plan_statuses(session, today, contract_ids):
        following = status.next_milestone
        entries.append(ReversibilityEntry(
            f"{status.reference} — {status.title}", status.readiness, status.done,
            status.counted, status.slip_days, len(status.late),
            status.name(following) if following else "",
            following.planned_start if following else None, status.switch_over,
            status.checklist_done, status.checklist_counted, status.blockers,
            timeline_png(status.timeline, dpi=PRINT_DPI)))
    return tuple(entries)


def next_meeting(session: Session, committee_id: int) -> NextMeeting | None:
    """The next committee of the series (same kind and supplier), cancelled ones aside."""
    found = sheet.next_in_series(session, committee_id)
    return None if found is None else NextMeeting(found.starts_at, found.place, found.title)
