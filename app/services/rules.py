"""The rules of pilotage: every computed figure, as a pure function over plain values.

Conventions chosen here (each tested on hand-computed cases in tests/unit/test_rules.py,
test_penalties.py, test_lifecycle.py and test_budget.py; applied to a file's rows by
`app.services.penalties`, `app.services.budget` and `app.services.dashboard`):

- **Status.** Higher-is-better: value ≥ target → met; else value ≥ alert threshold (if set)
  → warning; else breached. Lower-is-better is the mirror image. A threshold on the wrong
  side of the target (e.g. 99 for a ≥ 95 target) cannot be reached without meeting the
  target first, so it simply gives no warning band: the status is then met or breached.
- **Penalty of a measurement.** Owed only when the contract has a penalty clause, the
  indicator is contractual with a rule, the value is breached (the alert threshold is a
  tolerance band that costs nothing) and its period is over (October's figures are owed
  from 1 November, never during October). FIXED: `penalty_amount` per breached period.
  PERCENT: `penalty_percent` % of the period's fee (annual amount / 12, / 4 or / 52) per
  point beyond the *target*, where **every started point counts in full** (2.1 points → 3
  points), as French contracts usually write it ("toute fraction de point est due"); the gap
  is rounded to 1e-6 first so that 99.5 − 98.5 counts 1 point, not 2.
  `app.services.penalties.describe_penalty_rule` writes the rule as one French sentence
  from the same fields, for the user to check against the contract's wording.
- **Cap.** `penalty_cap_percent` % of a basis chosen per contract: MONTHLY_FEE, of the
  monthly fee (annual amount / 12) per calendar month; ANNUAL_AMOUNT, of the annual amount
  per *contract year* (« plafonnées à 10 % du montant annuel » bounds what a year of the
  contract costs the supplier, and that year runs from the contract's start, not from
  1 January). Contract years are counted in whole months from the start date's month (a
  contract started on 15/04 has years from April to March). No cap when the percentage is
  None. Whatever the mix of weekly, monthly and quarterly indicators, the penalties of one
  cap period never exceed its cap.
- **Penalties attributed to months.** Cap periods are made of calendar months, so each
  measurement's penalty goes to months: a monthly one to its month; a quarterly one a third
  to each of its three months (it measures three months of service alike); a weekly one to
  the month of its Thursday, the month holding most of its days (as ISO 8601 gives a week
  to a year).
- **Capping in order.** Within a cap period, penalties fall due month after month: each
  month's are owed in full while the cap has room; in the month that reaches the cap, each
  of its penalties is cut by the same ratio (what is left of the cap shared among that
  month's indicators in proportion to their penalties); later months owe nothing. A penalty
  once owed never changes when later months are measured.
- **Contract terms.** The initial term ends the day before start + initial duration; tacit
  renewals add whole renewal periods counted from the start date (never month after month,
  which would drift at month ends). The notice deadline is the last day on which notice
  still leaves `notice_period_months` whole months before the term's exclusive end; it is a
  last allowed day (« au plus tard le »). With an express renewal the same date is the last
  day to *decide* to renew (« Décision de reconduction au plus tard le … »). A tacit
  renewal with a period of 0 months is a fixed term: no notice deadline.
- **Lifecycle.** A contract's last day is `ended_on` when recorded — past, it ended then;
  to come, it is the planned end (notice given, end agreed): the contract runs until then,
  with no notice deadline left. Otherwise a contract that does not renew tacitly (no
  renewal, express renewal, fixed term) ends with its initial term; a tacit one has no last
  day. A contract is **ended** once its last day is past, or when marked ended: derived,
  never left "active" until someone notices. An express renewal, once decided, is recorded
  by lengthening the duration (or as a new contract).
- **Budget.** The year's planned amount is the annual budget (else the annual amount) × the
  days the contract runs in the year / the days of the year: started on 01/07, half of it;
  ended on 31/03, a quarter. Expected to date: the same daily pace over the days it ran from
  1 January to the end of the last complete month (the month in progress is not expected
  yet: nothing is in January). Consumed: the year's invoices by period, credit notes
  (negative amounts) deducted, disputed invoices left out and shown apart.
- **Readiness** of a reversibility plan (how ready the client is to take the service back),
  in %: the mean of two shares, its milestones' and its readiness checklist's.
  *Milestones*: each non-cancelled milestone done *and* accepted (PV signed) counts 1, done
  without a signed PV ½ (the work is done but the client has not acknowledged it), else 0.
  *Checklist* (documentation handed over, accesses, knowledge base, export formats,
  licences…): each item done counts 1 when its evidence is recorded (a note or a document),
  ½ without; items « sans objet » are left out. A part with nothing to count is left out of
  the mean (a plan without a checklist is its milestones' share); nothing at all is 0 %.
  Half and half because a plan whose steps are all signed off is not credible while the
  take-over still lacks the accesses or the documentation, nor the reverse.
- **Slip** of a milestone: the days its actual end (or, unfinished, today) lies past its
  planned end; of a plan, the largest slip of its milestones.
- **What blocks the next phase**: the next phase is the first milestone not started yet
  (*Prévu*), in plan order. It is blocked by every earlier milestone still unfinished, by
  every earlier one done without a signed PV, by its own lack of an owner, and — for the
  switch-over (*Bascule*) and the final acceptance — by every checklist item still to do.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from app.models.enums import (
    ActionStatus,
    ChecklistStatus,
    ContractStatus,
    Direction,
    Frequency,
    LabeledEnum,
    MilestoneStatus,
    PenaltyCapBasis,
    PenaltyKind,
    Renewal,
    ReversibilityPhase,
)
from app.services.periods import add_months, is_over, period_start, periods_per_year

ONE_DAY = dt.timedelta(days=1)


# -- measurement status --------------------------------------------------------------------


class MeasureStatus(LabeledEnum):
    """How a measurement compares with its indicator's target."""

    MET = "met", "Atteint"
    WARNING = "warning", "Alerte"
    BREACHED = "breached", "Non atteint"
    MISSING = "missing", "Non renseigné"


def _at_least_as_good(value: float, reference: float, direction: Direction) -> bool:
    if direction is Direction.LOWER_IS_BETTER:
        return value <= reference
    return value >= reference


def measure_status(
    value: float, target: float, alert_threshold: float | None, direction: Direction
) -> MeasureStatus:
    """Met, warning or breached: the status of a value against target and threshold."""
    if _at_least_as_good(value, target, direction):
        return MeasureStatus.MET
    if alert_threshold is not None and _at_least_as_good(value, alert_threshold, direction):
        return MeasureStatus.WARNING
    return MeasureStatus.BREACHED


def period_status(
    value: float | None,
    target: float,
    alert_threshold: float | None,
    direction: Direction,
    *,
    period: dt.date,
    frequency: Frequency,
    today: dt.date,
) -> MeasureStatus | None:
    """A period's status: missing once the period is over without a value, None before."""
    if value is not None:
        return measure_status(value, target, alert_threshold, direction)
    return MeasureStatus.MISSING if is_over(period, frequency, today) else None


# -- penalties ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PenaltyRule:
    """What a breach of an indicator costs the supplier."""

    kind: PenaltyKind = PenaltyKind.NONE
    amount: float | None = None  # € per breach (FIXED)
    percent: float | None = None  # % of the period's fee per point (PERCENT)
    contractual: bool = True


def period_fee(annual_amount: float, frequency: Frequency) -> float:
    """The contract's fee for one period: annual amount / 12, / 4 or / 52."""
    return annual_amount / periods_per_year(frequency)


def points_beyond(value: float, target: float, direction: Direction) -> int:
    """Whole points by which a value misses its target, every started point counted."""
    gap = target - value if direction is Direction.HIGHER_IS_BETTER else value - target
    return max(0, math.ceil(round(gap, 6)))


def measure_penalty(
    value: float,
    target: float,
    alert_threshold: float | None,
    direction: Direction,
    rule: PenaltyRule,
    fee: float,
) -> float:
    """The penalty one measurement triggers (before the contract's cap), in euros.

    The contract's penalty clause and the period being over are its callers' to check.
    """
    if not rule.contractual or rule.kind is PenaltyKind.NONE:
        return 0.0
    if measure_status(value, target, alert_threshold, direction) is not MeasureStatus.BREACHED:
        return 0.0
    if rule.kind is PenaltyKind.FIXED:
        return max(0.0, rule.amount or 0.0)
    return fee * (rule.percent or 0.0) / 100 * points_beyond(value, target, direction)


def penalty_months(period: dt.date, frequency: Frequency) -> list[tuple[dt.date, float]]:
    """The calendar months (first days) a period's penalty is attributed to, with the share
    of it each one takes: its month; a third to each month of a quarter; a week's Thursday's."""
    start = period_start(period, frequency)
    if frequency is Frequency.QUARTERLY:
        return [(add_months(start, n), 1 / 3) for n in range(3)]
    if frequency is Frequency.WEEKLY:
        start += dt.timedelta(days=3)
    return [(start.replace(day=1), 1.0)]


def cap_amount(
    annual_amount: float, cap_percent: float | None, basis: PenaltyCapBasis
) -> float | None:
    """The most a contract owes in penalties over one cap period (None: no cap)."""
    if cap_percent is None:
        return None
    base = annual_amount / 12 if basis is PenaltyCapBasis.MONTHLY_FEE else annual_amount
    return base * cap_percent / 100


def cap_period(month: dt.date, basis: PenaltyCapBasis, start: dt.date) -> dt.date:
    """The first month of the cap period holding `month`: that month (monthly fee), or the
    first month of its contract year, counted from the start date's month (annual amount)."""
    month = month.replace(day=1)
    if basis is PenaltyCapBasis.MONTHLY_FEE:
        return month
    first = start.replace(day=1)
    elapsed = (month.year - first.year) * 12 + month.month - first.month
    return add_months(first, 12 * (elapsed // 12))


def owed_in_order(amounts: Sequence[float], cap: float | None) -> list[float]:
    """What is owed of amounts falling due one after the other under one cap: each in full
    while the cap has room, the one that reaches it what is left, the later ones nothing."""
    if cap is None:
        return list(amounts)
    owed, room = [], max(0.0, cap)
    for amount in amounts:
        paid = min(amount, room)
        owed.append(paid)
        room -= paid
    return owed


# -- contract dates and lifecycle -------------------------------------------------------------

#: The statuses of a contract in force (neither a draft nor ended).
RUNNING_STATUSES = (ContractStatus.ACTIVE, ContractStatus.RENEWAL_DUE,
                    ContractStatus.REVERSIBILITY)


@dataclass(frozen=True)
class ContractTerms:
    """The dates and renewal clauses of a contract, the inputs of its deadlines."""

    start_date: dt.date
    initial_duration_months: int
    renewal: Renewal = Renewal.TACIT
    renewal_period_months: int = 12
    notice_period_months: int = 3
    ended_on: dt.date | None = None  # its last day, past (ended) or to come (planned end)
    status: ContractStatus = ContractStatus.ACTIVE

    @classmethod
    def of(cls, values: Any) -> ContractTerms:
        """The terms of a contract from anything with its columns as attributes."""
        return cls(**{name: getattr(values, name) for name in _TERM_NAMES})

    @property
    def renews_tacitly(self) -> bool:
        """True when the contract renews itself unless notice is given (a tacit renewal of
        0 months is a fixed term)."""
        return self.renewal is Renewal.TACIT and self.renewal_period_months > 0


_TERM_NAMES = tuple(field.name for field in fields(ContractTerms))


def initial_term_end(start: dt.date, initial_duration_months: int) -> dt.date:
    """The last day of the initial term (the day before start + duration)."""
    return add_months(start, initial_duration_months) - ONE_DAY


def _term_exclusive_end(terms: ContractTerms, renewals: int) -> dt.date:
    months = terms.initial_duration_months + renewals * terms.renewal_period_months
    return add_months(terms.start_date, months)


def _current_renewals(terms: ContractTerms, today: dt.date) -> int:
    """How many tacit renewals have started by `today` (0 during the initial term)."""
    if not terms.renews_tacitly:
        return 0
    elapsed = (today.year - terms.start_date.year) * 12 + today.month - terms.start_date.month
    k = max(0, (elapsed - terms.initial_duration_months) // terms.renewal_period_months)
    while k > 0 and _term_exclusive_end(terms, k - 1) > today:
        k -= 1
    while _term_exclusive_end(terms, k) <= today:
        k += 1
    return k


def end_date(terms: ContractTerms) -> dt.date | None:
    """A contract's last day, past or to come: `ended_on` when recorded, else the end of the
    initial term when it does not renew tacitly; None while it renews tacitly."""
    if terms.ended_on is not None:
        return terms.ended_on
    if terms.renews_tacitly:
        return None
    return initial_term_end(terms.start_date, terms.initial_duration_months)


def is_ended(terms: ContractTerms, today: dt.date) -> bool:
    """True once a contract is over: marked ended, or its last day is past."""
    if terms.status is ContractStatus.ENDED:
        return True
    end = end_date(terms)
    return end is not None and end < today


def is_running(terms: ContractTerms, today: dt.date) -> bool:
    """True for a contract in force at `today`: neither a draft nor ended."""
    return terms.status in RUNNING_STATUSES and not is_ended(terms, today)


def current_term_end(terms: ContractTerms, today: dt.date) -> dt.date | None:
    """The last day of the term running at `today`, cut short by a planned end; None once
    the contract has ended."""
    if is_ended(terms, today):
        return None
    end = _term_exclusive_end(terms, _current_renewals(terms, today)) - ONE_DAY
    return end if terms.ended_on is None else min(end, terms.ended_on)


def _renewable(terms: ContractTerms) -> bool:
    """Whether a notice (tacit) or a decision (express) is to come: neither for a fixed
    term, nor once an end is agreed."""
    if terms.ended_on is not None:
        return False
    return terms.renews_tacitly or terms.renewal is Renewal.EXPRESS


def next_renewal_date(terms: ContractTerms, today: dt.date) -> dt.date | None:
    """The first day of the next term, if the contract can be renewed (tacit or express)."""
    end = current_term_end(terms, today) if _renewable(terms) else None
    return None if end is None else end + ONE_DAY


def notice_deadline_for(term_end: dt.date, notice_period_months: int) -> dt.date:
    """The last day to give notice for a term ending on `term_end` (always ≤ term_end)."""
    return add_months(term_end + ONE_DAY, -notice_period_months) - ONE_DAY


def notice_deadline(terms: ContractTerms, today: dt.date) -> dt.date | None:
    """The notice deadline of the current term (tacit: to stop it; express: to decide).

    None for an ended contract, a fixed term, or an end already agreed.
    """
    end = current_term_end(terms, today) if _renewable(terms) else None
    return None if end is None else notice_deadline_for(end, terms.notice_period_months)


def next_notice_deadline(terms: ContractTerms, today: dt.date) -> dt.date | None:
    """The next notice deadline on or after `today`: past the current one, the next term's."""
    deadline = notice_deadline(terms, today)
    if deadline is None or deadline >= today:
        return deadline
    if not terms.renews_tacitly:
        return None  # express renewal: the time to decide is over
    k = _current_renewals(terms, today) + 1
    while True:
        end = _term_exclusive_end(terms, k) - ONE_DAY
        deadline = notice_deadline_for(end, terms.notice_period_months)
        if deadline >= today:
            return deadline
        k += 1


def contract_end(terms: ContractTerms, today: dt.date) -> dt.date | None:
    """The last day of a running contract that is to end (no tacit renewal, or an end
    agreed); None while it renews tacitly, and once it has ended (see `end_date`)."""
    return None if is_ended(terms, today) else end_date(terms)


# -- actions --------------------------------------------------------------------------------

_CLOSED_ACTIONS = (ActionStatus.DONE, ActionStatus.CANCELLED)


def action_is_late(due_date: dt.date | None, status: ActionStatus, today: dt.date) -> bool:
    """True when an action still open has passed its due date."""
    return due_date is not None and due_date < today and status not in _CLOSED_ACTIONS


def action_days_late(due_date: dt.date | None, status: ActionStatus, today: dt.date) -> int:
    """Days since a late action's due date (0 when it is not late)."""
    if not action_is_late(due_date, status, today):
        return 0
    assert due_date is not None
    return (today - due_date).days


def action_age(created_on: dt.date, today: dt.date, closed_on: dt.date | None = None) -> int:
    """Days an action has been (or was) open: until it was closed, else until today."""
    return max(0, ((closed_on or today) - created_on).days)


# -- budget ---------------------------------------------------------------------------------


def planned_budget(annual_budget: float | None, annual_amount: float) -> float:
    """A contract's planned spend for a whole year: its budget, else its annual amount."""
    return annual_amount if annual_budget is None else annual_budget


def running_days(start: dt.date, end: dt.date | None, first: dt.date, last: dt.date) -> int:
    """The days of [first, last] on which a contract running from `start` to `end` (its
    last day; None: no end) runs."""
    begin, finish = max(start, first), last if end is None else min(end, last)
    return max(0, (finish - begin).days + 1)


def _days_in_year(year: int) -> int:
    return (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days


def planned_for_year(annual: float, start: dt.date, end: dt.date | None, year: int) -> float:
    """The year's planned amount: `annual` prorated over the days the contract runs in it."""
    days = running_days(start, end, dt.date(year, 1, 1), dt.date(year, 12, 31))
    return annual * days / _days_in_year(year)


def expected_by(annual: float, start: dt.date, end: dt.date | None, day: dt.date) -> float:
    """What the planned daily pace adds up to from 1 January of `day`'s year through `day`,
    over the days the contract ran."""
    days = running_days(start, end, dt.date(day.year, 1, 1), day)
    return annual * days / _days_in_year(day.year)


def expected_to_date(annual: float, start: dt.date, end: dt.date | None,
                     today: dt.date) -> float:
    """What should be invoiced this year by the end of the last complete month, at the
    planned daily pace over the days the contract ran (the month in progress not yet)."""
    through = today.replace(day=1) - ONE_DAY
    return 0.0 if through.year < today.year else expected_by(annual, start, end, through)


def consumed_percent(invoiced: float, planned: float) -> float | None:
    """Invoiced as a percentage of planned (None when nothing is planned)."""
    return None if planned <= 0 else invoiced / planned * 100


def actual_daily_rate(invoices: Iterable[tuple[float, float | None]]) -> float | None:
    """Sum of amounts / sum of days billed over (amount, days) invoices that bill days."""
    billed = [(amount, days) for amount, days in invoices if days]
    total_days = sum(days for _, days in billed)
    return None if total_days <= 0 else sum(amount for amount, _ in billed) / total_days


def daily_rate_gap_percent(actual: float | None, contractual: float | None) -> float | None:
    """How far the actual daily rate is above (+) or below (−) the contractual TJM, in %."""
    if actual is None or not contractual:
        return None
    return (actual - contractual) / contractual * 100


# -- reversibility ----------------------------------------------------------------------------

_OPEN_MILESTONES = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)
#: The phases that need the whole readiness checklist done before they start.
_NEEDS_CHECKLIST = (ReversibilityPhase.CUTOVER, ReversibilityPhase.ACCEPTANCE)
_OPEN_ITEMS = (ChecklistStatus.TODO, ChecklistStatus.IN_PROGRESS)


@dataclass(frozen=True)
class MilestoneFacts:
    """What the rules need to know of a reversibility milestone."""

    planned_end: dt.date
    status: MilestoneStatus = MilestoneStatus.PLANNED
    actual_end: dt.date | None = None
    pv_signed: bool = False
    phase: ReversibilityPhase = ReversibilityPhase.PREPARATION
    has_owner: bool = True


@dataclass(frozen=True)
class ChecklistFacts:
    """What the rules need to know of a readiness checklist item."""

    status: ChecklistStatus = ChecklistStatus.TODO
    has_evidence: bool = False  # a note or an attached document


def milestone_slip_days(milestone: MilestoneFacts, today: dt.date) -> int:
    """Days a milestone ended (or, unfinished, is running) past its planned end; never < 0."""
    if milestone.status is MilestoneStatus.CANCELLED:
        return 0
    if milestone.actual_end is not None:
        end = milestone.actual_end
    elif milestone.status is MilestoneStatus.DONE:
        return 0  # done without a recorded end: no evidence of a slip
    else:
        end = today
    return max(0, (end - milestone.planned_end).days)


def milestone_is_late(milestone: MilestoneFacts, today: dt.date) -> bool:
    """True when an unfinished milestone has passed its planned end."""
    return milestone.status in _OPEN_MILESTONES and milestone.planned_end < today


def _counted(milestones: Iterable[MilestoneFacts]) -> list[MilestoneFacts]:
    return [m for m in milestones if m.status is not MilestoneStatus.CANCELLED]


def plan_progress(milestones: Iterable[MilestoneFacts]) -> float:
    """Percentage of a plan's milestones that are done, cancelled ones left out (0 if none)."""
    counted = _counted(milestones)
    if not counted:
        return 0.0
    done = sum(1 for m in counted if m.status is MilestoneStatus.DONE)
    return done / len(counted) * 100


def plan_slip_days(milestones: Iterable[MilestoneFacts], today: dt.date) -> int:
    """The plan's slip: the largest slip of its milestones (0 for an empty plan)."""
    return max((milestone_slip_days(m, today) for m in milestones), default=0)


def milestones_share(milestones: Iterable[MilestoneFacts]) -> float | None:
    """The milestones' part of readiness in %: done and accepted 1, done without PV ½;
    None when no milestone counts (none, or all cancelled)."""
    counted = _counted(milestones)
    if not counted:
        return None
    score = sum(
        (1.0 if m.pv_signed else 0.5) for m in counted if m.status is MilestoneStatus.DONE
    )
    return score / len(counted) * 100


def checklist_share(items: Iterable[ChecklistFacts]) -> float | None:
    """The checklist's part of readiness in %: done with evidence 1, done without ½;
    items « sans objet » left out; None when no item counts."""
    counted = [i for i in items if i.status is not ChecklistStatus.NOT_APPLICABLE]
    if not counted:
        return None
    score = sum((1.0 if i.has_evidence else 0.5) for i in counted
                if i.status is ChecklistStatus.DONE)
    return score / len(counted) * 100


def plan_readiness(
    milestones: Iterable[MilestoneFacts], checklist: Iterable[ChecklistFacts] = ()
) -> float:
    """Readiness in %: the mean of the milestones' and the checklist's shares (see top)."""
    shares = [s for s in (milestones_share(milestones), checklist_share(checklist))
              if s is not None]
    return sum(shares) / len(shares) if shares else 0.0


def next_milestone_index(milestones: Sequence[MilestoneFacts]) -> int | None:
    """The next phase: the first milestone, in the order given, not started yet (Prévu)."""
    return next((n for n, m in enumerate(milestones) if m.status is MilestoneStatus.PLANNED),
                None)


class BlockerKind(LabeledEnum):
    """Why the next phase of a plan cannot start."""

    UNFINISHED = "unfinished", "Jalon précédent non terminé"
    PV_MISSING = "pv_missing", "PV non signé"
    NO_OWNER = "no_owner", "Sans responsable"
    CHECKLIST = "checklist", "Check-list incomplète"


@dataclass(frozen=True)
class Blocker:
    """One thing that blocks the next phase: a milestone (its index) or checklist items."""

    kind: BlockerKind
    milestone: int | None = None  # index in the milestones given
    items: tuple[int, ...] = ()  # indexes in the checklist given


def next_phase_blockers(
    milestones: Sequence[MilestoneFacts], checklist: Sequence[ChecklistFacts] = ()
) -> list[Blocker]:
    """What stands in the way of the next phase (see top); empty when there is none."""
    following = next_milestone_index(milestones)
    if following is None:
        return []
    blockers = []
    for n, milestone in enumerate(milestones[:following]):
        if milestone.status in _OPEN_MILESTONES:
            blockers.append(Blocker(BlockerKind.UNFINISHED, n))
        elif milestone.status is MilestoneStatus.DONE and not milestone.pv_signed:
            blockers.append(Blocker(BlockerKind.PV_MISSING, n))
    if not milestones[following].has_owner:
        blockers.append(Blocker(BlockerKind.NO_OWNER, following))
    if milestones[following].phase in _NEEDS_CHECKLIST:
        open_items = tuple(n for n, i in enumerate(checklist) if i.status in _OPEN_ITEMS)
        if open_items:
            blockers.append(Blocker(BlockerKind.CHECKLIST, items=open_items))
    return blockers
