"""Following a link to a thing: its own page, or the page of the contract it belongs to."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from app.models import (
    Action,
    Committee,
    CommitteeContract,
    CommitteeKind,
    Indicator,
    ReversibilityMilestone,
    ReversibilityPhase,
)
from app.services import records
from app.storage.document import open_file
from tests.ui.contracts_support import filled_file


def _window_on(window, tmp_path) -> dict[str, int]:
    path, ids = filled_file(tmp_path)
    document = open_file(path)
    with document.session() as session:
        ids["indicator"] = session.exec(select(Indicator.id)).one()
        ids["milestone"] = records.create(session, ReversibilityMilestone, {
            "contract_id": ids["far"], "phase": ReversibilityPhase.KNOWLEDGE_TRANSFER,
            "title": "Transfert des connaissances", "planned_start": dt.date(2026, 5, 1),
            "planned_end": dt.date(2026, 6, 30)})
        ids["committee"] = records.create(session, Committee, {
            "kind": CommitteeKind.COPIL, "title": "COPIL Armor",
            "starts_at": dt.datetime(2026, 12, 3, 10)})
        records.create(session, CommitteeContract, {"committee_id": ids["committee"],
                                                    "contract_id": ids["soon"]})
        ids["action"] = records.create(session, Action, {
            "title": "Relancer Nova", "supplier_id": ids["nova"],
            "due_date": dt.date(2026, 10, 1)})
    document.save()
    document.close()
    assert window.open_path(path)
    return ids


def test_a_contract_opens_on_the_contracts_page(window, tmp_path) -> None:
    ids = _window_on(window, tmp_path)
    window.navigate("contract", ids["soon"])
    page = window.stack.currentWidget()
    assert page is window.page("contracts")
    assert page.form.contract_id == ids["soon"]
    assert "CTR-SOON" in page.form.title.text()
    assert window.statusBar().currentMessage() == ""


def test_a_committee_opens_its_meeting_sheet(window, tmp_path) -> None:
    ids = _window_on(window, tmp_path)
    window.navigate("committee", ids["committee"])
    page = window.stack.currentWidget()
    assert page is window.page("committees")
    assert page.stack.currentWidget() is page.sheet
    assert page.sheet.title.text() == "COPIL Armor"
    assert window.statusBar().currentMessage() == ""


def test_an_action_opens_in_the_action_plan(window, tmp_path) -> None:
    ids = _window_on(window, tmp_path)
    window.navigate("action", ids["action"])
    page = window.stack.currentWidget()
    assert page is window.page("actions")
    assert page.selected_ids() == [ids["action"]]
    assert page.form.title.text().endswith("Relancer Nova")
    assert window.statusBar().currentMessage() == ""


def test_a_thing_deleted_meanwhile_leaves_the_window_where_it_was(window, tmp_path) -> None:
    _window_on(window, tmp_path)
    window.show_page(0)
    before = window.stack.currentWidget()
    window.navigate("indicator", 999_999)
    assert window.stack.currentWidget() is before


def test_an_indicator_opens_on_its_own_page(window, tmp_path) -> None:
    ids = _window_on(window, tmp_path)
    window.navigate("indicator", ids["indicator"])
    page = window.stack.currentWidget()
    assert page is window.page("indicators")
    assert page.list_tab.current_id() == ids["indicator"]
    assert window.statusBar().currentMessage() == ""
