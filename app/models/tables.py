"""The tables of a client file: one class per entity of DESIGN.md "Domain model"."""

# No `from __future__ import annotations` here: SQLModel reads the annotations at runtime.

import datetime as dt
import hashlib
import uuid

import sqlalchemy as sa
from sqlmodel import Field, Relationship, SQLModel

from app import clock
from app.models.base import enum_field, fk
from app.models.enums import (
    ActionStatus,
    Attendance,
    ChecklistStatus,
    Commitment,
    CommitteeKind,
    CommitteeStatus,
    ContractKind,
    ContractStatus,
    Direction,
    DocumentKind,
    Frequency,
    IndicatorCategory,
    InvoiceStatus,
    MeasurementSource,
    MilestoneStatus,
    PenaltyCapBasis,
    PenaltyKind,
    Priority,
    Renewal,
    ReversibilityPhase,
    Side,
)

Check = sa.CheckConstraint


def _not_negative(*columns: str) -> tuple[sa.CheckConstraint, ...]:
    return tuple(Check(f"{c} IS NULL OR {c} >= 0", name=f"{c}_not_negative") for c in columns)


def _now() -> dt.datetime:
    return clock.now()


class ClientProfile(SQLModel, table=True):
    """The client this file is about (one row)."""

    __tablename__ = "client_profile"
    __table_args__ = (Check("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True)
    name: str = Field(max_length=200)
    notes: str = ""
    created_at: dt.datetime = Field(default_factory=_now, sa_type=sa.DateTime)


class Supplier(SQLModel, table=True):
    """A company the client outsources a service to (Prestataire)."""

    __tablename__ = "supplier"
    __table_args__ = (
        Check("siren IS NULL OR (length(siren) = 9 AND siren NOT GLOB '*[^0-9]*')", name="siren"),
        Check("siret IS NULL OR (length(siret) = 14 AND siret NOT GLOB '*[^0-9]*')", name="siret"),
        Check("length(trim(name)) > 0", name="name_not_blank"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    siren: str | None = Field(default=None, max_length=9)
    siret: str | None = Field(default=None, max_length=14)
    address: str = ""
    website: str = ""
    certifications: str = ""  # comma-separated: "ISO 9001, ISO 27001, HDS"
    notes: str = ""

    contacts: list["Contact"] = Relationship(back_populates="supplier", passive_deletes="all")
    contracts: list["Contract"] = Relationship(back_populates="supplier", passive_deletes="all")


class Contact(SQLModel, table=True):
    """A person on either side; client-side contacts have no supplier."""

    __tablename__ = "contact"
    __table_args__ = (
        Check("length(trim(name)) > 0", name="name_not_blank"),
        Check("side = 'client' OR supplier_id IS NOT NULL", name="supplier_side_has_supplier"),
    )

    id: int | None = Field(default=None, primary_key=True)
    supplier_id: int | None = fk("supplier.id", ondelete="CASCADE", optional=True)
    name: str = Field(max_length=200)
    role: str = ""
    email: str = ""
    phone: str = ""
    side: Side = enum_field(Side, default=Side.SUPPLIER)
    notes: str = ""

    supplier: Supplier | None = Relationship(back_populates="contacts")


class Contract(SQLModel, table=True):
    """What a supplier is committed to, for how long, at what price."""

    __tablename__ = "contract"
    __table_args__ = (
        Check("initial_duration_months > 0", name="duration_positive"),
        Check("renewal_period_months >= 0", name="renewal_period_not_negative"),
        Check("notice_period_months >= 0", name="notice_not_negative"),
        Check("ended_on IS NULL OR ended_on >= start_date", name="end_after_start"),
        Check(
            "penalty_cap_percent IS NULL OR penalty_cap_percent <= 100",
            name="penalty_cap_at_most_100",
        ),
        *_not_negative("annual_amount", "annual_budget", "daily_rate", "unit_price",
                       "penalty_cap_percent"),
    )

    id: int | None = Field(default=None, primary_key=True)
    supplier_id: int = fk("supplier.id", ondelete="CASCADE")
    reference: str = Field(max_length=60, unique=True)
    title: str = Field(max_length=200)
    kind: ContractKind = enum_field(ContractKind)
    commitment: Commitment = enum_field(Commitment, default=Commitment.MEANS)
    scope: str = ""
    start_date: dt.date
    initial_duration_months: int = 36
    renewal: Renewal = enum_field(Renewal, default=Renewal.TACIT)
    renewal_period_months: int = 12
    notice_period_months: int = 3
    annual_amount: float = 0.0
    annual_budget: float | None = None
    daily_rate: float | None = None  # TJM, for régie
    unit_price: float | None = None  # price of a unit of work (UO)
    penalty_cap_percent: float | None = None  # of the cap basis, over the basis' period
    penalty_cap_basis: PenaltyCapBasis = enum_field(
        PenaltyCapBasis, default=PenaltyCapBasis.MONTHLY_FEE
    )
    has_evolution_clause: bool = False
    has_reversibility_clause: bool = False
    has_penalty_clause: bool = False
    status: ContractStatus = enum_field(ContractStatus, default=ContractStatus.ACTIVE)
    ended_on: dt.date | None = None
    notes: str = ""

    supplier: Supplier | None = Relationship(back_populates="contracts")
    indicators: list["Indicator"] = Relationship(back_populates="contract", passive_deletes="all")


class Indicator(SQLModel, table=True):
    """A measured commitment of a contract, with its target and penalty rule."""

    __tablename__ = "indicator"
    __table_args__ = (
        sa.UniqueConstraint("contract_id", "code"),
        Check("length(trim(code)) > 0", name="code_not_blank"),
        *_not_negative("penalty_amount", "penalty_percent"),
    )

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = fk("contract.id", ondelete="CASCADE")
    code: str = Field(max_length=30)
    name: str = Field(max_length=200)
    description: str = ""
    category: IndicatorCategory = enum_field(IndicatorCategory)
    unit: str = Field(default="%", max_length=20)
    direction: Direction = enum_field(Direction, default=Direction.HIGHER_IS_BETTER)
    target: float
    alert_threshold: float | None = None
    frequency: Frequency = enum_field(Frequency, default=Frequency.MONTHLY)
    contractual: bool = False
    penalty_kind: PenaltyKind = enum_field(PenaltyKind, default=PenaltyKind.NONE)
    penalty_amount: float | None = None  # € per breach
    penalty_percent: float | None = None  # % of the period's fee per point beyond target
    measured_side: Side = enum_field(Side, default=Side.SUPPLIER)

    contract: Contract | None = Relationship(back_populates="indicators")


class Measurement(SQLModel, table=True):
    """The value of an indicator for one period (the period's first day)."""

    __tablename__ = "measurement"
    __table_args__ = (sa.UniqueConstraint("indicator_id", "period"),)

    id: int | None = Field(default=None, primary_key=True)
    # The unique (indicator_id, period) index serves lookups by indicator.
    indicator_id: int = Field(foreign_key="indicator.id", ondelete="CASCADE")
    period: dt.date = Field(index=True)
    value: float
    comment: str = ""
    source: MeasurementSource = enum_field(MeasurementSource, default=MeasurementSource.ENTERED)


class Invoice(SQLModel, table=True):
    """A supplier's invoice for a period of a contract."""

    __tablename__ = "invoice"
    __table_args__ = _not_negative("days_billed")

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = fk("contract.id", ondelete="CASCADE")
    period: dt.date
    amount: float  # negative for a credit note (avoir)
    days_billed: float | None = None
    reference: str = ""
    status: InvoiceStatus = enum_field(InvoiceStatus, default=InvoiceStatus.RECEIVED)


class CommitteeContract(SQLModel, table=True):
    """Which contracts a committee is about."""

    __tablename__ = "committee_contract"

    committee_id: int = Field(foreign_key="committee.id", ondelete="CASCADE", primary_key=True)
    contract_id: int = Field(
        foreign_key="contract.id", ondelete="CASCADE", primary_key=True, index=True
    )


class Committee(SQLModel, table=True):
    """A governance meeting (CoTech, COPIL, CoStrat…) and its minutes."""

    __tablename__ = "committee"
    __table_args__ = (Check("duration_minutes > 0", name="duration_positive"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: CommitteeKind = enum_field(CommitteeKind)
    title: str = Field(max_length=200)
    supplier_id: int | None = fk("supplier.id", ondelete="SET NULL", optional=True)
    starts_at: dt.datetime = Field(index=True, sa_type=sa.DateTime)  # local time
    duration_minutes: int = 90
    place: str = ""
    status: CommitteeStatus = enum_field(CommitteeStatus, default=CommitteeStatus.PLANNED)
    review_period: dt.date | None = None  # the period whose indicators it reviews
    notes: str = ""
    # The calendar invitation's identity: the same UID with a higher SEQUENCE updates it.
    uid: str = Field(default_factory=lambda: str(uuid.uuid4()), max_length=64, unique=True)
    ics_sequence: int = 0


class CommitteeParticipant(SQLModel, table=True):
    """A contact invited to a committee, and whether they attended."""

    __tablename__ = "committee_participant"

    committee_id: int = Field(foreign_key="committee.id", ondelete="CASCADE", primary_key=True)
    contact_id: int = Field(
        foreign_key="contact.id", ondelete="CASCADE", primary_key=True, index=True
    )
    attendance: Attendance = enum_field(Attendance, default=Attendance.INVITED)


class AgendaItem(SQLModel, table=True):
    """A point of a committee's agenda, with the notes taken on it."""

    __tablename__ = "agenda_item"
    __table_args__ = (sa.UniqueConstraint("committee_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id", ondelete="CASCADE")
    position: int
    title: str = Field(max_length=200)
    notes: str = ""
    standing: bool = False  # a standing item, carried to the next committee of the series


class Decision(SQLModel, table=True):
    """A decision recorded in a committee."""

    __tablename__ = "decision"
    __table_args__ = (sa.UniqueConstraint("committee_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id", ondelete="CASCADE")
    position: int
    text: str


class Action(SQLModel, table=True):
    """Something someone must do by a date; carried over until closed."""

    __tablename__ = "action"
    __table_args__ = (
        Check("closed_on IS NULL OR closed_on >= created_on", name="closed_after_created"),
        Check("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    description: str = ""
    committee_id: int | None = fk("committee.id", ondelete="SET NULL", optional=True)
    contract_id: int | None = fk("contract.id", ondelete="SET NULL", optional=True)
    supplier_id: int | None = fk("supplier.id", ondelete="SET NULL", optional=True)
    owner_id: int | None = fk("contact.id", ondelete="SET NULL", optional=True)
    side: Side = enum_field(Side, default=Side.SUPPLIER)
    priority: Priority = enum_field(Priority, default=Priority.NORMAL)
    created_on: dt.date = Field(default_factory=clock.today)
    due_date: dt.date | None = Field(default=None, index=True)
    status: ActionStatus = enum_field(ActionStatus, default=ActionStatus.OPEN)
    closed_on: dt.date | None = None
    notes: str = ""  # follow-up notes


class ReversibilityMilestone(SQLModel, table=True):
    """A step of a contract's reversibility plan."""

    __tablename__ = "reversibility_milestone"
    __table_args__ = (
        Check("planned_end >= planned_start", name="planned_end_after_start"),
        Check(
            "actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start",
            name="actual_end_after_start",
        ),
        Check("pv_signed_on IS NULL OR pv_signed", name="pv_date_needs_pv"),
    )

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = fk("contract.id", ondelete="CASCADE")
    phase: ReversibilityPhase = enum_field(ReversibilityPhase)
    title: str = Field(max_length=200)
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    owner_id: int | None = fk("contact.id", ondelete="SET NULL", optional=True)
    deliverable: str = ""
    status: MilestoneStatus = enum_field(MilestoneStatus, default=MilestoneStatus.PLANNED)
    side: Side = enum_field(Side, default=Side.SUPPLIER)
    pv_signed: bool = False
    pv_signed_on: dt.date | None = None
    notes: str = ""


def _sha256_of_data(context: sa.engine.interfaces.ExecutionContext) -> str | None:
    data = context.get_current_parameters().get("data")
    return None if data is None else hashlib.sha256(data).hexdigest()


class Attachment(SQLModel, table=True):
    """A document stored inside the client file (signed contract, PAQ, PV…)."""

    __tablename__ = "attachment"
    __table_args__ = (
        Check("size = length(data)", name="size_matches_data"),
        Check("length(trim(name)) > 0", name="name_not_blank"),
    )

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int | None = fk("contract.id", ondelete="CASCADE", optional=True)
    milestone_id: int | None = fk("reversibility_milestone.id", ondelete="CASCADE", optional=True)
    checklist_item_id: int | None = fk("readiness_item.id", ondelete="CASCADE", optional=True)
    kind: DocumentKind = enum_field(DocumentKind, default=DocumentKind.OTHER)
    name: str = Field(max_length=255)
    media_type: str = Field(default="application/octet-stream", max_length=100)
    size: int
    data: bytes = Field(sa_type=sa.LargeBinary)
    # Of `data`, checked on read and by `vigie check`; computed on every insert that does not
    # give it (the demo's bulk inserts, undo's restores of older rows).
    sha256: str | None = Field(default=None, max_length=64,
                               sa_column_kwargs={"default": _sha256_of_data})
    added_at: dt.datetime = Field(default_factory=_now, sa_type=sa.DateTime)


class ActionUpdate(SQLModel, table=True):
    """A follow-up of an action: a note, a new status or due date, in a committee or not."""

    __tablename__ = "action_update"

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = fk("action.id", ondelete="CASCADE")
    committee_id: int | None = fk("committee.id", ondelete="SET NULL", optional=True)
    noted_on: dt.date
    note: str = ""
    status: ActionStatus | None = enum_field(ActionStatus, default=None)  # the new status
    due_date: dt.date | None = None  # the new due date, when it moved


class ReadinessItem(SQLModel, table=True):
    """An item of a contract's reversibility readiness checklist (documentation, accesses…)."""

    __tablename__ = "readiness_item"
    __table_args__ = (
        sa.UniqueConstraint("contract_id", "position"),
        Check("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = fk("contract.id", ondelete="CASCADE")
    position: int
    title: str = Field(max_length=200)
    owner_id: int | None = fk("contact.id", ondelete="SET NULL", optional=True)
    status: ChecklistStatus = enum_field(ChecklistStatus, default=ChecklistStatus.TODO)
    evidence: str = ""  # a note on the evidence; attachments may hold it too


class FileSetting(SQLModel, table=True):
    """A setting kept in the client file itself (import mappings, the minutes template…),
    so that it travels with the file; `value` is JSON."""

    __tablename__ = "file_setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = "null"
