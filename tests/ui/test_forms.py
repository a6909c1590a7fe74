"""The shared form widgets as a user meets them: dates typed by hand, fields checked as
you go, text that is not cut (issue 10, points 5, 7 and 9)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from app.models import Contract
from tests.ui.contracts_support import click, click_row, count_rows, type_into
from tests.ui.keyboard import press

# -- 5. dates typed by hand ------------------------------------------------------------------


def enter(qtbot, field, text: str) -> None:
    """Type `text` over the field's content, then leave it with Tab."""
    type_into(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def _open_far(qtbot, page):
    """The contract CTR-FAR (12 months from its start, tacit renewal, 3 months' notice)."""
    click_row(qtbot, page, "CTR-FAR")
    return page.form.fields


@pytest.mark.parametrize(("typed", "shown", "term_end"), [
    # 12-month terms from the start, renewed: on 24/11/2026 the term running is the third.
    ("15/01/2024", "15/01/2024", "14/01/2027"),
    ("01/04/2024", "01/04/2024", "31/03/2027"),
    ("15012024", "15/01/2024", "14/01/2027"),
    ("15/1/24", "15/01/2024", "14/01/2027"),
])
def test_a_date_typed_over_the_old_one_is_the_date_typed(qtbot, setup, typed, shown,
                                                          term_end) -> None:
    page, _ids = setup
    fields = _open_far(qtbot, page)
    start = fields.field("start_date")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(start, typed)
    qtbot.keyClick(start, Qt.Key.Key_Tab)

    assert start.text() == shown
    assert fields.values()["start_date"] == dt.datetime.strptime(shown, "%d/%m/%Y").date()
    assert fields.computed.term_end.text() == term_end  # the deadlines follow the date
    click(qtbot, page.form.save_button)
    assert page.workspace.query(lambda s: s.get(Contract, page.form.contract_id)).start_date \
        == dt.datetime.strptime(shown, "%d/%m/%Y").date()


def test_clicking_into_a_date_and_typing_digits_replaces_it(qtbot, setup) -> None:
    page, _ids = setup
    fields = _open_far(qtbot, page)
    start = fields.field("start_date")
    page.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton, pos=QPoint(12, start.height() // 2))
    qtbot.waitUntil(lambda: start.selectedText() == start.text())  # all of it, to replace
    qtbot.keyClicks(start, "01042024")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert start.text() == "01/04/2024"
    assert fields.values()["start_date"] == dt.date(2024, 4, 1)


def test_what_is_no_date_is_refused_visibly_and_not_saved(qtbot, setup) -> None:
    page, ids = setup
    fields = _open_far(qtbot, page)
    start = fields.field("start_date")
    before = fields.values()["start_date"]
    enter(qtbot, start, "31/02/2024")

    assert start.text() == "31/02/2024"  # kept as typed, to be corrected
    assert fields.error_text("start_date") == "Le 31/02/2024 n'existe pas."
    assert start.property("invalid")
    click(qtbot, page.form.save_button)
    assert page.form.dirty  # refused: nothing saved
    assert page.workspace.query(lambda s: s.get(Contract, ids["far"])).start_date == before
    assert fields.error_text("start_date") == "Le 31/02/2024 n'existe pas."

    type_into(qtbot, start, "28/02/2024")  # the mark goes as soon as it reads
    assert fields.error_text("start_date") == ""
    assert not start.property("invalid")


def test_an_optional_date_may_be_emptied(qtbot, setup) -> None:
    page, _ids = setup
    fields = _open_far(qtbot, page)
    ended = fields.field("ended_on")
    enter(qtbot, ended, "30/06/2026")
    assert fields.values()["ended_on"] == dt.date(2026, 6, 30)
    enter(qtbot, ended, "")
    assert fields.values()["ended_on"] is None and fields.error_text("ended_on") == ""


def test_arrow_keys_move_a_date_and_the_calendar_picks_one(qtbot, setup) -> None:
    page, _ids = setup
    fields = _open_far(qtbot, page)
    start = fields.field("start_date")
    type_into(qtbot, start, "31/01/2024")
    qtbot.keyClick(start, Qt.Key.Key_Up)
    assert start.text() == "01/02/2024"
    qtbot.keyClick(start, Qt.Key.Key_PageUp)
    assert start.text() == "01/03/2024"
    assert page.form.dirty

    qtbot.keyClick(start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = start.popup.calendar
    assert start.popup.isVisible() and calendar.selectedDate().toString("dd/MM/yyyy") \
        == "01/03/2024"
    qtbot.waitUntil(lambda: calendar.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, "Right", "Return")
    assert not start.popup.isVisible()
    assert start.text() == "02/03/2024"


# -- 7. forms check as you type and clear their errors --------------------------------------


def _contact_dialog(qtbot, window, filled_path):
    path, _ids = filled_path
    assert window.open_path(path)
    window.show_page(1)
    panel = window.page("suppliers").contacts
    click(qtbot, panel.add_button)
    panel.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.dialog)
    return panel.dialog


def test_the_contact_dialog_checks_each_field_on_leaving_it(qtbot, window, filled_path) -> None:
    dialog = _contact_dialog(qtbot, window, filled_path)
    email, phone = dialog.form.fields["email"], dialog.form.fields["phone"]
    errors = dialog.form.errors
    enter(qtbot, email, "jean.roux@")  # leaving it, before any Enregistrer
    assert errors["email"].isVisible() and "Adresse e-mail invalide" in errors["email"].text()
    enter(qtbot, phone, "12")
    assert errors["phone"].isVisible() and "téléphone invalide" in errors["phone"].text()

    email.setFocus()
    qtbot.keyClicks(email, "armor.fr")  # corrected: the reason goes as it is typed
    assert not errors["email"].isVisible() and not email.property("invalid")
    type_into(qtbot, phone, "02 99 00 11 22")
    assert not errors["phone"].isVisible()
    assert dialog.isVisible()


def test_a_two_line_reason_shows_whole_in_the_dialog(qtbot, window, filled_path) -> None:
    dialog = _contact_dialog(qtbot, window, filled_path)
    dialog.resize(dialog.minimumWidth(), dialog.height())
    type_into(qtbot, dialog.form.fields["email"], "jean.roux@")
    type_into(qtbot, dialog.form.fields["phone"], "12")
    click(qtbot, dialog.save_button)
    QApplication.processEvents()
    for name in ("email", "phone"):
        label = dialog.form.errors[name]
        assert label.isVisible()
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, name  # no line cut off
        bottom = label.mapTo(dialog, QPoint(0, label.height()))
        assert bottom.y() <= dialog.height(), name
    lines = dialog.form.errors["email"].height() // dialog.fontMetrics().lineSpacing()
    assert lines >= 2  # the case of the report: a reason on two lines


def test_a_wrong_siren_is_said_on_leaving_the_field(qtbot, window, filled_path) -> None:
    path, _ids = filled_path
    assert window.open_path(path)
    window.show_page(1)
    form = window.page("suppliers").form.form
    siren = form.fields["siren"]
    enter(qtbot, siren, "552100555")
    assert form.errors["siren"].isVisible()
    type_into(qtbot, siren, "552100554")
    assert not form.errors["siren"].isVisible()


# -- 9. text is not cut ------------------------------------------------------------------------


def test_columns_are_as_wide_as_their_header_and_values(qtbot, setup) -> None:
    page, _ids = setup
    qtbot.waitUntil(lambda: page.table.horizontalHeader().sectionSize(3) > 105)
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount() - 1):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    for column in (3, 4, 5):  # deadline, end of term, status: short values, never cut
        assert header.sectionSize(column) >= page.table.sizeHintForColumn(column), column


def test_a_cut_value_shows_whole_in_its_tooltip(qtbot, setup) -> None:
    page, _ids = setup
    table = page.table
    table.horizontalHeader().resizeSection(2, 40)  # Prestataire, far too narrow
    index = page.proxy.index(0, 2)
    rect = table.visualRect(index)
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                       table.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.isVisible()
    assert QToolTip.text() == index.data()

    table.horizontalHeader().resizeSection(2, 300)  # wide enough: no tooltip
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    rect = table.visualRect(index)
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                       table.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(table.viewport(), event)
    assert not QToolTip.isVisible()


def test_the_unsaved_state_under_the_buttons_is_not_cut(qtbot, setup) -> None:
    page, _ids = setup
    click_row(qtbot, page, "CTR-FAR")
    page.splitter.setSizes([10_000, page.form.minimumWidth()])  # the narrowest card
    type_into(qtbot, page.form.fields.field("title"), "Autre intitule")
    QApplication.processEvents()
    state = page.form.state
    assert state.text() == "Modifications non enregistrées"
    assert state.height() >= state.heightForWidth(state.width())
    assert count_rows(page, Contract) == 4


@pytest.mark.parametrize(("typed", "shown"), [
    ("10/2026", "10/2026"),
    ("102026", "10/2026"),
    ("10/26", "10/2026"),
    ("oct. 2026", "10/2026"),
    ("2026-10", "10/2026"),
    ("15/10/2026", "10/2026"),  # a day names its month
])
def test_a_month_field_reads_a_month_as_written(qtbot, typed, shown) -> None:
    """A field set to MM/yyyy, as the committees' reviewed period is."""
    from app.ui.widgets.form import FormPanel

    form = FormPanel()
    qtbot.addWidget(form)
    period = form.add_date("review_period", "Période revue", optional=True)
    period.setDisplayFormat("MM/yyyy")
    form.add_text("notes", "Notes")  # somewhere for Tab to go
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    enter(qtbot, period, typed)
    assert period.text() == shown
    assert form.values()["review_period"] == dt.date(2026, 10, 1)


def test_a_month_field_refuses_what_is_no_month(qtbot) -> None:
    from app.ui.widgets.form import FormPanel

    form = FormPanel()
    qtbot.addWidget(form)
    period = form.add_date("review_period", "Période revue", optional=True)
    period.setDisplayFormat("MM/yyyy")
    form.show()
    period.setFocus()
    qtbot.keyClicks(period, "13/2026")
    period.read_text()
    assert form.input_errors() == {"review_period": "« 13/2026 » n'est pas une date valide."}
