"""Saving as the user sees it: in the background, said in the status bar, failures told
without nagging, a file changed elsewhere resolved by keeping both versions."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, QTimer
from PySide6.QtGui import QGuiApplication

from app.models import Supplier
from app.storage import files, paths
from app.storage.document import create
from app.ui import settings, workspace
from app.ui.commands import CreateRecord
from tests.db.helpers import sha256, supplier_names


def add(window, name: str) -> None:
    CreateRecord(window.workspace, f"Créer {name}", Supplier, {"name": name}).execute()


def statuses(window) -> list[str]:
    seen: list[str] = []
    window.workspace.save_status.connect(seen.append)
    return seen


@pytest.fixture
def slow_copy(monkeypatch):
    """The copy to the user's media takes 0,6 s (a USB key, a share)."""
    real_copy = files.copy_hashing

    def slow(*args, **kwargs):
        import time

        time.sleep(0.6)
        return real_copy(*args, **kwargs)

    monkeypatch.setattr(files, "copy_hashing", slow)


def test_a_save_runs_in_the_background_and_says_so(window, client_path, qtbot, slow_copy):
    window.open_path(client_path)
    seen = statuses(window)
    add(window, "Atos")
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    window.save_action.trigger()  # Ctrl+S
    assert window.workspace.saving
    assert window.statusBar().currentMessage() == "Enregistrement…"
    qtbot.waitUntil(lambda: not window.workspace.saving, timeout=10_000)
    timer.stop()

    assert len(ticks) >= 10, "the window kept running while the file was written"
    assert seen == ["Enregistrement…", "Enregistré."]
    assert window.statusBar().currentMessage() == "Enregistré."
    assert supplier_names(client_path) == ["Atos"]
    assert not window.isWindowModified()


def test_closing_a_file_does_not_leave_saving_in_the_status_bar(window, client_path) -> None:
    """Closing writes the file and waits: the status bar said « Enregistrement… » and kept
    saying it on the welcome page, long after the file was written."""
    window.open_path(client_path)
    add(window, "Atos")
    assert window.close_file()
    assert window.statusBar().currentMessage() == "Enregistré."
    assert supplier_names(client_path) == ["Atos"]


def test_quitting_waits_for_a_save_in_flight(window, client_path, qtbot, slow_copy):
    window.open_path(client_path)
    add(window, "Atos")
    window.save_now()
    assert window.workspace.saving
    working = window.workspace.document.working_path

    window.close()

    assert supplier_names(client_path) == ["Atos"]
    assert not working.exists(), "closed cleanly: nothing left to recover"


@pytest.fixture
def busy_file(monkeypatch, client_path):
    """The file is held by another program (an antivirus, a sync client) until released."""
    monkeypatch.setattr(files, "SHARING_DELAYS", (0.01,))
    monkeypatch.setattr(workspace, "RETRY_DELAYS_MS", (100, 100, 100, 100))
    settings.set_value("autosave/delay_ms", 50)
    state = {"busy": True}
    real_replace = os.replace

    def replace(source, destination):
        if state["busy"] and Path(destination) == client_path:
            raise PermissionError(13, "fichier utilisé par un autre processus")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    yield state
    state["busy"] = False  # released, so that the window can close at the end of the test


def test_auto_save_failures_retry_and_speak_up_only_when_they_last(
    window, client_path, qtbot, answers, busy_file
) -> None:
    window.open_path(client_path)
    seen = statuses(window)
    add(window, "Atos")
    qtbot.waitUntil(lambda: len(answers["choices"]) == 1, timeout=10_000)

    failures = [text for text in seen if text.startswith("Enregistrement reporté")]
    assert len(failures) == workspace.QUIET_FAILURES, "said in the status bar first"
    text, keys = answers["choices"][0]
    assert "utilisé par un autre processus" in text and keys == ["copy", "later"]
    assert window.workspace._autosave.isActive(), "and it keeps trying"

    busy_file["busy"] = False
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=10_000)
    assert supplier_names(client_path) == ["Atos"]
    assert len(answers["choices"]) == 1, "one message, not one per try"
    assert not list(client_path.parent.glob("~*"))


def test_a_failed_save_asked_for_is_said_at_once(window, client_path, qtbot, answers,
                                                 busy_file) -> None:
    window.open_path(client_path)
    add(window, "Atos")
    window.workspace._autosave.stop()
    window.save_now()
    qtbot.waitUntil(lambda: len(answers["choices"]) == 1, timeout=10_000)


def test_closing_when_the_save_fails_keeps_the_file_open_unless_told(
    window, client_path, qtbot, answers, busy_file
) -> None:
    window.open_path(client_path)
    add(window, "Atos")
    answers["choice"] = "cancel"
    assert not window.close_file()
    assert window.workspace is not None
    assert window.workspace.query(lambda s: s.get(Supplier, 1)).name == "Atos", "still open"

    answers["choice"] = "close"
    assert window.close_file()
    from app.storage.document import find_recoverable

    assert [r.path for r in find_recoverable()] == [client_path], "kept for recovery"


def rewrite_elsewhere(path: Path) -> None:
    """Another machine saves the file through a synced folder."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("INSERT INTO supplier (name, address, website, certifications, "
                           "notes) VALUES ('Écrit ailleurs', '', '', '', '')")
    connection.close()


@pytest.mark.parametrize("choice", ["mine", "other"])
def test_a_file_changed_elsewhere_keeps_both_versions(window, client_path, qtbot, answers,
                                                      choice: str) -> None:
    window.open_path(client_path)
    rewrite_elsewhere(client_path)
    other = sha256(client_path)
    answers["choice"] = choice
    add(window, "Ma modification")
    window.save_now()
    qtbot.waitUntil(lambda: bool(answers["choices"]), timeout=10_000)

    text, keys = answers["choices"][0]
    assert "a été modifié sur le disque" in text and keys == ["mine", "other", "later"]
    qtbot.waitUntil(lambda: (window.workspace is not None and window.workspace.path.name !=
                    "acme.vigie") or choice == "other", timeout=5000)
    mine = next(client_path.parent.glob("acme (ma version du *).vigie"))
    assert supplier_names(mine) == ["Ma modification"]
    assert sha256(client_path) == other, "the other version is left as it is"
    expected = mine if choice == "mine" else client_path
    assert window.workspace.path == expected
    assert not window.workspace.dirty


def test_later_keeps_the_changes_and_writes_nothing(window, client_path, qtbot, answers):
    window.open_path(client_path)
    rewrite_elsewhere(client_path)
    other = sha256(client_path)
    answers["choice"] = "later"
    add(window, "Ma modification")
    window.save_now()
    qtbot.waitUntil(lambda: bool(answers["choices"]), timeout=10_000)
    assert sha256(client_path) == other
    assert window.isWindowModified()
    assert "n'est pas enregistré" in window.statusBar().currentMessage()
    assert list(client_path.parent.glob("*.vigie")) == [client_path]


def test_the_end_of_the_session_saves_without_a_word(window, client_path, answers) -> None:
    application = QGuiApplication.instance()
    signal = SIGNAL("commitDataRequest(QSessionManager&)")
    before = application.receivers(signal)
    window.open_path(client_path)
    assert application.receivers(signal) == before + 1, "the workspace listens to logoff"
    add(window, "Atos")

    window.workspace._on_commit_data(None)  # what Windows' logoff makes Qt call

    assert supplier_names(client_path) == ["Atos"]
    assert answers["choices"] == [] and answers["errors"] == []
    window.close_file()
    assert application.receivers(signal) == before


def test_large_files_are_auto_saved_less_often(window, client_path) -> None:
    window.open_path(client_path)
    ws = window.workspace
    ws._adapt_delay(0.2)
    assert ws._delay_ms == settings.value("autosave/delay_ms")
    ws._adapt_delay(2.5)  # a 50 MB file on a USB key
    assert ws._delay_ms == 12_500
    ws._adapt_delay(60)
    assert ws._delay_ms == 30_000


def test_new_file_appends_the_suffix_and_asks_before_replacing(
    window, tmp_path, answers, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    other = tmp_path / "Dupont.Fils.vigie"
    create(other, "Dupont et Fils").close()
    before = sha256(other)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "Dupont.Fils"), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Nouveau", True))
    answers["confirm"] = False

    window.new_file()
    assert window.workspace is None and sha256(other) == before, "not replaced unasked"

    answers["confirm"] = True
    window.new_file()
    assert window.workspace.path == other, "« Dupont.Fils » is not « Dupont.vigie »"
    assert not (tmp_path / "Dupont.vigie").exists()


def test_a_file_open_in_another_vigie_here_offers_read_only_only(window, client_path,
                                                                 answers, data_dir) -> None:
    from tests.db.helpers import Driver

    other = Driver(client_path, data_dir)
    try:
        other.ok("open")
        answers["choice"] = "read_only"
        assert window.open_path(client_path)
        text, keys = answers["choices"][0]
        assert "autre fenêtre de Vigie sur ce poste" in text
        assert keys == ["read_only", "cancel"], "no « Ouvrir quand même » against a live Vigie"
        assert window.workspace.read_only
    finally:
        other.kill()


def test_a_damaged_file_offers_its_backups(window, tmp_path, answers, qtbot) -> None:
    from tests.db.test_refusals import damaged_file

    path = damaged_file(tmp_path)
    answers["choice"] = "cancel"
    assert not window.open_path(path)
    text, keys = answers["choices"][0]
    assert "endommagé" in text and keys == ["restore", "cancel"]
    assert str(paths.data_dir() / "backups") in text


def test_a_full_disk_under_the_working_copy_is_said_in_the_form(window, client_path,
                                                                monkeypatch) -> None:
    from app.services.validation import ValidationError
    from app.storage.errors import StorageError

    window.open_path(client_path)

    def full(_work):
        raise StorageError("Le disque de la copie de travail est plein.")

    monkeypatch.setattr(window.workspace, "query", full)
    with pytest.raises(ValidationError) as refused:
        add(window, "Atos")
    assert refused.value.errors == {"": "Le disque de la copie de travail est plein."}
    assert window.workspace.undo_stack.count() == 0
