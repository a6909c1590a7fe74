"""The « Contrats » page, driven as a user would: table, filters, form, undo."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QPoint, Qt

from app.models import Contract, ContractKind, ContractStatus, Indicator, Measurement, Renewal
from app.services import records
from app.storage.document import open_file
from app.ui.dialogs import messages
from app.ui.style import CRITICAL_BG, WARNING_BG
from tests.ui.contracts_support import (
    DEADLINE,
    TODAY,
    URGENT_IN,
    build_page,
    choose,
    click,
    click_row,
    count_rows,
    exact_delay,
    proxy_row,
    start_for_deadline_in,
    texts,
    type_into,
)

# -- creating ---------------------------------------------------------------------------------


def test_a_contract_created_in_the_form_shows_with_its_notice_deadline(qtbot, setup) -> None:
    page, ids = setup
    click(qtbot, page.new_button)
    fields = page.form.fields
    assert page.form.title.text() == "Nouveau contrat"
    choose(fields.field("supplier_id"), ids["nova"])
    type_into(qtbot, fields.field("reference"), "CTR-2026-042")
    type_into(qtbot, fields.field("title"), "Hebergement du site")
    type_into(qtbot, fields.field("initial_duration_months"), "24")
    type_into(qtbot, fields.field("notice_period_months"), "6")
    # The computed dates follow the typing. The term ends the day before start + 24 months;
    # the notice is counted back 6 months from that exclusive end, not 18 months forward
    # from the start (they differ when a month end is clipped: from 29/02/2028, 28/02/2030
    # back 6 months is 28/08/2029, the 29th would be a day too late).
    exclusive_end = TODAY + relativedelta(months=24)
    expected = exclusive_end - relativedelta(months=6) - dt.timedelta(days=1)
    expected_text = f"{expected:%d/%m/%Y}"
    assert fields.computed.notice_deadline.text().startswith(expected_text)
    assert fields.computed.term_end.text() == f"{exclusive_end - dt.timedelta(days=1):%d/%m/%Y}"

    click(qtbot, page.form.save_button)

    row = proxy_row(page, "CTR-2026-042")
    assert page.proxy.index(row, 1).data() == "Hebergement du site"
    assert page.proxy.index(row, 2).data() == "Nova Régie"
    assert page.proxy.index(row, DEADLINE).data() == expected_text
    assert page.table.selectionModel().selectedRows()[0].row() == row
    assert page.form.title.text() == "CTR-2026-042 — Hebergement du site"
    assert page.workspace.undo_stack.undoText() == "Créer le contrat CTR-2026-042"
    assert not page.form.save_button.isEnabled()


def test_invalid_values_show_reasons_and_save_nothing(qtbot, setup) -> None:
    page, ids = setup
    click(qtbot, page.new_button)
    fields = page.form.fields
    choose(fields.field("supplier_id"), ids["armor"])
    type_into(qtbot, fields.field("title"), "Sans reference")
    type_into(qtbot, fields.field("initial_duration_months"), "0")

    click(qtbot, page.form.save_button)

    assert fields.error_text("reference") == "Ce champ est obligatoire."
    assert "au moins un mois" in fields.error_text("initial_duration_months")
    assert fields.field("reference").property("invalid")
    assert page.workspace.undo_stack.count() == 0
    assert count_rows(page, Contract) == 4

    type_into(qtbot, fields.field("reference"), "ctr-urgent")
    type_into(qtbot, fields.field("initial_duration_months"), "12")
    click(qtbot, page.form.save_button)

    assert "déjà celle d'un autre contrat" in fields.error_text("reference")
    assert fields.error_text("initial_duration_months") == ""
    assert page.workspace.undo_stack.count() == 0
    assert count_rows(page, Contract) == 4


# -- editing ----------------------------------------------------------------------------------


def test_edit_then_undo_and_redo(qtbot, setup) -> None:
    page, _ids = setup
    click_row(qtbot, page, "CTR-FAR")
    assert page.form.title.text() == "CTR-FAR — Contrat CTR-FAR"
    assert not page.form.save_button.isEnabled()
    type_into(qtbot, page.form.fields.field("title"), "TMA des applications metier")
    assert page.form.save_button.isEnabled()
    assert page.form.state.text() == "Modifications non enregistrées"

    click(qtbot, page.form.save_button)
    row = proxy_row(page, "CTR-FAR")
    assert page.proxy.index(row, 1).data() == "TMA des applications metier"

    page.workspace.undo_stack.undo()
    assert page.proxy.index(proxy_row(page, "CTR-FAR"), 1).data() == "Contrat CTR-FAR"
    assert page.form.fields.field("title").text() == "Contrat CTR-FAR"

    page.workspace.undo_stack.redo()
    assert page.proxy.index(proxy_row(page, "CTR-FAR"), 1).data() == (
        "TMA des applications metier")
    assert page.form.fields.field("title").text() == "TMA des applications metier"


def test_leaving_unsaved_changes_asks_first(qtbot, setup, answers) -> None:
    page, ids = setup
    click_row(qtbot, page, "CTR-FAR")
    type_into(qtbot, page.form.fields.field("title"), "Modifie")
    answers["choice"] = "cancel"
    click_row(qtbot, page, "CTR-SOON")
    assert answers["choices"][-1][1] == ["save", "discard", "cancel"]
    assert page.current_id() == ids["far"]
    assert page.form.fields.field("title").text() == "Modifie"

    answers["choice"] = "discard"
    click_row(qtbot, page, "CTR-SOON")
    assert page.current_id() == ids["soon"]
    assert page.proxy.index(proxy_row(page, "CTR-FAR"), 1).data() == "Contrat CTR-FAR"


def test_delete_asks_what_goes_with_it_and_undo_restores_it(
    qtbot, setup, monkeypatch
) -> None:
    page, _ids = setup
    questions: list[tuple[str, str]] = []
    reply = {"yes": False}

    def confirm(_parent, _title, text, informative=""):
        questions.append((text, informative))
        return reply["yes"]

    monkeypatch.setattr(messages, "confirm", confirm)
    click_row(qtbot, page, "CTR-URGENT")
    click(qtbot, page.delete_button)
    text, informative = questions[0]
    assert text == "Supprimer le contrat CTR-URGENT — Infogérance du poste de travail ?"
    assert "1 indicateur, 3 mesures" in informative
    assert "CTR-URGENT" in texts(page)  # refused: nothing deleted

    reply["yes"] = True
    click(qtbot, page.delete_button)
    assert "CTR-URGENT" not in texts(page)
    assert page.form.isHidden()
    assert count_rows(page, Measurement) == 0

    page.workspace.undo_stack.undo()
    assert "CTR-URGENT" in texts(page)
    assert count_rows(page, Indicator) == 1 and count_rows(page, Measurement) == 3


# -- the table --------------------------------------------------------------------------------


def test_a_deadline_within_30_days_is_red_with_its_delay(setup) -> None:
    page, _ids = setup
    urgent = page.proxy.index(proxy_row(page, "CTR-URGENT"), DEADLINE)
    assert 20 <= URGENT_IN <= 23  # 20 days, moved off the month ends (exact_delay)
    assert urgent.data() == f"{TODAY + dt.timedelta(days=URGENT_IN):%d/%m/%Y}"
    assert urgent.data(Qt.ItemDataRole.BackgroundRole).color() == CRITICAL_BG
    assert urgent.data(Qt.ItemDataRole.ToolTipRole).endswith(f"(dans {URGENT_IN} jours)")
    soon = page.proxy.index(proxy_row(page, "CTR-SOON"), DEADLINE)
    assert soon.data(Qt.ItemDataRole.BackgroundRole).color() == WARNING_BG
    far = page.proxy.index(proxy_row(page, "CTR-FAR"), DEADLINE)
    assert far.data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_missed_deadline_says_since_when(qtbot, filled_path, answers) -> None:
    # An express renewal whose decision was due about 5 days ago (5 to 8: moved off the
    # month ends, see exact_delay) and whose term has not ended: the missed date stays.
    path, ids = filled_path
    missed = -exact_delay(-5)
    document = open_file(path)
    with document.session() as session:
        records.update(session, Contract, ids["far"],
                       {"renewal": Renewal.EXPRESS, "start_date": start_for_deadline_in(-missed)})
    page = build_page(qtbot, document)
    cell = page.proxy.index(proxy_row(page, "CTR-FAR"), DEADLINE)
    assert 5 <= missed <= 8
    assert cell.data() == f"{TODAY - dt.timedelta(days=missed):%d/%m/%Y}"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == CRITICAL_BG
    assert cell.data(Qt.ItemDataRole.ToolTipRole).endswith(f"(dépassée depuis {missed} jours)")
    document.close(save=False)


def test_filters_by_status_supplier_kind_and_search(qtbot, setup) -> None:
    page, ids = setup
    assert page.count.text().startswith("4 contrats")
    page.status_filter.setCurrentIndex(page.status_filter.findData(ContractStatus.ENDED))
    assert texts(page) == ["CTR-ENDED"]
    assert page.count.text().startswith("1 contrat sur 4")
    page.status_filter.setCurrentIndex(page.status_filter.findData("not_ended"))
    assert sorted(texts(page)) == ["CTR-FAR", "CTR-SOON", "CTR-URGENT"]
    page.supplier_filter.setCurrentIndex(page.supplier_filter.findData(ids["nova"]))
    assert texts(page) == ["CTR-FAR"]
    page.clear_filters()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(ContractKind.TMA))
    assert texts(page) == ["CTR-FAR"]
    page.clear_filters()
    qtbot.keyClicks(page.search, "poste travail")
    assert texts(page) == ["CTR-URGENT"]
    page.search.clear()
    qtbot.keyClicks(page.search, "introuvable")
    assert page.proxy.rowCount() == 0
    assert page.empty.label.isVisible()
    assert "Aucun contrat ne correspond" in page.empty.label.text()


def test_sorting_by_deadline_puts_the_most_urgent_first(setup) -> None:
    page, _ids = setup
    page.table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
    assert texts(page) == ["CTR-URGENT", "CTR-SOON", "CTR-FAR", "CTR-ENDED"]


def test_show_entity_selects_the_contract_even_when_filtered_out(setup) -> None:
    page, ids = setup
    page.status_filter.setCurrentIndex(page.status_filter.findData(ContractStatus.ENDED))
    page.show_entity("contract", ids["urgent"])
    assert page.current_id() == ids["urgent"]
    assert page.status_filter.currentIndex() == 0
    selected = page.table.selectionModel().selectedRows()
    assert selected[0].data() == "CTR-URGENT"
    assert page.form.title.text().startswith("CTR-URGENT")
    assert page.form.key_date.text().startswith("Dénonciation au plus tard le")


def test_the_dashboard_alerts_lead_here(window, qtbot, filled_path) -> None:
    path, ids = filled_path
    assert window.open_path(path)
    window.navigate("contract", ids["soon"])
    page = window.page("contracts")
    assert window.stack.currentWidget() is page
    assert page.current_id() == ids["soon"]


def test_every_field_of_the_model_is_in_the_form(setup) -> None:
    page, _ids = setup
    columns = {c.name for c in Contract.__table__.columns} - {"id"}
    assert set(page.form.fields.values()) == columns


def test_the_table_models_pass_the_model_tester(qtmodeltester, setup) -> None:
    page, _ids = setup
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.form.attachments.model)


def test_clicking_outside_rows_keeps_the_form(qtbot, setup) -> None:
    page, ids = setup
    click_row(qtbot, page, "CTR-SOON")
    bottom = QPoint(10, page.table.viewport().height() - 5)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=bottom)
    assert page.current_id() == ids["soon"]
