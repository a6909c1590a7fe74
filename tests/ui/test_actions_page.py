"""The « Plan d'actions » page driven as a user would: filters, late ones, the side card and
its history, several actions closed or moved at once, all undone."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog, QPushButton

from app.models import Action, ActionStatus, ActionUpdate, Priority, Side
from app.storage.document import open_file
from app.ui.pages.actions import dialogs
from app.ui.pages.actions.dialogs import Answer, CloseDialog, MoveDialog
from app.ui.style import CRITICAL, CRITICAL_BG
from tests.committees_support import governance_file
from tests.conftest import SCENARIO_DAY
from tests.ui.committees_ui_support import (
    build,
    choose,
    click,
    click_row,
    query,
    row_where,
    rows_of,
    texts,
    type_into,
)

#: Expected figures worked out for 24/11/2026 (tests/conftest.py SCENARIO_DAY).
pytestmark = pytest.mark.day(SCENARIO_DAY)
TODAY = SCENARIO_DAY

NUMBER, DUE, LATE, TITLE, OWNER, STATUS = range(6)


@pytest.fixture
def plan(qtbot, tmp_path, answers):
    from app.ui.pages.actions import ActionsPage

    path, ids = governance_file(tmp_path / "documents")
    document = open_file(path)
    page = build(qtbot, document, ActionsPage)
    yield page, ids
    page.workspace.undo_stack.clear()
    document.close(save=False)


def shown_ids(page) -> list[int]:
    return [row.id for row in rows_of(page.table)]


def action(page, action_id: int) -> Action:
    return query(page, Action, Action.id == action_id)[0]


def test_actions_to_follow_by_due_date_late_ones_in_red(plan) -> None:
    page, ids = plan
    # « À suivre »: open or in progress, by due date, those without one last
    assert shown_ids(page) == [ids[k] for k in ("sep_open", "nova_action", "cotech_later",
                                                 "nov_new", "created_later", "contract_only")]
    assert texts(page.table, DUE)[:2] == ["30/09/2026", "20/11/2026"]
    assert texts(page.table, LATE)[:3] == ["55 j", "4 j", ""]
    late = page.table.model().index(0, DUE)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == CRITICAL
    assert late.data(Qt.ItemDataRole.BackgroundRole).color() == CRITICAL_BG
    assert late.data(Qt.ItemDataRole.ToolTipRole) == (
        "En retard de 55 jours (échéance du 30/09/2026)")
    assert page.count.text() == "6 actions sur 8 · 2 en retard"


def test_filters_status_late_supplier_owner_side_and_committee(qtbot, plan) -> None:
    page, ids = plan
    box = page.filters.late_only  # a click on the box itself
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert shown_ids(page) == [ids["sep_open"], ids["nova_action"]]
    page.filters.late_only.setChecked(False)
    choose(qtbot, page.filters.status, None)
    assert len(shown_ids(page)) == 8
    choose(qtbot, page.filters.supplier, ids["nova"])
    assert shown_ids(page) == [ids["nova_action"]]
    choose(qtbot, page.filters.supplier, ids["armor"])
    # the lists follow the supplier: Armor's contracts, committees and owners only
    contracts = [page.filters.contract.itemText(i) for i in range(page.filters.contract.count())]
    assert contracts == ["Tous les contrats", "CDS", "INF"]
    choose(qtbot, page.filters.owner, ids["paul"])
    assert shown_ids(page) == [ids["oct_closed_after"]]
    choose(qtbot, page.filters.owner, None)
    choose(qtbot, page.filters.side, Side.CLIENT)
    assert shown_ids(page) == [ids["oct_closed_after"]]
    choose(qtbot, page.filters.side, None)
    choose(qtbot, page.filters.committee, ids["copil_oct"])  # decided or followed up there
    assert set(shown_ids(page)) == {ids["sep_open"], ids["oct_closed_after"]}
    type_into(qtbot, page.search, "closed")
    assert shown_ids(page) == [ids["oct_closed_after"]]
    assert page.count.text() == "1 action sur 8"


def test_one_action_opens_in_the_card_with_its_history(qtbot, plan) -> None:
    page, ids = plan
    click_row(qtbot, page.table, 0)
    card = page.form
    assert card.isVisible()
    assert card.title.text() == f"A-{ids['sep_open']:04d} — Action sep_open"
    assert card.fields.values()["priority"] is Priority.HIGH
    history = card.history.text()
    assert "<b>08/09/2026</b> · Décidée — <a href=\"committee:" in history
    assert "« Relancé : attend le fournisseur. »" in history
    with qtbot.waitSignal(card.link_activated) as signal:
        card.history.linkActivated.emit(f"committee:{ids['copil_oct']}")
    assert signal.args == ["committee", ids["copil_oct"]]


def test_the_card_saves_changes_through_undo(qtbot, plan) -> None:
    page, ids = plan
    click_row(qtbot, page.table, row_where(page.table, lambda r: r.id == ids["nova_action"]))
    fields = page.form.fields
    type_into(qtbot, fields.fields["title"], "Relancer Nova sur le livrable")
    choose(qtbot, fields.fields["status"], ActionStatus.IN_PROGRESS)
    assert page.has_unsaved_edits()
    click(qtbot, page.form.save_button)
    stored = action(page, ids["nova_action"])
    assert (stored.title, stored.status) == ("Relancer Nova sur le livrable",
                                             ActionStatus.IN_PROGRESS)
    assert "statut : En cours" in page.form.history.text()
    page.workspace.undo_stack.undo()
    assert action(page, ids["nova_action"]).title == "Action nova_action"
    assert fields.fields["title"].text() == "Action nova_action"


def test_a_blank_title_is_refused_in_the_card(qtbot, plan) -> None:
    page, _ids = plan
    click_row(qtbot, page.table, 0)
    type_into(qtbot, page.form.fields.fields["title"], "")
    click(qtbot, page.form.save_button)
    assert page.form.fields.errors["title"].text() == "Donnez un intitulé à l'action."
    assert page.workspace.undo_stack.count() == 0
    assert page.has_unsaved_edits()


def test_a_follow_up_note_outside_committees(qtbot, plan) -> None:
    page, ids = plan
    click_row(qtbot, page.table, row_where(page.table, lambda r: r.id == ids["contract_only"]))
    type_into(qtbot, page.form.follow_up, "Appel au prestataire, livraison lundi.")
    qtbot.keyClick(page.form.follow_up, Qt.Key.Key_Return)
    update = query(page, ActionUpdate, ActionUpdate.action_id == ids["contract_only"])[0]
    assert (update.committee_id, update.note, update.noted_on) == (
        None, "Appel au prestataire, livraison lundi.", TODAY)
    assert "« Appel au prestataire, livraison lundi. »" in page.form.history.text()


def test_several_actions_are_closed_at_once(qtbot, plan, monkeypatch) -> None:
    page, ids = plan
    monkeypatch.setattr(dialogs, "ask_close", lambda _parent, count: Answer(
        f"{count} soldées en revue", status=ActionStatus.DONE))
    click_row(qtbot, page.table, 0)
    click_row(qtbot, page.table, 1, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, page.close_button)
    assert ids["sep_open"] not in shown_ids(page)  # done: no longer « à suivre »
    assert {action(page, i).status for i in (ids["sep_open"], ids["nova_action"])} == {
        ActionStatus.DONE}
    assert page.workspace.undo_stack.undoText() == "Clôturer 2 actions"
    notes = {u.note for u in query(page, ActionUpdate, ActionUpdate.noted_on == TODAY)}
    assert notes == {"2 soldées en revue"}
    page.workspace.undo_stack.undo()
    assert shown_ids(page)[:2] == [ids["sep_open"], ids["nova_action"]]


def test_several_due_dates_are_moved_at_once(qtbot, plan, monkeypatch) -> None:
    page, ids = plan
    monkeypatch.setattr(dialogs, "ask_move", lambda _parent, count, today: Answer(
        "Report accordé", due_date=dt.date(2026, 12, 18)))
    click_row(qtbot, page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    click(qtbot, page.move_button)
    assert {action(page, i).due_date for i in (ids["sep_open"], ids["nova_action"])} == {
        dt.date(2026, 12, 18)}
    assert page.count.text() == "6 actions sur 8"  # none late any more
    # still selected, for another change
    assert set(page.selected_ids()) == {ids["sep_open"], ids["nova_action"]}


def test_the_dialogs_answer_what_was_chosen(qtbot) -> None:
    close = CloseDialog(3)
    qtbot.addWidget(close)
    close.show()
    qtbot.mouseClick(close.cancelled_choice, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
    close.note.setText("Hors périmètre")
    assert close.answer() == Answer("Hors périmètre", status=ActionStatus.CANCELLED)
    # « Clôturer » accepts the dialog (an attribute named `done` broke QDialog.done())
    buttons = {b.text(): b for b in close.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Clôturer"], Qt.MouseButton.LeftButton)
    assert close.result() == QDialog.DialogCode.Accepted and close.isHidden()
    assert CloseDialog(1).done_choice.text() == "Terminée"  # one action: singular
    move = MoveDialog(2, TODAY)
    qtbot.addWidget(move)
    move.show()
    assert move.date.date() == QDate(2026, 12, 8)  # two weeks by default
    buttons = {b.text(): b for b in move.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["+ 1 mois"], Qt.MouseButton.LeftButton)
    assert move.answer().due_date == dt.date(2026, 12, 24)


def test_a_new_action_outside_committees(qtbot, plan) -> None:
    page, ids = plan
    choose(qtbot, page.filters.supplier, ids["armor"])
    click(qtbot, page.new_button)
    fields = page.form.fields
    assert fields.values()["supplier_id"] == ids["armor"]
    type_into(qtbot, fields.fields["title"], "Auditer les sauvegardes")
    choose(qtbot, fields.fields["owner_id"], ids["marion"])
    assert fields.values()["side"] is Side.CLIENT  # Marion is the client's DSI
    click(qtbot, page.form.save_button)
    created = query(page, Action, Action.title == "Auditer les sauvegardes")[0]
    assert (created.committee_id, created.supplier_id, created.created_on) == (
        None, ids["armor"], TODAY)
    assert page.form.title.text().endswith("Auditer les sauvegardes")


def test_a_closed_action_is_shown_whatever_the_filters(plan) -> None:
    page, ids = plan
    page.show_entity("action", ids["sep_closed_before"])
    assert page.selected_ids() == [ids["sep_closed_before"]]
    assert page.form.isVisible() and page.filters.status.currentData() is None


def test_the_plan_exports_as_shown(qtbot, plan, qtmodeltester) -> None:
    page, _ids = plan
    title, proxy = page.table_for_export()
    assert title == "Plan d'actions"
    assert proxy.rowCount() == 6
    qtmodeltester.check(page.model)


def test_large_counts_are_grouped_by_thousands() -> None:
    """« 2 645 actions sur 16 200 »: the scale file's count read as a French number."""
    from app.ui.pages.actions.table import count_text

    row = SimpleNamespace(days_late=3)
    assert count_text([row] * 2645, 16200) == (
        "2\u202f645 actions sur 16\u202f200 · 2\u202f645 en retard")
