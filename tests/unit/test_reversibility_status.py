"""Plans as the page, the report and the minutes read them, and the checks of the forms."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import (
    Attachment,
    Contact,
    Contract,
    ContractKind,
    ReadinessItem,
    ReversibilityMilestone,
    Supplier,
)
from app.models.enums import (
    ChecklistStatus,
    ContractStatus,
    DocumentKind,
    MilestoneStatus,
    ReversibilityPhase,
    Side,
)
from app.services import records
from app.services.reversibility_edit import (
    milestone_errors,
    new_item_values,
    new_milestone_values,
    validate_item,
    validate_milestone,
)
from app.services.reversibility_page import owner_choices, plan_contract, plan_contracts
from app.services.reversibility_status import checklist_of, milestones_of, plan_statuses
from app.services.validation import ValidationError

D = dt.date
TODAY = D(2026, 11, 24)
P = ReversibilityPhase


@pytest.fixture
def ids(client_file) -> dict[str, int]:
    """Contract A has a plan half-way; B has the clause and no plan; C neither; D is ended;
    E is ended but kept its plan."""
    with client_file.session() as s:
        supplier = records.create(s, Supplier, {"name": "Ligeria"})
        other = records.create(s, Supplier, {"name": "Autre"})

        def contract(reference: str, **fields) -> int:
            return records.create(s, Contract, {
                "supplier_id": supplier, "reference": reference, "title": f"Contrat {reference}",
                "kind": ContractKind.MAINTENANCE, "start_date": D(2024, 1, 1)} | fields)

        found = {"a": contract("CTR-A", has_reversibility_clause=True),
                 "b": contract("CTR-B", has_reversibility_clause=True),
                 "c": contract("CTR-C"),
                 "d": contract("CTR-D", status=ContractStatus.ENDED),
                 "e": contract("CTR-0-E", status=ContractStatus.ENDED)}
        found["dsi"] = records.create(s, Contact, {"name": "Claire Morel", "side": Side.CLIENT,
                                                   "role": "DSI"})
        found["sdm"] = records.create(s, Contact, {"name": "Luc Bernard", "role": "SDM",
                                                   "supplier_id": supplier})
        records.create(s, Contact, {"name": "Ailleurs", "supplier_id": other})

        def milestone(contract_id: int, phase: P, title: str, start: dt.date, end: dt.date,
                      **fields) -> int:
            return records.create(s, ReversibilityMilestone, {
                "contract_id": contract_id, "phase": phase, "title": title,
                "planned_start": start, "planned_end": end, "owner_id": found["dsi"]} | fields)

        a = found["a"]
        # Listed out of order on purpose: the plan order is by planned start.
        found["cutover"] = milestone(a, P.CUTOVER, "Bascule", D(2026, 12, 1), D(2026, 12, 7))
        milestone(a, P.PREPARATION, "Cadrage", D(2026, 9, 1), D(2026, 9, 14),
                  actual_start=D(2026, 9, 1), actual_end=D(2026, 9, 16),
                  status=MilestoneStatus.DONE, pv_signed=True, pv_signed_on=D(2026, 9, 18))
        found["transfer"] = milestone(
            a, P.KNOWLEDGE_TRANSFER, "Transfert", D(2026, 9, 15), D(2026, 10, 12),
            actual_start=D(2026, 9, 17), actual_end=D(2026, 10, 20), status=MilestoneStatus.DONE)
        found["shadowing"] = milestone(
            a, P.SHADOWING, "Shadowing", D(2026, 10, 13), D(2026, 11, 2),
            actual_start=D(2026, 10, 21), status=MilestoneStatus.IN_PROGRESS)
        found["documentation"] = milestone(a, P.DOCUMENTATION, "Documentation",
                                           D(2026, 11, 3), D(2026, 11, 30), owner_id=None)
        milestone(found["e"], P.PREPARATION, "Cadrage", D(2025, 1, 6), D(2025, 1, 10),
                  actual_start=D(2025, 1, 6), actual_end=D(2025, 1, 10),
                  status=MilestoneStatus.DONE, pv_signed=True, pv_signed_on=D(2025, 1, 10))
        records.create(s, ReadinessItem, {"contract_id": a, "position": 2, "title": "Licences",
                                          "status": ChecklistStatus.TODO})
        found["accesses"] = records.create(s, ReadinessItem, {
            "contract_id": a, "position": 1, "title": "Accès", "status": ChecklistStatus.DONE})
        data = b"%PDF-1.4 PV"
        records.create(s, Attachment, {"checklist_item_id": found["accesses"], "name": "a.pdf",
                                       "size": len(data), "data": data,
                                       "kind": DocumentKind.OTHER})
        records.create(s, Attachment, {"milestone_id": found["transfer"], "name": "pv.pdf",
                                       "size": len(data), "data": data,
                                       "kind": DocumentKind.ACCEPTANCE_REPORT})
    return found


def test_a_plan_status_gathers_the_rules(client_file, ids) -> None:
    with client_file.session() as session:
        (status,) = plan_statuses(session, TODAY, [ids["a"], ids["b"], ids["c"]])
    assert [m.title for m in status.milestones] == ["Cadrage", "Transfert", "Shadowing",
                                                    "Documentation", "Bascule"]
    # Milestones: Cadrage done with PV 1, Transfert done without PV ½, three unfinished:
    # 1.5 / 5 = 30 %. Checklist: Accès done, proven by a document, 1; Licences to do: 50 %.
    assert status.readiness == pytest.approx(40.0)
    assert status.progress == pytest.approx(40.0)  # 2 of 5 done
    # Shadowing, planned to end on 02/11, still running on 24/11: 22 days late.
    assert status.slip_days == 22
    assert [m.title for m in status.late] == ["Shadowing"]
    assert status.next_milestone.title == "Documentation"
    assert status.blockers == ("PV de « Transfert de connaissances » non signé",
                               "« Shadowing » n'est pas terminé (en retard de 22 jours)",
                               "« Documentation » n'a pas de responsable")
    assert (status.done, status.counted, status.checklist_done, status.checklist_counted) == (
        2, 5, 1, 2)
    assert status.switch_over == D(2026, 12, 7)
    assert status.milestones[1].documents == 1 and status.milestones[1].slip_days == 8
    assert status.timeline.title == "CTR-A — Contrat CTR-A"
    assert status.timeline.today == TODAY


def test_every_plan_by_reference_and_only_plans(client_file, ids) -> None:
    with client_file.session() as session:
        assert [s.reference for s in plan_statuses(session, TODAY)] == ["CTR-0-E", "CTR-A"]
        assert plan_statuses(session, TODAY, [ids["b"]]) == []
        assert plan_statuses(session, TODAY, []) == []


def test_the_switch_over_blocker_lists_the_checklist(client_file, ids) -> None:
    with client_file.session() as session:
        for name in ("shadowing", "documentation"):
            records.update(session, ReversibilityMilestone, ids[name], {
                "status": MilestoneStatus.DONE, "actual_start": D(2026, 11, 2),
                "actual_end": D(2026, 11, 20), "pv_signed": True,
                "pv_signed_on": D(2026, 11, 20), "owner_id": ids["dsi"]})
        records.update(session, ReversibilityMilestone, ids["transfer"], {
            "pv_signed": True, "pv_signed_on": D(2026, 10, 21)})
        (status,) = plan_statuses(session, TODAY, [ids["a"]])
    assert status.next_milestone.title == "Bascule"
    assert status.blockers == ("check-list : 1 élément à faire (Licences)",)


def test_the_chooser_lists_plans_first_then_clauses(client_file, ids) -> None:
    with client_file.session() as session:
        rows = plan_contracts(session, TODAY)
        detail = plan_contract(session, ids["a"], TODAY)
    assert [(r.reference, r.group) for r in rows] == [
        ("CTR-A", 0), ("CTR-B", 1), ("CTR-C", 2), ("CTR-0-E", 3)]  # CTR-D: ended, no plan
    # Started 01/01/2024 for 36 months, renewed tacitly each year, 3 months' notice: the
    # term ends 31/12/2026; its deadline (30/09/2026) is past, the next is 30/09/2027.
    assert (detail.term_end, detail.notice_deadline) == (D(2026, 12, 31), D(2027, 9, 30))


def test_owners_are_the_clients_and_the_suppliers_people(client_file, ids) -> None:
    with client_file.session() as session:
        choices = owner_choices(session, plan_contract(session, ids["a"], TODAY).supplier_id)
    assert [c.label for c in choices] == ["Claire Morel (client, DSI)",
                                          "Luc Bernard (prestataire, SDM)"]


def test_checklist_in_its_order(client_file, ids) -> None:
    with client_file.session() as session:
        items = checklist_of(session, ids["a"])
        assert new_item_values(session, ids["a"])["position"] == 3
    assert [(i.title, i.has_evidence) for i in items] == [("Accès", True), ("Licences", False)]


# -- the checks of the forms --------------------------------------------------------------------


def values(**changes) -> dict:
    base = {"phase": "shadowing", "title": " Shadowing ", "deliverable": "", "owner_id": None,
            "side": "supplier", "planned_start": D(2026, 11, 2), "planned_end": D(2026, 11, 20),
            "actual_start": None, "actual_end": None, "status": "planned",
            "pv_signed": False, "pv_signed_on": None, "notes": ""}
    return base | changes


def test_a_valid_milestone_is_cleaned() -> None:
    cleaned = validate_milestone(values(), TODAY)
    assert cleaned["title"] == "Shadowing"
    assert cleaned["phase"] is P.SHADOWING and cleaned["status"] is MilestoneStatus.PLANNED


@pytest.mark.parametrize(("changes", "field", "reason"), [
    ({"title": "  "}, "title", "Ce champ est obligatoire."),
    ({"title": "x" * 201}, "title", "200 caractères au plus."),
    ({"planned_end": D(2026, 11, 1)}, "planned_end",
     "La fin prévue ne peut pas précéder le début prévu (02/11/2026)."),
    ({"actual_start": D(2026, 11, 25)}, "actual_start",
     "Une date réelle ne peut pas être après aujourd'hui (24/11/2026)."),
    ({"actual_end": D(2026, 11, 20)}, "actual_end", "Indiquez aussi le début réel."),
    ({"actual_start": D(2026, 11, 10), "actual_end": D(2026, 11, 9)}, "actual_end",
     "La fin réelle ne peut pas précéder le début réel (10/11/2026)."),
    ({"status": "done"}, "actual_end", "Un jalon terminé a une date de fin réelle."),
    ({"pv_signed": True}, "pv_signed_on",
     "Un PV se signe sur un jalon terminé : passez-le à « Terminé »."),
    ({"pv_signed_on": D(2026, 11, 20)}, "pv_signed_on",
     "Cochez « PV signé » pour en donner la date."),
    ({"status": "done", "actual_start": D(2026, 11, 2), "actual_end": D(2026, 11, 20),
      "pv_signed": True}, "pv_signed_on", "Indiquez la date de signature du PV."),
    ({"status": "done", "actual_start": D(2026, 11, 2), "actual_end": D(2026, 11, 20),
      "pv_signed": True, "pv_signed_on": D(2026, 11, 19)}, "pv_signed_on",
     "Le PV ne peut pas être signé avant la fin réelle (20/11/2026)."),
])
def test_a_wrong_milestone_says_what_is_wrong(changes, field, reason) -> None:
    assert milestone_errors(values(**changes), TODAY) == {field: reason}
    with pytest.raises(ValidationError):
        validate_milestone(values(**changes), TODAY)


def test_a_new_milestone_follows_the_plan_on_working_days(client_file, ids) -> None:
    with client_file.session() as session:
        rows = milestones_of(session, ids["a"], TODAY)
    new = new_milestone_values(ids["a"], rows, TODAY)
    # After Bascule (ends Monday 07/12/2026): Tuesday 08/12, ten working days to Monday 21/12.
    assert (new["phase"], new["planned_start"], new["planned_end"]) == (
        P.ACCEPTANCE, D(2026, 12, 8), D(2026, 12, 21))
    first = new_milestone_values(ids["b"], [], D(2026, 11, 28))  # a Saturday
    assert (first["phase"], first["planned_start"]) == (P.PREPARATION, D(2026, 11, 30))


def test_a_checklist_item_needs_a_title() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_item({"title": " ", "owner_id": None, "status": "todo", "evidence": ""})
    assert raised.value.errors == {"title": "Ce champ est obligatoire."}
    cleaned = validate_item({"title": " Licences ", "owner_id": 3, "status": "done",
                             "evidence": " Attestation éditeur "})
    assert cleaned == {"title": "Licences", "owner_id": 3, "status": ChecklistStatus.DONE,
                       "evidence": "Attestation éditeur"}


def test_a_plan_link_leads_to_its_contract(client_file, ids) -> None:
    from app.services.navigation import parent_of
    from app.services.reversibility_page import milestone_contract

    with client_file.session() as session:
        assert parent_of(session, "reversibility", ids["a"]) == ("contract", ids["a"])
        assert parent_of(session, "reversibility", 999) is None
        assert milestone_contract(session, ids["cutover"]) == ids["a"]
        assert milestone_contract(session, 999) is None
