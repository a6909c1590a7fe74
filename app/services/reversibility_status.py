"""Reversibility plans as the page, the report and the minutes read them: milestones in plan
order, the readiness checklist, and the plan's status (readiness, slip, next milestone, what
blocks it, late milestones), every figure from `app.services.rules`.

`plan_statuses(session, today, contract_ids)` is the one entry point for a set of contracts
(a committee's, or every contract with a plan for `vigie report`): two queries whatever
their number. Its `PlanStatus.timeline` feeds `app.charts.reversibility.draw_timeline`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import (
    Attachment,
    Contact,
    Contract,
    ReadinessItem,
    ReversibilityMilestone,
    Supplier,
)
from app.models.enums import (
    ChecklistStatus,
    MilestoneStatus,
    ReversibilityPhase,
    Side,
)
from app.services import rules
from app.services.formatting import plural
from app.services.rules import BlockerKind

MIL, ITEM, ATT = (ReversibilityMilestone.__table__.c, ReadinessItem.__table__.c,
                  Attachment.__table__.c)
CON, SUP, CTT = Contract.__table__.c, Supplier.__table__.c, Contact.__table__.c
_PHASES = list(ReversibilityPhase)


@dataclass(slots=True)
class MilestoneRow:
    """A milestone of a plan with its computed slip and lateness at `today`.

    Not frozen, as a read class usually is: `vigie report` builds thousands of them on a
    large file, and a frozen dataclass's `__init__` costs five times as much. Treat it as
    read-only all the same."""

    id: int
    contract_id: int
    phase: ReversibilityPhase
    title: str
    deliverable: str
    owner_id: int | None
    owner_name: str
    side: Side
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    status: MilestoneStatus
    pv_signed: bool
    pv_signed_on: dt.date | None
    notes: str
    documents: int  # attached documents (the signed PV…)
    slip_days: int
    late: bool  # unfinished past its planned end
    rules_facts: rules.MilestoneFacts = field(repr=False, compare=False)

    def facts(self) -> rules.MilestoneFacts:
        """What the rules read of it."""
        return self.rules_facts

    def values(self) -> dict[str, Any]:
        """The fields a form edits, by column name."""
        return {name: getattr(self, name) for name in MILESTONE_FIELDS}


#: The editable columns of a milestone, in form order.
MILESTONE_FIELDS = ("phase", "title", "deliverable", "owner_id", "side", "planned_start",
                    "planned_end", "actual_start", "actual_end", "status", "pv_signed",
                    "pv_signed_on", "notes")


@dataclass(slots=True)
class ChecklistRow:
    """An item of a contract's readiness checklist (not frozen, for the same reason as
    `MilestoneRow`)."""

    id: int
    contract_id: int
    position: int
    title: str
    owner_id: int | None
    owner_name: str
    status: ChecklistStatus
    evidence: str  # a note on the evidence
    documents: int  # attached documents

    @property
    def has_evidence(self) -> bool:
        """True when a note or a document proves the item."""
        return bool(self.evidence.strip()) or self.documents > 0

    def facts(self) -> rules.ChecklistFacts:
        """What the rules read of it."""
        return rules.ChecklistFacts(self.status, self.has_evidence)

    def values(self) -> dict[str, Any]:
        """The fields a form edits, by column name."""
        return {name: getattr(self, name) for name in ITEM_FIELDS}


ITEM_FIELDS = ("title", "owner_id", "status", "evidence")


@dataclass(frozen=True)
class Timeline:
    """What the timeline chart draws: a plan's milestones in order, at `today`."""

    today: dt.date
    milestones: tuple[MilestoneRow, ...]
    title: str = ""


@dataclass(frozen=True)
class PlanStatus:
    """Where a contract's reversibility plan stands at `today`."""

    contract_id: int
    reference: str
    title: str
    supplier_name: str
    today: dt.date
    milestones: tuple[MilestoneRow, ...]  # in plan order
    checklist: tuple[ChecklistRow, ...]
    readiness: float  # %, see rules.plan_readiness
    progress: float  # % of milestones done
    slip_days: int
    next_milestone: MilestoneRow | None  # the next phase: first milestone not started
    blockers: tuple[str, ...]  # French sentences: what blocks the next phase
    late: tuple[MilestoneRow, ...] = field(default=())

    @property
    def counted(self) -> int:
        """Milestones that count (not cancelled)."""
        return sum(m.status is not MilestoneStatus.CANCELLED for m in self.milestones)

    @property
    def done(self) -> int:
        """Milestones done."""
        return sum(m.status is MilestoneStatus.DONE for m in self.milestones)

    @property
    def checklist_counted(self) -> int:
        """Checklist items that count (not « sans objet »)."""
        return sum(i.status is not ChecklistStatus.NOT_APPLICABLE for i in self.checklist)

    @property
    def checklist_done(self) -> int:
        """Checklist items done."""
        return sum(i.status is ChecklistStatus.DONE for i in self.checklist)

    @property
    def switch_over(self) -> dt.date | None:
        """The planned switch-over: the end of the Bascule milestone, else of the plan."""
        cutover = [m for m in self.milestones if m.phase is ReversibilityPhase.CUTOVER
                   and m.status is not MilestoneStatus.CANCELLED]
        if cutover:
            return cutover[0].planned_end
        return max((m.planned_end for m in self.milestones), default=None)

    def name(self, milestone: MilestoneRow) -> str:
        """How to call a milestone of this plan in a sentence (see `milestone_name`)."""
        return milestone_name(milestone, self.milestones)

    @property
    def timeline(self) -> Timeline:
        """The data of its timeline chart."""
        return Timeline(self.today, self.milestones, f"{self.reference} — {self.title}")


# -- reading ----------------------------------------------------------------------------------


def plan_statuses(
    session: Session, today: dt.date, contract_ids: Iterable[int] | None = None
) -> list[PlanStatus]:
    """The status of every plan among `contract_ids` (all contracts when None), by
    reference; a contract without milestones has no plan and is left out."""
    ids = None if contract_ids is None else sorted(set(contract_ids))
    milestones = _milestones(session, today, ids)
    if not milestones:
        return []
    checklists = _checklists(session, list(milestones))
    query = (sa.select(CON.id, CON.reference, CON.title, SUP.name.label("supplier_name"))
             .join_from(Contract.__table__, Supplier.__table__, SUP.id == CON.supplier_id)
             .where(CON.id.in_(list(milestones))).order_by(CON.reference))
    return [status_of(row.id, row.reference, row.title, row.supplier_name, today,
                      milestones[row.id], checklists.get(row.id, []))
            for row in session.connection().execute(query)]


def milestones_of(session: Session, contract_id: int, today: dt.date) -> list[MilestoneRow]:
    """A contract's milestones in plan order."""
    return _milestones(session, today, [contract_id]).get(contract_id, [])


def checklist_of(session: Session, contract_id: int) -> list[ChecklistRow]:
    """A contract's readiness checklist, in its order."""
    return _checklists(session, [contract_id]).get(contract_id, [])


# -- status -----------------------------------------------------------------------------------


def status_of(contract_id: int, reference: str, title: str, supplier_name: str,
              today: dt.date, milestones: Sequence[MilestoneRow],
              checklist: Sequence[ChecklistRow]) -> PlanStatus:
    """The status of one plan from its rows (in plan order), by the rules."""
    facts = [m.facts() for m in milestones]
    items = [i.facts() for i in checklist]
    following = rules.next_milestone_index(facts)
    return PlanStatus(
        contract_id, reference, title, supplier_name, today, tuple(milestones),
        tuple(checklist),
        readiness=rules.plan_readiness(facts, items),
        progress=rules.plan_progress(facts),
        slip_days=rules.plan_slip_days(facts, today),
        next_milestone=None if following is None else milestones[following],
        blockers=tuple(blocker_text(b, milestones, checklist)
                       for b in rules.next_phase_blockers(facts, items)),
        late=tuple(m for m in milestones if m.late),
    )


def milestone_name(milestone: MilestoneRow, milestones: Sequence[MilestoneRow]) -> str:
    """A milestone's phase (« Shadowing »), or its title when its phase comes twice in the
    plan: short enough for a sentence, a chart's axis or a card."""
    twice = sum(m.phase is milestone.phase for m in milestones) > 1
    return milestone.title if twice else milestone.phase.label


def blocker_text(blocker: rules.Blocker, milestones: Sequence[MilestoneRow],
                 checklist: Sequence[ChecklistRow]) -> str:
    """One French sentence for a blocker of the next phase."""
    if blocker.kind is BlockerKind.CHECKLIST:
        titles = [checklist[n].title for n in blocker.items]
        text = tr("reversibility", "check-list : {count} à faire ({titles})")
        return text.format(count=plural(len(titles), tr("reversibility", "élément")),
                           titles=" ; ".join(titles))
    milestone = milestones[blocker.milestone or 0]
    name = milestone_name(milestone, milestones)
    if blocker.kind is BlockerKind.PV_MISSING:
        return tr("reversibility", "PV de « {name} » non signé").format(name=name)
    if blocker.kind is BlockerKind.NO_OWNER:
        return tr("reversibility", "« {name} » n'a pas de responsable").format(name=name)
    text = tr("reversibility", "« {name} » n'est pas terminé").format(name=name)
    if milestone.late:
        text += tr("reversibility", " (en retard de {days})").format(
            days=plural(milestone.slip_days, tr("reversibility", "jour")))
    return text


# -- queries ----------------------------------------------------------------------------------


def _documents(column: Any, owner: Any) -> Any:
    """How many attachments point to `owner` through `column` (a milestone's, an item's)."""
    return (sa.select(sa.func.count()).where(column == owner).scalar_subquery()
            .label("documents"))


def _milestones(session: Session, today: dt.date, contract_ids: list[int] | None
                ) -> dict[int, list[MilestoneRow]]:
    query = (
        sa.select(*(MIL[name] for name in ("id", "contract_id", *MILESTONE_FIELDS)),
                  CTT.name.label("owner_name"), _documents(ATT.milestone_id, MIL.id))
        .select_from(ReversibilityMilestone.__table__)
        .outerjoin(Contact.__table__, CTT.id == MIL.owner_id)
    )
    if contract_ids is not None:
        query = query.where(MIL.contract_id.in_(contract_ids))
    found: dict[int, list[MilestoneRow]] = defaultdict(list)
    # unpacked as tuples: a large file has thousands of milestones (Row attributes are slow)
    for (id_, contract_id, phase, title, deliverable, owner_id, side, planned_start,
         planned_end, actual_start, actual_end, status, pv_signed, pv_signed_on, notes,
         owner_name, documents) in session.connection().execute(query):
        facts = rules.MilestoneFacts(planned_end, status, actual_end, pv_signed, phase,
                                     owner_id is not None)
        found[contract_id].append(MilestoneRow(
            id_, contract_id, phase, title, deliverable, owner_id, owner_name or "", side,
            planned_start, planned_end, actual_start, actual_end, status, pv_signed,
            pv_signed_on, notes, documents, rules.milestone_slip_days(facts, today),
            rules.milestone_is_late(facts, today), facts))
    for rows in found.values():
        rows.sort(key=plan_order)
    return found


def plan_order(milestone: MilestoneRow) -> tuple:
    """Milestones in plan order: by planned start, then end, then phase."""
    return (milestone.planned_start, milestone.planned_end, _PHASES.index(milestone.phase),
            milestone.id)


def _checklists(session: Session, contract_ids: list[int]) -> dict[int, list[ChecklistRow]]:
    query = (
        sa.select(ITEM.id, ITEM.contract_id, ITEM.position, ITEM.title, ITEM.owner_id,
                  CTT.name.label("owner_name"), ITEM.status, ITEM.evidence,
                  _documents(ATT.checklist_item_id, ITEM.id))
        .select_from(ReadinessItem.__table__)
        .outerjoin(Contact.__table__, CTT.id == ITEM.owner_id)
        .where(ITEM.contract_id.in_(contract_ids))
        .order_by(ITEM.contract_id, ITEM.position)
    )
    found: dict[int, list[ChecklistRow]] = defaultdict(list)
    for (id_, contract_id, position, title, owner_id, owner_name, status, evidence,
         documents) in session.connection().execute(query):
        found[contract_id].append(ChecklistRow(id_, contract_id, position, title, owner_id,
                                               owner_name or "", status, evidence, documents))
    return found
