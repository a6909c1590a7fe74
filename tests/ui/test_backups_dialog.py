"""Fichier ▸ Restaurer une sauvegarde… : the backups of the open file, one restored beside it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.models import Supplier
from app.ui.commands import CreateRecord
from app.ui.dialogs.backups import BackupRow, BackupsDialog
from tests.db.helpers import supplier_names


def test_restore_a_backup_as_a_copy_and_open_it(window, client_path, qtbot, answers) -> None:
    window.open_path(client_path)  # a backup « à l'ouverture », with no supplier
    CreateRecord(window.workspace, "Créer", Supplier, {"name": "Atos"}).execute()
    window.workspace.finish_saving()  # a backup « après la première modification »
    seen: dict = {}

    def pick_the_oldest() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BackupsDialog)
        model = dialog.model
        seen["rows"] = [(model.index(r, 1).data(), model.index(r, 3).data())
                        for r in range(model.rowCount())]
        dialog.table.selectRow(model.rowCount() - 1)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, pick_the_oldest)
    answers["confirm"] = True
    window.restore_action.trigger()

    assert seen["rows"] == [("après la première modification", "1 prestataire"),
                            ("à l'ouverture", "vide")]
    restored = window.workspace.path
    assert restored.name.startswith("acme (sauvegarde du ") and restored.parent == \
        client_path.parent
    assert window.workspace.query(lambda s: s.get(Supplier, 1)) is None
    assert supplier_names(client_path) == ["Atos"], "the file itself is not touched"


def test_an_unreadable_backup_cannot_be_chosen(qtbot, tmp_path: Path) -> None:
    moment = dt.datetime(2026, 11, 24, 10, 30)
    rows = [BackupRow(tmp_path / "a.vigie", moment, "à la fermeture", 2048, "illisible", False),
            BackupRow(tmp_path / "b.vigie", moment - dt.timedelta(days=1), "à l'ouverture",
                      4096, "2 prestataires", True)]
    dialog = BackupsDialog("client.vigie", tmp_path, rows)
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 0).data() == "24/11/2026 10:30"
    assert dialog.model.index(0, 2).data() == "2 Ko"
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled() and dialog.chosen() == rows[1]
