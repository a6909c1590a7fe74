"""The action plan's table: its columns, late ones in red with their days, status colours."""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.models.enums import ActionStatus, Priority
from app.services.actions import ActionRow
from app.services.formatting import format_date, format_number, plural
from app.ui.style import CRITICAL, CRITICAL_BG, MUTED, OK, WARNING
from app.ui.table_models import Column

#: Initial widths of the columns, in pixels (the last one stretches).
WIDTHS = (62, 84, 56, 230, 130, 84, 70, 140, 130)
DUE_COLUMN = 1

STATUS_COLOURS = {
    ActionStatus.OPEN: None,
    ActionStatus.IN_PROGRESS: QColor("#1f5fae"),
    ActionStatus.DONE: OK,
    ActionStatus.CANCELLED: MUTED,
}
_PRIORITY_ORDER = list(Priority)


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def late_text(row: ActionRow) -> str:
    """« 12 j » for an action 12 days late, else empty."""
    return _tr("{0} j").format(row.days_late) if row.days_late else ""


def late_tooltip(row: ActionRow) -> str:
    if not row.days_late:
        return ""
    return _tr("En retard de {0} (échéance du {1})").format(
        plural(row.days_late, _tr("jour")), format_date(row.due_date))


def _late_colour(row: ActionRow) -> QColor | None:
    return CRITICAL if row.days_late else (MUTED if not row.is_open else None)


def _late_background(row: ActionRow) -> QColor | None:
    return CRITICAL_BG if row.days_late else None


def _number_colour(row: ActionRow) -> QColor | None:
    return CRITICAL if row.days_late else _muted(row)


def _muted(row: ActionRow) -> QColor | None:
    return None if row.is_open else MUTED


def _origin(row: ActionRow) -> str:
    if row.committee_id is None:
        return _tr("Hors comité")
    return f"{row.committee_title}"


def priority_colour(row: ActionRow) -> QColor | None:
    if not row.is_open:
        return MUTED
    return {Priority.CRITICAL: CRITICAL, Priority.HIGH: WARNING}.get(row.priority)


def columns() -> list[Column]:
    """The columns of the action plan, in order."""
    return [
        Column(_tr("N°"), lambda r: r.number, sort_key=lambda r: r.id,
               foreground=_number_colour, value=lambda r: r.number),
        Column(_tr("Échéance"), lambda r: format_date(r.due_date),
               sort_key=attrgetter("due_date"), foreground=_late_colour,
               background=_late_background, tooltip=late_tooltip,
               value=lambda r: r.due_date, kind="date"),
        Column(_tr("Retard"), late_text, sort_key=lambda r: r.days_late or None,
               align_right=True, foreground=_late_colour, background=_late_background,
               tooltip=late_tooltip, value=lambda r: r.days_late or None, kind="integer"),
        Column(_tr("Action"), lambda r: r.title, foreground=_muted,
               tooltip=lambda r: "\n".join(t for t in (r.title, r.description) if t)),
        Column(_tr("Porteur"), lambda r: r.owner_name, foreground=_muted,
               tooltip=lambda r: f"{r.owner_name} — {r.side.label}" if r.owner_name else ""),
        Column(_tr("Statut"), lambda r: r.status.label,
               sort_key=lambda r: list(ActionStatus).index(r.status),
               foreground=lambda r: STATUS_COLOURS[r.status]),
        Column(_tr("Priorité"), lambda r: r.priority.label,
               sort_key=lambda r: -_PRIORITY_ORDER.index(r.priority),
               foreground=priority_colour),
        Column(_tr("Prestataire"), lambda r: r.supplier_name, foreground=_muted),
        Column(_tr("Contrat"), lambda r: r.contract_reference, foreground=_muted),
        Column(_tr("Comité d'origine"), _origin, foreground=_muted,
               sort_key=lambda r: r.committee_date,
               tooltip=lambda r: (f"{r.committee_title} ({format_date(r.committee_date)})"
                                  if r.committee_id else "")),
    ]


def count_text(shown: list[ActionRow], total: int) -> str:
    """« 12 actions sur 60 · 3 en retard », under the table."""
    text = (plural(total, _tr("action")) if len(shown) == total else
            _tr("{0} sur {1}").format(plural(len(shown), _tr("action")), format_number(total)))
    late = sum(1 for row in shown if row.days_late)
    return text + (" · " + _tr("{0} en retard").format(format_number(late)) if late else "")


def empty_text(shown: int, total: int) -> str:
    """What an empty table says (nothing when it shows rows)."""
    if total == 0:
        return _tr("Aucune action pour l'instant.\nLes actions décidées en comité viennent "
                   "ici ; « Nouvelle action » en crée une hors comité.")
    if shown == 0:
        return _tr("Aucune action ne correspond à la recherche ou aux filtres.")
    return ""
