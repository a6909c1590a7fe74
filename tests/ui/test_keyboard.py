"""Keyboard first (issue 10.6): a supplier, a contact and a contract created without the
mouse; Tab leaves notes and tables; every focused widget shows it; Ctrl+Y redoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from app.ui import settings
from app.ui.widgets.date_field import DateField
from tests.db.helpers import read_rows
from tests.ui.keyboard import focused, press, tab_to, type_text


@pytest.fixture
def keyboard_window(window, qtbot, client_path):
    """The window on an empty client file, active, on the dashboard: no mouse from here."""
    settings.set_value("window/page", 0)
    assert window.open_path(client_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_a_supplier_a_contact_and_a_contract_without_the_mouse(
    qtbot, keyboard_window, client_path
) -> None:
    window = keyboard_window
    # the supplier: Ctrl+2, Alt+N, its name and SIREN, Enter
    press(qtbot, "Ctrl+2")
    press(qtbot, "Alt+N")  # a button's mnemonic clicks it after a short animation
    name = window.page("suppliers").form.form.fields["name"]
    qtbot.waitUntil(lambda: focused() is name)
    type_text(qtbot, "Sopra Steria")
    press(qtbot, "Tab")
    type_text(qtbot, "552100554")
    press(qtbot, "Return")

    # the contact: Alt+J opens the dialog on its first field; Enter saves it
    press(qtbot, "Alt+J")
    panel = window.page("suppliers").contacts
    qtbot.waitUntil(lambda: panel.dialog is not None
                    and QApplication.activeWindow() is panel.dialog)
    dialog = panel.dialog
    assert focused() is dialog.form.fields["name"]
    type_text(qtbot, "Jean Roux")
    press(qtbot, "Tab")
    type_text(qtbot, "Directeur de compte")
    press(qtbot, "Tab")
    type_text(qtbot, "jean.roux@sopra.fr")
    press(qtbot, "Tab")
    type_text(qtbot, "0612345678")
    press(qtbot, "Return")
    assert not dialog.isVisible()
    window.activateWindow()  # what the window manager does once the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # the contract: Ctrl+3, Alt+N starts on the supplier, typed; then reference and title
    press(qtbot, "Ctrl+3")
    press(qtbot, "Alt+N")
    fields = window.page("contracts").form.fields
    qtbot.waitUntil(lambda: focused() is fields.field("supplier_id"))
    type_text(qtbot, "Sop")
    press(qtbot, "Tab")
    type_text(qtbot, "CTR-2027-001")
    press(qtbot, "Tab")
    type_text(qtbot, "Infogerance du poste de travail")
    tab_to(qtbot, fields.field("start_date"))
    type_text(qtbot, "01012027")
    press(qtbot, "Ctrl+S")

    window.workspace.wait_for_save()
    assert read_rows(client_path, "SELECT name, siren FROM supplier") == [
        ("Sopra Steria", "552100554")]
    assert read_rows(client_path, "SELECT name, role, email, phone FROM contact") == [
        ("Jean Roux", "Directeur de compte", "jean.roux@sopra.fr", "06 12 34 56 78")]
    contracts = read_rows(client_path,
                          "SELECT reference, title, start_date, supplier_id FROM contract")
    assert contracts == [("CTR-2027-001", "Infogerance du poste de travail", "2027-01-01", 1)]


def test_tab_leaves_multi_line_fields_and_tables(qtbot, window, filled_path) -> None:
    path, _ids = filled_path
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, "Ctrl+3")
    page = window.page("contracts")
    page.table.setFocus()
    press(qtbot, "Down", "Tab")
    assert not isinstance(focused(), QTableView)  # out of the table, not to its next cell
    scope = page.form.fields.field("scope")
    scope.setFocus()
    press(qtbot, "Tab")
    assert focused() is page.form.fields.field("start_date")
    assert "\t" not in scope.toPlainText()


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


@pytest.mark.parametrize("kind", [QLineEdit, QComboBox, QPlainTextEdit, QPushButton, "primary",
                                  QToolButton, QTableView, DateField, QCheckBox])
def test_every_focused_widget_shows_a_focus_mark(qtbot, kind) -> None:
    """The same widget grabbed without and with the keyboard focus must differ."""
    holder = QWidget()
    qtbot.addWidget(holder)
    other = QLineEdit(holder)
    other.move(0, 200)
    if kind == "primary":
        widget = QPushButton("Nouveau", holder, objectName="primary")
    elif kind in (QPushButton, QCheckBox):
        widget = kind("Annuler", holder)
    elif kind is QToolButton:
        widget = QToolButton(holder, text="×")
        widget.setAutoRaise(True)
    else:
        widget = kind(parent=holder)
    widget.resize(160, 60 if kind is QTableView else widget.sizeHint().height())
    holder.resize(300, 300)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    without = _grab(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)  # as the keyboard gives it
    qtbot.waitUntil(widget.hasFocus)
    assert _grab(widget) != without


def test_the_side_bar_shows_where_the_keyboard_is(qtbot, window, client_path) -> None:
    assert window.open_path(client_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.page("dashboard").setFocus()
    without = _grab(window.sidebar)
    window.sidebar.setFocus()
    assert _grab(window.sidebar) != without


def test_ctrl_y_redoes_as_on_windows(qtbot, keyboard_window) -> None:
    from app.models import Supplier
    from app.ui.commands import CreateRecord

    window = keyboard_window
    CreateRecord(window.workspace, "Créer Atos", Supplier, {"name": "Atos"}).execute()
    window.sidebar.setFocus()
    press(qtbot, "Ctrl+Z")
    assert window.workspace.query(lambda s: s.get(Supplier, 1)) is None
    press(qtbot, "Ctrl+Y")
    assert window.workspace.query(lambda s: s.get(Supplier, 1)).name == "Atos"
    press(qtbot, "Ctrl+Z", "Ctrl+Shift+Z")
    assert window.workspace.query(lambda s: s.get(Supplier, 1)).name == "Atos"
