"""The « Indicateurs » page driven as a user would: the list and its filters, the client's
inputs apart, an indicator's card (chart, history, definition), create / duplicate / delete
with undo, and the way in from the dashboard. Data: tests/indicators_scenario.py."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.models import Indicator, PenaltyKind
from app.services.rules import MeasureStatus
from app.storage.document import open_file
from app.ui import style
from app.ui.pages.indicators import list_actions
from app.ui.pages.indicators.side_card import CHART_TAB, DEFINITION_TAB
from tests.conftest import SCENARIO_DAY
from tests.indicators_scenario import scenario_file
from tests.ui.contracts_support import choose, click, count_rows, type_into
from tests.ui.indicators_support import build_page

#: Expected figures worked out for 24/11/2026 (tests/conftest.py SCENARIO_DAY).
pytestmark = pytest.mark.day(SCENARIO_DAY)

D = dt.date


@pytest.fixture
def page_ids(qtbot, tmp_path, answers):
    path, ids = scenario_file(tmp_path / "documents")
    document = open_file(path)
    page = build_page(qtbot, document)
    yield page, ids
    page.hide()
    page.workspace.undo_stack.clear()
    document.close(save=False)


def shown(page, column: int = 0) -> list[str]:
    proxy = page.list_tab.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def click_row(qtbot, page, code: str) -> None:
    table = page.list_tab.table
    index = page.list_tab.proxy.index(shown(page).index(code), 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


# -- the list -----------------------------------------------------------------------------------


def test_the_suppliers_commitments_and_the_clients_inputs_are_apart(qtbot, page_ids) -> None:
    page, _ids = page_ids
    tab = page.list_tab
    assert shown(page) == ["DISP", "GAP", "P1", "SAT", "PRES"]
    assert tab.sides.tabText(0) == "Prestataire (5)"
    assert tab.sides.tabText(1) == "Entrants du client (1)"
    tab.sides.setCurrentIndex(1)
    assert shown(page) == ["CLI"]


def test_each_row_shows_value_status_trend_and_penalty(page_ids) -> None:
    page, _ids = page_ids
    model = page.list_tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:8] == ["Code", "Indicateur", "Dernière\nvaleur", "Statut", "Tendance",
                           "Objectif", "Seuil", "Pénalités\n2026"]
    row = shown(page).index("DISP")
    line = [page.list_tab.proxy.index(row, c).data() for c in range(10)]
    assert line == ["DISP", "Indicateur DISP", "96,4\u202f%", "Non atteint", "↘",
                    "≥ 99\u202f%", "98\u202f%", "500,00\u202f€", "10/2026", "CTR-A"]
    status = page.list_tab.proxy.index(row, 3)
    assert status.data(Qt.ItemDataRole.BackgroundRole).color() == style.CRITICAL_BG
    assert "À lire avec les indicateurs client" in status.data(Qt.ItemDataRole.ToolTipRole)
    gap = shown(page).index("GAP")
    assert page.list_tab.proxy.index(gap, 3).data() == "Non renseigné"
    assert "Dernière valeur : 97\u202f% en 08/2026" in page.list_tab.proxy.index(
        gap, 3).data(Qt.ItemDataRole.ToolTipRole)


def test_filters_by_contract_category_status_and_missing(qtbot, page_ids) -> None:
    page, ids = page_ids
    tab = page.list_tab
    page.choose_contract(ids["b"])
    assert shown(page) == ["PRES"]
    page.choose_contract(None)
    choose(tab.status_filter, MeasureStatus.MISSING)
    assert shown(page) == ["GAP"]
    choose(tab.status_filter, MeasureStatus.BREACHED)
    assert shown(page) == ["DISP", "PRES"]
    choose(tab.status_filter, None)
    from app.models import IndicatorCategory

    choose(tab.category_filter, IndicatorCategory.SATISFACTION)
    assert shown(page) == ["SAT"]
    assert tab.count.text() == "1 indicateur"
    choose(tab.category_filter, None)
    qtbot.keyClicks(tab.search, "p1")
    assert shown(page) == ["P1"]


# -- an indicator's card ------------------------------------------------------------------------


def test_an_indicator_opens_on_its_chart_beside_its_history(qtbot, page_ids) -> None:
    page, _ids = page_ids
    click_row(qtbot, page, "DISP")
    card = page.list_tab.card
    assert card.isVisible() and card.tabs.currentIndex() == CHART_TAB
    assert card.title.text() == "DISP — Indicateur DISP"
    history = card.history.model()
    first = [history.index(0, c).data() for c in range(3)]
    assert first == ["10/2026", "96,4\u202f%", "Non atteint"]
    assert history.rowCount() == 8  # 03/2026 to 10/2026, the four gaps included
    assert card.chart.series.code == "DISP"


def test_the_dashboard_leads_to_an_indicator_and_a_measurement(qtbot, page_ids) -> None:
    page, ids = page_ids
    page.choose_contract(ids["b"])  # another contract's filter does not hide it
    page.show_entity("indicator", ids["gap"])
    assert page.list_tab.current_id() == ids["gap"]
    assert page.contract_id() is None
    measurement = page.workspace.query(lambda s: s.connection().exec_driver_sql(
        "SELECT id FROM measurement WHERE indicator_id = ? AND period = '2026-10-01'",
        (ids["cli"],)).scalar())
    page.show_entity("measurement", measurement)
    assert page.list_tab.current_id() == ids["cli"]
    assert page.list_tab.sides.currentIndex() == 1  # the client's side
    assert page.list_tab.card.chart.highlight == D(2026, 10, 1)


# -- definitions --------------------------------------------------------------------------------


def test_a_new_indicator_is_checked_as_it_is_typed_then_created_and_undone(qtbot,
                                                                           page_ids) -> None:
    page, ids = page_ids
    page.choose_contract(ids["a"])
    click(qtbot, page.list_tab.new_button)
    form = page.list_tab.card.form
    assert page.list_tab.card.tabs.currentIndex() == DEFINITION_TAB
    assert form.values()["contract_id"] == ids["a"]
    type_into(qtbot, form.field("code"), "DISP")
    type_into(qtbot, form.field("name"), "Disponibilite du portail")
    type_into(qtbot, form.field("target"), "99,5")
    type_into(qtbot, form.field("alert_threshold"), "99,8")  # wrong side: said at once
    assert "sous l'objectif" in form.fields.errors["alert_threshold"].text()
    type_into(qtbot, form.field("alert_threshold"), "99")
    assert not form.fields.errors["alert_threshold"].isVisibleTo(form)

    click(qtbot, form.save_button)  # the code is taken in this contract
    assert "déjà un indicateur DISP" in form.fields.errors["code"].text()
    type_into(qtbot, form.field("code"), "DISP-2")
    click(qtbot, form.save_button)

    assert "DISP-2" in shown(page)
    assert page.workspace.undo_stack.undoText() == "Créer l'indicateur DISP-2"
    assert page.list_tab.current_id() is not None
    page.workspace.undo_stack.undo()
    assert "DISP-2" not in shown(page)
    assert not page.list_tab.card.isVisible()


def test_penalty_fields_follow_the_contract_and_the_kind(qtbot, page_ids) -> None:
    page, _ids = page_ids
    click_row(qtbot, page, "PRES")  # CTR-B has no penalty clause
    card = page.list_tab.card
    card.tabs.setCurrentIndex(DEFINITION_TAB)
    form = card.form
    assert not form.field("penalty_kind").isEnabled()
    assert "n'a pas de clause de pénalités" in form.penalty_reason.text()
    click_row(qtbot, page, "DISP")
    assert form.field("penalty_kind").isEnabled()
    assert form.field("penalty_percent").isEnabled() and not form.field(
        "penalty_amount").isEnabled()
    choose(form.field("penalty_kind"), PenaltyKind.FIXED)
    assert form.field("penalty_amount").isEnabled()
    assert "montant dû par manquement" in form.fields.errors["penalty_amount"].text()


def test_leaving_a_changed_definition_asks_first(qtbot, page_ids, answers) -> None:
    page, ids = page_ids
    click_row(qtbot, page, "DISP")
    page.list_tab.card.tabs.setCurrentIndex(DEFINITION_TAB)
    type_into(qtbot, page.list_tab.card.form.field("name"), "Disponibilite 24/7")
    assert page.has_unsaved_edits()
    answers["choice"] = "cancel"
    click_row(qtbot, page, "GAP")
    assert page.list_tab.current_id() == ids["disp"]
    answers["choice"] = "save"
    click_row(qtbot, page, "GAP")
    assert page.list_tab.current_id() == ids["gap"]
    assert "Disponibilite 24/7" in shown(page, 1)
    assert not page.has_unsaved_edits()


def test_an_indicator_is_duplicated_on_another_contract(qtbot, page_ids, monkeypatch) -> None:
    page, _ids = page_ids
    monkeypatch.setattr(list_actions, "ask_contract",
                        lambda _p, _t, choices: next(c.id for c in choices
                                                     if c.reference == "CTR-B"))
    click_row(qtbot, page, "DISP")
    click(qtbot, page.list_tab.duplicate_button)
    copies = [r for r in page.list_tab.model.rows() if r.code == "DISP"]
    assert sorted(r.contract_reference for r in copies) == ["CTR-A", "CTR-B"]
    assert page.workspace.undo_stack.undoText() == "Dupliquer DISP sur CTR-B"
    copy = next(r for r in copies if r.contract_reference == "CTR-B")
    assert (copy.target, copy.alert_threshold, copy.last_value) == (99.0, 98.0, None)
    page.workspace.undo_stack.undo()
    assert count_rows(page, Indicator) == 6


def test_an_indicator_is_deleted_with_its_values_and_comes_back(qtbot, page_ids) -> None:
    page, _ids = page_ids
    click_row(qtbot, page, "DISP")
    click(qtbot, page.list_tab.delete_button)
    assert "DISP" not in shown(page)
    page.workspace.undo_stack.undo()
    assert "DISP" in shown(page)
    row = page.list_tab.model.row_at(page.list_tab.model.find_row(lambda r: r.code == "DISP"))
    assert row.last_value == 96.4


def test_a_read_only_file_allows_reading_only(qtbot, tmp_path, answers) -> None:
    path, ids = scenario_file(tmp_path / "documents")
    document = open_file(path, read_only=True)
    page = build_page(qtbot, document)
    try:
        assert not page.list_tab.new_button.isEnabled()
        page.choose_contract(ids["a"])
        page.tabs.setCurrentIndex(1)
        view = page.grid_panel.view
        assert view.editTriggers() == view.EditTrigger.NoEditTriggers
        assert not view.paste_action.isEnabled()
    finally:
        page.hide()
        document.close(save=False)
