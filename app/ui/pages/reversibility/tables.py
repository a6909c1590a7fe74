"""The columns of the plan's two tables: its milestones and its readiness checklist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.models.enums import ChecklistStatus, MilestoneStatus
from app.services.formatting import format_date, plural
from app.services.reversibility_status import ChecklistRow, MilestoneRow, plan_order
from app.ui.style import ACCENT, CRITICAL, MUTED, OK, WARNING
from app.ui.table_models import Column

_MILESTONE_COLOURS = {MilestoneStatus.DONE: OK, MilestoneStatus.IN_PROGRESS: QColor(ACCENT),
                      MilestoneStatus.CANCELLED: MUTED}
_ITEM_COLOURS = {ChecklistStatus.DONE: OK, ChecklistStatus.IN_PROGRESS: QColor(ACCENT),
                 ChecklistStatus.NOT_APPLICABLE: MUTED}

MILESTONE_WIDTHS = (140, 215, 130, 96, 96, 96, 132, 92)
ITEM_WIDTHS = (40, 330, 160, 90)


def _tr(text: str) -> str:
    return QCoreApplication.translate("reversibility", text)


def _late(row: MilestoneRow) -> QColor | None:
    return CRITICAL if row.late else None


def _status_colour(row: MilestoneRow) -> QColor | None:
    return CRITICAL if row.late else _MILESTONE_COLOURS.get(row.status)


def _status_text(row: MilestoneRow) -> str:
    return _tr("{0}, en retard").format(row.status.label) if row.late else row.status.label


def _slip_text(row: MilestoneRow) -> str:
    return f"+{plural(row.slip_days, _tr('jour'))}" if row.slip_days else ""


def _slip_colour(row: MilestoneRow) -> QColor | None:
    if not row.slip_days:
        return None
    return CRITICAL if row.late else WARNING


def _pv_text(row: MilestoneRow) -> str:
    if row.pv_signed:
        text = _tr("Signé le {0}").format(format_date(row.pv_signed_on))
    else:
        text = _tr("À signer") if row.status is MilestoneStatus.DONE else ""
    if row.documents:
        text += (" · " if text else "") + plural(row.documents, _tr("document"))
    return text


def _pv_colour(row: MilestoneRow) -> QColor | None:
    if row.pv_signed:
        return OK
    return WARNING if row.status is MilestoneStatus.DONE else None


def milestone_columns() -> list[Column]:
    """The columns of the milestones table; the first sorts in plan order."""
    return [
        Column(_tr("Phase"), lambda r: r.phase.label, sort_key=plan_order, foreground=_late),
        Column(_tr("Jalon"), lambda r: r.title,
               tooltip=lambda r: r.title + (f"\n{_tr('Livrable')} : {r.deliverable}"
                                            if r.deliverable else "")),
        Column(_tr("Responsable"), lambda r: r.owner_name or "—",
               tooltip=lambda r: r.side.label),
        Column(_tr("Début prévu"), lambda r: format_date(r.planned_start),
               sort_key=lambda r: r.planned_start, value=lambda r: r.planned_start,
               kind="date"),
        Column(_tr("Fin prévue"), lambda r: format_date(r.planned_end),
               sort_key=lambda r: r.planned_end, value=lambda r: r.planned_end, kind="date",
               foreground=_late),
        Column(_tr("Fin réelle"), lambda r: format_date(r.actual_end),
               sort_key=lambda r: r.actual_end, value=lambda r: r.actual_end, kind="date"),
        Column(_tr("Statut"), _status_text,
               sort_key=lambda r: (list(MilestoneStatus).index(r.status), r.late),
               foreground=_status_colour),
        Column(_tr("Glissement"), _slip_text, sort_key=lambda r: r.slip_days, align_right=True,
               foreground=_slip_colour, value=lambda r: r.slip_days, kind="integer",
               tooltip=lambda r: _tr("Jours après la fin prévue") if r.slip_days else ""),
        Column(_tr("PV"), _pv_text, foreground=_pv_colour,
               sort_key=lambda r: (r.pv_signed, r.pv_signed_on or r.planned_end)),
    ]


def _evidence_text(row: ChecklistRow) -> str:
    parts = [row.evidence.splitlines()[0]] if row.evidence.strip() else []
    if row.documents:
        parts.append(plural(row.documents, _tr("document")))
    if parts:
        return " · ".join(parts)
    return _tr("à fournir") if row.status is ChecklistStatus.DONE else ""


def item_columns() -> list[Column]:
    """The columns of the checklist table, in its order."""
    return [
        Column(_tr("N°"), lambda r: str(r.position), sort_key=lambda r: r.position,
               align_right=True, value=lambda r: r.position, kind="integer"),
        Column(_tr("Élément"), lambda r: r.title, tooltip=lambda r: r.title),
        Column(_tr("Responsable"), lambda r: r.owner_name or "—"),
        Column(_tr("Statut"), lambda r: r.status.label,
               sort_key=lambda r: list(ChecklistStatus).index(r.status),
               foreground=lambda r: _ITEM_COLOURS.get(r.status)),
        Column(_tr("Preuve"), _evidence_text, tooltip=lambda r: r.evidence,
               foreground=lambda r: WARNING if r.status is ChecklistStatus.DONE
               and not r.has_evidence else None),
    ]
