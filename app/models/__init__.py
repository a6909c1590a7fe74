"""The data of a client file: SQLModel tables and the enums they use."""

from app.models.base import metadata
from app.models.enums import *  # noqa: F403
from app.models.tables import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attachment,
    ClientProfile,
    Committee,
    CommitteeContract,
    CommitteeParticipant,
    Contact,
    Contract,
    Decision,
    FileSetting,
    Indicator,
    Invoice,
    Measurement,
    ReadinessItem,
    ReversibilityMilestone,
    Supplier,
)

__all__ = [
    "Action",
    "ActionUpdate",
    "AgendaItem",
    "Attachment",
    "ClientProfile",
    "Committee",
    "CommitteeContract",
    "CommitteeParticipant",
    "Contact",
    "Contract",
    "Decision",
    "FileSetting",
    "Indicator",
    "Invoice",
    "Measurement",
    "ReadinessItem",
    "ReversibilityMilestone",
    "Supplier",
    "metadata",
]
