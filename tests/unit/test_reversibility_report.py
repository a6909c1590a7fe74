"""Reversibility everywhere else: the dashboard's alerts, `vigie report` (text and JSON)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from app import cli
from app.models import Contract, ContractKind, ReversibilityMilestone, Supplier
from app.models.enums import ContractStatus, MilestoneStatus, Renewal, ReversibilityPhase
from app.services import records
from app.services.dashboard import AlertKind, Severity, build_dashboard
from app.storage.document import create, open_file
from tests.unit.conftest import Scenario

D = dt.date
TODAY = D(2026, 11, 24)


def start_for_deadline(deadline: dt.date) -> dt.date:
    """The start of a 12-month tacit contract with 3 months' notice whose notice deadline is
    `deadline`: the term ends 3 months after the day after it."""
    return deadline + dt.timedelta(days=1) + relativedelta(months=3) - relativedelta(months=12)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Contracts around the 180-day horizon, with and without a clause or a plan."""
    target = tmp_path / "plans.vigie"
    document = create(target, "Client")
    with document.session() as s:
        supplier = records.create(s, Supplier, {"name": "Armor"})

        def contract(reference: str, deadline: dt.date, clause: bool = True, **fields) -> int:
            return records.create(s, Contract, {
                "supplier_id": supplier, "reference": reference, "title": f"Contrat {reference}",
                "kind": ContractKind.MANAGED_SERVICES, "start_date": start_for_deadline(deadline),
                "initial_duration_months": 12, "notice_period_months": 3,
                "has_reversibility_clause": clause} | fields)

        ids = {
            "soon": contract("CTR-SOON", TODAY + dt.timedelta(days=20)),
            "edge": contract("CTR-EDGE", TODAY + dt.timedelta(days=180)),
            "beyond": contract("CTR-BEYOND", TODAY + dt.timedelta(days=181)),
            "no_clause": contract("CTR-NOCLAUSE", TODAY + dt.timedelta(days=20), clause=False),
            "planned": contract("CTR-PLANNED", TODAY + dt.timedelta(days=20)),
            "draft": contract("CTR-DRAFT", TODAY + dt.timedelta(days=20),
                              status=ContractStatus.DRAFT),
            # no renewal: it simply ends on 31/03/2027, in 127 days
            "ending": records.create(s, Contract, {
                "supplier_id": supplier, "reference": "CTR-ENDING", "title": "Fin sèche",
                "kind": ContractKind.MAINTENANCE, "start_date": D(2024, 4, 1),
                "initial_duration_months": 36, "renewal": Renewal.NONE,
                "has_reversibility_clause": True}),
        }
        ids["milestone"] = records.create(s, ReversibilityMilestone, {
            "contract_id": ids["planned"], "phase": ReversibilityPhase.CUTOVER,
            "title": "Bascule", "planned_start": D(2026, 12, 1), "planned_end": D(2026, 12, 4),
            "status": MilestoneStatus.PLANNED})
    document.close()
    target.with_suffix(".ids").write_text(json.dumps(ids))
    return target


def ids_of(path: Path) -> dict[str, int]:
    return json.loads(path.with_suffix(".ids").read_text())


def unplanned(path: Path) -> list:
    document = open_file(path, read_only=True)
    try:
        with document.session() as session:
            board = build_dashboard(session, TODAY)
    finally:
        document.close()
    return [a for a in board.alerts if a.kind is AlertKind.PLAN_MISSING]


def test_a_clause_without_a_plan_is_pointed_out_180_days_ahead(path: Path) -> None:
    ids = ids_of(path)
    alerts = {a.entity_id: a for a in unplanned(path)}
    # not: 181 days ahead, no clause, a plan exists, a draft
    assert set(alerts) == {ids["soon"], ids["edge"], ids["ending"]}
    soon = alerts[ids["soon"]]
    assert (soon.entity, soon.severity, soon.date) == ("reversibility", Severity.CRITICAL,
                                                       D(2026, 12, 14))
    assert soon.message == ("Contrat CTR-SOON (Contrat CTR-SOON) : clause de réversibilité "
                            "sans plan, dénonciation au plus tard le 14/12/2026 — dans 20 jours")
    assert alerts[ids["edge"]].severity is Severity.WARNING
    assert alerts[ids["ending"]].message == (
        "Contrat CTR-ENDING (Fin sèche) : clause de réversibilité sans plan, fin du contrat le "
        "31/03/2027 — dans 127 jours")


def test_report_json_lists_each_plan(scenario: Scenario, capsys) -> None:
    assert cli.main(["report", str(scenario.path), "--json", "--today", "2026-11-24"]) == 0
    (plan,) = json.loads(capsys.readouterr().out)["reversibility"]
    # The scenario's plan: « Préparation » done without PV (½), « Transfert de
    # connaissances » running 10 days past its end (14/11), « Bascule » planned; every one
    # of the same phase, so named by its title. Readiness ½ / 3; progress 1 / 3.
    assert plan == {
        "contract": "CTR-2024-003", "contract_id": scenario.ids["notice"],
        "readiness": 16.67, "progress": 33.33, "slip_days": 10,
        "next_milestone": {"id": plan["next_milestone"]["id"], "title": "Bascule",
                           "phase": "knowledge_transfer", "planned_start": "2026-09-01",
                           "planned_end": "2027-01-15"},
        "switch_over": "2027-01-15", "late_milestones": 1, "milestones": 3,
        "milestones_done": 1, "checklist_items": 0, "checklist_done": 0,
        "blockers": ["PV de « Préparation » non signé",
                     "« Transfert de connaissances » n'est pas terminé (en retard de 10 jours)",
                     "« Bascule » n'a pas de responsable"],
    }


def test_report_text_has_a_reversibility_section(scenario: Scenario, capsys) -> None:
    assert cli.main(["report", str(scenario.path), "--today", "2026-11-24"]) == 0
    out = capsys.readouterr().out
    assert "\nRéversibilité (1)\n" in out
    assert ("  CTR-2024-003  préparation 17\u202f% · glissement 10 jours · prochain jalon : "
            "Bascule le 01/09/2026 · 1 jalon en retard\n") in out


def test_a_file_without_plans_says_so(tmp_path: Path, capsys) -> None:
    create(tmp_path / "vide.vigie", "Vide").close()
    assert cli.main(["report", str(tmp_path / "vide.vigie"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reversibility"] == []
    assert cli.main(["report", str(tmp_path / "vide.vigie")]) == 0
    assert "Réversibilité (0)\n─" in capsys.readouterr().out
