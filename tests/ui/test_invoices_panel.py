"""« Factures et budget »: invoices typed and pasted like the measurements, credit notes,
disputed invoices apart, the TJM, the penalties to deduct (tests/indicators_scenario.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.models import InvoiceStatus
from app.services import invoices
from app.storage.document import open_file
from app.ui.pages.indicators.invoices_model import AMOUNT, DAYS, PERIOD, RATE, STATUS
from tests.conftest import SCENARIO_DAY
from tests.indicators_scenario import scenario_file
from tests.ui.indicators_support import build_page, go_to, press, type_keys

#: Expected figures worked out for 24/11/2026 (tests/conftest.py SCENARIO_DAY).
pytestmark = pytest.mark.day(SCENARIO_DAY)

D = dt.date


@pytest.fixture
def panel(qtbot, tmp_path, answers):
    path, ids = scenario_file(tmp_path / "documents")
    document = open_file(path)
    page = build_page(qtbot, document)
    page.choose_contract(ids["b"])
    page.tabs.setCurrentIndex(2)
    yield page, page.invoices, ids
    page.hide()
    page.workspace.undo_stack.clear()
    document.close(save=False)


def stored(page, contract_id: int) -> list[tuple]:
    rows = page.workspace.query(lambda s: invoices.list_invoices(s, contract_id))
    return [(r.values.period, r.values.amount, r.values.days_billed, r.values.status)
            for r in rows]


def test_the_invoices_and_budget_of_the_year(panel) -> None:
    _page, panel, _ids = panel
    model = panel.model
    assert model.rowCount() == 5  # four invoices and the row for a new one
    assert [model.index(r, PERIOD).data() for r in range(4)] == [
        "01/2026", "02/2026", "03/2026", "04/2026"]
    assert model.index(2, AMOUNT).data() == "-600,00\u202f€"
    assert model.index(3, STATUS).data() == "Contestée"
    assert model.index(0, RATE).data() == "600,00\u202f€"  # 12 000 / 20
    text = panel.figures.text()
    assert "24\u202f000,00\u202f€" in text  # consumed, the disputed invoice left out
    assert "Contesté, à part" in text and "13\u202f000,00\u202f€" in text
    assert "TJM réel" in text and "615,00\u202f€" in text and "+2,5\u202f%" in text
    assert not panel.view.isColumnHidden(DAYS)  # a régie contract bills days


def test_a_new_invoice_is_typed_in_the_last_row(qtbot, panel) -> None:
    page, panel, ids = panel
    view = panel.view
    go_to(view, panel.model.index(4, AMOUNT))
    assert panel.model.index(4, PERIOD).data() == "05/2026"  # the month after the last
    type_keys(qtbot, view, "12000")
    press(qtbot, view, Qt.Key.Key_Tab)
    type_keys(qtbot, view, "20")
    press(qtbot, view, Qt.Key.Key_Return)

    assert stored(page, ids["b"])[-1] == (D(2026, 5, 1), 12_000.0, 20.0, InvoiceStatus.RECEIVED)
    assert page.workspace.undo_stack.count() == 2  # the invoice, then its days
    assert page.workspace.undo_stack.text(0) == "Ajouter la facture de 05/2026"
    page.workspace.undo_stack.undo()
    page.workspace.undo_stack.undo()
    assert len(stored(page, ids["b"])) == 4


def test_a_credit_note_is_a_negative_amount(qtbot, panel) -> None:
    page, panel, ids = panel
    go_to(panel.view, panel.model.index(4, AMOUNT))
    type_keys(qtbot, panel.view, "-1200")
    press(qtbot, panel.view, Qt.Key.Key_Return)
    assert stored(page, ids["b"])[-1][:2] == (D(2026, 5, 1), -1_200.0)
    assert "22\u202f800,00\u202f€" in panel.figures.text()  # 24 000 − 1 200


def test_a_refused_amount_says_why_and_saves_nothing(qtbot, panel) -> None:
    page, panel, ids = panel
    go_to(panel.view, panel.model.index(0, AMOUNT))
    type_keys(qtbot, panel.view, "douze")
    press(qtbot, panel.view, Qt.Key.Key_Return)
    index = panel.model.index(0, AMOUNT)
    assert index.data() == "douze"
    assert "n'est pas un nombre" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert stored(page, ids["b"])[0][1] == 12_000.0
    assert page.has_unsaved_edits()


def test_a_status_is_chosen_and_a_disputed_invoice_leaves_the_consumed(qtbot, panel) -> None:
    page, panel, ids = panel
    go_to(panel.view, panel.model.index(0, STATUS))
    type_keys(qtbot, panel.view, "c")  # opens the list of statuses
    editor = QGuiApplication.focusObject()
    editor.setCurrentText("Contestée")
    press(qtbot, panel.view, Qt.Key.Key_Return)
    assert stored(page, ids["b"])[0][3] is InvoiceStatus.DISPUTED
    text = panel.figures.text()
    assert "12\u202f000,00\u202f€" in text and "(12,0\u202f%)" in text  # 24 000 − 12 000


def test_rows_pasted_from_a_spreadsheet_become_invoices_in_one_step(qtbot, panel) -> None:
    page, panel, ids = panel
    QGuiApplication.clipboard().setText("05/2026\t12 300,00 €\t20,5\r\n"
                                        "06/2026\t11 700\t19,5\r\n")
    go_to(panel.view, panel.model.index(4, PERIOD))
    press(qtbot, panel.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(page, ids["b"])[-2:] == [
        (D(2026, 5, 1), 12_300.0, 20.5, InvoiceStatus.RECEIVED),
        (D(2026, 6, 1), 11_700.0, 19.5, InvoiceStatus.RECEIVED)]
    assert page.workspace.undo_stack.count() == 1
    assert "2 factures enregistrées" in panel.message.text()


def test_selected_invoices_are_deleted_in_one_undo_step(qtbot, panel) -> None:
    page, panel, ids = panel
    go_to(panel.view, panel.model.index(1, AMOUNT))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [row[0].month for row in stored(page, ids["b"])] == [1, 3, 4]
    page.workspace.undo_stack.undo()
    assert [row[0].month for row in stored(page, ids["b"])] == [1, 2, 3, 4]


def test_a_flat_fee_contract_hides_the_days_and_deducts_its_penalties(panel) -> None:
    page, panel, ids = panel
    page.choose_contract(ids["a"])
    assert panel.view.isColumnHidden(DAYS) and panel.view.isColumnHidden(RATE)
    assert "1\u202f300,00\u202f€" in panel.figures.text() and "à déduire" in \
        panel.figures.text()
