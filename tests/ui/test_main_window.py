"""The shell: opening files, pages, read-only mode, refusals, recent files, closing."""

from __future__ import annotations

import json
from pathlib import Path

from app.storage import lock
from app.ui import settings
from app.ui.pages import Page


def test_opening_a_file_shows_its_name_and_every_page(window, client_path: Path) -> None:
    assert window.open_path(client_path)
    assert "ACME Industrie — acme.vigie" in window.windowTitle()
    assert not window.banner.isVisible()
    for number in range(window.sidebar.count()):
        window.show_page(number)
        current = window.stack.currentWidget()
        assert isinstance(current, Page)
        assert current.isVisible()
    assert window.file_label.text() == str(client_path)


def test_a_file_locked_elsewhere_opens_read_only_with_a_banner(
    window, client_path: Path, answers
) -> None:
    owner = {"host": "PC-COPIL", "user": "mdupont", "pid": "1", "opened_at": "2026-11-20T09:30:00"}
    lock.lock_path(client_path).write_text(json.dumps(owner), encoding="utf-8")
    answers["choice"] = "read_only"

    assert window.open_path(client_path)

    text, keys = answers["choices"][0]
    assert "mdupont" in text and "PC-COPIL" in text
    assert keys == ["read_only", "anyway", "cancel"]
    assert window.banner.isVisible()
    assert "mdupont" in window.banner.label.text()
    assert "(lecture seule)" in window.windowTitle()
    assert not window.save_action.isEnabled()


def test_a_refused_file_says_why_and_the_app_keeps_running(
    window, tmp_path: Path, answers
) -> None:
    bad = tmp_path / "notes.vigie"
    bad.write_text("pas une base", encoding="utf-8")

    assert not window.open_path(bad)

    assert answers["errors"] and "notes.vigie" in answers["errors"][0]
    assert window.workspace is None
    assert window.stack.currentWidget() is window.welcome


def test_cancelling_a_lock_question_opens_nothing(window, client_path: Path, answers) -> None:
    owner = {"host": "PC-COPIL", "user": "mdupont", "pid": "1", "opened_at": "2026-11-20T09:30"}
    lock.lock_path(client_path).write_text(json.dumps(owner), encoding="utf-8")
    answers["choice"] = "cancel"
    assert not window.open_path(client_path)
    assert window.workspace is None


def test_recent_files_and_closing(window, client_path: Path) -> None:
    window.open_path(client_path)
    assert settings.recent_files() == [client_path]
    assert window.close_file()
    assert window.workspace is None
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    assert not lock.lock_path(client_path).exists()


def test_first_start_opens_the_demo_file(window, qtbot, data_dir: Path) -> None:
    window.open_initial(None)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
    assert window.workspace.path.parent == data_dir
    assert window.workspace.path.suffix == ".vigie"


def test_edit_menu_undoes_and_redoes_the_last_change(window, client_path: Path) -> None:
    from app.models import Supplier
    from app.ui.commands import CreateRecord

    window.open_path(client_path)
    assert not window.undo_action.isEnabled()
    text = "Créer le prestataire Atos"
    CreateRecord(window.workspace, text, Supplier, {"name": "Atos"}).execute()
    assert window.undo_action.text() == "&Annuler Créer le prestataire Atos"

    window.undo_action.trigger()
    assert window.workspace.query(lambda s: s.get(Supplier, 1)) is None
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert window.workspace.query(lambda s: s.get(Supplier, 1)).name == "Atos"


def test_window_size_and_page_are_remembered(qtbot, answers, client_path: Path) -> None:
    from app.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.open_path(client_path)
    first.show_page(2)
    first.close()
    saved = first.saveGeometry()

    second = MainWindow()
    qtbot.addWidget(second)
    assert settings.value("window/geometry") == saved
    second.show()
    second.open_path(client_path)
    assert second.sidebar.currentRow() == 2
    second.close()


def test_an_autosave_writes_the_users_file(window, client_path: Path, qtbot) -> None:
    from app.models import Supplier
    from app.ui.commands import CreateRecord
    from tests.db.helpers import supplier_names

    settings.set_value("autosave/delay_ms", 50)
    window.open_path(client_path)
    CreateRecord(window.workspace, "Créer", Supplier, {"name": "Sopra Steria"}).execute()
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: supplier_names(client_path) == ["Sopra Steria"], timeout=5000)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=2000)
    assert window.statusBar().currentMessage() == "Enregistré."
