"""Restoring a backup from the GUI: list a file's backups, write the chosen one beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.storage import backup, paths
from app.storage.errors import StorageError
from app.storage.saving import restore_backup
from app.ui.dialogs import messages
from app.ui.dialogs.backups import BackupRow, BackupsDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("backups_flow", text)


def has_backups(path: Path) -> bool:
    """True when Vigie keeps at least one backup of the file at `path`."""
    return bool(backup.backups_of(paths.file_id(path)))


def backup_rows(path: Path) -> list[BackupRow]:
    """The backups of a file as the dialog lists them, newest first."""
    return [BackupRow(info.path, info.taken_at, backup.moment_label(info.label), info.size,
                      backup.contents_label(info), info.ok)
            for info in backup.describe_backups(path)]


def restore_dialog(parent: QWidget | None, path: Path) -> Path | None:
    """Let the user pick a backup of `path` and restore it as a copy beside it; the copy."""
    rows = backup_rows(path)
    folder = paths.data_dir() / "backups" / paths.file_id(path)
    if not rows:
        messages.show_error(parent, _tr("Aucune sauvegarde"), _tr(
            "Vigie n'a encore aucune sauvegarde de « {0} » (elles seront dans « {1} »)."
        ).format(path.name, folder))
        return None
    dialog = BackupsDialog(path.name, folder, rows, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return None
    chosen = dialog.chosen()
    assert chosen is not None
    label = _tr("sauvegarde du {0}").format(chosen.taken_at.strftime("%d-%m-%Y %Hh%M"))
    out = paths.beside(path, label)
    try:
        restore_backup(chosen.path, out)
    except StorageError as error:
        messages.show_error(parent, _tr("Restauration impossible"), error.message)
        return None
    return out


def restore_from(window) -> None:
    """Fichier ▸ Restaurer une sauvegarde… : restore a copy of the open file, offer to open it."""
    workspace = getattr(window, "workspace", None)
    if workspace is None:
        return
    out = restore_dialog(window, workspace.path)
    if out is None:
        return
    if messages.confirm(
        window, _tr("Sauvegarde restaurée"),
        _tr("La sauvegarde est restaurée dans « {0} », à côté de « {1} ».").format(
            out.name, workspace.path.name),
        _tr("L'ouvrir maintenant ? Le fichier actuel est enregistré, puis fermé."),
    ):
        window.open_path(out)
    else:
        window.statusBar().showMessage(_tr("Copie restaurée : {0}").format(out), 8000)
