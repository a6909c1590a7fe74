"""The « Réversibilité » page, driven as a user drives it: choose a contract, create its plan
from the template, edit a milestone, attach its signed PV, keep the checklist, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from app.models import ReadinessItem, ReversibilityMilestone
from app.models.enums import DocumentKind, MilestoneStatus, Side
from app.services import reversibility
from app.storage.document import open_file
from tests.conftest import SCENARIO_DAY
from tests.ui.contracts_support import click, count_rows, type_into
from tests.ui.reversibility_support import (
    D,
    build_page,
    click_row,
    filled_file,
    table_texts,
    type_date,
)

#: Expected figures worked out for 24/11/2026 (tests/conftest.py SCENARIO_DAY).
pytestmark = pytest.mark.day(SCENARIO_DAY)

TODAY = D(2026, 11, 24)
JALON, FIN_PREVUE, STATUT, GLISSEMENT, PV = 1, 4, 6, 7, 8


@pytest.fixture
def setup(qtbot, tmp_path, answers):
    path, ids = filled_file(tmp_path)
    document = open_file(path)
    page = build_page(qtbot, document)
    yield page, ids
    page.workspace.undo_stack.clear()
    document.close(save=False)


def choose(page, contract_id: int) -> None:
    """Pick a contract in the chooser as a click in its list does."""
    index = page.chooser.findData(contract_id)
    page.chooser.setCurrentIndex(index)
    page.chooser.activated.emit(index)


def test_plans_come_first_in_the_chooser_then_clauses(setup) -> None:
    page, ids = setup
    texts = [page.chooser.itemText(n) for n in range(page.chooser.count())]
    assert texts == ["Avec un plan de réversibilité", "CTR-WMS — Contrat CTR-WMS (Ligeria)",
                     "Avec une clause de réversibilité, sans plan",
                     "CTR-INF — Contrat CTR-INF (Ligeria)", "Autres contrats en cours",
                     "CTR-ATU — Contrat CTR-ATU (Ligeria)"]
    assert page.chooser.current_id() == ids["wms"]  # the first plan is shown
    model = page.chooser.model()
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEnabled  # a heading


def test_the_plan_shows_where_it_stands(setup) -> None:
    page, _ids = setup
    assert table_texts(page.milestones, JALON) == ["Cadrage", "Ateliers", "Bascule du WMS"]
    # Ateliers: planned to end 13/11, still running on 24/11: 11 days late.
    assert table_texts(page.milestones, STATUT)[1] == "En cours, en retard"
    assert table_texts(page.milestones, GLISSEMENT) == ["", "+11 jours", ""]
    assert table_texts(page.milestones, PV)[0] == "Signé le 15/09/2026"
    cards = page.summary.cards
    # Milestones: Cadrage done with its PV, 1 of 3; checklist: 1 item to do, 0 of 1: the
    # mean is (33,3 + 0) / 2.
    assert cards["readiness"].value.text() == "17\u202f%"
    assert cards["progress"].value.text() == "1 / 3"
    assert cards["slip"].value.text() == "11 jours"
    assert cards["next"].value.text() == "04/01/2027"
    assert page.summary.blockers.text() == (
        "Avant « Bascule » : « Transfert de connaissances » n'est pas terminé (en retard de "
        "11 jours) · « Bascule » n'a pas de responsable · check-list : 1 élément à faire "
        "(Accès recensés).")
    assert page.tabs.tabText(2) == "Check-list (0/1)"


def test_create_a_plan_from_the_template(qtbot, setup) -> None:
    page, ids = setup
    choose(page, ids["inf"])
    assert page.body.currentIndex() == 1  # no plan yet
    assert "n'a pas encore de plan" in page.no_plan_text.text()
    seen: dict = {}

    def fill_in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen["default"] = dialog.target_date()
        type_date(qtbot, dialog.target, D(2027, 6, 30))
        shadowing = dialog.durations[2]
        shadowing.setFocus()
        qtbot.keyClick(shadowing, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(shadowing, "10")
        seen["dates"] = dialog.dates[6].text()
        click(qtbot, dialog.create_button)

    QTimer.singleShot(0, fill_in_the_dialog)
    click(qtbot, page.create_button)

    # The default target is the term's end, 31/03/2027 (36 months from 01/04/2024).
    assert seen["default"] == D(2027, 3, 31)
    phases = reversibility.with_durations({p.phase: p.working_days for p in
                                           reversibility.template()} | {
        reversibility.ReversibilityPhase.SHADOWING: 10})
    layout = reversibility.lay_out(phases, D(2027, 6, 30), TODAY)
    acceptance = layout.phases[6]
    assert seen["dates"] == f"du {acceptance.start:%d/%m/%Y} au {acceptance.end:%d/%m/%Y}"
    assert page.body.currentIndex() == 2
    assert table_texts(page.milestones, FIN_PREVUE) == [f"{p.end:%d/%m/%Y}"
                                                        for p in layout.phases]
    assert table_texts(page.milestones, FIN_PREVUE)[5] == "30/06/2027"  # the switch-over
    assert table_texts(page.checklist, 1) == reversibility.standard_checklist()
    assert page.summary.cards["progress"].value.text() == "0 / 7"
    assert page.chooser.itemText(1).startswith("CTR-INF")  # now among the plans

    page.workspace.undo_stack.undo()  # one undo takes the whole plan back
    assert page.body.currentIndex() == 1
    assert count_rows(page, ReadinessItem) == 1  # CTR-WMS's own
    page.workspace.undo_stack.redo()
    assert len(table_texts(page.milestones, 1)) == 7


def test_a_target_too_close_is_said_and_can_be_moved(qtbot, setup) -> None:
    page, ids = setup
    choose(page, ids["inf"])
    from app.ui.pages.reversibility.create_plan import CreatePlanDialog

    dialog = CreatePlanDialog(page.shown.contract, TODAY, page._create, page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_date(qtbot, dialog.target, D(2027, 1, 29))
    assert dialog.problem.isVisible() and "trop proche" in dialog.problem.text()
    assert "Reportez la bascule au mercredi 10/03/2027 au plus tôt" in dialog.problem.text()
    assert not dialog.create_button.isEnabled()
    click(qtbot, dialog.earliest_button)
    assert dialog.target_date() == D(2027, 3, 10)
    assert not dialog.problem.isVisible() and dialog.create_button.isEnabled()
    dialog.checks[0].setChecked(False)  # fewer phases: an earlier date fits
    type_date(qtbot, dialog.target, D(2027, 2, 24))
    assert dialog.create_button.isEnabled()
    assert count_rows(page, ReversibilityMilestone) == 3  # nothing made yet


def test_a_milestone_done_with_its_pv(qtbot, setup) -> None:
    page, _ids = setup
    click_row(qtbot, page.milestones, "Ateliers")
    card = page.milestones.card
    assert card.isVisible() and card.form.fields["title"].text() == "Ateliers"
    type_date(qtbot, card.form.fields["actual_end"], D(2026, 11, 20))
    assert card.form.values()["status"] is MilestoneStatus.DONE  # implied by the end
    click(qtbot, card.form.fields["pv_signed"])
    assert card.form.values()["pv_signed_on"] == TODAY  # dated today
    assert page.has_unsaved_edits()
    click(qtbot, card.save_button)
    assert not page.has_unsaved_edits()
    assert table_texts(page.milestones, STATUT)[1] == "Terminé"
    assert table_texts(page.milestones, GLISSEMENT)[1] == "+7 jours"  # 20/11 for 13/11
    assert table_texts(page.milestones, PV)[1] == "Signé le 24/11/2026"
    assert page.summary.cards["progress"].value.text() == "2 / 3"
    page.workspace.undo_stack.undo()
    assert table_texts(page.milestones, STATUT)[1] == "En cours, en retard"


def test_wrong_values_are_said_next_to_their_field(qtbot, setup) -> None:
    page, _ids = setup
    click_row(qtbot, page.milestones, "Bascule du WMS")
    card = page.milestones.card
    type_date(qtbot, card.form.fields["planned_end"], D(2027, 1, 1))
    type_into(qtbot, card.form.fields["title"], "")
    click(qtbot, card.save_button)
    assert card.form.errors["planned_end"].text() == (
        "La fin prévue ne peut pas précéder le début prévu (04/01/2027).")
    assert card.form.errors["title"].text() == "Ce champ est obligatoire."
    assert card.state.text() == "À corriger avant d'enregistrer"
    assert page.workspace.undo_stack.count() == 0


def test_attach_the_signed_pv_to_a_milestone(qtbot, setup, tmp_path, monkeypatch) -> None:
    page, _ids = setup
    scan = tmp_path / "scan_0042.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    proposed: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(scan), ""))

    def get_item(_parent, _title, _label, items, current, _editable):
        proposed.append(items[current])
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    click_row(qtbot, page.milestones, "Cadrage")
    card = page.milestones.card
    card.tabs.setCurrentIndex(1)
    click(qtbot, card.documents.add_button)
    assert proposed == [DocumentKind.ACCEPTANCE_REPORT.label]  # the name says nothing
    assert card.documents.model.rowCount() == 1
    assert card.tabs.tabText(1) == "PV et documents (1)"
    assert table_texts(page.milestones, PV)[0] == "Signé le 15/09/2026 · 1 document"
    page.workspace.undo_stack.undo()
    assert card.documents.model.rowCount() == 0


def test_the_checklist_with_its_evidence(qtbot, setup) -> None:
    page, _ids = setup
    page.tabs.setCurrentIndex(2)
    tab = page.checklist
    click(qtbot, tab.new_button)
    type_into(qtbot, tab.card.form.fields["title"], "Sauvegardes restaurees par nous")
    status = tab.card.form.fields["status"]
    status.setCurrentIndex(2)  # Fait
    status.activated.emit(2)
    click(qtbot, tab.card.save_button)
    assert table_texts(tab, 1) == ["Accès recensés", "Sauvegardes restaurees par nous"]
    assert table_texts(tab, 4)[1] == "à fournir"  # done without evidence: half counted
    assert page.tabs.tabText(2) == "Check-list (1/2)"
    readiness_without = page.summary.cards["readiness"].value.text()
    type_into(qtbot, tab.card.form.fields["evidence"], "Test de restauration du 20/11.")
    click(qtbot, tab.card.save_button)
    assert table_texts(tab, 4)[1] == "Test de restauration du 20/11."
    # Milestones 1 of 3 (33,3 %); checklist ½ of 2 then 1 of 2: 25 % then 50 %.
    assert (readiness_without, page.summary.cards["readiness"].value.text()) == (
        "29\u202f%", "42\u202f%")
    click(qtbot, tab.new_button)  # a new item, while the standard ones are added meanwhile
    type_into(qtbot, tab.card.form.fields["title"], "Cles remises")
    click(qtbot, page.standard_button)  # the five standard items come after
    click(qtbot, tab.card.save_button)  # goes after them, not on one of their positions
    assert table_texts(tab, 1)[-1] == "Cles remises"
    page.workspace.undo_stack.undo()
    assert table_texts(tab, 1)[2:] == reversibility.standard_checklist()
    assert not page.standard_button.isEnabled()
    page.workspace.undo_stack.undo()
    assert len(table_texts(tab, 1)) == 2 and page.standard_button.isEnabled()


def test_delete_a_milestone_then_the_plan_and_undo(qtbot, setup) -> None:
    page, _ids = setup
    click_row(qtbot, page.milestones, "Bascule du WMS")
    click(qtbot, page.milestones.delete_button)  # the answers fixture confirms
    assert table_texts(page.milestones, JALON) == ["Cadrage", "Ateliers"]
    assert page.milestones.card.isHidden()
    click(qtbot, page.delete_plan_button)
    assert page.body.currentIndex() == 1 and count_rows(page, ReversibilityMilestone) == 0
    page.workspace.undo_stack.undo()
    assert table_texts(page.milestones, JALON) == ["Cadrage", "Ateliers"]
    assert count_rows(page, ReadinessItem) == 1


def test_unsaved_edits_follow_the_page_protocol(qtbot, setup, answers) -> None:
    page, ids = setup
    click_row(qtbot, page.milestones, "Cadrage")
    title = page.milestones.card.form.fields["title"]
    type_into(qtbot, title, "Cadrage et plan")
    assert page.has_unsaved_edits()
    page.discard_edits()
    assert not page.has_unsaved_edits() and title.text() == "Cadrage"
    type_into(qtbot, title, "Cadrage et plan")
    answers["choice"] = "cancel"
    choose(page, ids["inf"])  # asked, cancelled: the plan stays
    assert page.chooser.current_id() == ids["wms"] and page.has_unsaved_edits()
    assert page.save_edits()
    assert table_texts(page.milestones, JALON)[0] == "Cadrage et plan"


def test_the_milestones_table_is_offered_for_export(setup) -> None:
    page, _ids = setup
    title, model = page.table_for_export()
    assert title == "Jalons de réversibilité — CTR-WMS"
    columns = model.sourceModel()._columns
    row = model.sourceModel().row_at(0)
    assert [(c.header, c.kind) for c in columns if c.value][:2] == [
        ("Début prévu", "date"), ("Fin prévue", "date")]
    assert columns[FIN_PREVUE].value(row) == D(2026, 9, 14)
    assert columns[GLISSEMENT].value(model.sourceModel().row_at(1)) == 11


def test_the_timeline_is_drawn_when_its_tab_opens(qtbot, setup) -> None:
    page, _ids = setup
    assert page.timeline.view is None  # not before it is needed
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.timeline.view is not None
                    and page.timeline.view.figure is not None, timeout=30_000)
    figure = page.timeline.view.figure
    planned = figure.findobj(lambda a: a.get_gid() == "planned" and hasattr(a, "get_width"))
    assert len(planned) == 3


def test_a_read_only_file_cannot_be_changed(qtbot, tmp_path, answers) -> None:
    path, _ids = filled_file(tmp_path)
    document = open_file(path, read_only=True)
    page = build_page(qtbot, document)
    try:
        assert not page.milestones.new_button.isEnabled()
        assert not page.delete_plan_button.isEnabled()
        click_row(qtbot, page.milestones, "Cadrage")
        assert not page.milestones.card.form.fields["title"].isEnabled()
    finally:
        document.close(save=False)


def test_small_window(qtbot, tmp_path, answers) -> None:
    path, _ids = filled_file(tmp_path)
    document = open_file(path)
    page = build_page(qtbot, document, size=(814, 690))  # 1024×768 less the side bar
    try:
        click_row(qtbot, page.milestones, "Cadrage")
        assert page.milestones.card.save_button.isVisible()
        assert all(card.property("compact") for card in page.summary.cards.values())
    finally:
        document.close(save=False)


def test_links_lead_to_a_milestone_or_a_contract_without_plan(window, tmp_path) -> None:
    path, ids = filled_file(tmp_path)
    assert window.open_path(path)
    window.navigate("milestone", ids["transfer"])
    page = window.stack.currentWidget()
    assert page is window.page("reversibility")
    assert page.tabs.currentIndex() == 0
    assert page.milestones.card.form.fields["title"].text() == "Ateliers"
    assert window.statusBar().currentMessage() == ""
    window.navigate("reversibility", ids["inf"])  # the dashboard's « sans plan » alert
    assert page.chooser.current_id() == ids["inf"] and page.body.currentIndex() == 1


def test_an_empty_actual_date_is_typed_into_and_cleared(qtbot, setup) -> None:
    page, ids = setup
    click_row(qtbot, page.milestones, "Bascule du WMS")
    card = page.milestones.card
    start = card.form.fields["actual_start"]
    start.setFocus()
    qtbot.keyClicks(start, "20112026")  # straight into « — »: the digits make the date
    assert start.date().toString("dd/MM/yyyy") == "20/11/2026"
    assert card.form.values()["status"] is MilestoneStatus.IN_PROGRESS  # implied
    qtbot.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(start, Qt.Key.Key_Delete)
    assert card.form.values()["actual_start"] is None  # emptied again
    owner = card.form.fields["owner_id"]
    owner.setCurrentIndex(owner.findData(ids["dsi"]))
    owner.activated.emit(owner.currentIndex())
    assert card.form.values()["side"] is Side.CLIENT  # the owner's side


def test_the_timeline_is_saved_as_an_image(qtbot, setup, tmp_path, monkeypatch) -> None:
    page, _ids = setup
    target = tmp_path / "chronologie.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.timeline.save_button)
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
