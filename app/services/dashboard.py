"""The dashboard: what needs attention now, key figures and chart data, in plain values.

Everything is read with a handful of SQL queries that stay fast on a large file (200,000
measurements): only the last period's measurements and this year's breaches are fetched,
and the 12-month compliance is aggregated in SQL (see `app.services.sla`). Whether a
contract runs or has ended, what it owes in penalties and what its budget expects are the
conventions of `app.services.rules` (penalties through `app.services.penalties`, the
budget through `app.services.budget`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import Action, Committee, ReversibilityMilestone
from app.models.enums import (
    ActionStatus,
    CommitteeStatus,
    ContractStatus,
    Direction,
    Frequency,
    LabeledEnum,
    MilestoneStatus,
    Priority,
    Renewal,
    Side,
)
from app.services import penalties, rules, sla
from app.services.budget import BudgetLine, budget_lines
from app.services.formatting import (
    format_date,
    format_days_from,
    format_money,
    format_period,
    format_value,
    plural,
)
from app.services.periods import add_months, last_complete_period, period_end, period_start

HORIZON_DAYS = 90  # notice deadlines and contract ends shown this far ahead
ENDED_DAYS = 30  # a contract that ended is mentioned this long after its last day
#: A contract with a reversibility clause and no plan is pointed out this long before its
#: notice deadline (or its end): a plan takes months to carry out.
PLAN_HORIZON_DAYS = 180
COMMITTEE_HORIZON_DAYS = 30
URGENT_DAYS = 30  # a deadline this close is critical
CON = sla.con


class AlertKind(LabeledEnum):
    """What an alert is about."""

    NOTICE_DEADLINE = "notice_deadline", "Date limite de préavis"  # dénonciation or decision
    CONTRACT_END = "contract_end", "Fin de contrat"
    CONTRACT_ENDED = "contract_ended", "Contrat terminé"
    INDICATOR_BREACHED = "indicator_breached", "Indicateur non atteint"
    CLIENT_INPUT_BREACHED = "client_input_breached", "Entrant client non atteint"
    INDICATOR_MISSING = "indicator_missing", "Indicateur non renseigné"
    PENALTY_DUE = "penalty_due", "Pénalités dues"
    ACTION_LATE = "action_late", "Action en retard"
    COMMITTEE_NEXT = "committee_next", "Prochain comité"
    MILESTONE_LATE = "milestone_late", "Jalon de réversibilité en retard"
    PLAN_MISSING = "reversibility_unplanned", "Réversibilité sans plan"


class Severity(LabeledEnum):
    """How urgent an alert is; members are listed from the most urgent."""

    CRITICAL = "critical", "Critique"
    WARNING = "warning", "À surveiller"
    INFO = "info", "Information"


_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(Severity)}


@dataclass(frozen=True)
class Alert:
    """One thing that needs attention, and the entity it leads to."""

    kind: AlertKind
    severity: Severity
    message: str
    date: dt.date
    entity: str  # "contract", "indicator", "action", "committee", "milestone",
    # "reversibility" (a contract's reversibility plan: the id is the contract's)
    entity_id: int


@dataclass(frozen=True)
class NextCommittee:
    """The next planned committee."""

    id: int
    title: str
    starts_at: dt.datetime


@dataclass(frozen=True)
class Figures:
    """The key figures at the top of the dashboard."""

    active_contracts: int
    active_annual_amount: float
    indicators_breached: int
    penalties_due: float
    late_actions: int
    next_committee: NextCommittee | None
    client_inputs_breached: int = 0  # the client's own inputs, counted apart


class CompliancePoint(NamedTuple):
    """A month and the percentage of its measurements that met their target."""

    month: dt.date
    percent: float | None  # None: nothing measured that month


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows, computed at `today`."""

    today: dt.date
    figures: Figures
    alerts: list[Alert]
    sla_compliance: list[CompliancePoint]
    budget: list[BudgetLine]


def build_dashboard(session: Session, today: dt.date) -> Dashboard:
    """Compute the dashboard of the open client file at `today`."""
    db = session.connection()
    every = db.execute(sa.select(sla.CONTRACT).order_by(CON.reference)).all()
    terms = {row.id: rules.ContractTerms.of(row) for row in every}
    contracts = [row for row in every if rules.is_running(terms[row.id], today)]
    contract_alerts = [a for row in every for a in _contract_alerts(row, terms[row.id], today)]
    breached, missing, client_inputs = _indicator_alerts(db, {row.id for row in contracts},
                                                         today)
    owed, penalties_due = _penalty_alerts(session, {row.id: row for row in every}, today)
    late_actions = _late_action_alerts(db, today)
    committees, next_committee = _committee_alerts(db, today)
    milestones = _milestone_alerts(db, today)
    unplanned = _unplanned_alerts(db, contracts, today)
    alerts = [*contract_alerts, *breached, *missing, *client_inputs, *owed,
              *late_actions, *committees, *milestones, *unplanned]
    alerts.sort(key=lambda a: (_SEVERITY_RANK[a.severity], a.date, a.kind, a.entity_id))
    figures = Figures(
        active_contracts=len(contracts),
        active_annual_amount=sum(row.annual_amount for row in contracts),
        indicators_breached=len(breached),
        penalties_due=penalties_due,
        late_actions=len(late_actions),
        next_committee=next_committee,
        client_inputs_breached=len(client_inputs),
    )
    return Dashboard(today, figures, alerts, _sla_compliance(db, today),
                     budget_lines(db, every, today))


# -- contracts --------------------------------------------------------------------------------


def _deadline_severity(day: dt.date, today: dt.date) -> Severity:
    return Severity.CRITICAL if (day - today).days <= URGENT_DAYS else Severity.WARNING


def _within(day: dt.date | None, today: dt.date, days: int) -> bool:
    return day is not None and today <= day <= today + dt.timedelta(days=days)


def _contract_alerts(row: Any, terms: rules.ContractTerms, today: dt.date) -> list[Alert]:
    """A running contract's notice deadline and end to come, or once that it ended."""
    if rules.is_ended(terms, today):
        return _ended_alerts(row, terms, today)
    if not rules.is_running(terms, today):
        return []  # a draft
    alerts = []
    deadline = rules.next_notice_deadline(terms, today)
    if deadline is not None and _within(deadline, today, HORIZON_DAYS):
        text = (tr("dashboard", "Décision de reconduction du contrat {ref} ({title}) au plus "
                                "tard le {date} — {when}") if row.renewal is Renewal.EXPRESS
                else tr("dashboard", "Dénonciation du contrat {ref} ({title}) au plus tard "
                                     "le {date} — {when}"))
        message = text.format(ref=row.reference, title=row.title, date=format_date(deadline),
                              when=format_days_from(deadline, today))
        alerts.append(Alert(AlertKind.NOTICE_DEADLINE, _deadline_severity(deadline, today),
                            message, deadline, "contract", row.id))
    end = rules.contract_end(terms, today)
    if end is not None and _within(end, today, HORIZON_DAYS):
        alerts.append(_end_alert(row, end, today))
    return alerts


def _end_alert(row: Any, end: dt.date, today: dt.date) -> Alert:
    if row.ended_on is not None:
        text = tr("dashboard", "Fin convenue du contrat {ref} ({title}) le {date} — {when}")
    else:
        text = tr("dashboard", "Fin du contrat {ref} ({title}) le {date} — {when}")
        if row.renewal is Renewal.EXPRESS:
            text += tr("dashboard", ", sauf reconduction expresse")
    message = text.format(ref=row.reference, title=row.title, date=format_date(end),
                          when=format_days_from(end, today))
    return Alert(AlertKind.CONTRACT_END, _deadline_severity(end, today), message, end,
                 "contract", row.id)


def _ended_alerts(row: Any, terms: rules.ContractTerms, today: dt.date) -> list[Alert]:
    """Once, for ENDED_DAYS after its last day: the contract has ended (nothing else is
    said of it: no deadline, no indicator to fill in)."""
    end = rules.end_date(terms)
    if end is None or (today - end).days > ENDED_DAYS:
        return []
    if row.status is ContractStatus.ENDED or row.ended_on is not None:
        text = tr("dashboard", "Contrat {ref} ({title}) terminé le {date} — {when}")
    else:
        text = tr("dashboard", "Contrat {ref} ({title}) arrivé à son terme le {date}, sans "
                               "reconduction — {when}")
    message = text.format(ref=row.reference, title=row.title, date=format_date(end),
                          when=format_days_from(end, today))
    return [Alert(AlertKind.CONTRACT_ENDED, Severity.INFO, message, end, "contract", row.id)]


# -- indicators -------------------------------------------------------------------------------


def _indicator_alerts(
    db: sa.Connection, running: set[int], today: dt.date
) -> tuple[list[Alert], list[Alert], list[Alert]]:
    """Breached and missing indicators of running contracts in their last complete period;
    the breaches of the client's own inputs apart (third list)."""
    last = {f: last_complete_period(today, f) for f in Frequency}
    ends = {f: period_end(start, f) for f, start in last.items()}
    breached, missing = [], []
    for row in sla.last_period_measures(db, last):
        start = last[row.frequency]
        if row.contract_id not in running or row.start_date > ends[row.frequency]:
            continue  # the contract has ended, or had not started yet
        if row.value is None:
            missing.append((row, start))
        elif rules.measure_status(row.value, row.target, row.alert_threshold,
                                  row.direction) is rules.MeasureStatus.BREACHED:
            breached.append((row, start))
    client = _client_side(db, [row.id for row, _start in breached + missing])
    spans: dict[str, set[tuple[dt.date, dt.date]]] = defaultdict(set)  # by contract
    for row, start in breached:
        if row.id in client:
            spans[row.reference].add((start, ends[row.frequency]))
    return ([_breached_alert(row, start, _with_client(spans, row.reference, start,
                                                      ends[row.frequency]))
             for row, start in breached if row.id not in client],
            [_missing_alert(row, start) for row, start in missing],
            [_client_alert(row, start) for row, start in breached if row.id in client])


def _client_side(db: sa.Connection, ids: list[int]) -> set[int]:
    """Which of these indicators measure the client's own inputs."""
    if not ids:
        return set()
    query = sa.select(sla.ind.id).where(sla.ind.id.in_(ids),
                                        sla.ind.measured_side == Side.CLIENT)
    return set(db.execute(query).scalars())


def _with_client(spans: Mapping[str, set[tuple[dt.date, dt.date]]], reference: str,
                 start: dt.date, end: dt.date) -> bool:
    """True when a client-input breach of the same contract overlaps the period (`spans`:
    the breaches' periods by contract, so that each row reads its contract's alone)."""
    return any(first <= end and start <= last for first, last in spans.get(reference, ()))


def _breached_alert(row: Any, start: dt.date, with_client: bool = False) -> Alert:
    text = tr("dashboard", "Indicateur {code} « {name} » ({ref}) non atteint en {period} : "
                           "{value} pour un objectif {sign} {target}")
    if with_client:
        text += tr("dashboard", " — à lire avec les indicateurs client")
    severity = Severity.CRITICAL if row.contractual else Severity.WARNING
    return Alert(AlertKind.INDICATOR_BREACHED, severity, _breach_text(text, row, start),
                 start, "indicator", row.id)


def _client_alert(row: Any, start: dt.date) -> Alert:
    text = tr("dashboard", "Entrant client {code} « {name} » ({ref}) non atteint en "
                           "{period} : {value} pour un objectif {sign} {target}")
    return Alert(AlertKind.CLIENT_INPUT_BREACHED, Severity.WARNING,
                 _breach_text(text, row, start), start, "indicator", row.id)


def _breach_text(text: str, row: Any, start: dt.date) -> str:
    sign = "≥" if row.direction is Direction.HIGHER_IS_BETTER else "≤"
    return text.format(code=row.code, name=row.name, ref=row.reference, sign=sign,
                       period=format_period(start, row.frequency),
                       value=format_value(row.value, row.unit),
                       target=format_value(row.target, row.unit))


def _missing_alert(row: Any, start: dt.date) -> Alert:
    text = tr("dashboard", "Indicateur {code} « {name} » ({ref}) non renseigné pour {period}")
    message = text.format(code=row.code, name=row.name, ref=row.reference,
                          period=format_period(start, row.frequency))
    return Alert(AlertKind.INDICATOR_MISSING, Severity.WARNING, message, start, "indicator",
                 row.id)


def _sla_compliance(db: sa.Connection, today: dt.date) -> list[CompliancePoint]:
    """Percent of measurements met per month over the 12 complete months before today."""
    this_month = period_start(today, Frequency.MONTHLY)
    months = [add_months(this_month, -n) for n in range(12, 0, -1)]
    counts = sla.compliance_by_month(db, months[0], this_month)
    points = []
    for month in months:
        measured, met = counts.get(month, (0, 0))
        points.append(CompliancePoint(month, met / measured * 100 if measured else None))
    return points


# -- penalties --------------------------------------------------------------------------------


def _penalty_alerts(
    session: Session, contracts: dict[int, Any], today: dt.date
) -> tuple[list[Alert], float]:
    """One alert per contract that owes penalties for this year's months that are over,
    after its cap, and their total (see `app.services.penalties`)."""
    year = today.year
    shares = penalties.penalty_shares(session, today, dt.date(year, 1, 1), dt.date(year, 12, 1))
    owed = {cid: amount for cid, amount in penalties.owed_by(shares, "contract_id").items()
            if round(amount, 2) > 0}
    latest: dict[int, dt.date] = {}
    for share in shares:
        if share.owed > 0:
            latest[share.contract_id] = max(share.period, latest.get(share.contract_id,
                                                                     share.period))
    text = tr("dashboard", "Pénalités dues sur le contrat {ref} ({title}) en {year} : {amount}")
    alerts = [
        Alert(AlertKind.PENALTY_DUE, Severity.WARNING,
              text.format(ref=contracts[cid].reference, title=contracts[cid].title,
                          year=year, amount=format_money(amount)),
              latest[cid], "contract", cid)
        for cid, amount in owed.items()
    ]
    return alerts, sum(owed.values())


# -- actions, committees, milestones ------------------------------------------------------------


def _late_action_alerts(db: sa.Connection, today: dt.date) -> list[Alert]:
    a = Action.__table__.c
    query = (
        sa.select(a.id, a.title, a.due_date, a.priority, a.status, CON.reference)
        .select_from(Action.__table__.outerjoin(sla.CONTRACT, CON.id == a.contract_id))
        .where(a.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
               a.due_date < today)
    )
    alerts = []
    for row in db.execute(query):
        days = rules.action_days_late(row.due_date, row.status, today)
        text = tr("dashboard", "Action en retard de {days} : « {title} » (échéance le {date})")
        message = text.format(days=plural(days, tr("dashboard", "jour")), title=row.title,
                              date=format_date(row.due_date))
        if row.reference:
            message += f" — {row.reference}"
        urgent = row.priority in (Priority.HIGH, Priority.CRITICAL)
        alerts.append(Alert(AlertKind.ACTION_LATE,
                            Severity.CRITICAL if urgent else Severity.WARNING,
                            message, row.due_date, "action", row.id))
    return alerts


def _committee_alerts(
    db: sa.Connection, today: dt.date
) -> tuple[list[Alert], NextCommittee | None]:
    k = Committee.__table__.c
    midnight = dt.datetime.combine(today, dt.time())
    query = (
        sa.select(k.id, k.title, k.starts_at)
        .where(k.status == CommitteeStatus.PLANNED, k.starts_at >= midnight)
        .order_by(k.starts_at, k.id)
    )
    first = db.execute(query.limit(1)).first()
    horizon = midnight + dt.timedelta(days=COMMITTEE_HORIZON_DAYS + 1)
    alerts = []
    text = tr("dashboard", "Comité « {title} » le {date} à {time} — {when}")
    for row in db.execute(query.where(k.starts_at < horizon)):
        day = row.starts_at.date()
        message = text.format(title=row.title, date=format_date(day),
                              time=f"{row.starts_at:%H:%M}", when=format_days_from(day, today))
        alerts.append(Alert(AlertKind.COMMITTEE_NEXT, Severity.INFO, message, day,
                            "committee", row.id))
    following = None if first is None else NextCommittee(first.id, first.title, first.starts_at)
    return alerts, following


def _milestone_alerts(db: sa.Connection, today: dt.date) -> list[Alert]:
    r = ReversibilityMilestone.__table__.c
    query = (
        sa.select(r.id, r.title, r.phase, r.planned_end, r.status, CON.reference)
        .join_from(ReversibilityMilestone.__table__, sla.CONTRACT, CON.id == r.contract_id)
        .where(r.status.in_([MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS]),
               r.planned_end < today)
    )
    alerts = []
    text = tr("dashboard", "Jalon de réversibilité « {title} » ({phase}) du contrat {ref} "
                           "en retard de {days} (fin prévue le {date})")
    for row in db.execute(query):
        facts = rules.MilestoneFacts(row.planned_end, row.status)
        message = text.format(title=row.title, phase=row.phase.label, ref=row.reference,
                              days=plural(rules.milestone_slip_days(facts, today),
                                          tr("dashboard", "jour")),
                              date=format_date(row.planned_end))
        alerts.append(Alert(AlertKind.MILESTONE_LATE, Severity.CRITICAL, message,
                            row.planned_end, "milestone", row.id))
    return alerts


def _unplanned_alerts(db: sa.Connection, contracts: list[Any], today: dt.date) -> list[Alert]:
    """Active contracts with a reversibility clause and no plan whose notice deadline (or,
    without renewal, their end) is within PLAN_HORIZON_DAYS."""
    planned = set(db.execute(sa.select(ReversibilityMilestone.contract_id).distinct()).scalars())
    alerts = []
    for row in contracts:
        if not row.has_reversibility_clause or row.id in planned:
            continue
        terms = rules.ContractTerms.of(row)
        deadline = rules.next_notice_deadline(terms, today)
        text = (tr("dashboard", "Contrat {ref} ({title}) : clause de réversibilité sans "
                                "plan, décision de reconduction au plus tard le {date} — "
                                "{when}") if row.renewal is Renewal.EXPRESS else
                tr("dashboard", "Contrat {ref} ({title}) : clause de réversibilité sans plan, "
                                "dénonciation au plus tard le {date} — {when}"))
        if deadline is None:
            deadline = rules.contract_end(terms, today)
            text = tr("dashboard", "Contrat {ref} ({title}) : clause de réversibilité sans "
                                   "plan, fin du contrat le {date} — {when}")
        if deadline is None or not _within(deadline, today, PLAN_HORIZON_DAYS):
            continue
        message = text.format(ref=row.reference, title=row.title, date=format_date(deadline),
                              when=format_days_from(deadline, today))
        alerts.append(Alert(AlertKind.PLAN_MISSING, _deadline_severity(deadline, today),
                            message, deadline, "reversibility", row.id))
    return alerts
