"""What a committee's minutes say, as plain frozen values: the Word writer's only input.

`app.export.minutes_source` gathers these from a client file; tests build them by hand.
Values stay typed (dates, floats, enums): the writer formats them the French way, so the
minutes and the screen read the same figure the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models.enums import (
    ActionStatus,
    Attendance,
    CommitteeKind,
    CommitteeStatus,
    Direction,
    Frequency,
    Side,
)
from app.services.rules import MeasureStatus


@dataclass(frozen=True)
class CommitteeHeader:
    """The committee itself: what, when, where, with which supplier and contracts."""

    title: str
    kind: CommitteeKind
    starts_at: dt.datetime
    duration_minutes: int = 90
    place: str = ""
    supplier: str = ""
    contracts: tuple[str, ...] = ()  # « INF-2024-01 — Infogérance du SI »
    status: CommitteeStatus = CommitteeStatus.HELD
    review_period: dt.date | None = None
    review_frequency: Frequency = Frequency.MONTHLY
    client: str = ""  # the client this file is about (the organisation holding the meeting)
    notes: str = ""

    @property
    def ends_at(self) -> dt.datetime:
        """When the meeting ends, from its start and duration."""
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class Participant:
    """A person invited to the committee, on the client's side or the supplier's."""

    name: str
    role: str = ""
    organisation: str = ""
    side: Side = Side.CLIENT
    attendance: Attendance = Attendance.INVITED
    email: str = ""
    chair: bool = False  # chairs the meeting (the invitation's ROLE=CHAIR)


@dataclass(frozen=True)
class AgendaEntry:
    """A point of the agenda and the notes taken on it."""

    title: str
    notes: str = ""


@dataclass(frozen=True)
class ReviewRow:
    """An indicator of the committee's contracts for the reviewed period."""

    code: str
    name: str
    contract: str = ""  # the contract's reference
    value: float | None = None  # None: not reported
    unit: str = ""
    target: float = 0.0
    direction: Direction = Direction.HIGHER_IS_BETTER
    status: MeasureStatus | None = None
    penalty: float = 0.0  # what this measurement costs, after the contract's cap
    comment: str = ""
    client_side: bool = False  # measures the client's own inputs, not the supplier
    uncapped: float | None = None  # its penalty before the cap, when the cap cut it

    @property
    def priced(self) -> bool:
        """True when the measurement incurs a penalty (even one the cap brought to 0)."""
        return bool(self.penalty if self.uncapped is None else self.uncapped)


@dataclass(frozen=True)
class PenaltyTotal:
    """A contract's penalties for the reviewed period, after its cap."""

    contract: str
    amount: float
    capped: bool = False  # the cap cut the sum of the measurements' penalties


@dataclass(frozen=True)
class Chart:
    """A chart of the minutes: its caption and the PNG the screen's draw function made."""

    title: str
    png: bytes


@dataclass(frozen=True)
class DecisionEntry:
    """A decision recorded in the committee."""

    number: str  # « D12 »
    text: str


@dataclass(frozen=True)
class ActionEntry:
    """An action of the plan: decided in this committee, or carried over from an earlier one."""

    number: str  # « A-42 », stable from committee to committee
    title: str
    owner: str = ""
    side: Side = Side.SUPPLIER
    due_date: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    days_late: int = 0  # > 0: late, by that many days
    origin: str = ""  # the committee it came from (carried-over actions)
    follow_up: str = ""  # the latest follow-up note


@dataclass(frozen=True)
class ReversibilityEntry:
    """The reversibility plan of one of the committee's contracts."""

    contract: str  # « WMS-2023-02 — Plateforme logistique SaaS »
    readiness: float  # percent, milestones and checklist (see app.services.rules)
    milestones_done: int
    milestones_counted: int
    slip_days: int
    late_milestones: int = 0
    next_phase: str = ""  # the next milestone to start, « Bascule »; empty when all have
    next_phase_start: dt.date | None = None
    switch_over: dt.date | None = None
    checklist_done: int = 0
    checklist_counted: int = 0
    blockers: tuple[str, ...] = ()  # what stands before the next phase, sentence fragments
    timeline_png: bytes | None = None


@dataclass(frozen=True)
class NextMeeting:
    """The next committee of the series, when one is planned."""

    starts_at: dt.datetime
    place: str = ""
    title: str = ""


@dataclass(frozen=True)
class MinutesData:
    """Everything the minutes of one committee show, at the day they are written."""

    committee: CommitteeHeader
    written_on: dt.date
    participants: tuple[Participant, ...] = ()
    agenda: tuple[AgendaEntry, ...] = ()
    review: tuple[ReviewRow, ...] = ()
    penalties: tuple[PenaltyTotal, ...] = ()
    charts: tuple[Chart, ...] = ()
    decisions: tuple[DecisionEntry, ...] = ()
    new_actions: tuple[ActionEntry, ...] = ()
    carried_actions: tuple[ActionEntry, ...] = ()
    reversibility: tuple[ReversibilityEntry, ...] = ()
    next_meeting: NextMeeting | None = None
