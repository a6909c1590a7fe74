"""The committees tables: their columns, the next committee picked out, statuses coloured."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.models.enums import CommitteeStatus
from app.services.committee_series import WEEKDAYS
from app.services.committees import CommitteeRow
from app.services.formatting import format_date, format_month
from app.ui.style import MUTED, OK, WARNING, WARNING_BG
from app.ui.table_models import Column

WIDTHS = (168, 152, 110, 300, 150, 75, 160, 190)
NEXT_BG = QColor("#e3eefc")
STATUS_COLOURS = {CommitteeStatus.PLANNED: QColor("#1f5fae"), CommitteeStatus.HELD: OK,
                  CommitteeStatus.MINUTES_SENT: QColor("#33404f"),
                  CommitteeStatus.CANCELLED: MUTED}


def _tr(text: str) -> str:
    return QCoreApplication.translate("committees", text)


def when(row: CommitteeRow) -> str:
    """« mar. 10/11/2026 · 14:00 »"""
    return f"{WEEKDAYS[row.starts_at.weekday()][:3]}. {format_date(row.day)} · " \
           f"{row.starts_at:%H:%M}"


def overdue(row: CommitteeRow, today: dt.date) -> bool:
    """A committee whose day is past but still marked planned: to close (held, cancelled)."""
    return row.status is CommitteeStatus.PLANNED and row.day < today


class _Look:
    """How a row looks: the next committee picked out, a past one still planned warned of."""

    def __init__(self, next_id: Callable[[], int | None], today: Callable[[], dt.date]):
        self.next_id = next_id
        self.today = today

    def highlight(self, row: CommitteeRow) -> QColor | None:
        return NEXT_BG if row.id == self.next_id() else None

    def status_text(self, row: CommitteeRow) -> str:
        if row.id == self.next_id():
            return _tr("Prochain comité")
        return _tr("Planifié, date passée") if overdue(row, self.today()) else row.status.label

    def status_colour(self, row: CommitteeRow) -> QColor | None:
        return WARNING if overdue(row, self.today()) else STATUS_COLOURS[row.status]

    def status_background(self, row: CommitteeRow) -> QColor | None:
        return WARNING_BG if overdue(row, self.today()) else self.highlight(row)

    def status_tip(self, row: CommitteeRow) -> str:
        if overdue(row, self.today()):
            return _tr("Sa date est passée : ouvrez-le et marquez-le comme tenu, ou annulé.")
        return ""


def _muted(row: CommitteeRow) -> QColor | None:
    return MUTED if row.status is CommitteeStatus.CANCELLED else None


def columns(next_id: Callable[[], int | None], today: Callable[[], dt.date]) -> list[Column]:
    """The committees table's columns; `next_id` gives the committee to pick out."""
    look = _Look(next_id, today)
    highlight, muted = look.highlight, _muted
    return [
        Column(_tr("Date"), when, sort_key=attrgetter("starts_at"), background=highlight,
               foreground=muted, value=lambda r: r.starts_at, kind="date"),
        Column(_tr("Statut"), look.status_text,
               sort_key=lambda r: list(CommitteeStatus).index(r.status),
               foreground=look.status_colour, background=look.status_background,
               tooltip=look.status_tip),
        Column(_tr("Instance"), lambda r: r.kind.label, background=highlight, foreground=muted),
        Column(_tr("Intitulé"), lambda r: r.title, background=highlight, foreground=muted,
               tooltip=lambda r: r.title),
        Column(_tr("Prestataire"), lambda r: r.supplier_name, background=highlight,
               foreground=muted),
        Column(_tr("Actions\nouvertes"),
               lambda r: str(r.open_actions) if r.open_actions else "",
               sort_key=lambda r: r.open_actions, align_right=True, background=highlight,
               value=lambda r: r.open_actions, kind="integer"),
        Column(_tr("Contrats"), lambda r: r.contracts, background=highlight, foreground=muted,
               tooltip=lambda r: r.contracts),
        Column(_tr("Lieu"), lambda r: r.place, background=highlight, foreground=muted,
               tooltip=lambda r: r.place),
        Column(_tr("Période revue"),
               lambda r: format_month(r.review_period) if r.review_period else "",
               sort_key=lambda r: r.review_period, background=highlight, foreground=muted,
               value=lambda r: r.review_period, kind="date"),
    ]
