"""The « Prestataires » page, driven as a user would: typing, clicking, undoing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTableView

from app.models import Contact, Contract, ContractKind, Indicator, IndicatorCategory, Side, Supplier
from app.storage import lock
from app.storage.document import create
from app.ui.dialogs import messages

SIREN = "552100554"
SIRET = "55210055400013"


@pytest.fixture
def filled_path(tmp_path: Path) -> Path:
    """A client file with two suppliers (one with contracts and contacts) and a client contact."""
    path = tmp_path / "documents" / "acme.vigie"
    path.parent.mkdir()
    document = create(path, "ACME Industrie")
    with document.session() as session:
        armor = Supplier(name="Armor Infogérance", siren=SIREN, siret=SIRET,
                         address="12 rue de la Paix, 35000 Rennes", certifications="ISO 27001")
        nova = Supplier(name="Nova Régie", address="3 quai Perrache, 69002 Lyon",
                        certifications="ISO 9001")
        session.add_all([armor, nova])
        session.flush()
        for number, amount in ((1, 100_000.0), (2, 20_000.0)):
            session.add(Contract(supplier_id=armor.id, reference=f"INF-{number}",
                                 title="Infogérance", kind=ContractKind.MANAGED_SERVICES,
                                 start_date=dt.date(2025, 1, 1), annual_amount=amount))
        session.flush()
        session.add(Indicator(contract_id=1, code="SLA-01", name="Disponibilité",
                              category=IndicatorCategory.SERVICE_LEVEL, target=99.5))
        session.add_all([
            Contact(supplier_id=armor.id, name="Élodie Martin", role="Service Delivery Manager",
                    email="elodie.martin@armor.fr"),
            Contact(supplier_id=None, name="Claire Petit", role="DSI", side=Side.CLIENT),
        ])
    document.close()
    return path


def _open(window, path: Path):
    assert window.open_path(path)
    number = next(i for i in range(window.sidebar.count())
                  if window.sidebar.item(i).text() == "Prestataires")
    window.show_page(number)
    page = window.page("suppliers")
    assert page.isVisible()
    return page


@pytest.fixture
def page(window, filled_path: Path):
    return _open(window, filled_path)


def _count(page, model) -> int:
    return page.workspace.query(
        lambda s: s.connection().execute(sa.select(sa.func.count()).select_from(model)).scalar())


def _names(page) -> list[str]:
    return [page.proxy.index(n, 0).data() for n in range(page.proxy.rowCount())]


def _click_row(qtbot, table: QTableView, text: str) -> None:
    model = table.model()
    row = next(n for n in range(model.rowCount()) if model.index(n, 0).data().startswith(text))
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _keys(qtbot, widget, text: str) -> None:
    """Type `text` into a widget; accented letters too (QTest types only ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _type(qtbot, widget, text: str) -> None:
    """Replace the widget's text by typing."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    _keys(qtbot, widget, text)


def _field(page, name: str):
    return page.form.form.fields[name]


def test_the_list_shows_the_client_contacts_first_then_the_suppliers(page) -> None:
    assert _names(page) == ["Contacts côté client (1)", "Armor Infogérance", "Nova Régie"]
    armor = page.proxy.index(1, 0)
    assert page.proxy.index(1, 3).data() == "2"
    assert page.proxy.index(1, 4).data() == "120\u202f000,00\u202f€"
    assert page.proxy.index(1, 1).data() == "552 100 554"
    assert page.table.currentIndex().row() == armor.row()  # the first supplier is open
    assert _field(page, "name").text() == "Armor Infogérance"
    assert "2 contrats actifs" in page.form.summary.text()
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(page)[0].startswith("Contacts côté client")


def test_create_a_supplier_by_typing_then_save(page, qtbot) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.current_card() is page.form
    assert not page.form.save_button.isEnabled()
    _keys(qtbot, _field(page, "name"), "Cloudélia")
    _keys(qtbot, _field(page, "siret"), "552 100 554 00013")
    _keys(qtbot, _field(page, "certifications"), "HDS")
    assert page.form.save_button.isEnabled()
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    assert "Cloudélia" in _names(page)
    assert page.table.currentIndex().data() == "Cloudélia"
    assert page.form.title.text() == "Cloudélia"
    assert _field(page, "siren").text() == "552 100 554"  # taken from the SIRET
    assert not page.form.save_button.isEnabled()
    assert page.count_label.text() == "3 prestataires"


def test_a_wrong_siren_says_why_under_the_field_and_saves_nothing(page, qtbot) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    _keys(qtbot, _field(page, "name"), "Société fantôme")
    _keys(qtbot, _field(page, "siren"), "552100555")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    error = page.form.form.errors["siren"]
    assert error.isVisible() and "clé de contrôle" in error.text()
    assert _field(page, "siren").property("invalid")
    assert "Société fantôme" not in _names(page)
    assert _count(page, Supplier) == 2


def test_a_siret_of_another_company_is_refused_as_soon_as_the_field_is_left(page, qtbot) -> None:
    window = page.window()
    window.activateWindow()
    siret = _field(page, "siret")
    _type(qtbot, siret, "73282932000074")  # valid, but not Armor's SIREN
    qtbot.keyClick(siret, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.form.form.errors["siret"].isVisible(), timeout=2000)
    assert "commencer par le SIREN" in page.form.form.errors["siret"].text()
    _type(qtbot, siret, SIRET)
    qtbot.keyClick(siret, Qt.Key.Key_Return)
    assert not page.form.form.errors["siret"].isVisible()
    assert not page.form.dirty


def test_cancel_puts_back_the_saved_values(page, qtbot) -> None:
    _type(qtbot, _field(page, "name"), "Autre nom")
    assert page.form.cancel_button.isEnabled()
    qtbot.mouseClick(page.form.cancel_button, Qt.MouseButton.LeftButton)
    assert _field(page, "name").text() == "Armor Infogérance"
    assert not page.form.save_button.isEnabled() and not page.form.dirty


def test_a_taken_name_is_refused(page, qtbot) -> None:
    _click_row(qtbot, page.table, "Nova")
    _type(qtbot, _field(page, "name"), "armor infogérance")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "déjà" in page.form.form.errors["name"].text()


def test_edit_then_undo_restores_the_old_value(window, page, qtbot) -> None:
    _type(qtbot, _field(page, "certifications"), "ISO 27001, HDS")
    qtbot.keyClick(_field(page, "certifications"), Qt.Key.Key_Return)  # Enter saves
    assert page.proxy.index(1, 2).data() == "ISO 27001, HDS"
    assert "modification du prestataire" in window.undo_action.text()

    window.undo_action.trigger()

    assert page.proxy.index(1, 2).data() == "ISO 27001"
    assert _field(page, "certifications").text() == "ISO 27001"
    window.redo_action.trigger()
    assert _field(page, "certifications").text() == "ISO 27001, HDS"


def test_deleting_a_supplier_says_what_goes_with_it_and_undo_brings_it_back(
    window, page, qtbot, monkeypatch, answers
) -> None:
    asked = []
    monkeypatch.setattr(messages, "confirm",
                        lambda _p, _title, text, informative="": asked.append(
                            (text, informative)) or answers["confirm"])
    answers["confirm"] = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _count(page, Supplier) == 2  # the user said no

    answers["confirm"] = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)

    text, informative = asked[-1]
    assert "Armor Infogérance" in text
    assert "2 contrats" in informative and "1 indicateur" in informative
    assert "1 contact" in informative and "(s)" not in informative
    assert "Armor Infogérance" not in _names(page)
    assert (_count(page, Supplier), _count(page, Contract)) == (1, 0)

    window.workspace.undo_stack.undo()

    assert "Armor Infogérance" in _names(page)
    assert (_count(page, Supplier), _count(page, Contract), _count(page, Indicator)) == (2, 2, 1)


def test_a_contact_with_a_bad_email_is_refused_with_the_reason(page, qtbot) -> None:
    panel = page.contacts
    assert panel.model.rowCount() == 1
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    _keys(qtbot, dialog.form.fields["name"], "Jean Roux")
    dialog.role.setFocus()
    _keys(qtbot, dialog.role.lineEdit(), "Directeur de compte")
    _keys(qtbot, dialog.form.fields["email"], "jean.roux@")
    _keys(qtbot, dialog.form.fields["phone"], "0612345678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "Adresse e-mail invalide" in dialog.form.errors["email"].text()
    assert _count(page, Contact) == 2

    _keys(qtbot, dialog.form.fields["email"], "armor.fr")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    saved = panel.current()
    assert saved.name == "Jean Roux" and saved.role == "Directeur de compte"
    assert saved.phone == "06 12 34 56 78" and saved.side is Side.SUPPLIER
    assert page.tabs.tabText(0) == "Contacts (2)"


def test_edit_and_delete_a_contact_then_undo(window, page, qtbot) -> None:
    panel = page.contacts
    _click_row(qtbot, panel.table, "Élodie")
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog.role.currentText() == "Service Delivery Manager"
    _type(qtbot, dialog.form.fields["phone"], "+33 2 99 00 11 22")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert panel.current().phone == "02 99 00 11 22"

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0 and panel.empty.isVisible()
    window.undo_action.trigger()
    assert panel.model.rowCount() == 1


def test_the_client_contacts_are_one_click_away(page, qtbot) -> None:
    _click_row(qtbot, page.table, "Contacts côté client")
    assert page.current_card() is page.client_card
    assert "ACME Industrie" in page.client_card.body.text()
    assert not page.delete_button.isEnabled()
    assert not page.tabs.isTabVisible(1)  # no contracts
    panel = page.contacts
    assert [panel.model.row_at(n).name for n in range(panel.model.rowCount())] == ["Claire Petit"]

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert not dialog.side.isEnabled() and dialog.side.currentData() == Side.CLIENT
    _keys(qtbot, dialog.form.fields["name"], "Hugo Blanc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert panel.current().name == "Hugo Blanc" and panel.current().supplier_id is None
    assert _names(page)[0] == "Contacts côté client (2)"


def test_the_search_filters_by_name_city_siren_and_certification(page, qtbot) -> None:
    for typed, expected in (("lyon", ["Nova Régie"]), ("552 100", ["Armor Infogérance"]),
                            ("iso 9001", ["Nova Régie"]), ("elodie", ["Armor Infogérance"])):
        _type(qtbot, page.search, typed)
        assert _names(page) == expected, typed
    _type(qtbot, page.search, "claire")
    assert _names(page) == ["Contacts côté client (1)"]
    _type(qtbot, page.search, "lyon")
    assert page.count_label.text() == "1 sur 2"
    _type(qtbot, page.search, "nova")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # opens the first one found
    assert page.form.title.text() == "Nova Régie"
    _type(qtbot, page.search, "introuvable")
    assert page.proxy.supplier_count() == 0
    assert page.empty.isVisible() and "introuvable" in page.empty.text()
    page.search.clear()
    assert len(_names(page)) == 3 and not page.empty.isVisible()


def test_leaving_unsaved_edits_asks(page, qtbot, answers) -> None:
    _type(qtbot, _field(page, "notes"), "À revoir")
    answers["choice"] = "cancel"
    _click_row(qtbot, page.table, "Nova")
    assert page.form.title.text() == "Armor Infogérance" and page.form.dirty
    assert page.table.currentIndex().data() == "Armor Infogérance"

    answers["choice"] = "discard"
    _click_row(qtbot, page.table, "Nova")
    assert page.form.title.text() == "Nova Régie" and not page.form.dirty
    _click_row(qtbot, page.table, "Armor")
    assert _field(page, "notes").toPlainText() == ""


def test_show_entity_selects_a_supplier_or_a_contact(window, page) -> None:
    nova_id = page.workspace.query(
        lambda s: s.connection().execute(sa.select(Supplier.id).where(
            Supplier.name == "Nova Régie")).scalar())
    page.search.setText("armor")
    window.navigate("supplier", nova_id)
    assert page.form.title.text() == "Nova Régie" and page.search.text() == ""

    window.navigate("contact", 1)  # Élodie Martin, at Armor
    assert page.form.title.text() == "Armor Infogérance"
    assert page.contacts.current().name == "Élodie Martin"
    window.navigate("contact", 2)  # Claire Petit, client side
    assert page.current_card() is page.client_card
    assert page.contacts.current().name == "Claire Petit"


def test_the_contracts_tab_lists_them_and_opens_one(page, qtbot) -> None:
    page.tabs.setCurrentWidget(page.contracts)
    table = page.contracts.table
    assert sorted(table.model().index(n, 0).data() for n in range(2)) == ["INF-1", "INF-2"]
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.navigate_requested) as signal:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args[0] == "contract"


def test_read_only_mode_disables_editing_with_the_reason(window, filled_path, answers) -> None:
    owner = {"host": "PC-COPIL", "user": "mdupont", "pid": "1", "opened_at": "2026-11-20T09:30"}
    lock.lock_path(filled_path).write_text(json.dumps(owner), encoding="utf-8")
    answers["choice"] = "read_only"
    page = _open(window, filled_path)

    reason = window.workspace.document.read_only_reason
    for button in (page.new_button, page.delete_button, page.form.save_button,
                   page.contacts.add_button, page.contacts.edit_button,
                   page.contacts.delete_button):
        assert not button.isEnabled()
        assert button.toolTip() == reason
    assert not _field(page, "name").isEnabled()
    assert _field(page, "name").toolTip() == reason


def test_the_table_models_are_sound(page, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.contacts.model)
    qtmodeltester.check(page.contracts.model)
