"""The dashboard as a report: French text for a terminal, or JSON with stable keys.

The JSON keys are documented in docs/report-json.md; change them only with a new
`version` there and here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.i18n import tr
from app.services.dashboard import Alert, Dashboard, Severity
from app.services.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_percent,
    plural,
)
from app.services.reversibility_status import PlanStatus
from app.services.rules import consumed_percent

JSON_FORMAT = "vigie-report"
JSON_VERSION = 2  # 2: budget prorated and disputed invoices apart, penalties after the cap
TEXT_LINES_PER_SECTION = 50  # beyond this the text report says how many it left out
BAR_WIDTH = 20


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def report_json(dashboard: Dashboard, *, file: str, client: str,
                plans: Sequence[PlanStatus] = ()) -> dict[str, Any]:
    """The dashboard, and the reversibility `plans`, as plain JSON-ready data, keys as in
    docs/report-json.md."""
    figures = dashboard.figures
    following = figures.next_committee
    alerts = dashboard.alerts
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "file": file,
        "client": client,
        "today": _iso(dashboard.today),
        "figures": {
            "active_contracts": figures.active_contracts,
            "active_annual_amount": round(figures.active_annual_amount, 2),
            "indicators_breached": figures.indicators_breached,
            "penalties_due": round(figures.penalties_due, 2),
            "late_actions": figures.late_actions,
            "next_committee": None if following is None else {
                "id": following.id,
                "title": following.title,
                "starts_at": following.starts_at.isoformat(timespec="minutes"),
            },
        },
        "alert_counts": {s.value: sum(a.severity is s for a in alerts) for s in Severity},
        "alerts": [_alert_json(a) for a in alerts],
        "sla_compliance": [
            {"month": point.month.strftime("%Y-%m"),
             "percent": None if point.percent is None else round(point.percent, 2)}
            for point in dashboard.sla_compliance
        ],
        "budget": [
            {"contract": line.reference, "planned": round(line.planned, 2),
             "invoiced": round(line.invoiced, 2), "expected": round(line.expected, 2),
             "consumed_percent": _rounded(consumed_percent(line.invoiced, line.planned)),
             "disputed": round(line.disputed, 2)}
            for line in dashboard.budget
        ],
        "reversibility": [_plan_json(plan) for plan in plans],
    }


def _plan_json(plan: PlanStatus) -> dict[str, Any]:
    following = plan.next_milestone
    return {
        "contract": plan.reference,
        "contract_id": plan.contract_id,
        "readiness": round(plan.readiness, 2),
        "progress": round(plan.progress, 2),
        "slip_days": plan.slip_days,
        "next_milestone": None if following is None else {
            "id": following.id,
            "title": following.title,
            "phase": following.phase.value,
            "planned_start": _iso(following.planned_start),
            "planned_end": _iso(following.planned_end),
        },
        "switch_over": _iso(plan.switch_over),
        "late_milestones": len(plan.late),
        "milestones": plan.counted,
        "milestones_done": plan.done,
        "checklist_items": plan.checklist_counted,
        "checklist_done": plan.checklist_done,
        "blockers": list(plan.blockers),
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _alert_json(alert: Alert) -> dict[str, Any]:
    return {
        "kind": alert.kind.value,
        "severity": alert.severity.value,
        "date": _iso(alert.date),
        "entity": alert.entity,
        "entity_id": alert.entity_id,
        "message": alert.message,
    }


# -- text ---------------------------------------------------------------------------------------


def report_text(dashboard: Dashboard, *, file: str, client: str,
                plans: Sequence[PlanStatus] = ()) -> str:
    """The dashboard as French text for a terminal: key figures, alerts, SLA, budget, and
    the reversibility `plans`."""
    title = tr("report", "Vigie — {client} — tableau de bord au {date}").format(
        client=client, date=format_date(dashboard.today))
    lines = [title, tr("report", "Fichier : {file}").format(file=file), ""]
    for section in (_figures_text, _alerts_text, _compliance_text, _budget_text):
        lines += section(dashboard)
        lines.append("")
    lines += _plans_text(plans)
    return "\n".join(lines).rstrip() + "\n"


def _heading(text: str) -> list[str]:
    return [text, "─" * len(text)]


def _figures_text(dashboard: Dashboard) -> list[str]:
    f = dashboard.figures
    following = (tr("report", "aucun de prévu") if f.next_committee is None else
                 f"{format_datetime(f.next_committee.starts_at)} — {f.next_committee.title}")
    rows = [
        (tr("report", "Contrats actifs"), format_number(f.active_contracts)),
        (tr("report", "Montant annuel des contrats actifs"),
         format_money(f.active_annual_amount)),
        (tr("report", "Indicateurs non atteints (dernière période)"),
         format_number(f.indicators_breached)),
        (tr("report", "Pénalités dues en {year}").format(year=dashboard.today.year),
         format_money(f.penalties_due)),
        (tr("report", "Actions en retard"), format_number(f.late_actions)),
        (tr("report", "Prochain comité"), following),
    ]
    width = max(len(label) for label, _ in rows)
    return [*_heading(tr("report", "Chiffres clés")),
            *(f"  {label.ljust(width)}  {value}" for label, value in rows)]


def _alerts_text(dashboard: Dashboard) -> list[str]:
    lines = _heading(tr("report", "Alertes ({count})").format(count=len(dashboard.alerts)))
    if not dashboard.alerts:
        return [*lines, "  " + tr("report", "Rien ne demande votre attention.")]
    for severity in Severity:
        alerts = [a for a in dashboard.alerts if a.severity is severity]
        if not alerts:
            continue
        lines.append(f"  {severity.label} ({len(alerts)})")
        lines += [f"    • {format_date(a.date)}  {a.message}"
                  for a in alerts[:TEXT_LINES_PER_SECTION]]
        lines += _left_out(len(alerts), indent="    ")
    return lines


def _left_out(total: int, indent: str) -> list[str]:
    if total <= TEXT_LINES_PER_SECTION:
        return []
    text = tr("report", "… et {others} (vigie report --json les donne toutes)")
    others = plural(total - TEXT_LINES_PER_SECTION, tr("report", "autre"))
    return [indent + text.format(others=others)]


def _compliance_text(dashboard: Dashboard) -> list[str]:
    lines = _heading(tr("report", "Conformité SLA (12 derniers mois, % des mesures atteintes)"))
    for point in dashboard.sla_compliance:
        month = point.month.strftime("%m/%Y")
        if point.percent is None:
            lines.append(f"  {month}  {'·' * BAR_WIDTH}  " + tr("report", "aucune mesure"))
            continue
        filled = round(point.percent / 100 * BAR_WIDTH)
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        lines.append(f"  {month}  {bar}  {format_percent(point.percent)}")
    return lines


def _budget_text(dashboard: Dashboard) -> list[str]:
    year = dashboard.today.year
    lines = _heading(tr("report", "Budget {year}").format(year=year))
    if not dashboard.budget:
        return [*lines, "  " + tr("report", "Aucun contrat en cours cette année.")]
    through = dashboard.today.replace(day=1) - dt.timedelta(days=1)
    expected = (tr("report", "Attendu au {date}").format(date=format_date(through))
                if through.year == year else tr("report", "Attendu"))
    header = (tr("report", "Contrat"), tr("report", "Prévu"), tr("report", "Facturé"),
              expected, tr("report", "Consommé"), tr("report", "Contesté"))
    rows = [(line.reference, format_money(line.planned), format_money(line.invoiced),
             format_money(line.expected),
             format_percent(consumed_percent(line.invoiced, line.planned)) or "—",
             format_money(line.disputed) if line.disputed else "—")
            for line in dashboard.budget[:TEXT_LINES_PER_SECTION]]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:],
                                                                           strict=True)]
        lines.append("  " + "  ".join(cells))
    return lines + _left_out(len(dashboard.budget), indent="  ")


def _plans_text(plans: Sequence[PlanStatus]) -> list[str]:
    """One line per reversibility plan: readiness, slip, next milestone, late ones."""
    lines = _heading(tr("report", "Réversibilité ({count})").format(count=len(plans)))
    if not plans:
        return [*lines, "  " + tr("report", "Aucun plan de réversibilité.")]
    width = max(len(plan.reference) for plan in plans[:TEXT_LINES_PER_SECTION])
    for plan in plans[:TEXT_LINES_PER_SECTION]:
        following = plan.next_milestone
        parts = [tr("report", "préparation {value}").format(
                     value=format_percent(plan.readiness, 0)),
                 tr("report", "glissement {days}").format(
                     days=plural(plan.slip_days, tr("report", "jour")))]
        parts.append(tr("report", "prochain jalon : {name} le {date}").format(
            name=plan.name(following), date=format_date(following.planned_start))
            if following else tr("report", "toutes les phases ont démarré"))
        if plan.late:
            parts.append(plural(len(plan.late), tr("report", "jalon en retard"),
                                tr("report", "jalons en retard")))
        lines.append(f"  {plan.reference.ljust(width)}  " + " · ".join(parts))
    return lines + _left_out(len(plans), indent="  ")
