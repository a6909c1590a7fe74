"""The meeting sheet, held as a user holds a committee: keys, clicks and typing, everything
saved as typed and undone with the undo stack."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog

from app.models import (
    Action,
    ActionStatus,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Committee,
    CommitteeParticipant,
    CommitteeStatus,
    Decision,
    Side,
)
from app.storage.document import open_file
from app.ui.pages.committees.autosave import DELAY_MS
from app.ui.style import CRITICAL
from tests.committees_support import governance_file
from tests.conftest import SCENARIO_DAY
from tests.ui.committees_ui_support import (
    build,
    choose,
    click,
    click_row,
    query,
    row_where,
    texts,
    type_into,
    type_text,
)

#: Expected figures worked out for 24/11/2026 (tests/conftest.py SCENARIO_DAY).
pytestmark = pytest.mark.day(SCENARIO_DAY)

WAIT = DELAY_MS * 4


@pytest.fixture
def opened(qtbot, tmp_path, answers):
    """The committees page on the scenario file, November's COPIL open in its sheet."""
    from app.ui.pages.committees import CommitteesPage

    path, ids = governance_file(tmp_path / "documents")
    document = open_file(path)
    page = build(qtbot, document, CommitteesPage)
    page.open_committee(ids["copil_nov"])
    yield page, page.sheet, ids
    page.discard_edits()
    page.workspace.undo_stack.clear()
    document.close(save=False)


def committee(page, committee_id: int) -> Committee:
    return query(page, Committee, Committee.id == committee_id)[0]


def test_the_sheet_opens_on_its_committee(opened) -> None:
    page, sheet, _ids = opened
    assert page.stack.currentWidget() is sheet
    assert sheet.title.text() == "COPIL Armor — novembre 2026"
    assert sheet.summary.text() == ("COPIL · Armor Infogérance · mardi 10/11/2026, 14:00 – "
                                    "16:00 · Siège, salle Rhône · revue de octobre 2026")
    assert sheet.status_badge.text() == "Tenu"
    assert not sheet.held_button.isVisible()  # already held
    labels = [sheet.tabs.tabText(i) for i in range(sheet.tabs.count())]
    assert labels == ["Participants (4)", "Ordre du jour (3)", "Actions suivies (3)",
                      "Indicateurs (6)", "Décisions (2)", "Nouvelles actions (1)", "Infos"]
    # one of the actions followed up is late: its tab says so in red
    assert sheet.tabs.tabBar().tabTextColor(2) == CRITICAL


# -- participants -----------------------------------------------------------------------------


def test_attendance_is_set_with_keys_and_buttons(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.participants)
    table = sheet.participants.table
    assert texts(table, 1) == ["Marion Boyer", "Paul Girard", "Karine Picard", "Luc Martin"]
    assert texts(table, 0) == ["Présent", "Excusé", "Présent", "Absent"]
    click_row(qtbot, table, 3)  # Luc Martin, absent, finally came
    qtbot.keyClick(table, Qt.Key.Key_P)
    assert texts(table, 0)[3] == "Présent"
    click_row(qtbot, table, 0)
    click_row(qtbot, table, 2, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, sheet.participants.attendance_buttons[Attendance.EXCUSED])
    assert texts(table, 0) == ["Excusé", "Excusé", "Excusé", "Présent"]
    assert sheet.participants.summary.text() == "4 participants : 1 présent, 3 excusés"
    stored = {p.contact_id: p.attendance for p in query(
        page, CommitteeParticipant, CommitteeParticipant.committee_id == ids["copil_nov"])}
    assert stored[ids["luc"]] is Attendance.PRESENT
    page.workspace.undo_stack.undo()
    assert texts(table, 0) == ["Présent", "Excusé", "Présent", "Présent"]
    click(qtbot, sheet.participants.all_present)
    assert set(texts(table, 0)) == {"Présent"}


def test_contacts_of_both_sides_are_invited_and_removed(qtbot, opened, monkeypatch) -> None:
    _page, sheet, _ids = opened
    sheet.tabs.setCurrentWidget(sheet.participants)
    click_row(qtbot, sheet.participants.table, 1)  # Paul Girard
    qtbot.keyClick(sheet.participants.table, Qt.Key.Key_Delete)
    assert "Paul Girard" not in texts(sheet.participants.table, 1)
    seen = {}

    def tick_paul(dialog):
        seen["offered"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        item = dialog.list.item(0)
        dialog.list.setCurrentItem(item)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # ticks the current item
        return QDialog.DialogCode.Accepted

    from app.ui.pages.committees import participants_tab

    monkeypatch.setattr(participants_tab.InviteDialog, "exec", tick_paul)
    click(qtbot, sheet.participants.add_button)
    # only the contacts not invited yet; Nova's people are not offered
    assert seen["offered"] == ["Paul Girard — Responsable infrastructure  (Hexagone)"]
    assert texts(sheet.participants.table, 1) == [
        "Marion Boyer", "Paul Girard", "Karine Picard", "Luc Martin"]
    assert texts(sheet.participants.table, 0)[1] == "Invité"


# -- agenda and decisions -----------------------------------------------------------------------


def test_notes_typed_in_an_agenda_item_save_themselves(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.agenda)
    agenda = sheet.agenda
    agenda.list.setCurrentRow(2)
    assert agenda.title.text() == "Migration de la messagerie"
    agenda.editor.setFocus()
    agenda.editor.moveCursor(agenda.editor.textCursor().MoveOperation.End)
    type_text(qtbot, agenda.editor, " Go le 12/12.")
    assert page.has_unsaved_edits()  # typed, not stored yet
    qtbot.waitUntil(lambda: not page.has_unsaved_edits(), timeout=WAIT)
    item = query(page, AgendaItem, AgendaItem.id == ids["item3"])[0]
    assert item.notes == "Bascule prévue en décembre. Go le 12/12."
    # more typing soon after: one undo step for both
    type_text(qtbot, agenda.editor, " Validé.")
    qtbot.waitUntil(lambda: not page.has_unsaved_edits(), timeout=WAIT)
    assert page.workspace.undo_stack.count() == 1
    assert page.workspace.undo_stack.undoText() == "Modifier les notes du point"
    page.workspace.undo_stack.undo()
    assert agenda.editor.toPlainText() == "Bascule prévue en décembre."


def test_leaving_the_field_saves_at_once(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.agenda)
    agenda = sheet.agenda
    agenda.list.setCurrentRow(0)
    type_into(qtbot, agenda.title, "Revue des SLA d'octobre")
    agenda.list.setFocus()  # the user clicks elsewhere: stored without waiting
    assert not page.has_unsaved_edits()
    assert query(page, AgendaItem, AgendaItem.id == ids["item1"])[0].title == (
        "Revue des SLA d'octobre")
    assert agenda.list.item(0).text() == "1. Revue des SLA d'octobre"


def test_a_blank_title_is_refused_next_to_it_and_kept_unsaved(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.agenda)
    agenda = sheet.agenda
    agenda.list.setCurrentRow(1)
    type_into(qtbot, agenda.title, "   ")
    assert not page.save_edits()
    assert agenda.title_error.isVisible()
    assert agenda.title_error.text() == "Donnez un titre au point."
    assert page.has_unsaved_edits()  # the shell will ask before closing
    page.discard_edits()
    assert not page.has_unsaved_edits()
    assert agenda.title.text() == "Suivi du plan d'actions"
    assert query(page, AgendaItem, AgendaItem.id == ids["item2"])[0].title == (
        "Suivi du plan d'actions")


def test_agenda_items_are_reordered_with_keys_and_by_dragging(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.agenda)
    agenda = sheet.agenda
    agenda.list.setFocus()
    agenda.list.setCurrentRow(0)
    qtbot.keyClick(agenda.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    order = [agenda.list.item(i).text() for i in range(agenda.list.count())]
    assert order == ["1. Suivi du plan d'actions", "2. Revue des indicateurs de octobre 2026",
                     "3. Migration de la messagerie"]
    assert agenda.current_id() == ids["item1"]  # the moved item stays the current one
    # a drop: the list moves the row itself, then the sheet stores the new order
    agenda.list.setCurrentRow(2)
    agenda.list.model().moveRow(agenda.list.model().index(2, 0).parent(), 2,
                                agenda.list.model().index(0, 0).parent(), 0)
    qtbot.waitUntil(lambda: agenda.list.item(0).text() == "1. Migration de la messagerie")
    stored = sorted(query(page, AgendaItem, AgendaItem.committee_id == ids["copil_nov"]),
                    key=lambda item: item.position)
    assert [item.id for item in stored] == [ids["item3"], ids["item2"], ids["item1"]]
    page.workspace.undo_stack.undo()
    page.workspace.undo_stack.undo()
    assert agenda.list.item(0).text() == "1. Revue des indicateurs de octobre 2026"


def test_an_item_is_added_and_made_standing(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.agenda)
    agenda = sheet.agenda
    click(qtbot, agenda.add_button)
    assert agenda.title.hasFocus() and agenda.title.selectedText() == "Nouveau point"
    type_text(qtbot, agenda.title, "Questions diverses")
    box = agenda.standing  # a click on its box, at the left of its label
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    items = query(page, AgendaItem, AgendaItem.committee_id == ids["copil_nov"])
    added = max(items, key=lambda item: item.position)
    assert (added.title, added.standing, added.position) == ("Questions diverses", True, 4)
    assert sheet.tabs.tabText(1) == "Ordre du jour (4)"


def test_decisions_are_typed_and_numbered(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.decisions)
    decisions = sheet.decisions
    click(qtbot, decisions.add_button)
    assert decisions.editor.hasFocus()
    type_text(qtbot, decisions.editor, "Avenant n° 2 validé & signé <sous réserve>.")
    qtbot.waitUntil(lambda: not page.has_unsaved_edits(), timeout=WAIT)
    assert decisions.list.item(2).text() == "D3 · Avenant n° 2 validé & signé <sous réserve>."
    stored = query(page, Decision, Decision.committee_id == ids["copil_nov"])
    assert "Avenant n° 2 validé & signé <sous réserve>." in {d.text for d in stored}
    decisions.list.setFocus()
    decisions.list.setCurrentRow(0)
    qtbot.keyClick(decisions.list, Qt.Key.Key_Delete)
    assert [decisions.list.item(i).text()[:2] for i in range(decisions.list.count())] == [
        "D1", "D2"]
    assert decisions.list.item(0).text().startswith("D1 · Plan de remédiation")


# -- actions ------------------------------------------------------------------------------------


def test_a_new_action_is_typed_in_one_line(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.new_actions)
    tab = sheet.new_actions
    type_text(qtbot, tab.title, "Envoyer le plan de charge de décembre")
    choose(qtbot, tab.owner, ids["paul"])
    assert tab.side.currentData() == Side.CLIENT  # Paul works for the client
    tab.due.setDate(QDate(2026, 12, 4))
    tab.title.setFocus()
    qtbot.keyClick(tab.title, Qt.Key.Key_Return)
    assert tab.title.text() == "" and tab.title.hasFocus()  # ready for the next one
    assert texts(tab.table, 1) == ["Action nov_new", "Envoyer le plan de charge de décembre"]
    added = query(page, Action, Action.title == "Envoyer le plan de charge de décembre")[0]
    assert (added.committee_id, added.owner_id, added.side, added.due_date,
            added.created_on, added.supplier_id) == (
        ids["copil_nov"], ids["paul"], Side.CLIENT, dt.date(2026, 12, 4),
        dt.date(2026, 11, 10), ids["armor"])  # noted on the meeting's day
    assert sheet.tabs.tabText(5) == "Nouvelles actions (2)"


def test_a_new_action_without_title_says_so(qtbot, opened) -> None:
    page, sheet, _ids = opened
    sheet.tabs.setCurrentWidget(sheet.new_actions)
    click(qtbot, sheet.new_actions.add_button)
    assert sheet.new_actions.error.text() == "Donnez un intitulé à l'action."
    assert page.workspace.undo_stack.count() == 0


def test_actions_followed_up_are_updated_right_there(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.carried)
    tab = sheet.carried
    table = tab.table
    late = row_where(table, lambda item: item.action.id == ids["sep_open"])
    assert texts(table, 4)[late] == "55 j"
    assert table.model().index(late, 3).data(Qt.ItemDataRole.ForegroundRole).color() == CRITICAL
    assert "1 en retard" in tab.summary.text() and "1 soldée" in tab.summary.text()
    click_row(qtbot, table, late)
    type_into(qtbot, tab.note, "Livré le 09/11, validé en séance.")
    choose(qtbot, tab.status, ActionStatus.DONE)
    # the note was stored when the status was chosen (the field was left)
    updates = query(page, ActionUpdate, ActionUpdate.committee_id == ids["copil_nov"])
    assert [(u.action_id, u.note, u.status) for u in updates] == [
        (ids["sep_open"], "Livré le 09/11, validé en séance.", ActionStatus.DONE)]
    action = query(page, Action, Action.id == ids["sep_open"])[0]
    assert (action.status, action.closed_on) == (ActionStatus.DONE, dt.date(2026, 11, 10))
    # still in the list, closed, no longer late
    again = row_where(table, lambda item: item.action.id == ids["sep_open"])
    assert texts(table, 5)[again] == "Terminée" and texts(table, 4)[again] == ""
    assert texts(table, 7)[again] == "Livré le 09/11, validé en séance."


def test_a_new_due_date_is_noted_for_the_committee(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.carried)
    tab = sheet.carried
    click_row(qtbot, tab.table, row_where(tab.table,
                                          lambda i: i.action.id == ids["contract_only"]))
    tab.due.setFocus()
    tab.due.setDate(QDate(2026, 12, 15))
    tab.note.setFocus()  # leaving the date field stores it
    action = query(page, Action, Action.id == ids["contract_only"])[0]
    assert action.due_date == dt.date(2026, 12, 15)
    update = query(page, ActionUpdate, ActionUpdate.action_id == ids["contract_only"])[0]
    assert (update.committee_id, update.due_date) == (ids["copil_nov"], dt.date(2026, 12, 15))


def test_the_action_plan_opens_from_a_followed_action(qtbot, opened) -> None:
    _page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.carried)
    with qtbot.waitSignal(sheet.navigate_requested) as signal:
        click(qtbot, sheet.carried.open_button)
    assert signal.args == ["action", ids["sep_open"]]


# -- review, status, the committee's fields ----------------------------------------------------


def test_the_review_shows_values_statuses_and_capped_penalties(opened) -> None:
    _page, sheet, _ids = opened
    review = sheet.review
    codes = texts(review.supplier_table, 1)
    assert codes == ["CDS-01", "WK-01", "QTR-01", "SLA-01", "SLA-02"]
    sla = codes.index("SLA-01")
    assert texts(review.supplier_table, 4)[sla] == "85\u202f%"
    assert texts(review.supplier_table, 5)[sla] == "≥ 95\u202f%"
    assert texts(review.supplier_table, 6)[sla] == "Non atteint"
    # INF's 2 500 € are capped at 1 000 €: SLA-01 owes 1 000 / 2 500 of its 2 000 €
    assert texts(review.supplier_table, 7)[sla] == "800,00\u202f€"
    assert review.supplier_table.model().index(sla, 7).data(Qt.ItemDataRole.ToolTipRole) == (
        "2\u202f000,00\u202f€ avant le plafond du contrat")
    assert texts(review.supplier_table, 6)[codes.index("QTR-01")] == "Période en cours"
    assert texts(review.client_table, 1) == ["CLI-01"]
    assert review.penalties.text().startswith("<b>Pénalités de la période : 1\u202f500,00\u202f€")
    assert "INF : 1\u202f000,00\u202f€ (plafonnée ; 2\u202f500,00\u202f€ avant plafond)" in (
        review.penalties.text())
    assert "Période revue : octobre 2026 · 6 indicateurs" in review.summary.text()


def test_marking_a_planned_committee_held(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.set_status(CommitteeStatus.PLANNED)
    assert sheet.held_button.isVisible()
    click(qtbot, sheet.held_button)
    assert committee(page, ids["copil_nov"]).status is CommitteeStatus.HELD
    assert not sheet.held_button.isVisible() and sheet.status_badge.text() == "Tenu"
    page.workspace.undo_stack.undo()
    assert sheet.status_badge.text() == "Planifié"


def test_the_committees_fields_save_as_typed(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setCurrentWidget(sheet.info)
    place = sheet.info.form.fields["place"]
    type_into(qtbot, place, "Visioconférence (Teams)")
    qtbot.waitUntil(lambda: not page.has_unsaved_edits(), timeout=WAIT)
    stored = committee(page, ids["copil_nov"])
    assert stored.place == "Visioconférence (Teams)"
    assert stored.ics_sequence == 1  # the invitation changes with the place
    assert "Visioconférence (Teams)" in sheet.summary.text()
    title = sheet.info.form.fields["title"]
    type_into(qtbot, title, "")
    place.setFocus()
    assert sheet.info.form.errors["title"].text() == "Donnez un intitulé au comité."
    assert page.has_unsaved_edits()


def test_contracts_ticked_change_the_review(qtbot, opened) -> None:
    page, sheet, _ids = opened
    sheet.tabs.setCurrentWidget(sheet.info)
    contracts = sheet.info.contracts
    cds = next(i for i in range(contracts.count()) if contracts.item(i).text().startswith("CDS"))
    contracts.setFocus()
    contracts.setCurrentItem(contracts.item(cds))
    qtbot.keyClick(contracts, Qt.Key.Key_Space)  # unticks it
    assert "CDS-01" not in texts(sheet.review.supplier_table, 1)
    assert sheet.tabs.tabText(3) == "Indicateurs (4)"
    page.workspace.undo_stack.undo()
    assert "CDS-01" in texts(sheet.review.supplier_table, 1)


def test_back_to_the_list_with_alt_left(qtbot, opened) -> None:
    page, sheet, ids = opened
    sheet.tabs.setFocus()
    qtbot.keyClick(sheet.tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.stack.currentWidget() is page.list_page
    assert page.list.selected_id() == ids["copil_nov"]
