"""Hand-built minutes for the tests of the Word writer: a COPIL with every section filled,
and helpers to vary it (no decision, 60 actions, awkward text)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

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
from app.models.enums import (
    ActionStatus,
    Attendance,
    CommitteeKind,
    CommitteeStatus,
    Direction,
    Side,
)
from app.services.rules import MeasureStatus

WRITTEN_ON = dt.date(2026, 11, 24)


def png(width: int = 500, height: int = 280, colour: str = "#1f5fae") -> bytes:
    """A real PNG of that size (Pillow), standing for a chart."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG", dpi=(100, 100))
    return out.getvalue()


def header(**changes) -> CommitteeHeader:
    base = CommitteeHeader(
        title="COPIL infogérance Armor Services — novembre 2026",
        kind=CommitteeKind.COPIL,
        starts_at=dt.datetime(2026, 11, 10, 14, 0),
        duration_minutes=120,
        place="Siège Hexagone, Lyon — salle Rhône",
        supplier="Armor Services",
        contracts=("INF-2024-01 — Infogérance du SI", "SD-2024-02 — Centre de services"),
        status=CommitteeStatus.HELD,
        review_period=dt.date(2026, 10, 1),
        client="Hexagone Distribution",
    )
    return replace(base, **changes)


def action(number: int, *, late: int = 0, status: ActionStatus = ActionStatus.OPEN,
           title: str = "", side: Side = Side.SUPPLIER) -> ActionEntry:
    return ActionEntry(
        number=f"A-{number}", title=title or f"Action numéro {number} à mener",
        owner="Claire Martin" if side is Side.CLIENT else "Yann Le Gall", side=side,
        due_date=WRITTEN_ON - dt.timedelta(days=late) if late else dt.date(2026, 12, 15),
        status=status, days_late=late, origin="décidée le 13/10/2026" if number < 100 else "",
        follow_up="Relancé le 03/11/2026" if late else "")


def sample(**changes) -> MinutesData:
    """A COPIL with every section filled."""
    base = MinutesData(
        committee=header(),
        written_on=WRITTEN_ON,
        participants=(
            Participant("Claire Martin", "DSI", "Hexagone Distribution", Side.CLIENT,
                        Attendance.PRESENT, "claire.martin@hexagone.fr", chair=True),
            Participant("Paul Petit", "Responsable infrastructure", "Hexagone Distribution",
                        Side.CLIENT, Attendance.EXCUSED, "paul.petit@hexagone.fr"),
            Participant("Yann Le Gall", "Directeur de compte", "Armor Services",
                        Side.SUPPLIER, Attendance.PRESENT, "yann.legall@armor.fr"),
            Participant("Nolwenn Riou", "Service Delivery Manager", "Armor Services",
                        Side.SUPPLIER, Attendance.ABSENT, "nolwenn.riou@armor.fr"),
        ),
        agenda=(
            AgendaEntry("Revue des indicateurs d'octobre", "Disponibilité sous l'objectif.\n"
                        "Plan de remédiation demandé au prestataire."),
            AgendaEntry("Suivi du plan d'actions", ""),
            AgendaEntry("Questions diverses", "Prochain comité confirmé."),
        ),
        review=(
            ReviewRow("SLA-01", "Disponibilité des applications", "INF-2024-01", 99.1, "%",
                      99.5, Direction.HIGHER_IS_BETTER, MeasureStatus.BREACHED, 1250.0,
                      "Incident de stockage du 14/10.", False),
            ReviewRow("SLA-02", "Délai de résolution P1", "INF-2024-01", 3.5, "h", 4.0,
                      Direction.LOWER_IS_BETTER, MeasureStatus.MET, 0.0, "", False),
            ReviewRow("SLA-03", "Taux de résolution au premier appel", "SD-2024-02", 68.0,
                      "%", 70.0, Direction.HIGHER_IS_BETTER, MeasureStatus.WARNING, 0.0,
                      "Nouvelle équipe.", False),
            ReviewRow("CLI-01", "Demandes complètes à l'ouverture", "SD-2024-02", None, "%",
                      90.0, Direction.HIGHER_IS_BETTER, MeasureStatus.MISSING, 0.0, "", True),
        ),
        penalties=(PenaltyTotal("INF-2024-01", 1250.0, capped=False),),
        charts=(Chart("SLA-01 — Disponibilité des applications", png()),
                Chart("SLA-02 — Délai de résolution P1", png(colour="#2e7d32")),
                Chart("SLA-03 — Taux de résolution au premier appel", png(colour="#b26a00"))),
        decisions=(DecisionEntry("D1", "Le prestataire remet un plan de remédiation du "
                                        "stockage avant le 01/12/2026."),),
        new_actions=(action(101), action(102, side=Side.CLIENT)),
        carried_actions=(action(7, late=12), action(9, status=ActionStatus.IN_PROGRESS),
                         action(11, status=ActionStatus.DONE)),
        reversibility=(ReversibilityEntry(
            "WMS-2023-02 — Plateforme logistique SaaS", readiness=62.5, milestones_done=4,
            milestones_counted=7, slip_days=12, late_milestones=1, next_phase="Bascule",
            next_phase_start=dt.date(2027, 1, 15), switch_over=dt.date(2027, 1, 29),
            checklist_done=3, checklist_counted=6,
            blockers=("PV de « Shadowing » non signé", "check-list : 1 élément à faire "
                      "(licences transférables)"), timeline_png=png(900, 300, "#6b7785")),),
        next_meeting=NextMeeting(dt.datetime(2026, 12, 8, 14, 0),
                                 "Siège Hexagone, Lyon — salle Saône"),
    )
    return replace(base, **changes)
