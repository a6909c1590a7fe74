"""The « Comités » page driven as a user would: the list, its filters, « Préparer le
suivant », a new committee, a deletion undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from app.models import Committee, CommitteeKind, CommitteeStatus
from app.services import records
from app.services.committee_series import Cadence
from app.storage.document import open_file
from app.ui.pages.committees import dialogs
from app.ui.pages.committees.table import NEXT_BG
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


@pytest.fixture
def listed(qtbot, tmp_path, answers):
    from app.ui.pages.committees import CommitteesPage

    path, ids = governance_file(tmp_path / "documents")
    document = open_file(path)
    page = build(qtbot, document, CommitteesPage)
    yield page, ids
    page.discard_edits()
    page.workspace.undo_stack.clear()
    document.close(save=False)


def accepting(monkeypatch, dialog_class, act):
    """Make `dialog_class.exec` let `act(dialog)` drive the dialog's widgets, then accept."""
    seen = {}

    def exec_(dialog):
        seen["dialog"] = dialog
        act(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def test_committees_ahead_and_past_are_apart(listed) -> None:
    page, ids = listed
    assert page.list.upcoming.model_.rowCount() == 0
    assert page.list.upcoming_title.text() == "À venir (0)"
    assert "Aucun comité prévu" in page.list.upcoming.empty.label.text()
    past = rows_of(page.list.past)
    # most recent first
    assert [r.id for r in past] == [ids["cotech"], ids["copil_nova"], ids["copil_nov"],
                                    ids["copil_oct"], ids["copil_sep"]]
    assert page.list.count.text() == "5 comités"


def test_filters_and_search_narrow_the_list(qtbot, listed) -> None:
    page, ids = listed
    choose(qtbot, page.list.supplier, ids["nova"])
    assert [r.id for r in rows_of(page.list.past)] == [ids["copil_nova"]]
    assert page.list.count.text() == "1 comité sur 5"
    choose(qtbot, page.list.supplier, None)
    choose(qtbot, page.list.kind, CommitteeKind.COTECH)
    assert [r.id for r in rows_of(page.list.past)] == [ids["cotech"]]
    choose(qtbot, page.list.kind, None)
    choose(qtbot, page.list.status, CommitteeStatus.MINUTES_SENT)
    assert {r.id for r in rows_of(page.list.past)} == {ids["copil_oct"], ids["copil_sep"]}
    choose(qtbot, page.list.status, None)
    choose(qtbot, page.list.period, "month")  # November 2026
    assert len(rows_of(page.list.past)) == 3
    choose(qtbot, page.list.period, None)
    type_into(qtbot, page.list.search, "nova")
    assert [r.id for r in rows_of(page.list.past)] == [ids["copil_nova"]]
    type_into(qtbot, page.list.search, "")
    assert len(rows_of(page.list.past)) == 5


def test_preparing_the_next_copil_from_the_last_one(qtbot, listed, monkeypatch) -> None:
    page, ids = listed

    def check(dialog) -> None:
        assert dialog.rhythm.text() == "le 2e mardi, tous les mois"
        assert dialog.date.date() == QDate(2026, 12, 8)
        assert dialog.title.text() == "COPIL Armor — décembre 2026"
        assert dialog.review.date() == QDate(2026, 11, 1)
        assert "4 participants (à nouveau invités), 2 contrats, 2 points permanents" in (
            dialog.copied.text())

    accepting(monkeypatch, dialogs.PrepareNextDialog, check)
    click_row(qtbot, page.list.past, row_where(page.list.past,
                                               lambda r: r.id == ids["copil_oct"]))
    click(qtbot, page.next_button)
    # the new committee's sheet is open
    sheet = page.sheet
    assert page.stack.currentWidget() is sheet
    assert sheet.title.text() == "COPIL Armor — décembre 2026"
    assert sheet.status_badge.text() == "Planifié" and sheet.held_button.isVisible()
    assert texts(sheet.participants.table, 0) == ["Invité"] * 4
    assert [sheet.agenda.list.item(i).text() for i in range(sheet.agenda.list.count())] == [
        "1. Revue des indicateurs de novembre 2026", "2. Suivi du plan d'actions"]
    # the actions of the series still open come along, November's new one included
    carried = {item.action.id for item in rows_of(sheet.carried.table)}
    assert carried == {ids["sep_open"], ids["nov_new"], ids["cotech_later"],
                       ids["contract_only"], ids["created_later"]}
    assert page.workspace.undo_stack.undoText() == "Préparer « COPIL Armor — décembre 2026 »"
    # back on the list: it is the next one, picked out
    click(qtbot, sheet.back_button)
    upcoming = page.list.upcoming
    assert texts(upcoming, 1) == ["Prochain comité"]
    assert upcoming.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == NEXT_BG
    page.workspace.undo_stack.undo()
    assert page.list.upcoming.model_.rowCount() == 0


def test_another_rhythm_and_date_in_the_dialog(qtbot, listed, monkeypatch) -> None:
    page, ids = listed

    def quarterly(dialog) -> None:
        choose(qtbot, dialog.cadence, Cadence.QUARTERLY)
        assert dialog.date.date() == QDate(2027, 2, 9)
        assert dialog.rhythm.text() == "le 2e mardi, tous les trimestres"
        dialog.date.setDate(QDate(2027, 1, 19))  # finally in January
        assert dialog.title.text() == "COPIL Armor — janvier 2027"
        type_into(qtbot, dialog.title, "COPIL exceptionnel")

    accepting(monkeypatch, dialogs.PrepareNextDialog, quarterly)
    page.prepare_next(ids["copil_nov"])
    created = query(page, Committee, Committee.title == "COPIL exceptionnel")[0]
    assert created.starts_at == dt.datetime(2027, 1, 19, 14, 0)
    assert created.review_period == dt.date(2026, 12, 1)


def test_a_holiday_is_said_in_the_dialog(qtbot, listed, monkeypatch) -> None:
    page, _ids = listed
    # a CoDir met on Thursday 09/04/2026, the 2nd of the month; on 20/04/2026 the next
    # 2nd Thursday is 14/05/2026, Ascension: held on Friday 15/05
    codir = page.workspace.query(lambda s: records.create(s, Committee, {
        "kind": CommitteeKind.CODIR, "title": "CoDir avril 2026",
        "starts_at": dt.datetime(2026, 4, 9, 9, 0)}))
    page.today = lambda: dt.date(2026, 4, 20)
    seen = accepting(monkeypatch, dialogs.PrepareNextDialog, lambda d: choose(
        qtbot, d.cadence, Cadence.MONTHLY))
    page.prepare_next(codir)
    dialog = seen["dialog"]
    assert dialog.moved.text() == "Le 14/05/2026 est férié (Ascension) : reporté au 15/05/2026."
    assert dialog.date.date() == QDate(2026, 5, 15)
    assert page.sheet.title.text() == "CoDir mai 2026"


def test_a_new_committee_is_created_and_opened(qtbot, listed, monkeypatch) -> None:
    page, ids = listed

    def fill(dialog) -> None:
        choose(qtbot, dialog.form.fields["kind"], CommitteeKind.COSTRAT)
        choose(qtbot, dialog.form.fields["supplier_id"], ids["nova"])
        assert dialog.form.fields["title"].text() == "CoStrat Nova Régie — décembre 2026"
        dialog.submitted.emit(dialog.values())

    monkeypatch.setattr(dialogs.NewCommitteeDialog, "exec", lambda d: fill(d) or 1)
    click(qtbot, page.new_button)
    assert page.stack.currentWidget() is page.sheet
    assert page.sheet.title.text() == "CoStrat Nova Régie — décembre 2026"
    assert page.sheet.tabs.currentWidget() is page.sheet.participants
    created = query(page, Committee, Committee.kind == CommitteeKind.COSTRAT)[0]
    assert created.starts_at == dt.datetime(2026, 12, 1, 14, 0)  # a week ahead, 14:00
    assert page.sheet.data.committee.contract_ids == (ids["NOVA-1"],)


def test_a_new_committee_without_title_is_refused_in_the_dialog(qtbot, listed, monkeypatch):
    page, _ids = listed
    seen = {}

    def blank(dialog) -> None:
        type_into(qtbot, dialog.form.fields["title"], "")
        dialog.submitted.emit(dialog.values())
        seen["error"] = dialog.form.errors["title"].text()

    monkeypatch.setattr(dialogs.NewCommitteeDialog, "exec", lambda d: blank(d) or 0)
    click(qtbot, page.new_button)
    assert seen["error"] == "Donnez un intitulé au comité."
    assert page.workspace.undo_stack.count() == 0


def test_deleting_a_committee_keeps_its_actions_and_is_undone(qtbot, listed, answers) -> None:
    page, ids = listed
    click_row(qtbot, page.list.past, row_where(page.list.past,
                                               lambda r: r.id == ids["copil_sep"]))
    click(qtbot, page.delete_button)
    assert ids["copil_sep"] not in {r.id for r in rows_of(page.list.past)}
    page.workspace.undo_stack.undo()
    assert ids["copil_sep"] in {r.id for r in rows_of(page.list.past)}


def test_enter_opens_the_sheet_and_a_decision_opens_on_the_decisions(qtbot, listed) -> None:
    page, ids = listed
    click_row(qtbot, page.list.past, row_where(page.list.past,
                                               lambda r: r.id == ids["copil_oct"]))
    qtbot.keyClick(page.list.past, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.sheet
    assert page.sheet.committee_id == ids["copil_oct"]
    page.show_entity("decision", ids["decision2"])
    assert page.sheet.committee_id == ids["copil_nov"]
    assert page.sheet.tabs.currentWidget() is page.sheet.decisions
    assert page.sheet.decisions.current_id() == ids["decision2"]


def test_the_list_exports_as_filtered(qtbot, listed) -> None:
    page, ids = listed
    choose(qtbot, page.list.supplier, ids["armor"])
    title, proxy = page.table_for_export()
    assert title == "Comités"
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == ["mar. 08/09/2026 · 14:00", "mar. 13/10/2026 · 14:00",
                     "mar. 10/11/2026 · 14:00", "jeu. 19/11/2026 · 14:00"]
