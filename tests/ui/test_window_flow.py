"""The shell as a user meets it: quitting, closing, opening and creating files after pages
were visited and left stale, unsaved forms, files that cannot be opened (issue 10)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.storage import lock, paths
from app.storage.document import create
from app.ui import settings
from app.ui.pages import Page
from tests.db.helpers import read_rows
from tests.ui.contracts_support import click, click_row, type_into
from tests.ui.keyboard import press


def references(path: Path) -> list[str]:
    """The contract references in a client file, read straight from it."""
    return [reference for (reference,) in read_rows(path, "SELECT reference FROM contract")]


@pytest.fixture
def opened(window, qtbot, filled_path):
    """The window on the filled client file, active, on the dashboard."""
    path, ids = filled_path
    settings.set_value("window/page", 0)
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return path, ids


def edit_a_contract(qtbot, window, reference: str, new_reference: str) -> None:
    """On the Contrats page: open a contract, type a new reference (not saved yet)."""
    page = window.page("contracts")
    click_row(qtbot, page, reference)
    type_into(qtbot, page.form.fields.field("reference"), new_reference)


# -- 1. no hang, no « Erreur interne » on quit, close, new or open ---------------------------


def test_quit_after_pages_were_left_stale_by_a_change(window, qtbot, opened) -> None:
    """The steps of the report: open a file, Ctrl+2, Ctrl+3, edit a contract and press
    Enregistrer, Ctrl+1, Ctrl+Q. Closing the file must not show a stale page (the
    suppliers', left behind before the change), which refreshed itself from the closed file:
    pytest-qt fails this test on any exception raised in a Qt event handler."""
    path, _ids = opened
    press(qtbot, "Ctrl+2")
    assert window.stack.currentWidget() is window.page("suppliers")
    press(qtbot, "Ctrl+3")
    edit_a_contract(qtbot, window, "CTR-SOON", "CTR-SOON-B")
    click(qtbot, window.page("contracts").form.save_button)
    press(qtbot, "Ctrl+1")
    assert window.stack.currentWidget() is window.page("dashboard")

    press(qtbot, "Ctrl+Q")

    assert not window.isVisible()
    assert window.workspace is None
    assert "CTR-SOON-B" in references(path)
    assert not lock.lock_path(path).exists()


def test_new_file_from_contracts_after_visiting_indicators(
    window, qtbot, opened, tmp_path, monkeypatch, answers
) -> None:
    path, _ids = opened
    press(qtbot, "Ctrl+4")
    press(qtbot, "Ctrl+3")
    edit_a_contract(qtbot, window, "CTR-FAR", "CTR-FAR-B")
    click(qtbot, window.page("contracts").form.save_button)
    new_path = tmp_path / "documents" / "nouveau.vigie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(new_path), ""))
    answers["text"] = "Nouveau Client"

    press(qtbot, "Ctrl+N")

    assert window.workspace is not None and window.workspace.path == new_path.resolve()
    assert "Nouveau Client" in window.windowTitle()
    assert "CTR-FAR-B" in references(path)
    for number in range(1, window.sidebar.count() + 1):  # every page works on the new file
        press(qtbot, f"Ctrl+{number}")
        page = window.stack.currentWidget()
        assert isinstance(page, Page) and page.isVisible()
    assert references(new_path) == []


def test_closing_the_file_and_opening_another_from_a_stale_page(
    window, qtbot, opened, client_path
) -> None:
    press(qtbot, "Ctrl+2")
    press(qtbot, "Ctrl+3")
    edit_a_contract(qtbot, window, "CTR-FAR", "CTR-FAR-C")
    click(qtbot, window.page("contracts").form.save_button)
    press(qtbot, "Ctrl+W")
    assert window.workspace is None
    assert window.stack.currentWidget() is window.welcome

    assert window.open_path(client_path)
    press(qtbot, "Ctrl+2")
    assert window.stack.currentWidget() is window.page("suppliers")


# -- 2. no edit lost without asking --------------------------------------------------------


def test_quitting_with_an_unsaved_reference_asks_and_cancel_keeps_it(
    window, qtbot, opened, answers
) -> None:
    path, _ids = opened
    press(qtbot, "Ctrl+3")
    edit_a_contract(qtbot, window, "CTR-FAR", "CTR-FAR-D")
    answers["choice"] = "cancel"

    press(qtbot, "Ctrl+Q")

    text, keys = answers["choices"][-1]
    assert "« Contrats »" in text and keys == ["save", "discard", "cancel"]
    assert window.isVisible() and window.workspace is not None
    assert window.page("contracts").form.fields.field("reference").text() == "CTR-FAR-D"
    assert "CTR-FAR-D" not in references(path)


@pytest.mark.parametrize(("choice", "kept"), [("save", "CTR-FAR-E"), ("discard", "CTR-FAR")])
def test_quitting_then_saving_or_not_the_form(window, qtbot, opened, answers, choice,
                                             kept) -> None:
    path, _ids = opened
    press(qtbot, "Ctrl+3")
    edit_a_contract(qtbot, window, "CTR-FAR", "CTR-FAR-E")
    answers["choice"] = choice
    press(qtbot, "Ctrl+Q")
    assert not window.isVisible()
    assert kept in references(path)
    assert {"CTR-FAR", "CTR-FAR-E"} - {kept} & set(references(path)) == set()


def test_a_refused_form_keeps_the_file_open_with_its_reasons(
    window, qtbot, opened, answers
) -> None:
    press(qtbot, "Ctrl+3")
    edit_a_contract(qtbot, window, "CTR-FAR", "")  # a reference is required
    answers["choice"] = "save"
    press(qtbot, "Ctrl+Q")
    assert window.isVisible() and window.workspace is not None
    fields = window.page("contracts").form.fields
    assert fields.error_text("reference") == "Ce champ est obligatoire."


def test_closing_the_file_asks_about_a_supplier_form(window, qtbot, opened, answers) -> None:
    path, _ids = opened
    press(qtbot, "Ctrl+2")
    name = window.page("suppliers").form.form.fields["name"]
    type_into(qtbot, name, "Armor Services")
    answers["choice"] = "cancel"
    press(qtbot, "Ctrl+W")
    assert window.workspace is not None and name.text() == "Armor Services"
    assert "« Prestataires »" in answers["choices"][-1][0]

    answers["choice"] = "save"
    press(qtbot, "Ctrl+W")
    assert window.workspace is None
    assert ("Armor Services",) in read_rows(path, "SELECT name FROM supplier")


def test_opening_another_file_asks_about_an_open_contact_dialog(
    window, qtbot, opened, client_path, answers
) -> None:
    press(qtbot, "Ctrl+2")
    panel = window.page("suppliers").contacts
    click(qtbot, panel.add_button)
    type_into(qtbot, panel.dialog.form.fields["name"], "Jean Roux")
    answers["choice"] = "cancel"
    assert not window.open_path(client_path)
    assert panel.dialog.isVisible() and window.workspace.path != client_path

    answers["choice"] = "discard"
    assert window.open_path(client_path)
    assert window.workspace.path == client_path.resolve()


def test_save_saves_the_open_form_too(window, qtbot, opened) -> None:
    path, _ids = opened
    press(qtbot, "Ctrl+3")
    edit_a_contract(qtbot, window, "CTR-FAR", "CTR-FAR-G")
    press(qtbot, "Ctrl+S")
    form = window.page("contracts").form
    assert not form.dirty and form.state.text() == ""
    qtbot.waitUntil(lambda: not window.workspace.saving, timeout=10_000)  # in the background
    assert "CTR-FAR-G" in references(path)
    assert window.statusBar().currentMessage() == "Enregistré."


def test_save_says_plainly_that_a_refused_form_still_has_changes(
    window, qtbot, opened
) -> None:
    press(qtbot, "Ctrl+3")
    edit_a_contract(qtbot, window, "CTR-FAR", "CTR-URGENT")  # another contract's reference
    press(qtbot, "Ctrl+S")
    form = window.page("contracts").form
    assert form.dirty
    assert "déjà celle d'un autre contrat" in form.fields.error_text("reference")
    qtbot.waitUntil(lambda: not window.workspace.saving, timeout=10_000)  # the rest is saved
    message = window.statusBar().currentMessage()
    assert "modifications non enregistrées" in message and message != "Enregistré."


# -- 8. a file that cannot be opened leaves the current one open ---------------------------


def test_a_refused_file_leaves_the_current_one_open(window, qtbot, opened, tmp_path,
                                                    answers) -> None:
    path, _ids = opened
    press(qtbot, "Ctrl+3")
    bad = tmp_path / "abîmé.vigie"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)

    assert not window.open_path(bad)

    assert answers["errors"] and "abîmé.vigie" in answers["errors"][0]
    assert window.workspace is not None and window.workspace.path == path.resolve()
    assert window.stack.currentWidget() is window.page("contracts")
    assert window.page("contracts").model.rowCount() == 4


def test_opening_the_open_file_again_changes_nothing(window, opened) -> None:
    path, _ids = opened
    workspace = window.workspace
    assert window.open_path(path)
    assert window.workspace is workspace
    assert "déjà ouvert" in window.statusBar().currentMessage()


def test_cancelling_a_locked_last_file_at_start_opens_no_demo(
    qtbot, client_path, answers, data_dir
) -> None:
    from app.ui.main_window import MainWindow

    settings.remember_file(client_path)
    owner = {"host": "PC-COPIL", "user": "mdupont", "pid": "1", "opened_at": "2026-11-20T09:30"}
    lock.lock_path(client_path).write_text(json.dumps(owner), encoding="utf-8")
    answers["choice"] = "cancel"
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()

    window.open_initial(None)

    qtbot.waitUntil(lambda: bool(answers["choices"]), timeout=10_000)
    assert "mdupont" in answers["choices"][0][0]
    assert window.workspace is None
    assert window.stack.currentWidget() is window.welcome
    assert not paths.demo_file().exists()


def test_a_last_file_gone_opens_the_demo_at_start(qtbot, tmp_path, answers) -> None:
    from app.ui.main_window import MainWindow

    gone = tmp_path / "parti.vigie"
    create(gone, "Parti").close()
    settings.remember_file(gone)
    gone.unlink()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_initial(None)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
    assert window.workspace.path == paths.demo_file().resolve()
    window.close()


# -- issue 18.8: no network wait on the GUI thread --------------------------------------------


def test_recent_files_show_at_once_and_are_checked_off_the_gui_thread(
    window, qtbot, monkeypatch, tmp_path, client_path
) -> None:
    """A recent file on a share gone offline (its check blocks, as `\\\\server\\share`
    does for 30–45 s on Windows) neither holds the window nor hides the other files."""
    from app.ui import recent_files

    offline = tmp_path / "partage" / "client.vigie"
    settings.remember_file(offline)
    settings.remember_file(client_path)
    share_answers, asked_from = threading.Event(), []
    real = recent_files.exists

    def exists(path: Path) -> bool:
        asked_from.append(threading.current_thread())
        if path == offline:
            share_answers.wait(30)
        return real(path)

    monkeypatch.setattr(recent_files, "exists", exists)

    window.welcome.refresh()  # returns while the share has not answered

    shown = [window.welcome.recent.item(n).text() for n in range(2)]
    assert shown[0].startswith("acme.vigie") and shown[1].startswith("client.vigie")
    qtbot.waitUntil(lambda: len(asked_from) == 2)
    assert threading.main_thread() not in asked_from
    share_answers.set()
    qtbot.waitUntil(lambda: "introuvable" in window.welcome.recent.item(1).text())
    assert "introuvable" not in window.welcome.recent.item(0).text()
